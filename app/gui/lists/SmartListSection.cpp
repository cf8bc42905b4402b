#include "gui/lists/SmartListSection.h"

#include "gui/BackgroundReader.h"
#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/lists/KeptListMarks.h"
#include "gui/lists/SmartListCommands.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/undo/Annotator.h"
#include "query/Query.h"

#include <QAction>

namespace Lectern {

SmartListSection::SmartListSection(Library &library, Annotator &annotator, SidebarView &view)
    : m_library(library), m_annotator(annotator), m_view(view), m_counter(new BackgroundReader(library.path(), &view))
{
    QAction *rename = newAction(&view, tr("&Rename..."), QStringLiteral("renameSmartListAction"), Qt::Key_F2);
    QAction *edit = newAction(&view, tr("Edit &Query..."), QStringLiteral("editSmartListQueryAction"),
                                 QKeySequence(Qt::SHIFT | Qt::Key_F2));
    QAction *remove = newAction(&view, tr("&Delete"), QStringLiteral("deleteSmartListAction"), QKeySequence::Delete);
    QObject::connect(rename, &QAction::triggered, &view, [this] { renameCurrent(); });
    QObject::connect(edit, &QAction::triggered, &view, [this] { editQueryOfCurrent(); });
    QObject::connect(remove, &QAction::triggered, &view, [this] { deleteCurrent(); });
    m_stopKeeping = KeptListMarks::createStopAction(&view, QStringLiteral("stopKeepingSmartListAction"));
    QObject::connect(m_stopKeeping, &QAction::triggered, &view, [this] {
        if (const SidebarEntry *entry = m_view.currentEntry(); entry && KeptListMarks::stopKeeping(m_library, entry->label)) {
            m_view.refresh();
            updateActions();
        }
    });
    m_actions = {rename, edit, remove, m_stopKeeping};
    QObject::connect(&view, &SidebarView::currentEntryChanged, &view, [this] { updateActions(); });
    updateActions();
}

QString SmartListSection::title() const
{
    return tr("Smart lists");
}

QList<SidebarEntry> SmartListSection::entries()
{
    const QList<SmartList> lists = SmartListStore(m_library).lists();
    QList<SidebarEntry> entries;
    for (const SmartList &list : lists) {
        SidebarEntry entry;
        entry.key = keyOf(list.id);
        entry.label = list.name;
        entry.query = list.query;
        entry.count = m_counts.value(list.id, -1); // none shown until counted
        entry.toolTip = list.query;
        KeptListMarks::mark(m_library, entry, list.name);
        entries.append(entry);
    }
    return entries;
}

void SmartListSection::recount()
{
    m_counter->newTicket(); // the counts of before the latest change are not wanted any more
    m_counter->post<QHash<qint64, int>>(
        [lists = SmartListStore(m_library).lists()](Library &library) {
            QHash<qint64, int> counts;
            for (const SmartList &list : lists) // a list whose query cannot run shows no count
                if (const auto count = countPapers(library, Query::parse(list.query)))
                    counts.insert(list.id, *count);
            return counts;
        },
        [this](const QHash<qint64, int> &counts) { showCounts(counts); });
}

void SmartListSection::showCounts(const QHash<qint64, int> &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    m_view.showNewCounts();
}

qint64 SmartListSection::currentListId() const
{
    const SidebarEntry *entry = m_view.currentEntry();
    return entry && entry->key.startsWith(KeyPrefix) ? entry->key.mid(KeyPrefix.size()).toLongLong() : 0;
}

void SmartListSection::updateActions()
{
    const bool onList = currentListId() != 0;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(onList);
    m_stopKeeping->setVisible(onList && m_view.currentEntry()->kept);
}

void SmartListSection::renameCurrent()
{
    const qint64 id = currentListId();
    if (id == 0)
        return;
    const QString name = m_view.currentEntry()->label;
    const auto answer = InputDialogs::getText(&m_view, tr("Rename Smart List"), tr("New name for %1:").arg(name), name);
    if (answer && *answer != name)
        m_annotator.push(new SmartListRenameCommand(m_annotator, id, name, *answer));
}

void SmartListSection::editQueryOfCurrent()
{
    const qint64 id = currentListId();
    if (id == 0)
        return;
    const SidebarEntry *entry = m_view.currentEntry();
    const auto answer = InputDialogs::getText(&m_view, tr("Edit Smart List"), tr("Query of %1:").arg(entry->label),
                                              entry->query);
    // The store refuses a query that does not parse, and its message says where it is wrong. The list shown
    // follows the new query as the sidebar refreshes (SidebarView::refresh()).
    if (answer && *answer != entry->query)
        m_annotator.push(new SmartListQueryCommand(m_annotator, id, entry->label, entry->query, *answer));
}

void SmartListSection::deleteCurrent()
{
    const qint64 id = currentListId();
    if (id == 0)
        return;
    const QString name = m_view.currentEntry()->label;
    if (!InputDialogs::confirm(&m_view, tr("Delete Smart List"),
                               tr("Delete the smart list %1? Its papers stay in the library.").arg(name), tr("Delete")))
        return;
    m_annotator.push(new SmartListDeleteCommand(m_annotator, id, name));
}

} // namespace Lectern
