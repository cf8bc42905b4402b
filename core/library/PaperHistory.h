#pragma once

#include "util/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace Lectern {

class Library;

// What happened to a paper. Only the kind and its values are stored; the window words them.
enum class EventKind {
    Status,          // detail: new status name, previous: old one
    Rating,          // detail: new rating, previous: old one
    Note,            // the note was saved (one event per sitting, see recordCoalesced)
    TagAdded,        // detail: tag
    TagRemoved,      // detail: tag
    TagRenamed,      // detail: new name, previous: old name
    TagMerged,       // detail: the tag it went into, previous: the tag that is gone
    HighlightAdded,  // detail: the quote
    HighlightRemoved, // detail: the quote
    KeyChanged,       // detail: new citation key, previous: old one
    FieldFilled,      // an import of a duplicate filled an empty field; detail: the field (PaperFields), previous: the file
    Merged,           // a duplicate was merged into this paper; detail: its title, previous: its id
    FieldEdited,      // detail: the field as lectern edit names it ("title", "authors", "date", "extra.file"),
                      // previous: its old value, value: its new one (PaperFieldText's text of each)
    Trashed,          // the paper went to the Trash
    Restored          // the paper came back from the Trash
};
// "status", "rating", "note", "tag-added", ...: the names stored in paper_events.kind.
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);

struct PaperEvent
{
    qint64 id = 0;
    qint64 paperId = 0;
    QDateTime at;
    EventKind kind = EventKind::Status;
    QString detail;
    QString previous;
    QString value; // FieldEdited: the new value
};

// Where event times come from: the current UTC time, or a fixed one in tests.
using Clock = std::function<QDateTime()>;

// The events of each paper. The stores record them inside their own transactions, so an edit and
// its event land together.
class PaperHistory
{
public:
    explicit PaperHistory(Library &library, Clock clock = {});

    // Oldest first.
    QList<PaperEvent> forPaper(qint64 paperId);

    // One event of this kind, now, for each paper.
    Status record(const QList<qint64> &paperIds, EventKind kind, const QString &detail = {},
                  const QString &previous = {});
    // Like record(), but when the paper's latest event of this kind is younger than window, that event
    // moves to now instead: a note saved every second makes one entry per sitting, not thousands.
    // A field the user edited: kind 'field-edited', detail the field's name, previous and value its old and new text.
    Status recordFieldEdit(qint64 paperId, const QString &field, const QString &previous, const QString &value);
    Status recordCoalesced(qint64 paperId, EventKind kind, std::chrono::seconds window);

    QDateTime now() const;

private:
    Library &m_library;
    Clock m_clock;
};

} // namespace Lectern
