#pragma once

#include <QHash>
#include <QList>

namespace Lectern {

class Library;

// What the paper list marks beside a title: that the paper has a note, and how many highlights.
struct PaperMarks
{
    bool hasNote = false;
    int highlightCount = 0;
};

// The marks of the papers that have any; a paper without a note or highlight is not in the result.
QHash<qint64, PaperMarks> paperMarks(Library &library, const QList<qint64> &paperIds);

} // namespace Lectern
