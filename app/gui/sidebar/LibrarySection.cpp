#include "gui/sidebar/LibrarySection.h"

#include "gui/AnnotationText.h"
#include "library/AnnotationStore.h"
#include "library/PaperStore.h"

namespace Lectern {

QList<SidebarEntry> LibrarySection::entries()
{
    SidebarEntry all;
    all.key = AllPapersKey;
    all.label = tr("All papers");
    all.count = PaperStore(m_library).count();
    QList<SidebarEntry> entries{all};
    for (const StatusCount &status : AnnotationStore(m_library).statusCounts()) {
        const QString query = QStringLiteral("status:") + statusName(status.status);
        SidebarEntry entry;
        entry.key = query;
        entry.label = AnnotationText::statusLabel(status.status);
        entry.query = query;
        entry.count = status.count;
        entry.color = AnnotationText::statusColor(status.status); // the dots of the paper list
        entries.append(entry);
    }
    return entries;
}

} // namespace Lectern
