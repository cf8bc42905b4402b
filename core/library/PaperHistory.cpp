#include "library/PaperHistory.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

struct KindName
{
    EventKind kind;
    const char16_t *name;
};
constexpr KindName KindNames[] = {
    {EventKind::Status, u"status"},
    {EventKind::Rating, u"rating"},
    {EventKind::Note, u"note"},
    {EventKind::TagAdded, u"tag-added"},
    {EventKind::TagRemoved, u"tag-removed"},
    {EventKind::TagRenamed, u"tag-renamed"},
    {EventKind::TagMerged, u"tag-merged"},
    {EventKind::HighlightAdded, u"highlight-added"},
    {EventKind::HighlightRemoved, u"highlight-removed"},
    {EventKind::KeyChanged, u"key-changed"},
    {EventKind::FieldFilled, u"field-filled"},
    {EventKind::Merged, u"merged"},
    {EventKind::FieldEdited, u"field-edited"},
    {EventKind::Trashed, u"trashed"},
    {EventKind::Restored, u"restored"},
};

} // namespace

QString eventKindName(EventKind kind)
{
    for (const auto &entry : KindNames)
        if (entry.kind == kind)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<EventKind> eventKindFromName(QStringView name)
{
    for (const auto &entry : KindNames)
        if (name == QStringView(entry.name))
            return entry.kind;
    return std::nullopt;
}

PaperHistory::PaperHistory(Library &library, Clock clock) : m_library(library), m_clock(std::move(clock)) {}

QDateTime PaperHistory::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QList<PaperEvent> PaperHistory::forPaper(qint64 paperId)
{
    Statement q(m_library.db(), "SELECT id, at, kind, detail, previous, value FROM paper_events WHERE paper_id = ?"
                                " ORDER BY at, id");
    q.bind(1, paperId);
    QList<PaperEvent> events;
    while (q.step()) {
        const auto kind = eventKindFromName(q.text(2));
        if (!kind)
            continue; // written by a newer Lectern; this one cannot say what it means
        events.append({q.integer(0), paperId, q.dateTime(1), *kind, q.text(3), q.text(4), q.text(5)});
    }
    return events;
}

Status PaperHistory::record(const QList<qint64> &paperIds, EventKind kind, const QString &detail,
                            const QString &previous)
{
    Statement insert(m_library.db(),
                     "INSERT INTO paper_events(paper_id, at, kind, detail, previous) VALUES (?, ?, ?, ?, ?)");
    const QString at = storedTime(now());
    for (const qint64 paperId : paperIds) {
        insert.bind(1, paperId).bind(2, at).bind(3, eventKindName(kind)).bind(4, detail).bind(5, previous);
        if (auto s = insert.run(); !s)
            return Error{QCoreApplication::translate("Lectern::PaperHistory",
                                                     "cannot record the change of paper %1: %2")
                             .arg(paperId).arg(s.error().message)};
    }
    return success();
}

Status PaperHistory::recordFieldEdit(qint64 paperId, const QString &field, const QString &previous,
                                     const QString &value)
{
    Statement insert(m_library.db(), "INSERT INTO paper_events(paper_id, at, kind, detail, previous, value)"
                                     " VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, paperId).bind(2, storedTime(now())).bind(3, eventKindName(EventKind::FieldEdited)).bind(4, field);
    if (auto s = insert.bind(5, previous).bind(6, value).run(); !s)
        return Error{QCoreApplication::translate("Lectern::PaperHistory", "cannot record the change of paper %1: %2")
                         .arg(paperId).arg(s.error().message)};
    return success();
}

Status PaperHistory::recordCoalesced(qint64 paperId, EventKind kind, std::chrono::seconds window)
{
    Database &db = m_library.db();
    const QDateTime time = now();
    Statement latest(db, "SELECT id, at FROM paper_events WHERE paper_id = ? AND kind = ? ORDER BY at DESC, id DESC"
                         " LIMIT 1");
    latest.bind(1, paperId).bind(2, eventKindName(kind));
    if (latest.step() && latest.dateTime(1).addSecs(window.count()) >= time) {
        Statement move(db, "UPDATE paper_events SET at = ? WHERE id = ?");
        return move.bind(1, storedTime(time)).bind(2, latest.integer(0)).run();
    }
    return record({paperId}, kind);
}

} // namespace Lectern
