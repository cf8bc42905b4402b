#pragma once

#include "library/Paper.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace Lectern {

struct PaperEvent;

// How the window words (and marks) what a reader did to a paper: statuses, ratings and history entries.
class AnnotationText
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationText)

public:
    // "To read"
    static QString statusLabel(ReadingStatus status);
    // The dot that marks the status in the list and the sidebar.
    static QColor statusColor(ReadingStatus status);
    // "★★★" for 3; empty for 0 (no rating).
    static QString stars(int rating);
    // "Tagged ml/optimization", "Status: Read", "Highlighted “a phrase”".
    static QString eventText(const PaperEvent &event);
    // A quote cut to a length that fits on one line.
    static QString shortQuote(const QString &quote);
};

} // namespace Lectern
