#pragma once

#include "query/Query.h"
#include "query/QueryNode.h"

#include <QList>
#include <QString>

#include <variant>

namespace Lectern {

class Statement;

// SQL built only from our own fragments, with the values for its ? placeholders in order.
struct SqlQuery
{
    QString sql;
    QList<std::variant<qint64, QString>> values;

    void bindTo(Statement &statement) const;
};

namespace QuerySql {

// A query's papers. With words, the FTS5 match drives the statement and bm25 ranks it. Otherwise each
// term is a set of ids read from an index: in the order papers were added the sets are combined (and
// come out in id order, which is that order); in a column's order the index holding it is scanned and
// each id tested against them. A null root matches every paper. limit < 0: all.
SqlQuery findPapers(const QueryNode *root, QueryOrder order, int limit);
// All of them in the order they were stored (by id, which is the order they were added), for a list
// that cannot wait for the ranking: FTS5 gives its matches in that order without scoring them.
SqlQuery findPapersUnranked(const QueryNode *root);
// For a query without text terms (hasText): the first `limit` papers it finds among the `probed` papers added first
// (last, descending), in the order added, each paper tested in turn (its tags and status by a seek, its columns from
// its row), none of the query's sets read. When they are `limit` papers, they are findPapers' first `limit` in that
// order; fewer say only that the probed papers did not hold them. year:2023 -tag:ml at a million papers: the 50 first
// in 2 ms, where the sets read 114,000 papers of the year and 311,000 of the tag.
SqlQuery findPapersAmongFirst(const QueryNode *root, bool ascending, int probed, int limit);
// Whether the query has words, phrases or prefixes anywhere, negated or not.
bool hasText(const QueryNode *root);
SqlQuery countPapers(const QueryNode *root);
// With text terms in the top-level AND (see isRankedByMatch): the `count` matches added last, the filters passed,
// newest first, each with its bm25 score (lower is better, as findPapers ranks). FTS5 walks its matches newest first,
// so one walk both finds the bound of the newest matches and scores them: the matches below it are never read, and
// bm25 counts each phrase's matches in the whole library once, for its weights, as in findPapers.
SqlQuery newestMatchesScored(const QueryNode *root, qint64 count);
// Whether the FTS5 match drives the ranked statement: the top-level AND has text terms. False for words only
// under an OR with filters ("graph OR tag:ml"), which are ranked by other means.
bool isRankedByMatch(const QueryNode *root);
// Whether the whole query is one FTS5 expression: words, phrases and prefixes, without filters.
bool isFullText(const QueryNode *root);
// The positive text terms ORed into one FTS5 expression: what relevance and snippets are about.
// Empty when the query has none.
QString relevanceExpression(const QueryNode *root);
// A word as an FTS5 string: every character literal, FTS5 operators included.
QString ftsString(const QString &word);

} // namespace QuerySql

} // namespace Lectern
