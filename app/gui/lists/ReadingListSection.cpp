#include "gui/lists/ReadingListSection.h"

#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/lists/KeptListMarks.h"
#include "gui/lists/ListScopes.h"
#include "gui/lists/ReadingListCommands.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/undo/Annotator.h"
#include "library/ReadingListStore.h"

#include <QAction>
#include <QUndoStack>

namespace Lectern {

ReadingListSection::ReadingListSection(Library &library, Annotator &annotator, SidebarView &view)
    : m_library(library), m_annotator(annotator), m_view(view)
{
    // "New" has no key here: the window's Ctrl+Shift+N does it from anywhere.
    QAction *create = newAction(&view, tr("&New Reading List..."), QStringLiteral("newReadingListSidebarAction"));
    QAction *rename = newAction(&view, tr("&Rename..."), QStringLiteral("renameReadingListAction"), Qt::Key_F2);
    QAction *remove = newAction(&view, tr("&Delete"), QStringLiteral("deleteReadingListAction"), QKeySequence::Delete);
    QObject::connect(create, &QAction::triggered, &view, [this] {
        if (const qint64 id = createList(m_library, m_annotator, &m_view))
            m_view.selectKey(keyOf(id));
    });
    QObject::connect(rename, &QAction::triggered, &view, [this] { renameCurrent(); });
    QObject::connect(remove, &QAction::triggered, &view, [this] { deleteCurrent(); });
    m_stopKeeping = KeptListMarks::createStopAction(&view, QStringLiteral("stopKeepingReadingListAction"));
    QObject::connect(m_stopKeeping, &QAction::triggered, &view, [this] {
        if (const SidebarEntry *entry = m_view.currentEntry(); entry && KeptListMarks::stopKeeping(m_library, entry->label)) {
            m_view.refresh();
            updateActions();
        }
    });
    m_actions = {create, rename, remove, m_stopKeeping};
    m_listActions = {rename, remove};
    QObject::connect(&view, &SidebarView::currentEntryChanged, &view, [this] { updateActions(); });
    updateActions();
}

QString ReadingListSection::title() const
{
    return tr("Reading lists");
}

QList<SidebarEntry> ReadingListSection::entries()
{
    QList<SidebarEntry> entries;
    for (const ReadingList &list : ReadingListStore(m_library).lists()) {
        SidebarEntry entry;
        entry.key = keyOf(list.id);
        entry.label = list.name;
        entry.query = readingListScope(list.name);
        entry.count = list.count;
        entry.toolTip = tr("%1: %n paper(s), in the order you gave them", nullptr, list.count).arg(list.name);
        KeptListMarks::mark(m_library, entry, list.name);
        entries.append(entry);
    }
    return entries;
}

qint64 ReadingListSection::createList(Library &library, Annotator &annotator, QWidget *parent)
{
    const auto name = InputDialogs::getText(parent, tr("New Reading List"), tr("Name of the list:"));
    if (!name)
        return 0;
    if (!annotator.push(new ReadingListCreateCommand(annotator, *name)))
        return 0;
    const auto list = ReadingListStore(library).find(*name);
    return list ? list->id : 0;
}

qint64 ReadingListSection::currentListId() const
{
    const SidebarEntry *entry = m_view.currentEntry();
    return entry && entry->key.startsWith(KeyPrefix) ? entry->key.mid(KeyPrefix.size()).toLongLong() : 0;
}

void ReadingListSection::updateActions()
{
    const bool onList = currentListId() != 0;
    for (QAction *action : std::as_const(m_listActions))
        action->setEnabled(onList);
    m_stopKeeping->setVisible(onList && m_view.currentEntry()->kept);
}

void ReadingListSection::renameCurrent()
{
    const qint64 id = currentListId();
    if (id == 0)
        return;
    const QString name = m_view.currentEntry()->label;
    const auto answer = InputDialogs::getText(&m_view, tr("Rename Reading List"), tr("New name for %1:").arg(name), name);
    if (!answer || *answer == name)
        return;
    // The list shown follows the new name as the sidebar refreshes (SidebarView::refresh()).
    m_annotator.push(new ReadingListRenameCommand(m_annotator, id, name, *answer));
}

void ReadingListSection::deleteCurrent()
{
    const qint64 id = currentListId();
    if (id == 0)
        return;
    const SidebarEntry *entry = m_view.currentEntry();
    const QString name = entry->label;
    const QString question = tr("Delete the reading list %1? Its %n paper(s) stay in the library.", nullptr, entry->count)
                                 .arg(name);
    if (InputDialogs::confirm(&m_view, tr("Delete Reading List"), question, tr("Delete")))
        m_annotator.undoStack()->push(new ReadingListDeleteCommand(m_annotator, id, name));
}

} // namespace Lectern
