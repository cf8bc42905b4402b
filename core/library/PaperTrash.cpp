#include "library/PaperTrash.h"

#include "library/Library.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

struct TrashText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PaperTrash)
};

} // namespace

Expected<QList<qint64>> PaperTrash::trash(const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (auto s = PaperStore(m_library).checkIds(paperIds); !s)
        return s.error();
    PaperHistory history(m_library, m_clock);
    const QString now = storedTime(history.now());
    Statement update(db, "UPDATE papers SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL");
    QList<qint64> moved;
    for (const qint64 id : paperIds) {
        if (auto s = update.bind(1, now).bind(2, id).run(); !s)
            return s.error();
        if (db.changes() > 0 && !moved.contains(id))
            moved.append(id);
    }
    if (auto s = history.record(moved, EventKind::Trashed); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return moved;
}

Status PaperTrash::restore(const QList<qint64> &paperIds)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (auto s = PaperStore(m_library).checkIds(paperIds); !s)
        return s;
    Statement update(db, "UPDATE papers SET trashed_at = NULL WHERE id = ? AND trashed_at IS NOT NULL");
    for (const qint64 id : paperIds) {
        if (auto s = update.bind(1, id).run(); !s)
            return s;
        if (db.changes() == 0)
            return Error{TrashText::tr("paper %1 is not in the Trash").arg(id)};
    }
    if (auto s = PaperHistory(m_library, m_clock).record(paperIds, EventKind::Restored); !s)
        return s;
    return transaction.commit();
}

Expected<int> PaperTrash::empty()
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    // Tags, highlights, links, list places and history go with them (ON DELETE CASCADE), the index rows through
    // the papers_fts_delete trigger.
    Statement remove(db, "DELETE FROM papers WHERE trashed_at IS NOT NULL");
    if (auto s = remove.run(); !s)
        return s.error();
    const int removed = db.changes();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return removed;
}

QList<qint64> PaperTrash::ids()
{
    Statement q(m_library.db(), "SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL"
                                " ORDER BY trashed_at DESC, id DESC");
    QList<qint64> result;
    while (q.step())
        result.append(q.integer(0));
    return result;
}

int PaperTrash::count()
{
    Statement q(m_library.db(), "SELECT count(*) FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL");
    return q.step() ? int(q.integer(0)) : 0;
}

bool PaperTrash::contains(qint64 paperId)
{
    Statement q(m_library.db(), "SELECT 1 FROM papers WHERE id = ? AND trashed_at IS NOT NULL");
    return q.bind(1, paperId).step();
}

} // namespace Lectern
