#include "query/Query.h"

#include "library/Library.h"
#include "query/QuerySql.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {

// How many of the paper's words go into the search: enough to find papers on the same subject, few
// enough that the OR of their postings stays small in a large library.
constexpr int TermCount = 12;
// Shorter words are mostly function words and initials.
constexpr int ShortestTerm = 3;

struct ScoredTerm
{
    QString term;
    double score = 0;
};

// The words as unicode61 with remove_diacritics indexes them: accents dropped, case folded, split at
// everything that is not a letter or digit. titleKey() does exactly that, with spaces between.
QStringList indexedWords(const QString &text)
{
    return PaperText::titleKey(text).split(u' ', Qt::SkipEmptyParts);
}

// Words nearly every English abstract has. The document-frequency limit below leaves them out anyway;
// skipping them first saves counting their postings, which took half the time in a 100,000-paper library.
bool isCommonWord(const QString &word)
{
    static const QSet<QString> common = [] {
        const QStringList words = QStringLiteral(
            "the and for with that this are from which our can its has have been these their such also into not "
            "but than was were while where when how what between through both each other more most only all then "
            "there they them will would may one two using based show shows propose proposed paper results new "
            "however over well use used").split(u' ');
        return QSet<QString>(words.begin(), words.end());
    }();
    return common.contains(word);
}

bool isCandidate(const QString &word)
{
    return word.size() >= ShortestTerm && std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); })
        && !isCommonWord(word);
}

// How often each candidate word occurs in the paper's title, authors and abstract.
QHash<QString, int> termFrequencies(Database &db, qint64 paperId)
{
    Statement paper(db, "SELECT title || ' ' || authors || ' ' || abstract FROM papers WHERE id = ?");
    QHash<QString, int> frequencies;
    if (!paper.bind(1, paperId).step())
        return frequencies;
    for (const QString &word : indexedWords(paper.text(0)))
        if (isCandidate(word))
            ++frequencies[word];
    return frequencies;
}

// How many papers have the word: from the counts when they know it, else from the index (and kept).
int papersWithWord(Statement &documents, const QString &word, WordCounts &counts)
{
    if (const auto known = counts.constFind(word); known != counts.cend())
        return *known;
    const int count = documents.bind(1, word).step() ? int(documents.integer(0)) : 0;
    if (!documents.wasCancelled()) // a count the look-up did not finish reading is not one to keep
        counts.insert(word, count);
    documents.reset();
    return count;
}

// The paper's most distinctive words by tf-idf over the index's document frequencies. A word no other
// paper has finds nothing; one that most papers have tells nothing apart. Plain counts (not log tf) and no
// extra weight for the title picked the most topical neighbours on the 75-paper daily list: a subject's
// words recur in its abstract, while a title's rare words are often style ("exploring", "simply").
QStringList distinctiveTerms(Database &db, qint64 paperId, WordCounts &counts)
{
    if (!db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.papers_vocab USING fts5vocab(main, papers_fts, row)"))
        return {};
    Statement total(db, "SELECT count(*) FROM papers");
    const double paperCount = total.step() ? double(total.integer(0)) : 0.0;
    Statement documents(db, "SELECT doc FROM temp.papers_vocab WHERE term = ?");
    QList<ScoredTerm> scored;
    const QHash<QString, int> frequencies = termFrequencies(db, paperId);
    for (auto it = frequencies.begin(); it != frequencies.end(); ++it) {
        const double frequency = papersWithWord(documents, it.key(), counts);
        if (frequency < 2 || frequency > paperCount / 2)
            continue;
        scored.append({it.key(), it.value() * std::log(paperCount / frequency)});
    }
    std::sort(scored.begin(), scored.end(), [](const ScoredTerm &a, const ScoredTerm &b) {
        return a.score != b.score ? a.score > b.score : a.term < b.term;
    });
    QStringList terms;
    for (qsizetype i = 0; i < std::min<qsizetype>(scored.size(), TermCount); ++i)
        terms.append(QuerySql::ftsString(scored[i].term));
    return terms;
}

} // namespace

QList<qint64> relatedPapers(Library &library, qint64 paperId, int n, WordCounts *counts)
{
    Database &db = library.db();
    WordCounts countsOfThisLookUp;
    const QStringList terms = distinctiveTerms(db, paperId, counts ? *counts : countsOfThisLookUp);
    if (terms.isEmpty() || n <= 0)
        return {};
    // The title counts more than in a search, but less: ten times over lets one shared title word win.
    Statement related(db, "SELECT rowid FROM papers_fts WHERE papers_fts MATCH ? AND rowid <> ?"
                          " AND +rowid NOT IN (SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL)"
                          " ORDER BY bm25(papers_fts, 3.0, 1.0, 1.0, 1.0), rowid LIMIT ?");
    related.bind(1, terms.join(QStringLiteral(" OR "))).bind(2, paperId).bind(3, n);
    QList<qint64> result;
    while (related.step())
        result.append(related.integer(0));
    return result;
}

} // namespace Lectern
