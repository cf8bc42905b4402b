#pragma once

#include "library/Paper.h"
#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QList>
#include <QString>

namespace Lectern {

class Library;

// Highlights on a paper's abstract. Each write is one transaction and returns what its undo needs.
class HighlightStore
{
public:
    explicit HighlightStore(Library &library, Clock clock = {}) : m_library(library), m_clock(std::move(clock)) {}

    // Highlights length characters of the abstract from start; color is "#rrggbb".
    Expected<Highlight> add(qint64 paperId, int start, int length, const QString &color, const QString &comment = {});
    // Returns the highlight as it was, to give to restore().
    Expected<Highlight> remove(qint64 highlightId);
    // Puts a removed highlight back with its id.
    Status restore(const Highlight &highlight);
    // Each returns the value before.
    Expected<QString> setColor(qint64 highlightId, const QString &color);
    Expected<QString> setComment(qint64 highlightId, const QString &comment);

    // The paper's highlights in the abstract as it is now, by start. Those whose text moved are
    // stored at their new place; those whose text is gone are kept and marked orphaned.
    QList<Highlight> forPaper(qint64 paperId);

private:
    Library &m_library;
    Clock m_clock; // for creation times and the paper's history
};

} // namespace Lectern
