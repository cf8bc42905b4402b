#include "gui/sidebar/LibrarySection.h"

#include "gui/AnnotationText.h"
#include "gui/sidebar/LibraryCounts.h"
#include "gui/sidebar/SidebarView.h"

namespace Lectern {

LibrarySection::LibrarySection(LibraryCounts &counts, SidebarView &view) : m_counts(counts)
{
    QObject::connect(&counts, &LibraryCounts::counted, &view, &SidebarView::showNewCounts);
}

QList<SidebarEntry> LibrarySection::entries()
{
    SidebarEntry all;
    all.key = AllPapersKey;
    all.label = tr("All papers");
    all.count = m_counts.counts() ? m_counts.counts()->all : -1;
    QList<SidebarEntry> entries{all};
    for (const ReadingStatus status : allStatuses()) {
        const QString query = QStringLiteral("status:") + statusName(status);
        SidebarEntry entry;
        entry.key = query;
        entry.label = AnnotationText::statusLabel(status);
        entry.query = query;
        entry.count = m_counts.count(status);
        entry.color = AnnotationText::statusColor(status); // the dots of the paper list
        entries.append(entry);
    }
    return entries;
}

void LibrarySection::recount()
{
    m_counts.recount();
}

} // namespace Lectern
