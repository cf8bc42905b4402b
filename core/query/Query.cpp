#include "query/Query.h"

#include "library/Library.h"
#include "query/QueryParser.h"
#include "query/QuerySql.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace Lectern {

namespace {

// Tokens around the matched words in a snippet, and words of the abstract shown when nothing matched.
constexpr int SnippetTokens = 20;

const QString Ellipsis = QStringLiteral("…");

// The first column of every row; a statement that does not prepare or stops with an error (cancelled
// included) gives SQLite's reason instead of the rows read so far.
Expected<QList<qint64>> integers(Library &library, const SqlQuery &query)
{
    Statement statement(library.db(), query.sql.toUtf8().constData(), Statement::Failure::ReportedByCaller);
    query.bindTo(statement);
    QList<qint64> result;
    while (statement.step())
        result.append(statement.integer(0));
    if (!statement.error().isEmpty())
        return Error{QCoreApplication::translate("Lectern::Query", "the library could not run the query: %1")
                         .arg(statement.error())};
    return result;
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
    return integers(library, QuerySql::findPapers(query.root(), order, limit));
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

Expected<int> countPapers(Library &library, const Query &query)
{
    if (!query.isValid())
        return invalid(query);
    return integer(library, QuerySql::countPapers(query.root()));
}

QString snippet(Library &library, const Query &query, qint64 paperId, const QString &open, const QString &close)
{
    const QString relevance = query.isValid() ? QuerySql::relevanceExpression(query.root()) : QString();
    if (relevance.isEmpty())
        return abstractStart(library, paperId);
    // The abstract when a word is in it; otherwise the column FTS5 finds best (the title, the note...).
    Statement statement(library.db(),
                        "SELECT snippet(papers_fts, 2, ?1, ?2, ?3, ?4), snippet(papers_fts, -1, ?1, ?2, ?3, ?4)"
                        " FROM papers_fts WHERE papers_fts MATCH ?5 AND rowid = ?6",
                        Statement::Failure::ReportedByCaller);
    statement.bind(1, open).bind(2, close).bind(3, Ellipsis).bind(4, SnippetTokens).bind(5, relevance).bind(6, paperId);
    if (!statement.step())
        return abstractStart(library, paperId);
    const QString inAbstract = statement.text(0);
    return inAbstract.contains(open) ? inAbstract : statement.text(1);
}

} // namespace Lectern
