#include "gui/AnnotationText.h"

#include "library/PaperHistory.h"

namespace Lectern {

namespace {
constexpr int QuoteLength = 60;
}

QString AnnotationText::statusLabel(ReadingStatus status)
{
    switch (status) {
    case ReadingStatus::Inbox:
        return tr("Inbox");
    case ReadingStatus::ToRead:
        return tr("To read");
    case ReadingStatus::Reading:
        return tr("Reading");
    case ReadingStatus::Read:
        return tr("Read");
    case ReadingStatus::Skipped:
        return tr("Skipped");
    }
    return {};
}

QColor AnnotationText::statusColor(ReadingStatus status)
{
    switch (status) {
    case ReadingStatus::Inbox:
        return QColor(0x3b, 0x82, 0xf6); // blue, as unread mail
    case ReadingStatus::ToRead:
        return QColor(0xf5, 0x9e, 0x0b);
    case ReadingStatus::Reading:
        return QColor(0x10, 0xb9, 0x81);
    case ReadingStatus::Read:
        return QColor(0x9c, 0xa3, 0xaf);
    case ReadingStatus::Skipped:
        return QColor(0xf8, 0x71, 0x71);
    }
    return {};
}

QString AnnotationText::stars(int rating)
{
    return QString(qBound(0, rating, 5), QChar(0x2605));
}

QString AnnotationText::shortQuote(const QString &quote)
{
    const QString line = quote.simplified();
    return line.size() <= QuoteLength ? line : line.first(QuoteLength - 1).trimmed() + QChar(0x2026);
}

QString AnnotationText::eventText(const PaperEvent &event)
{
    switch (event.kind) {
    case EventKind::Status: {
        const auto status = statusFromName(event.detail);
        return tr("Status: %1").arg(status ? statusLabel(*status) : event.detail);
    }
    case EventKind::Rating:
        return event.detail.toInt() == 0 ? tr("Rating removed") : tr("Rated %1").arg(stars(event.detail.toInt()));
    case EventKind::Note:
        return tr("Note edited");
    case EventKind::TagAdded:
        return tr("Tagged %1").arg(event.detail);
    case EventKind::TagRemoved:
        return tr("Untagged %1").arg(event.detail);
    case EventKind::TagRenamed:
        return tr("Tag %1 renamed to %2").arg(event.previous, event.detail);
    case EventKind::TagMerged:
        return tr("Tag %1 merged into %2").arg(event.previous, event.detail);
    case EventKind::HighlightAdded:
        return tr("Highlighted \u201c%1\u201d").arg(shortQuote(event.detail));
    case EventKind::HighlightRemoved:
        return tr("Removed the highlight \u201c%1\u201d").arg(shortQuote(event.detail));
    case EventKind::KeyChanged:
        return tr("Citation key %1 changed to %2").arg(event.previous, event.detail);
    case EventKind::FieldFilled:
        //: %1 is a field's name as lectern edit takes it (doi, year, container), %2 a file's name
        return tr("%1 filled in from %2").arg(event.detail, event.previous);
    case EventKind::Merged:
        return tr("Merged with \u201c%1\u201d (#%2)").arg(event.detail, event.previous);
    case EventKind::FieldEdited:
        //: %1 is the field's name as lectern edit takes it ("title", "authors", "date", ...)
        return tr("Edited %1: \u201c%2\u201d to \u201c%3\u201d")
            .arg(event.detail, shortQuote(event.previous), shortQuote(event.value));
    case EventKind::Trashed:
        return tr("Moved to the Trash");
    case EventKind::Restored:
        return tr("Restored from the Trash");
    }
    return {};
}

} // namespace Lectern
