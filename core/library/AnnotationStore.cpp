#include "library/AnnotationStore.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

Error noSuchPaper(qint64 id)
{
    return Error{QCoreApplication::translate("Lectern::AnnotationStore", "no paper has the id %1").arg(id)};
}

std::optional<ReadingStatus> statusOf(Database &db, qint64 paperId)
{
    Statement q(db, "SELECT status FROM papers WHERE id = ?");
    if (!q.bind(1, paperId).step())
        return std::nullopt;
    return statusFromName(q.text(0)).value_or(ReadingStatus::Inbox);
}

} // namespace

Expected<QList<PaperStatus>> AnnotationStore::setStatus(const QList<qint64> &paperIds, ReadingStatus status)
{
    QList<PaperStatus> statuses;
    for (const qint64 paperId : paperIds)
        statuses.append({paperId, status});
    return setStatus(statuses);
}

Expected<QList<PaperStatus>> AnnotationStore::setStatus(const QList<PaperStatus> &statuses)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    PaperHistory history(m_library, m_clock);
    Statement update(db, "UPDATE papers SET status = ? WHERE id = ?");
    QList<PaperStatus> before;
    for (const PaperStatus &change : statuses) {
        const auto old = statusOf(db, change.paperId);
        if (!old)
            return noSuchPaper(change.paperId);
        before.append({change.paperId, *old});
        if (*old == change.status)
            continue;
        if (auto s = update.bind(1, statusName(change.status)).bind(2, change.paperId).run(); !s)
            return s.error();
        if (auto s = history.record({change.paperId}, EventKind::Status, statusName(change.status), statusName(*old)); !s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return before;
}

QList<StatusChange> AnnotationStore::statusHistory(qint64 paperId)
{
    QList<StatusChange> changes;
    for (const PaperEvent &event : PaperHistory(m_library).forPaper(paperId))
        if (event.kind == EventKind::Status)
            if (const auto status = statusFromName(event.detail))
                changes.append({*status, event.at});
    return changes;
}

// Counted in the index of statuses alone, the papers in the Trash (through theirs) taken off: testing each paper's
// trashed_at would read every paper's row, seconds at a million papers.
QList<StatusCount> AnnotationStore::statusCounts()
{
    Statement q(m_library.db(), "SELECT (SELECT count(*) FROM papers INDEXED BY papers_status WHERE status = ?1)"
                                " - (SELECT count(*) FROM papers INDEXED BY papers_trashed"
                                " WHERE trashed_at IS NOT NULL AND status = ?1)");
    QList<StatusCount> counts;
    for (const ReadingStatus status : allStatuses()) {
        q.bind(1, statusName(status));
        counts.append({status, q.step() ? int(q.integer(0)) : 0});
        q.reset();
    }
    return counts;
}

QList<qint64> AnnotationStore::paperIds(ReadingStatus status)
{
    Statement q(m_library.db(), "SELECT id FROM papers WHERE status = ? AND trashed_at IS NULL ORDER BY id");
    q.bind(1, statusName(status));
    QList<qint64> ids;
    while (q.step())
        ids.append(q.integer(0));
    return ids;
}

Expected<int> AnnotationStore::setRating(qint64 paperId, int rating)
{
    if (rating < 0 || rating > 5)
        return Error{QCoreApplication::translate("Lectern::AnnotationStore", "a rating is 0 (none) to 5, not %1")
                         .arg(rating)};
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement current(db, "SELECT rating FROM papers WHERE id = ?");
    if (!current.bind(1, paperId).step())
        return noSuchPaper(paperId);
    const int before = int(current.integer(0));
    if (before == rating)
        return before;
    Statement update(db, "UPDATE papers SET rating = ? WHERE id = ?");
    if (auto s = update.bind(1, rating).bind(2, paperId).run(); !s)
        return s.error();
    const auto record = PaperHistory(m_library, m_clock)
                            .record({paperId}, EventKind::Rating, QString::number(rating), QString::number(before));
    if (!record)
        return record.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return before;
}

Expected<QString> AnnotationStore::note(qint64 paperId)
{
    Statement q(m_library.db(), "SELECT note FROM papers WHERE id = ?");
    if (!q.bind(1, paperId).step())
        return noSuchPaper(paperId);
    return q.text(0);
}

Expected<QString> AnnotationStore::setNote(qint64 paperId, const QString &note)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const auto before = this->note(paperId);
    if (!before || *before == note)
        return before;
    PaperHistory history(m_library, m_clock);
    Statement update(db, "UPDATE papers SET note = ?, note_updated_at = ? WHERE id = ?");
    const QString at = storedTime(history.now());
    if (auto s = update.bind(1, note).bind(2, at).bind(3, paperId).run(); !s)
        return s.error();
    if (auto s = history.recordCoalesced(paperId, EventKind::Note, NoteSitting); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return before;
}

} // namespace Lectern
