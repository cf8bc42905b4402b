#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lectern {

class Library;

// What an export can write: the selected papers, a reading list (in its order), a smart list (what its
// query finds now) or the whole library.
struct ExportSource
{
    enum class Kind { Selection, ReadingList, SmartList, Library };
    Kind kind = Kind::Library;
    qint64 listId = 0;
    QString label; // for the chooser, with the number of papers
    QString title; // of the exported document
    QString scope; // the paper list's scope that shows the same papers; empty for the selection
    QString listName; // a reading list's or smart list's own name
};

class ExportSources
{
    Q_DECLARE_TR_FUNCTIONS(ExportSources)

public:
    // The selection first (when there is one), then every reading list, every smart list and the library.
    static QList<ExportSource> all(Library &library, int selectedCount);
    // The source's papers, in the order to write them; for a smart list, the error when its query cannot run.
    static Expected<QList<qint64>> paperIds(Library &library, const ExportSource &source, const QList<qint64> &selection);
};

} // namespace Lectern
