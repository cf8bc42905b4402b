#include "library/DuplicateStore.h"

#include "library/Library.h"
#include "library/PaperJson.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern {

namespace {

// The one place duplicate checks leave the Trash out: the papers in it (schema 11), read through its partial index.
constexpr const char TrashedPaperIds[] = "SELECT id FROM papers WHERE trashed_at IS NOT NULL";

// The statement with %TRASHED% read as the ids of the papers in the Trash: SQL of our own, never a value.
QByteArray withTrash(const char *sql)
{
    return QByteArray(sql).replace("%TRASHED%", TrashedPaperIds);
}

struct KeyRow
{
    qint64 paperId = 0;
    int year = 0;
    bool preprint = false;
    QString journalRef;
    QString family;
};

// Two papers sharing a key of this kind are one, for this reason, or they are not one after all (a title shared
// by papers of years far apart). published: what the journal reference of the other, if it has one, must name.
struct Published
{
    QString volume;
    QString pages;
    int year = 0;
};

std::optional<DuplicateReason> judge(const QString &kind, const KeyRow &a, const KeyRow &b,
                                     const std::function<Published(qint64)> &published)
{
    if (kind == u"arxiv")
        return DuplicateReason::ArxivId;
    if (kind == u"doi")
        return a.preprint != b.preprint ? DuplicateReason::PreprintOf : DuplicateReason::Doi;
    // title: the first authors must be the same where both records have one (a day's list has none)...
    if (!a.family.isEmpty() && !b.family.isEmpty() && a.family != b.family)
        return std::nullopt;
    // ...and a preprint whose journal reference names the other paper is its preprint, whatever the years.
    for (const auto &[preprint, other] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        if (!preprint->preprint || other->preprint || preprint->journalRef.isEmpty())
            continue;
        const Published p = published(other->paperId);
        if (DuplicateText::journalRefNames(preprint->journalRef, p.volume, p.pages, p.year))
            return DuplicateReason::PreprintOf;
    }
    // Years are compared when both papers have one.
    if (a.year != 0 && b.year != 0 && qAbs(a.year - b.year) > 1)
        return std::nullopt;
    return DuplicateReason::TitleAuthorYear;
}

// Of two reasons for one pair, the one said: identifiers before titles.
int strength(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::ArxivId:
        return 3;
    case DuplicateReason::PreprintOf:
        return 2;
    case DuplicateReason::Doi:
        return 1;
    case DuplicateReason::TitleAuthorYear:
        return 0;
    }
    return 0;
}

QList<std::pair<QString, QString>> keyList(const DuplicateKeys &keys)
{
    QList<std::pair<QString, QString>> list;
    if (!keys.arxivId.isEmpty())
        list.append({QStringLiteral("arxiv"), keys.arxivId});
    for (const QString &doi : keys.dois)
        list.append({QStringLiteral("doi"), doi});
    if (!keys.title.isEmpty())
        list.append({QStringLiteral("title"), keys.title});
    return list;
}

} // namespace

Status DuplicateStore::storeKeys(qint64 paperId, const DuplicateKeys &keys, bool isPreprint)
{
    Database &db = m_library.db();
    Statement clear(db, "DELETE FROM duplicate_keys WHERE paper_id = ?");
    if (auto s = clear.bind(1, paperId).run(); !s)
        return s;
    if (auto s = insertKeys(paperId, keys, isPreprint); !s)
        return s;
    Statement fresh(db, "DELETE FROM duplicate_keys_stale WHERE paper_id = ?");
    return fresh.bind(1, paperId).run();
}

Status DuplicateStore::insertKeys(qint64 paperId, const DuplicateKeys &keys, bool isPreprint)
{
    Database &db = m_library.db();
    Statement insert(db, "INSERT OR IGNORE INTO duplicate_keys(kind, key, paper_id, year, preprint, journal_ref, family)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const auto &[kind, key] : keyList(keys)) {
        insert.bind(1, kind).bind(2, key).bind(3, paperId).bind(4, keys.year).bind(5, qint64(isPreprint));
        insert.bind(6, kind == u"title" ? keys.journalRef : QString()).bind(7, kind == u"title" ? keys.family : QString());
        if (auto s = insert.run(); !s)
            return s;
    }
    return success();
}

Status DuplicateStore::refreshStale()
{
    Database &db = m_library.db();
    // Only what the keys are made of is read: a library upgraded to schema 12 has every paper to do once.
    QList<Paper> stale;
    {
        Statement q(db, "SELECT p.id, p.title, p.author_names, p.authors, p.published, p.arxiv_id, p.doi, p.extra_fields"
                        " FROM duplicate_keys_stale s JOIN papers p ON p.id = s.paper_id");
        while (q.step()) {
            Paper paper;
            paper.id = q.integer(0);
            paper.title = q.text(1);
            paper.authors = peopleFromColumns(q.text(2), q.text(3));
            paper.published = q.text(4);
            paper.arxivId = q.text(5);
            paper.doi = q.text(6);
            paper.extraFields = extraFieldsFromColumn(q.text(7));
            stale.append(paper);
        }
    }
    if (stale.isEmpty() || db.isReadOnly())
        return success();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    for (const Paper &paper : std::as_const(stale)) {
        const DuplicateKeys keys = DuplicateKeys::of(paper);
        if (auto s = storeKeys(paper.id, keys, !keys.arxivId.isEmpty()); !s)
            return s;
    }
    return transaction.commit();
}

Expected<QList<DuplicatePair>> DuplicateStore::pairs()
{
    (void)refreshStale(); // a read-only library looks with the keys it has
    Database &db = m_library.db();
    // Keys no longer shared (a paper merged, removed or edited) leave the list of shared ones; looked for first, so
    // that a look which finds none writes nothing (and waits for no other writer).
    Statement unshared(db, "SELECT 1 FROM duplicate_shared s WHERE (SELECT count(*) FROM duplicate_keys d"
                           " WHERE d.kind = s.kind AND d.key = s.key) < 2 LIMIT 1");
    if (unshared.step() && !db.isReadOnly()) {
        Statement prune(db, "DELETE FROM duplicate_shared WHERE (SELECT count(*) FROM duplicate_keys d"
                            " WHERE d.kind = duplicate_shared.kind AND d.key = duplicate_shared.key) < 2");
        (void)prune.run();
    }
    // Only the keys more than one paper has are read (duplicate_shared), each paired through the key index. CROSS JOIN
    // keeps SQLite to that order: left to choose, it scanned every key of the library to find the few shared ones,
    // 0.5-0.8 s at 100k papers on a busy machine, after every edit in the window's thread (the sidebar's count).
    static const QByteArray sql = withTrash(
        "SELECT a.paper_id, a.year, a.preprint, a.journal_ref, b.paper_id, b.year, b.preprint, b.journal_ref, s.kind,"
        " a.family, b.family"
        " FROM duplicate_shared s CROSS JOIN duplicate_keys a ON a.kind = s.kind AND a.key = s.key"
        " CROSS JOIN duplicate_keys b ON b.kind = s.kind AND b.key = s.key AND b.paper_id > a.paper_id"
        " WHERE a.paper_id NOT IN (%TRASHED%) AND b.paper_id NOT IN (%TRASHED%)"
        " AND NOT EXISTS (SELECT 1 FROM not_duplicates n WHERE n.paper_a = a.paper_id AND n.paper_b = b.paper_id)"
        " ORDER BY a.paper_id, b.paper_id");
    Statement q(db, sql.constData());
    Statement publishedOf(db, "SELECT volume, pages, published FROM papers WHERE id = ?");
    const auto published = [&publishedOf](qint64 id) {
        Published p;
        if (publishedOf.bind(1, id).step())
            p = {publishedOf.text(0), publishedOf.text(1), DuplicateText::year(publishedOf.text(2))};
        publishedOf.reset();
        return p;
    };
    QList<DuplicatePair> result;
    QHash<std::pair<qint64, qint64>, qsizetype> found;
    while (q.step()) {
        const KeyRow a{q.integer(0), int(q.integer(1)), q.integer(2) != 0, q.text(3), q.text(9)};
        const KeyRow b{q.integer(4), int(q.integer(5)), q.integer(6) != 0, q.text(7), q.text(10)};
        const auto reason = judge(q.text(8), a, b, published);
        if (!reason)
            continue;
        const std::pair ids{a.paperId, b.paperId};
        if (const auto at = found.constFind(ids); at != found.cend()) {
            if (strength(*reason) > strength(result[*at].reason))
                result[*at].reason = *reason;
            continue;
        }
        found.insert(ids, result.size());
        result.append({a.paperId, b.paperId, *reason});
    }
    if (!q.error().isEmpty())
        return Error{q.error()};
    std::sort(result.begin(), result.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return std::pair(x.first, x.second) < std::pair(y.first, y.second);
    });
    return result;
}

int DuplicateStore::count()
{
    const auto all = pairs();
    return all ? int(all->size()) : 0;
}

Expected<std::optional<DuplicateReason>> DuplicateStore::reasonFor(qint64 first, qint64 second)
{
    auto all = pairs();
    if (!all)
        return all.error();
    const std::pair wanted{qMin(first, second), qMax(first, second)};
    for (const DuplicatePair &pair : *all)
        if (std::pair(pair.first, pair.second) == wanted)
            return std::optional(pair.reason);
    return std::optional<DuplicateReason>();
}

Expected<std::optional<DuplicateMatch>> DuplicateStore::find(const Paper &paper, const DuplicateKeys &keys)
{
    Database &db = m_library.db();
    static const QByteArray sql = withTrash(
        "SELECT d.paper_id, d.year, d.preprint, d.journal_ref, p.import_id, p.volume, p.pages, p.published, d.family"
        " FROM duplicate_keys d JOIN papers p ON p.id = d.paper_id"
        " WHERE d.kind = ? AND d.key = ? AND d.paper_id NOT IN (%TRASHED%) ORDER BY d.paper_id");
    Statement q(db, sql.constData());
    const bool preprint = !keys.arxivId.isEmpty();
    const KeyRow incoming{0, keys.year, preprint, keys.journalRef, keys.family};
    for (const auto &[kind, key] : keyList(keys)) {
        q.bind(1, kind).bind(2, key);
        while (q.step()) {
            const KeyRow stored{q.integer(0), int(q.integer(1)), q.integer(2) != 0, q.text(3), q.text(8)};
            const Published storedPublished{q.text(5), q.text(6), DuplicateText::year(q.text(7))};
            const auto published = [&](qint64 id) {
                return id == 0 ? Published{paper.volume, paper.pages, keys.year} : storedPublished;
            };
            if (const auto reason = judge(kind, incoming, stored, published)) {
                DuplicateMatch match{stored.paperId, q.integer(4), *reason};
                q.reset();
                return std::optional(match);
            }
        }
        if (!q.error().isEmpty())
            return Error{q.error()};
        q.reset();
    }
    // An identifier stored exactly so is taken (the unique indexes papers_arxiv_id and papers_doi say so) even where
    // it is no key: an arXiv id or DOI that is not one in form, or one of a paper left out above - a paper in the
    // Trash, once there is one. Inserting the record would fail on the index, so it counts as that paper's duplicate
    // (as every import did before schema 12); unless the Trash's step makes those indexes leave trashed papers out.
    const std::pair<const char *, const QString *> exact[] = {
        {"SELECT id, import_id FROM papers WHERE arxiv_id = ?", &paper.arxivId},
        {"SELECT id, import_id FROM papers WHERE doi = ?", &paper.doi}};
    for (const auto &[exactSql, value] : exact) {
        if (value->isEmpty())
            continue;
        Statement taken(db, exactSql);
        if (taken.bind(1, value == &paper.doi ? value->toLower() : *value).step())
            return std::optional(DuplicateMatch{taken.integer(0), taken.integer(1),
                                                value == &paper.doi ? DuplicateReason::Doi : DuplicateReason::ArxivId});
    }
    return std::optional<DuplicateMatch>();
}

Status DuplicateStore::dismiss(qint64 first, qint64 second)
{
    if (first == second)
        return Error{QCoreApplication::translate("Lectern::DuplicateStore", "a paper is always the same as itself")};
    if (auto s = PaperStore(m_library).checkIds({first, second}); !s)
        return s;
    Statement insert(m_library.db(), "INSERT OR IGNORE INTO not_duplicates(paper_a, paper_b, decided_at) VALUES (?, ?, ?)");
    return insert.bind(1, qMin(first, second)).bind(2, qMax(first, second))
        .bind(3, storedTime(QDateTime::currentDateTimeUtc())).run();
}

} // namespace Lectern
