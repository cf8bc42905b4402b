#include "library/ReadingListStore.h"

#include "library/Library.h"
#include "library/ListNames.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace Lectern {

namespace {

Error noSuchList(qint64 listId)
{
    return Error{QCoreApplication::translate("Lectern::ReadingListStore", "no reading list has the id %1").arg(listId)};
}

bool listExists(Database &db, qint64 listId)
{
    Statement q(db, "SELECT 1 FROM reading_lists WHERE id = ?");
    return q.bind(1, listId).step();
}

constexpr ListNames Names{"SELECT id, name FROM reading_lists", "UPDATE reading_lists SET name = ? WHERE id = ?",
                          ListNames::Kind::ReadingList};

// wantedId: the id to give the list when it is free; 0 for a new one.
Expected<qint64> insertList(Database &db, const QString &name, qint64 wantedId = 0)
{
    auto checked = Names.checked(db, name);
    if (!checked)
        return checked.error();
    Statement insert(db, "INSERT INTO reading_lists(id, name, created_at) VALUES (?, ?, ?)");
    if (wantedId == 0 || listExists(db, wantedId))
        insert.bindNull(1);
    else
        insert.bind(1, wantedId);
    if (auto s = insert.bind(2, *checked).bind(3, storedTime(QDateTime::currentDateTimeUtc())).run(); !s)
        return s.error();
    return db.lastInsertId();
}

// The ids that still name a paper, in their order.
QList<qint64> stillInLibrary(Database &db, const QList<qint64> &paperIds)
{
    Statement q(db, "SELECT 1 FROM papers WHERE id = ?");
    QList<qint64> found;
    for (const qint64 id : paperIds) {
        if (q.bind(1, id).step())
            found.append(id);
        q.reset();
    }
    return found;
}

// Appends the papers after the list's last one; a paper already there keeps its place.
Expected<int> appendPapers(Database &db, qint64 listId, const QList<qint64> &paperIds)
{
    Statement last(db, "SELECT coalesce(max(position), -1) FROM reading_list_items WHERE list_id = ?");
    qint64 position = last.bind(1, listId).step() ? last.integer(0) + 1 : 0;
    Statement insert(db, "INSERT OR IGNORE INTO reading_list_items(list_id, paper_id, position, added_at)"
                         " VALUES (?, ?, ?, ?)");
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    int added = 0;
    for (const qint64 paperId : paperIds) {
        if (auto s = insert.bind(1, listId).bind(2, paperId).bind(3, position).bind(4, now).run(); !s)
            return s.error();
        if (db.changes() > 0) {
            ++position;
            ++added;
        }
    }
    return added;
}

Status writeOrder(Database &db, qint64 listId, const QList<qint64> &order)
{
    Statement update(db, "UPDATE reading_list_items SET position = ? WHERE list_id = ? AND paper_id = ?");
    for (qsizetype position = 0; position < order.size(); ++position)
        if (auto s = update.bind(1, qint64(position)).bind(2, listId).bind(3, order[position]).run(); !s)
            return s;
    return success();
}

QList<qint64> orderedPaperIds(Database &db, qint64 listId)
{
    Statement q(db, "SELECT paper_id FROM reading_list_items WHERE list_id = ? ORDER BY position");
    q.bind(1, listId);
    QList<qint64> ids;
    while (q.step())
        ids.append(q.integer(0));
    return ids;
}

// The order after moving `moving` to just before the item now at targetIndex.
QList<qint64> reordered(const QList<qint64> &order, const QSet<qint64> &moving, int targetIndex)
{
    QList<qint64> moved;
    QList<qint64> kept;
    qsizetype insertAt = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (moving.contains(order[i])) {
            moved.append(order[i]);
        } else {
            kept.append(order[i]);
            if (i < targetIndex)
                ++insertAt;
        }
    }
    for (qsizetype i = 0; i < moved.size(); ++i)
        kept.insert(insertAt + i, moved[i]);
    return kept;
}

} // namespace

Expected<qint64> ReadingListStore::create(const QString &name)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    auto id = insertList(db, name);
    if (!id)
        return id;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status ReadingListStore::rename(qint64 listId, const QString &name)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    if (auto s = Names.rename(db, listId, name); !s)
        return s;
    return transaction.commit();
}

Expected<RemovedReadingList> ReadingListStore::remove(qint64 listId)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement name(db, "SELECT name FROM reading_lists WHERE id = ?");
    if (!name.bind(1, listId).step())
        return noSuchList(listId);
    RemovedReadingList removed{name.text(0), orderedPaperIds(db, listId), listId};
    Statement remove(db, "DELETE FROM reading_lists WHERE id = ?"); // the items go with it (ON DELETE CASCADE)
    if (auto s = remove.bind(1, listId).run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return removed;
}

Expected<qint64> ReadingListStore::restore(const RemovedReadingList &removed)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    auto id = insertList(db, removed.name, removed.id);
    if (!id)
        return id;
    if (auto added = appendPapers(db, *id, stillInLibrary(db, removed.paperIds)); !added)
        return added.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return id;
}

Expected<int> ReadingListStore::addPapers(qint64 listId, const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    if (auto s = PaperStore(m_library).checkIds(paperIds); !s)
        return s.error();
    auto added = appendPapers(db, listId, paperIds);
    if (!added)
        return added;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return added;
}

Expected<ListAddResult> ReadingListStore::addPapersToNamedList(const QString &name, const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (auto s = PaperStore(m_library).checkIds(paperIds); !s)
        return s.error();
    ListAddResult result;
    result.listId = Names.idOf(db, name.trimmed());
    if (!result.listId) {
        auto created = insertList(db, name);
        if (!created)
            return created.error();
        result.listId = *created;
        result.created = true;
    }
    auto added = appendPapers(db, result.listId, paperIds);
    if (!added)
        return added.error();
    result.added = *added;
    result.alreadyThere = int(QSet<qint64>(paperIds.cbegin(), paperIds.cend()).size()) - *added;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

Expected<int> ReadingListStore::removePapers(qint64 listId, const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    Statement remove(db, "DELETE FROM reading_list_items WHERE list_id = ? AND paper_id = ?");
    int removed = 0;
    for (const qint64 paperId : paperIds) {
        if (auto s = remove.bind(1, listId).bind(2, paperId).run(); !s)
            return s.error();
        removed += db.changes();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return removed;
}

Status ReadingListStore::movePapers(qint64 listId, const QList<qint64> &paperIds, int targetIndex)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    const QList<qint64> order = orderedPaperIds(db, listId);
    if (targetIndex < 0 || targetIndex > order.size())
        return Error{QCoreApplication::translate("Lectern::ReadingListStore",
                                                 "cannot move to position %1 of a list of %2")
                         .arg(targetIndex).arg(order.size())};
    const QSet<qint64> moving(paperIds.cbegin(), paperIds.cend());
    for (const qint64 paperId : moving)
        if (!order.contains(paperId))
            return Error{QCoreApplication::translate("Lectern::ReadingListStore",
                                                     "paper %1 is not in this reading list")
                             .arg(paperId)};
    if (auto s = writeOrder(db, listId, reordered(order, moving, targetIndex)); !s)
        return s;
    return transaction.commit();
}

Status ReadingListStore::setOrder(qint64 listId, const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    const QList<qint64> order = orderedPaperIds(db, listId);
    if (paperIds.size() != order.size()
        || QSet<qint64>(paperIds.cbegin(), paperIds.cend()) != QSet<qint64>(order.cbegin(), order.cend()))
        return Error{QCoreApplication::translate("Lectern::ReadingListStore",
                                                 "the new order must hold the papers of the list, each once")};
    if (auto s = writeOrder(db, listId, paperIds); !s)
        return s;
    return transaction.commit();
}

QList<qint64> ReadingListStore::paperIds(qint64 listId)
{
    return orderedPaperIds(m_library.db(), listId);
}

QList<qint64> ReadingListStore::shownPaperIds(qint64 listId)
{
    Statement q(m_library.db(), "SELECT paper_id FROM reading_list_items WHERE list_id = ? AND paper_id NOT IN"
                                " (SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL)"
                                " ORDER BY position");
    q.bind(1, listId);
    QList<qint64> ids;
    while (q.step())
        ids.append(q.integer(0));
    return ids;
}

QList<ReadingList> ReadingListStore::lists()
{
    Statement q(m_library.db(), "SELECT l.id, l.name, count(i.paper_id) FROM reading_lists l"
                                " LEFT JOIN reading_list_items i ON i.list_id = l.id AND i.paper_id NOT IN"
                                " (SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL)"
                                " GROUP BY l.id ORDER BY l.name COLLATE NOCASE, l.id");
    QList<ReadingList> result;
    while (q.step())
        result.append({q.integer(0), q.text(1), int(q.integer(2))});
    return result;
}

std::optional<ReadingList> ReadingListStore::find(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const ReadingList &list : lists())
        if (list.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return list;
    return std::nullopt;
}

} // namespace Lectern
