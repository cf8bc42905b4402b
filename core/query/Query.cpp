#include "query/Query.h"

#include "library/Library.h"
#include "query/QueryParser.h"
#include "query/QuerySql.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <type_traits>

namespace Lectern {

namespace {

// Tokens around the matched words in a snippet, and words of the abstract shown when nothing matched.
constexpr int SnippetTokens = 20;
// Papers whose snippets one statement reads: each statement sets FTS5 up once for every term of the query
// (some 50 µs a term), which one statement per paper paid again and again.
constexpr qsizetype SnippetsPerStatement = 500;

const QString Ellipsis = QStringLiteral("…");

// Papers that the first rows of filters in the order added test one by one before reading the filters' sets, when the
// limit is at most a tenth of them (search --limit, not the window's first 5,001 rows, which would rarely be there):
// some 15 ms of seeks and row reads when they are not there (3 µs a paper), where reading the sets of a large library
// takes tens or hundreds.
constexpr int ProbedPapers = 5'000;
constexpr int ProbedLimit = ProbedPapers / 10;

// Every row, as `read` makes it of the statement; a statement that does not prepare or stops with an error
// (cancelled included) gives SQLite's reason instead of the rows read so far.
template<typename Read, typename Row = std::invoke_result_t<Read, const Statement &>>
Expected<QList<Row>> readRows(Library &library, const SqlQuery &query, Read read)
{
    Statement statement(library.db(), query.sql.toUtf8().constData(), Statement::Failure::ReportedByCaller);
    query.bindTo(statement);
    QList<Row> result;
    while (statement.step())
        result.append(read(statement));
    if (!statement.error().isEmpty())
        return Error{QCoreApplication::translate("Lectern::Query", "the library could not run the query: %1")
                         .arg(statement.error())};
    return result;
}

// The first column of every row.
Expected<QList<qint64>> integers(Library &library, const SqlQuery &query)
{
    return readRows(library, query, [](const Statement &statement) { return statement.integer(0); });
}

struct ScoredMatch
{
    qint64 id;
    double score;
};

Expected<QList<ScoredMatch>> scoredMatches(Library &library, const SqlQuery &query)
{
    return readRows(library, query, [](const Statement &statement) {
        return ScoredMatch{statement.integer(0), statement.real(1)};
    });
}

// The ids of the `limit` best matches (all when limit < 0), in findPapers' order: best score first, ties by id.
QList<qint64> bestOf(QList<ScoredMatch> matches, int limit)
{
    const auto better = [](const ScoredMatch &a, const ScoredMatch &b) {
        return a.score < b.score || (!(b.score < a.score) && a.id < b.id);
    };
    const auto end = limit < 0 || limit >= matches.size() ? matches.end() : matches.begin() + limit;
    std::partial_sort(matches.begin(), end, matches.end(), better);
    QList<qint64> ids;
    for (auto match = matches.begin(); match != end; ++match)
        ids.append(match->id);
    return ids;
}

// The one value of a statement like SELECT count(*).
Expected<int> integer(Library &library, const SqlQuery &query)
{
    const auto rows = integers(library, query);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? 0 : int(rows->front());
}

// How many papers the query's words match, whatever its filters.
Expected<int> countWordMatches(Library &library, const Query &query)
{
    const QString relevance = QuerySql::relevanceExpression(query.root());
    return integer(library, {QStringLiteral("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?"), {relevance}});
}

Error invalid(const Query &query)
{
    return Error{query.error()->message};
}

struct Marks
{
    QString open;
    QString close;
};

// The snippets of the papers of sorted ids that the words match, from one statement: the abstract when a
// word is in it, otherwise the column FTS5 finds best (the title, the note...). FTS5 reads only the
// matches between the first id and the last; the unary plus keeps it from running the match once per id.
void readSnippets(Library &library, const QString &relevance, const QList<qint64> &ids, const Marks &marks,
                  QHash<qint64, QString> &result)
{
    const QString sql = QStringLiteral("SELECT rowid, snippet(papers_fts, 2, ?1, ?2, ?3, ?4), snippet(papers_fts, -1, ?1, ?2, ?3, ?4)"
                                       " FROM papers_fts WHERE papers_fts MATCH ?5 AND rowid BETWEEN ?6 AND ?7 AND +rowid IN (")
        + QStringList(ids.size(), QStringLiteral("?")).join(u',') + u')';
    Statement statement(library.db(), sql.toUtf8().constData(), Statement::Failure::ReportedByCaller);
    statement.bind(1, marks.open).bind(2, marks.close).bind(3, Ellipsis).bind(4, SnippetTokens).bind(5, relevance);
    statement.bind(6, ids.front()).bind(7, ids.back());
    for (qsizetype i = 0; i < ids.size(); ++i)
        statement.bind(int(8 + i), ids[i]);
    while (statement.step()) {
        const QString inAbstract = statement.text(1);
        result.insert(statement.integer(0), inAbstract.contains(marks.open) ? inAbstract : statement.text(2));
    }
}

QString abstractStart(Library &library, qint64 paperId)
{
    Statement statement(library.db(), "SELECT abstract FROM papers WHERE id = ?");
    if (!statement.bind(1, paperId).step())
        return {};
    const QStringList words = statement.text(0).simplified().split(u' ', Qt::SkipEmptyParts);
    const QString start = words.mid(0, SnippetTokens).join(u' ');
    return words.size() > SnippetTokens ? start + Ellipsis : start;
}

} // namespace

Query Query::parse(const QString &text)
{
    ParsedQuery parsed = parseQueryText(text);
    Query query;
    query.m_text = text;
    query.m_root = std::move(parsed.root);
    query.m_error = std::move(parsed.error);
    return query;
}

QString Query::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

bool Query::hasWords() const
{
    return !QuerySql::relevanceExpression(root()).isEmpty();
}

QString Query::toString() const
{
    return m_root ? m_root->toString() : QString();
}

Expected<QList<qint64>> findPapers(Library &library, const Query &query, QueryOrder order, int limit)
{
    if (!query.isValid())
        return invalid(query);
    const QueryNode *root = query.root();
    if (root && limit > 0 && limit <= ProbedLimit && order.sort == PaperSort::Added && !QuerySql::hasText(root)) {
        // Filters in the order added: the first papers tested one by one usually hold the first `limit`, and
        // testing a few thousand costs less than reading the filters' sets. When they do not, the sets decide.
        auto first = integers(library, QuerySql::findPapersAmongFirst(root, order.ascending, ProbedPapers, limit));
        if (!first || first->size() == limit)
            return first;
    }
    return integers(library, QuerySql::findPapers(root, order, limit));
}

Expected<QList<qint64>> findPapersUnranked(Library &library, const Query &query)
{
    if (!query.isValid())
        return invalid(query);
    return integers(library, QuerySql::findPapersUnranked(query.root()));
}

Expected<FoundPapers> findPapersRankingAtMost(Library &library, const Query &query, int maxToRank)
{
    // Ranking scores each match. With words alone, finding the matches unranked counts them, and costs less
    // than counting them first. With filters, the words' own matches bound the number, and count quickly.
    const bool hasWords = query.hasWords();
    if (hasWords && QuerySql::isFullText(query.root())) {
        auto unranked = findPapersUnranked(library, query);
        if (!unranked)
            return unranked.error();
        if (unranked->size() > maxToRank)
            return FoundPapers{std::move(*unranked), false};
    } else if (hasWords) {
        const auto matches = countWordMatches(library, query);
        if (!matches)
            return matches.error();
        if (*matches > maxToRank) {
            auto unranked = findPapersUnranked(library, query);
            if (!unranked)
                return unranked.error();
            return FoundPapers{std::move(*unranked), false};
        }
    }
    auto ranked = findPapers(library, query);
    if (!ranked)
        return ranked.error();
    return FoundPapers{std::move(*ranked), true};
}

Expected<BestPapers> findBestPapers(Library &library, const Query &query, int limit, int maxToRank)
{
    if (!query.isValid())
        return invalid(query);
    const QueryNode *root = query.root();
    if (maxToRank >= 0 && QuerySql::isRankedByMatch(root)) {
        // One walk of the newest matches, scored as they come: one more than maxToRank says that more matched.
        // Finding the bound first and ranking above it walked them twice (and merged a prefix's doclists twice).
        auto newest = scoredMatches(library, QuerySql::newestMatchesScored(root, qint64(maxToRank) + 1));
        if (!newest)
            return newest.error();
        const bool bounded = newest->size() > maxToRank;
        if (bounded)
            newest->resize(maxToRank);
        return BestPapers{bestOf(std::move(*newest), limit), bounded ? maxToRank : 0};
    }
    auto ranked = findPapers(library, query, {}, limit);
    if (!ranked)
        return ranked.error();
    return BestPapers{std::move(*ranked), 0};
}

Expected<int> countPapers(Library &library, const Query &query)
{
    if (!query.isValid())
        return invalid(query);
    return integer(library, QuerySql::countPapers(query.root()));
}

QString snippet(Library &library, const Query &query, qint64 paperId, const QString &open, const QString &close)
{
    return snippets(library, query, {paperId}, open, close).value(paperId);
}

QHash<qint64, QString> snippets(Library &library, const Query &query, QList<qint64> paperIds, const QString &open,
                                const QString &close)
{
    const QString relevance = query.isValid() ? QuerySql::relevanceExpression(query.root()) : QString();
    QHash<qint64, QString> result;
    std::sort(paperIds.begin(), paperIds.end());
    paperIds.erase(std::unique(paperIds.begin(), paperIds.end()), paperIds.end());
    for (qsizetype start = 0; !relevance.isEmpty() && start < paperIds.size(); start += SnippetsPerStatement)
        readSnippets(library, relevance, paperIds.mid(start, SnippetsPerStatement), {open, close}, result);
    for (const qint64 id : std::as_const(paperIds)) // without words, or the words are not in this paper
        if (!result.contains(id))
            result.insert(id, abstractStart(library, id));
    return result;
}

} // namespace Lectern
