#include "gui/lists/KeptListMarks.h"

#include "export/KeptExports.h"
#include "gui/NewAction.h"
#include "gui/sidebar/SidebarSection.h"

namespace Lectern {

void KeptListMarks::mark(Library &library, SidebarEntry &entry, const QString &listName)
{
    const QStringList paths = KeptExportStore(library).pathsForList(listName);
    if (paths.isEmpty())
        return;
    entry.kept = true;
    entry.toolTip += u'\n' + tr("Kept up to date in %1").arg(paths.join(QStringLiteral(", ")));
}

QAction *KeptListMarks::createStopAction(QObject *parent, const QString &objectName)
{
    return newAction(parent, tr("Stop Keeping the Exported File Up to Date"), objectName);
}

int KeptListMarks::stopKeeping(Library &library, const QString &listName)
{
    KeptExportStore store(library);
    int ended = 0;
    for (const QString &path : store.pathsForList(listName))
        ended += store.remove(path) ? 1 : 0;
    return ended;
}

} // namespace Lectern
