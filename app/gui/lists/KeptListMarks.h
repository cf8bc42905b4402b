#pragma once

#include <QCoreApplication>
#include <QString>

class QAction;
class QObject;

namespace Lectern {

class Library;
struct SidebarEntry;

// What the sidebar shows of a list kept up to date in a file (File > Export, "Keep the file up to date"): a mark,
// the files in its tool tip, and the context-menu action that stops keeping them.
class KeptListMarks
{
    Q_DECLARE_TR_FUNCTIONS(KeptListMarks)

public:
    // Marks the entry of the list of this name when a file is kept up to date with it.
    static void mark(Library &library, SidebarEntry &entry, const QString &listName);
    static QAction *createStopAction(QObject *parent, const QString &objectName);
    // Ends every tie of the list (the files stay as they are); the number ended.
    static int stopKeeping(Library &library, const QString &listName);
};

} // namespace Lectern
