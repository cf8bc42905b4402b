#include "gui/duplicates/DuplicatesSection.h"

#include "gui/duplicates/DuplicatesView.h"
#include "gui/sidebar/SidebarView.h"
#include "library/DuplicateStore.h"
#include "library/Library.h"
#include "storage/Database.h"

#include <QAction>

namespace Lectern {

DuplicatesSection::DuplicatesSection(Library &library, Annotator &annotator, SidebarView &view, QWidget *window)
    : m_library(library), m_annotator(annotator), m_sidebar(view), m_window(window)
{
    m_show = new QAction(tr("Show &Duplicates"), &view);
    m_show->setObjectName(QStringLiteral("showDuplicates"));
    QObject::connect(m_show, &QAction::triggered, &view, [this] { showView(); });
    // Choosing the line opens the view; so does a click or Enter on it while it is chosen already.
    QObject::connect(&view, &SidebarView::currentEntryChanged, &view, [this] {
        const SidebarEntry *entry = m_sidebar.currentEntry();
        const QString key = entry ? entry->key : QString();
        if (key == Key && m_lastKey != Key)
            showView();
        m_lastKey = key;
    });
    QObject::connect(&view, &QAbstractItemView::activated, &view, [this] {
        if (const SidebarEntry *entry = m_sidebar.currentEntry(); entry && entry->key == Key)
            showView();
    });
}

QList<SidebarEntry> DuplicatesSection::entries()
{
    SidebarEntry entry;
    entry.key = Key;
    entry.label = tr("Duplicates");
    entry.count = pairCount();
    entry.toolTip = tr("Pairs of papers that are one paper: the same arXiv id or DOI, a preprint and its published "
                       "version, or the same title, first author and year");
    return {entry};
}

int DuplicatesSection::pairCount()
{
    // The sidebar is read again after every edit; the pairs are counted again only when the library changed since
    // (this connection's writes, total_changes(), or another's, data_version), which most edits do, but a refresh
    // for the selection or the tree's own reasons does not.
    Statement changes(m_library.db(), "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)");
    const std::pair<qint64, qint64> version = changes.step() ? std::pair(changes.integer(0), changes.integer(1))
                                                              : std::pair(qint64(-1), qint64(-1));
    if (version != m_countedAt || m_count < 0 || version.first < 0) {
        m_count = DuplicateStore(m_library).count();
        // Counting may itself write (keys made again for edited papers): what it wrote is not a change to count.
        Statement after(m_library.db(), "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)");
        m_countedAt = after.step() ? std::pair(after.integer(0), after.integer(1)) : std::pair(qint64(-1), qint64(-1));
    }
    return m_count;
}

DuplicatesView *DuplicatesSection::showView()
{
    if (!m_duplicatesView)
        m_duplicatesView = new DuplicatesView(m_library, m_annotator, m_window);
    m_duplicatesView->reload();
    m_duplicatesView->show();
    m_duplicatesView->raise();
    m_duplicatesView->activateWindow();
    return m_duplicatesView;
}

} // namespace Lectern
