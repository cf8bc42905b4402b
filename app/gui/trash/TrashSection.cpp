#include "gui/trash/TrashSection.h"

#include "gui/PaperListModel.h"
#include "library/PaperTrash.h"

namespace Lectern {

QList<SidebarEntry> TrashSection::entries()
{
    SidebarEntry trash;
    trash.key = Key;
    trash.label = tr("Trash");
    trash.query = PaperListModel::TrashScope;
    trash.count = PaperTrash(m_library).count();
    trash.toolTip = tr("Deleted papers: restore them (U) or empty the Trash to remove them for good");
    return {trash};
}

} // namespace Lectern
