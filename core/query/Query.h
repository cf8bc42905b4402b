#pragma once

#include "library/Paper.h"
#include "query/QueryNode.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

class Library;

// Where and why a query's text is not a query: position and length count characters of the text.
struct QueryError
{
    QString message;
    int position = 0;
    int length = 1;
};

// One query language for the search field, smart lists and the command line:
//   words, "quoted phrases", prefix*          full text (title, authors, abstract, note)
//   title: author: abstract: note:            the same in one column: title:"graph neural"
//   tag:ml                                    the tag or one nested under it (ml/optimization)
//   status:to-read  rating:>=4  year:2019..2021  added:<7d (d, w, m, y)  added:>30d
//   added:2025-06-01..2025-06-30 (the reader's local days, inclusive)
//   has:note|highlight|link|code  arxiv:2306.01234  doi:10.1234/x  list:"to print"
//   implicit AND, OR, -negation, (groups); '-' binds tightest, OR loosest. In quotes, \" and \\ stand
//   for '"' and '\': list:"the \"best\" ones".
// Only letters followed by a colon make a field: "http://x" and "C++:" are words, and a quoted "foo:bar"
// is a phrase. Parsed once into a tree; compiled into one SQL statement with every value bound.
class Query
{
public:
    static Query parse(const QString &text);
    // The value in double quotes, its '"' and '\' escaped: what to write after "list:" (or any field) for
    // the query to read back exactly this value, whatever it holds.
    static QString quoted(const QString &value);

    bool isValid() const { return !m_error.has_value(); }
    // Why the text is not a query, and where; empty when it is.
    const std::optional<QueryError> &error() const { return m_error; }
    // Blank text: matches every paper.
    bool isEmpty() const { return isValid() && !m_root; }
    // Positive text terms: the results are ranked by relevance.
    bool hasWords() const;
    QString text() const { return m_text; }

    // The tree; null when the query is empty or invalid.
    const QueryNode *root() const { return m_root ? &*m_root : nullptr; }
    // The tree in one line (see QueryNode::toString()); empty when there is none.
    QString toString() const;

private:
    QString m_text;
    std::optional<QueryNode> m_root;
    std::optional<QueryError> m_error;
};

struct QueryOrder
{
    PaperSort sort = PaperSort::Added;
    bool ascending = true;
    // With words, best match first; false sorts the matches by `sort` all the same (a clicked column).
    bool relevanceFirst = true;
};

// Ids of matching papers: ranked by relevance when the query has words (and order.relevanceFirst), else in
// `order`. An invalid query gives its error, and so does one the library cannot run (SQLite's reason, say
// a locked or damaged file): never an empty list in place of the papers.
Expected<QList<qint64>> findPapers(Library &library, const Query &query, QueryOrder order = {}, int limit = -1);
// Ids of matching papers in the order they were stored, unranked. Ranking costs FTS5 a microsecond or
// two per match: nothing for most queries, a good part of a second for a common word in a large library.
Expected<QList<qint64>> findPapersUnranked(Library &library, const Query &query);

struct FoundPapers
{
    QList<qint64> ids;
    bool ranked = true; // false: in the order they were stored, too many to rank at once
};
// The matches in natural order (see findPapers) when that takes at most maxToRank scores; else unranked, for
// a caller that ranks them where it can wait.
Expected<FoundPapers> findPapersRankingAtMost(Library &library, const Query &query, int maxToRank);

struct BestPapers
{
    QList<qint64> ids;
    // 0 when every match was ranked; else how many were: the newest ones, as more than that many matched.
    int rankedOnly = 0;
};
// The first `limit` papers of findPapers(library, query), when the query's words and filters match at most
// maxToRank papers (maxToRank < 0: whatever they match). When they match more, the best of the maxToRank
// matches added last: ranking is a bm25 score per match, and a word in most of a million papers takes it most
// of a second where finding the newest matches takes a millisecond. Without words, or with words only under an
// OR with filters, always the first of findPapers.
Expected<BestPapers> findBestPapers(Library &library, const Query &query, int limit, int maxToRank);
Expected<int> countPapers(Library &library, const Query &query);
// A short excerpt of the paper's abstract (or of the column that matched) with the matched words wrapped
// in open and close. The text is as stored, not escaped. Without words (or without a match in this paper)
// it is the start of the abstract.
QString snippet(Library &library, const Query &query, qint64 paperId, const QString &open, const QString &close);
// The same for many papers, by id, read a few hundred at a time: a paper's own statement costs FTS5 as
// much setting up as the query has terms, whichever paper it is about.
QHash<qint64, QString> snippets(Library &library, const Query &query, QList<qint64> paperIds, const QString &open,
                                const QString &close);
// How many papers each word is in, kept across look-ups of related papers: reading a common word's count
// takes the index a millisecond or two in a large library, and the same words come up paper after paper.
// The counts age as papers are added; start a new one then.
using WordCounts = QHash<QString, int>;
// The n papers most similar to this one by their text, most similar first, never the paper itself.
// With counts, the words' counts are taken from them and added to them.
QList<qint64> relatedPapers(Library &library, qint64 paperId, int n = 10, WordCounts *counts = nullptr);

} // namespace Lectern
