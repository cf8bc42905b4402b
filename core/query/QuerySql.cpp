#include "query/QuerySql.h"

#include "library/PaperTrash.h"
#include "query/QueryFields.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace Lectern {

namespace {

using Field = QueryTerm::Field;

using SqlValue = std::variant<qint64, QString>;
using Nodes = std::vector<const QueryNode *>;

// A piece of SQL and the values of its placeholders, in order.
struct Fragment
{
    QString sql;
    QList<SqlValue> values = {};

    Fragment &operator+=(const Fragment &other)
    {
        sql += other.sql;
        values += other.values;
        return *this;
    }
};

Fragment operator+(Fragment left, const Fragment &right)
{
    return left += right;
}

// bm25 weights per column (title, authors, abstract, note): a word in the title counts ten times one in the abstract.
const QString Bm25 = QStringLiteral("bm25(papers_fts, 10.0, 5.0, 1.0, 2.0)");
// Best match first, ties in the order the papers were added. A bm25() term rather than FTS5's rank column:
// SQLite scores only the matches that pass the other conditions, where rank scores every match of the
// words first (at 100k papers, tag:ml status:to-read neural: 38 against 166 ms).
const QString ByRelevance = QStringLiteral(" ORDER BY ") + Bm25 + QStringLiteral(", papers_fts.rowid");

// The orders of the paper list (PaperSort), for papers aliased p, and the index that holds each order:
// scanning it while testing ids against the query's sets never reads a paper's row, which (with its
// abstract) is what makes a large library slow.
// Papers are added in id order (PaperStore hands out the ids as it stamps added_at), so the id is that order.
constexpr const char16_t *AscendingOrder[] = {u"p.id", u"p.title COLLATE NOCASE, p.id",
                                              u"p.authors COLLATE NOCASE, p.id", u"p.published_sort, p.id"};
constexpr const char16_t *DescendingOrder[] = {u"p.id DESC", u"p.title COLLATE NOCASE DESC, p.id DESC",
                                               u"p.authors COLLATE NOCASE DESC, p.id DESC",
                                               u"p.published_sort DESC, p.id DESC"};
constexpr const char16_t *OrderIndex[] = {u"papers_by_id", u"papers_title", u"papers_authors", u"papers_published_sort"};

// Ids are tested against sets (id IN (SELECT ...)); these are the two names an id goes by. The unary
// plus keeps SQLite from handing the test to FTS5 as a rowid constraint, which would run the match
// once per id in the set.
const QString PaperId = QStringLiteral("p.id");
const QString MatchId = QStringLiteral("+papers_fts.rowid");

// What no list shows: the papers in the Trash, read from the partial index that holds only them. Tested with
// NOT IN, SQLite reads that set once into a small table and looks each id up in it.
Fragment notTrashed(const QString &id)
{
    return {id + QStringLiteral(" NOT IN (") + QLatin1StringView(PaperTrash::TrashedIds) + u')'};
}

Nodes pointers(const std::vector<QueryNode> &nodes)
{
    Nodes result;
    for (const QueryNode &node : nodes)
        result.push_back(&node);
    return result;
}

// The conjuncts of the query's top level: the children of an AND, or the root alone.
Nodes conjuncts(const QueryNode &root)
{
    return root.kind == QueryNode::Kind::And ? pointers(root.children) : Nodes{&root};
}

Fragment parenthesized(const Fragment &fragment)
{
    return Fragment{QStringLiteral("(")} + fragment + Fragment{QStringLiteral(")")};
}

Fragment joined(const QList<Fragment> &parts, const QString &separator)
{
    if (parts.size() == 1)
        return parts.front();
    Fragment result;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            result.sql += separator;
        result += parenthesized(parts[i]);
    }
    return result;
}

QString columnName(Field field)
{
    switch (field) {
    case Field::Title:
        return QStringLiteral("title");
    case Field::Author:
        return QStringLiteral("authors");
    case Field::Abstract:
        return QStringLiteral("abstract");
    case Field::Note:
        return QStringLiteral("note");
    default:
        return {};
    }
}

QString ftsTerm(const QueryTerm &term)
{
    const QString string = QuerySql::ftsString(term.value) + (term.prefix ? QStringLiteral("*") : QString());
    return term.field == Field::Words ? string : columnName(term.field) + QStringLiteral(" : ") + string;
}

// The text terms of a conjunction as one FTS5 expression, and the conjuncts it leaves to SQL. Negated text
// joins the expression only beside a positive term: FTS5's NOT needs something to subtract from.
struct Split
{
    std::optional<QString> fts;
    Nodes rest;
};

// Every subtree's FTS5 expression, worked out once from the leaves up. Asked for again at each level
// above (as the compiler once did, twice per conjunction), the work doubled with every other level of
// nesting: 11 ms to compile 16 levels, 2 s for 32, 34 s for 40; now under a millisecond for 64.
class FtsExpressions
{
public:
    explicit FtsExpressions(const QueryNode *root)
    {
        if (root)
            add(*root);
    }

    // The subtree as one FTS5 expression, when it is made of text terms FTS5 can combine.
    std::optional<QString> of(const QueryNode &node) const
    {
        const auto found = m_expressions.constFind(&node);
        return found == m_expressions.cend() ? std::nullopt : std::optional(*found);
    }

    Split split(const QueryNode &node) const
    {
        const Nodes children = pointers(node.children);
        return node.kind == QueryNode::Kind::And ? splitConjunction(children) : splitDisjunction(children);
    }

    // "(a AND b) NOT c NOT d": FTS5's NOT binds tightest and from the left, so the negated terms follow
    // one another rather than each nesting the expression one level deeper.
    Split splitConjunction(const Nodes &children) const
    {
        Split split;
        QStringList positives;
        QStringList negatives;
        for (const QueryNode *child : children) {
            if (auto positive = of(*child))
                positives.append(*positive);
            else if (auto negative = negatedFts(*child))
                negatives.append(*negative);
            else
                split.rest.push_back(child);
        }
        if (positives.isEmpty()) {
            split.rest = children;
            return split;
        }
        QString expression = u'(' + positives.join(QStringLiteral(" AND ")) + u')';
        for (const QString &negative : std::as_const(negatives))
            expression += QStringLiteral(" NOT ") + negative;
        split.fts = negatives.isEmpty() ? expression : u'(' + expression + u')';
        return split;
    }

    Split splitDisjunction(const Nodes &children) const
    {
        Split split;
        QStringList alternatives;
        for (const QueryNode *child : children) {
            if (auto expression = of(*child))
                alternatives.append(*expression);
            else
                split.rest.push_back(child);
        }
        if (!alternatives.isEmpty())
            split.fts = u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
        return split;
    }

private:
    // Children first, so that a node's expression is built from theirs.
    void add(const QueryNode &node)
    {
        for (const QueryNode &child : node.children)
            add(child);
        if (auto expression = expressionOf(node))
            m_expressions.insert(&node, *expression);
    }

    std::optional<QString> expressionOf(const QueryNode &node) const
    {
        switch (node.kind) {
        case QueryNode::Kind::Term:
            return isTextField(node.term.field) ? std::optional(ftsTerm(node.term)) : std::nullopt;
        case QueryNode::Kind::And:
        case QueryNode::Kind::Or: {
            const Split split = this->split(node);
            return split.rest.empty() ? split.fts : std::nullopt;
        }
        case QueryNode::Kind::Not:
            break;
        }
        return std::nullopt;
    }

    // A negated subtree FTS5 can take as the right side of its binary NOT.
    std::optional<QString> negatedFts(const QueryNode &node) const
    {
        return node.kind == QueryNode::Kind::Not ? of(node.children.front()) : std::nullopt;
    }

    QHash<const QueryNode *, QString> m_expressions;
};

// The ids that an FTS5 expression matches.
Fragment matchSet(const QString &expression)
{
    return {QStringLiteral("SELECT rowid AS id FROM papers_fts WHERE papers_fts MATCH ?"), {expression}};
}

// The ids of the papers whose columns pass a test, read from the index on those columns.
Fragment papersWhere(const Fragment &test)
{
    return Fragment{QStringLiteral("SELECT id FROM papers WHERE ")} + test;
}

// Days are the reader's local days; added_at is UTC.
QString dayStart(qint64 julianDay)
{
    return storedTime(QDate::fromJulianDay(julianDay).startOfDay());
}

QString ageCutoff(const QString &age)
{
    const int amount = age.chopped(1).toInt();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (age.back().unicode()) {
    case u'w':
        return storedTime(now.addDays(-7 * qint64(amount)));
    case u'm':
        return storedTime(now.addMonths(-amount));
    case u'y':
        return storedTime(now.addYears(-amount));
    default:
        return storedTime(now.addDays(-amount));
    }
}

QString likeEscaped(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
}

Fragment addedOnTest(const QueryTerm &term)
{
    QList<Fragment> parts;
    if (term.low)
        parts.append({QStringLiteral("added_at >= ?"), {dayStart(*term.low)}});
    if (term.high)
        parts.append({QStringLiteral("added_at < ?"), {dayStart(*term.high + 1)}});
    return joined(parts, QStringLiteral(" AND "));
}

Fragment hasSet(const QString &what)
{
    if (what == u"note")
        return {QStringLiteral("SELECT id FROM papers WHERE note <> ''")}; // the partial index papers_with_note
    if (what == u"highlight")
        return {QStringLiteral("SELECT paper_id AS id FROM highlights")};
    if (what == u"code")
        return {QStringLiteral("SELECT paper_id AS id FROM links WHERE kind = 'code'")};
    return {QStringLiteral("SELECT paper_id AS id FROM links")};
}

QString yearText(qint64 year)
{
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// The tags a tag: term names, and their ids. name_key is the case-folded name, as TagStore writes it: "ML"
// finds "ml/optimization".
Fragment tagIds(const QueryTerm &term)
{
    const QString key = term.value.toCaseFolded();
    return {QStringLiteral("SELECT id FROM tags WHERE name_key = ? OR name_key LIKE ? ESCAPE '\\'"),
            {key, likeEscaped(key) + QStringLiteral("/%")}};
}

// The term's test on the columns of a paper's row, for the terms that are one.
std::optional<Fragment> rowTest(const QueryTerm &term)
{
    switch (term.field) {
    case Field::Status:
        return Fragment{QStringLiteral("status = ?"), {term.value}};
    case Field::Rating:
        return Fragment{QStringLiteral("rating BETWEEN ? AND ?"), {term.low.value_or(0), term.high.value_or(HighestRating)}};
    case Field::Year:
        // published_sort starts with the year when it is known ("2023-06-13", "2023"); "--06-13" sorts below "0000".
        return Fragment{QStringLiteral("published_sort BETWEEN ? AND ?"),
                        {yearText(term.low.value_or(0)), yearText(term.high.value_or(LastYear)) + QStringLiteral("-12-31")}};
    case Field::AddedOn:
        return addedOnTest(term);
    case Field::AddedWithin:
        return Fragment{QStringLiteral("added_at >= ?"), {ageCutoff(term.value)}};
    case Field::AddedBefore:
        return Fragment{QStringLiteral("added_at < ?"), {ageCutoff(term.value)}};
    case Field::Arxiv:
        return Fragment{QStringLiteral("arxiv_id = ?"), {term.value}};
    case Field::Doi:
        // Both sides are lower-case (the parser's findDoi() and the stored DOI), so the index papers_doi serves it.
        return Fragment{QStringLiteral("doi = ?"), {term.value}};
    default:
        return std::nullopt;
    }
}

// The ids of the papers a term finds.
Fragment idSet(const QueryTerm &term)
{
    if (auto test = rowTest(term))
        return papersWhere(*test);
    switch (term.field) {
    case Field::Tag:
        // The tags first, then their papers from paper_tags_tag: joined, SQLite reads every paper's tags.
        return Fragment{QStringLiteral("SELECT paper_id AS id FROM paper_tags WHERE tag_id IN (")} + tagIds(term)
            + Fragment{QStringLiteral(")")};
    case Field::Has:
        return hasSet(term.value);
    case Field::List:
        return {QStringLiteral("SELECT i.paper_id AS id FROM reading_lists l"
                               " JOIN reading_list_items i ON i.list_id = l.id WHERE casefold(l.name) = ?"),
                {term.value.toCaseFolded()}};
    default:
        return matchSet(ftsTerm(term));
    }
}

Fragment inSet(const QString &id, const Fragment &set)
{
    return Fragment{id + QStringLiteral(" IN (")} + set + Fragment{QStringLiteral(")")};
}

// How a condition tests an id against a term's papers. A set (id IN (SELECT ...)) is read whole once, then
// looked up: the way when most ids are tested. Looked up per paper, a tag or a status is a seek in an index
// with nothing read beforehand: the way when a statement stops at a limit after a few of the ids (at a million
// papers, reading the 311,000 papers of tag:ml and the 250,000 of status:to-read to keep the first 5,001
// matches of neural took 0.6 s of CPU, the lookups 0.05 s).
// PerPaperRow also tests the columns of the paper's row there, for a statement that reads few papers, each one whole.
enum class Lookup { Sets, PerPaper, PerPaperRow };

// The term's test on one paper, when an index answers it by a seek (or, with PerPaperRow, the paper's row does).
std::optional<Fragment> perPaperTest(const QueryTerm &term, const QString &id, Lookup lookup)
{
    if (lookup == Lookup::PerPaperRow && term.field != Field::Status)
        if (auto test = rowTest(term))
            return Fragment{QStringLiteral("EXISTS (SELECT 1 FROM papers WHERE id = ") + id + QStringLiteral(" AND ")}
                + parenthesized(*test) + Fragment{QStringLiteral(")")};
    switch (term.field) {
    case Field::Tag:
        // The paper's few tags, from the primary key; the unary plus keeps SQLite from seeking each of the
        // tags the term names (46 for tag:ml at a million papers) in turn instead.
        return Fragment{QStringLiteral("EXISTS (SELECT 1 FROM paper_tags WHERE paper_id = ") + id
                        + QStringLiteral(" AND +tag_id IN (")}
            + tagIds(term) + Fragment{QStringLiteral("))")};
    case Field::Status:
        // papers_status holds (status, id): one seek, the paper's row never read.
        return Fragment{QStringLiteral("EXISTS (SELECT 1 FROM papers INDEXED BY papers_status WHERE status = ? AND id = ")
                            + id + u')',
                        {term.value}};
    default:
        return std::nullopt;
    }
}

// The subtree as an SQL condition on the paper whose id is `id`.
Fragment condition(const FtsExpressions &fts, const QueryNode &node, const QString &id, Lookup lookup = Lookup::Sets)
{
    if (auto expression = fts.of(node))
        return inSet(id, matchSet(*expression));
    if (node.kind == QueryNode::Kind::Term) {
        if (lookup != Lookup::Sets)
            if (auto test = perPaperTest(node.term, id, lookup))
                return *test;
        return inSet(id, idSet(node.term));
    }
    if (node.kind == QueryNode::Kind::Not)
        return Fragment{QStringLiteral("NOT ")} + parenthesized(condition(fts, node.children.front(), id, lookup));
    const Split split = fts.split(node);
    QList<Fragment> parts;
    if (split.fts)
        parts.append(inSet(id, matchSet(*split.fts)));
    for (const QueryNode *child : split.rest)
        parts.append(condition(fts, *child, id, lookup));
    return joined(parts, node.kind == QueryNode::Kind::And ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

void collectPositiveText(const QueryNode &node, bool negated, QStringList &terms)
{
    if (node.kind == QueryNode::Kind::Term) {
        if (isTextField(node.term.field) && !negated)
            terms.append(ftsTerm(node.term));
        return;
    }
    for (const QueryNode &child : node.children)
        collectPositiveText(child, negated != (node.kind == QueryNode::Kind::Not), terms);
}

// Every paper's id, from the index that holds only them.
const QString AllIds = QStringLiteral("SELECT id FROM papers INDEXED BY papers_by_id");

Fragment wrapped(const Fragment &set)
{
    return Fragment{QStringLiteral("SELECT id FROM (")} + set + Fragment{QStringLiteral(")")};
}

// The ids a subtree finds, as one SELECT of a column id: each term's set read from its index, combined with
// INTERSECT, UNION and EXCEPT. Tens of thousands of ids combine in milliseconds, where testing every paper
// against the sets takes tens of milliseconds.
Fragment idsOf(const FtsExpressions &fts, const QueryNode &node)
{
    if (auto expression = fts.of(node))
        return matchSet(*expression);
    if (node.kind == QueryNode::Kind::Term)
        return idSet(node.term);
    if (node.kind == QueryNode::Kind::Not)
        return Fragment{AllIds + QStringLiteral(" EXCEPT ")} + wrapped(idsOf(fts, node.children.front()));
    const bool isAnd = node.kind == QueryNode::Kind::And;
    const Split split = fts.split(node);
    QList<Fragment> kept;
    QList<Fragment> removed; // the negated conjuncts, subtracted from what the others keep
    if (split.fts)
        kept.append(matchSet(*split.fts));
    for (const QueryNode *child : split.rest) {
        if (isAnd && child->kind == QueryNode::Kind::Not)
            removed.append(idsOf(fts, child->children.front()));
        else
            kept.append(idsOf(fts, *child));
    }
    Fragment result = kept.isEmpty() ? Fragment{AllIds} : wrapped(kept.front());
    for (qsizetype i = 1; i < kept.size(); ++i)
        result += Fragment{isAnd ? QStringLiteral(" INTERSECT ") : QStringLiteral(" UNION ")} + wrapped(kept[i]);
    for (const Fragment &set : std::as_const(removed))
        result += Fragment{QStringLiteral(" EXCEPT ")} + wrapped(set);
    return result;
}

// FROM and WHERE when the top-level AND has text terms: FTS5 finds the papers (and can rank them), and the
// other conditions test its matches' ids. Without such terms, nullopt.
std::optional<Fragment> matchFromWhere(const FtsExpressions &fts, const QueryNode *root, Lookup lookup = Lookup::Sets)
{
    if (!root)
        return std::nullopt;
    const Split split = fts.splitConjunction(conjuncts(*root));
    if (!split.fts)
        return std::nullopt;
    Fragment fromWhere{QStringLiteral(" FROM papers_fts WHERE papers_fts MATCH ?"), {*split.fts}};
    for (const QueryNode *rest : split.rest)
        fromWhere += Fragment{QStringLiteral(" AND ")} + parenthesized(condition(fts, *rest, MatchId, lookup));
    return fromWhere + Fragment{QStringLiteral(" AND ")} + notTrashed(MatchId);
}

// The matches' ids (and `more` columns) for a statement that stops at a limit, its filters tested by a seek per match
// (Lookup): only for a root whose top-level AND has text terms (matchFromWhere).
Fragment limitedMatches(const FtsExpressions &fts, const QueryNode *root, const QString &more = {})
{
    return Fragment{QStringLiteral("SELECT papers_fts.rowid") + more} + *matchFromWhere(fts, root, Lookup::PerPaper);
}

// FROM and WHERE over the index that holds the order: each entry's id is tested against the query.
Fragment indexFromWhere(const FtsExpressions &fts, const QueryNode *root, PaperSort sort)
{
    Fragment fromWhere{QStringLiteral(" FROM papers p INDEXED BY ") + QString::fromUtf16(OrderIndex[int(sort)])
                       + QStringLiteral(" WHERE ")};
    fromWhere += notTrashed(PaperId);
    if (root)
        fromWhere += Fragment{QStringLiteral(" AND ")} + parenthesized(condition(fts, *root, PaperId));
    return fromWhere;
}

// Words only under an OR with filters ("graph OR tag:ml"): every match is kept, those with the words first,
// ranked, then the rest. Two arms rather than a LEFT JOIN on the scores, which SQLite may plan as a nested scan.
Fragment rankedByRelevance(const FtsExpressions &fts, const QueryNode &root, const QString &relevance)
{
    const Fragment filter = parenthesized(condition(fts, root, PaperId)) + Fragment{QStringLiteral(" AND ")}
        + notTrashed(PaperId);
    return Fragment{QStringLiteral("SELECT id FROM (SELECT p.id AS id, ") + Bm25
                        + QStringLiteral(" AS score FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid"
                                         " WHERE papers_fts MATCH ? AND "),
                    {relevance}}
        + filter
        + Fragment{QStringLiteral(" UNION ALL SELECT p.id, NULL FROM papers p"
                                  " WHERE p.id NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?) AND "),
                   {relevance}}
        + filter + Fragment{QStringLiteral(") ORDER BY score IS NULL, score, id")};
}

} // namespace

void SqlQuery::bindTo(Statement &statement) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        std::visit([&](const auto &value) { statement.bind(int(i + 1), value); }, values[i]);
}

namespace QuerySql {

SqlQuery findPapers(const QueryNode *root, QueryOrder order, int limit)
{
    const FtsExpressions fts(root);
    const auto matched = matchFromWhere(fts, root);
    const QString relevance = relevanceExpression(root);
    Fragment select;
    if (matched && order.relevanceFirst) {
        select = Fragment{QStringLiteral("SELECT papers_fts.rowid")} + *matched
            + Fragment{ByRelevance};
    } else if (!relevance.isEmpty() && order.relevanceFirst) {
        select = rankedByRelevance(fts, *root, relevance);
    } else if (matched && order.sort == PaperSort::Added && limit >= 0) {
        // FTS5 hands its matches out in id order, so the statement stops at the limit: the first rows of a
        // word in most papers (tag:ml status:to-read neural) test some 100,000 matches of a million, each by
        // a seek, where the sets below read every match and every paper of the tag and of the status.
        select = limitedMatches(fts, root)
            + Fragment{order.ascending ? QStringLiteral(" ORDER BY papers_fts.rowid")
                                       : QStringLiteral(" ORDER BY papers_fts.rowid DESC")};
    } else if (root && order.sort == PaperSort::Added) {
        // The sets combined, then ordered by id; DISTINCT because one set alone may name a paper twice (two of its tags).
        select = Fragment{QStringLiteral("SELECT DISTINCT id FROM (")} + idsOf(fts, *root)
            + Fragment{QStringLiteral(") WHERE ")} + notTrashed(QStringLiteral("id"))
            + Fragment{order.ascending ? QStringLiteral(" ORDER BY id") : QStringLiteral(" ORDER BY id DESC")};
    } else {
        const auto *orders = order.ascending ? AscendingOrder : DescendingOrder;
        select = Fragment{QStringLiteral("SELECT p.id")} + indexFromWhere(fts, root, order.sort)
            + Fragment{QStringLiteral(" ORDER BY ") + QString::fromUtf16(orders[int(order.sort)])};
    }
    select += Fragment{QStringLiteral(" LIMIT ?"), {qint64(limit)}};
    return {select.sql, select.values};
}

SqlQuery findPapersUnranked(const QueryNode *root)
{
    const auto matched = matchFromWhere(FtsExpressions(root), root);
    if (!matched)
        return findPapers(root, {PaperSort::Added, true, false}, -1);
    const Fragment select = Fragment{QStringLiteral("SELECT papers_fts.rowid")} + *matched
        + Fragment{QStringLiteral(" ORDER BY papers_fts.rowid")};
    return {select.sql, select.values};
}

SqlQuery findPapersAmongFirst(const QueryNode *root, bool ascending, int probed, int limit)
{
    // The bound is the probed-th id (the last id when there are fewer papers), read once from papers_by_id: the
    // statement then scans that index from its end in order, and stops at the limit.
    const QString direction = ascending ? QString() : QStringLiteral(" DESC");
    Fragment select{QStringLiteral("SELECT p.id FROM papers p INDEXED BY papers_by_id WHERE p.id")
                        + (ascending ? QStringLiteral(" <= ") : QStringLiteral(" >= "))
                        + QStringLiteral("coalesce((SELECT id FROM papers INDEXED BY papers_by_id ORDER BY id") + direction
                        + QStringLiteral(" LIMIT 1 OFFSET ?), ?) AND "),
                    {qint64(probed) - 1, ascending ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min()}};
    select += notTrashed(PaperId) + Fragment{QStringLiteral(" AND ")}
        + parenthesized(condition(FtsExpressions(root), *root, PaperId, Lookup::PerPaperRow))
        + Fragment{QStringLiteral(" ORDER BY p.id") + direction + QStringLiteral(" LIMIT ?"), {qint64(limit)}};
    return {select.sql, select.values};
}

bool hasText(const QueryNode *root)
{
    if (!root)
        return false;
    if (root->kind == QueryNode::Kind::Term)
        return isTextField(root->term.field);
    return std::any_of(root->children.cbegin(), root->children.cend(),
                       [](const QueryNode &child) { return hasText(&child); });
}

SqlQuery countPapers(const QueryNode *root)
{
    const FtsExpressions fts(root);
    const auto matched = matchFromWhere(fts, root);
    Fragment count{QStringLiteral("SELECT count(*)")};
    if (matched)
        count += *matched;
    else if (root)
        count += Fragment{QStringLiteral(" FROM (SELECT DISTINCT id FROM (")} + idsOf(fts, *root)
            + Fragment{QStringLiteral(") WHERE ")} + notTrashed(QStringLiteral("id")) + Fragment{QStringLiteral(")")};
    else
        count += indexFromWhere(fts, nullptr, PaperSort::Added);
    return {count.sql, count.values};
}

SqlQuery newestMatchesScored(const QueryNode *root, qint64 count)
{
    const Fragment select = limitedMatches(FtsExpressions(root), root, QStringLiteral(", ") + Bm25)
        + Fragment{QStringLiteral(" ORDER BY papers_fts.rowid DESC LIMIT ?"), {count}};
    return {select.sql, select.values};
}

bool isRankedByMatch(const QueryNode *root)
{
    return matchFromWhere(FtsExpressions(root), root).has_value();
}

bool isFullText(const QueryNode *root)
{
    return root && FtsExpressions(root).of(*root).has_value();
}

QString relevanceExpression(const QueryNode *root)
{
    QStringList terms;
    if (root)
        collectPositiveText(*root, false, terms);
    return terms.join(QStringLiteral(" OR "));
}

QString ftsString(const QString &word)
{
    return u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace QuerySql

} // namespace Lectern
