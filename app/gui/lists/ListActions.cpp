#include "gui/lists/ListActions.h"

#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/PaperListModel.h"
#include "gui/export/ExportDialog.h"
#include "gui/lists/ReadingListCommands.h"
#include "gui/lists/ReadingListSection.h"
#include "gui/lists/SmartListCommands.h"
#include "gui/lists/SmartListSection.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/undo/Annotator.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "query/Query.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>

namespace Lectern {

ListActions::ListActions(Parts parts, QWidget *window) : QObject(window), m_parts(std::move(parts)), m_window(window)
{
    m_saveSearch = newAction(this, tr("&Save Search as Smart List..."), QStringLiteral("saveSearchAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_newList = newAction(this, tr("&New Reading List..."), QStringLiteral("newReadingListAction"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_pickList = newAction(this, tr("Add to Reading List by &Name..."), QStringLiteral("addToReadingListAction"),
                              QKeySequence(Qt::CTRL | Qt::Key_L));
    m_removeFromList = newAction(this, tr("&Remove from Reading List"), QStringLiteral("removeFromReadingListAction"),
                                    QKeySequence::Delete);
    // Delete means "off this list" only where the papers of the list are, not in a text field or the sidebar.
    m_removeFromList->setShortcutContext(Qt::WidgetShortcut);
    m_parts.paperList.addAction(m_removeFromList);
    m_moveUp = newAction(this, tr("Move &Up in List"), QStringLiteral("moveUpInListAction"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDown = newAction(this, tr("Move &Down in List"), QStringLiteral("moveDownInListAction"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *move : {m_moveUp, m_moveDown}) {
        move->setShortcutContext(Qt::WidgetShortcut);
        m_parts.paperList.addAction(move);
    }
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelection(+1); });
    m_export = newAction(this, tr("&Export..."), QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E));

    m_addToListMenu = new QMenu(tr("Add to Reading &List"), window);
    m_addToListMenu->setObjectName(QStringLiteral("addToReadingListMenu"));
    connect(m_addToListMenu, &QMenu::aboutToShow, this, &ListActions::fillAddToListMenu);

    connect(m_saveSearch, &QAction::triggered, this, &ListActions::saveSearch);
    connect(m_newList, &QAction::triggered, this, &ListActions::newList);
    connect(m_pickList, &QAction::triggered, this, &ListActions::pickListAndAdd);
    connect(m_removeFromList, &QAction::triggered, this, &ListActions::removeFromList);
    connect(m_export, &QAction::triggered, this, &ListActions::showExportDialog);
    connect(&m_parts.model, &PaperListModel::readingListMoveRequested, this, &ListActions::movePapers);
    connect(&m_parts.model, &QAbstractItemModel::modelReset, this, &ListActions::updateActions);
    updateActions();
}

void ListActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_saveSearch);
    menu->addSeparator();
    menu->addAction(m_newList);
    menu->addMenu(m_addToListMenu);
    menu->addAction(m_pickList);
    menu->addAction(m_removeFromList);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
}

// What the paper list's context menu holds of the lists: what acts on the papers, not on the lists themselves.
void ListActions::addPaperActionsToMenu(QMenu *menu)
{
    menu->addMenu(m_addToListMenu);
    menu->addAction(m_pickList);
    menu->addAction(m_removeFromList);
    menu->addAction(m_moveUp);
    menu->addAction(m_moveDown);
}

void ListActions::updateActions()
{
    const bool inList = m_parts.model.readingListId() != 0;
    for (QAction *action : {m_removeFromList, m_moveUp, m_moveDown})
        action->setEnabled(inList);
}

void ListActions::explainOrder()
{
    if (m_parts.model.readingListId() == 0 || m_parts.model.reorderableListId() != 0)
        return;
    Q_EMIT message(m_parts.model.searchText().isEmpty()
                       ? tr("The list is sorted by a column: click that column's header until its arrow goes to move "
                            "papers in the list's own order (by dragging or Ctrl+Shift+Up/Down).")
                       : tr("The list shows a search: clear it to move papers in the list's own order."));
}

// One place up or down, the selected papers together (the block ends where the first or last one is).
void ListActions::moveSelection(int step)
{
    const qint64 listId = m_parts.model.reorderableListId();
    if (listId == 0) {
        explainOrder();
        return;
    }
    QList<int> rows;
    for (const qint64 id : m_parts.selectedPapers())
        if (const int row = m_parts.model.rowOf(id); row >= 0)
            rows.append(row);
    if (rows.isEmpty())
        return;
    const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
    const int target = step < 0 ? *first - 1 : *last + 2;
    if (target < 0 || target > m_parts.model.rowCount())
        return;
    QList<qint64> ids;
    std::sort(rows.begin(), rows.end());
    for (const int row : rows)
        ids.append(m_parts.model.paperId(row));
    movePapers(listId, ids, target);
}

void ListActions::fillAddToListMenu()
{
    m_addToListMenu->clear();
    for (const ReadingList &list : ReadingListStore(m_parts.library).lists()) {
        // The name is text, not a mnemonic: a '&' in it is shown as it is.
        QAction *action = m_addToListMenu->addAction(QString(list.name).replace(u'&', QStringLiteral("&&")));
        connect(action, &QAction::triggered, this, [this, name = list.name] { addToList(name); });
    }
    m_addToListMenu->addSeparator();
    QAction *create = m_addToListMenu->addAction(tr("&New List..."), this, &ListActions::addToNewList);
    create->setObjectName(QStringLiteral("addToNewReadingListAction"));
}

// Saves what the list shows (the sidebar's scope and the search together) under a name, then shows the
// new smart list in place of the search.
void ListActions::saveSearch()
{
    if (!Query::parse(m_parts.model.searchText()).isValid()) {
        m_parts.annotator.notifyFailed(tr("The search is not a query yet; correct it first."));
        return;
    }
    const QString query = m_parts.model.request().query.trimmed(); // typed: its ids may still be on their way
    if (query.isEmpty()) {
        Q_EMIT message(tr("Type a search first: the smart list keeps what it finds."));
        return;
    }
    const auto name = InputDialogs::getText(m_window, tr("Save Search as Smart List"),
                                            tr("Name of the smart list for %1:").arg(query), m_parts.model.searchText());
    if (!name)
        return;
    if (!m_parts.annotator.push(new SmartListCreateCommand(m_parts.annotator, *name, query)))
        return;
    m_parts.searchField.clear();
    if (const auto list = SmartListStore(m_parts.library).find(*name))
        m_parts.sidebar.selectKey(SmartListSection::keyOf(list->id));
}

void ListActions::newList()
{
    if (const qint64 id = ReadingListSection::createList(m_parts.library, m_parts.annotator, m_window))
        m_parts.sidebar.selectKey(ReadingListSection::keyOf(id));
}

void ListActions::pickListAndAdd()
{
    QStringList names;
    for (const ReadingList &list : ReadingListStore(m_parts.library).lists())
        names.append(list.name);
    const int count = int(m_parts.selectedPapers().size());
    const auto name = InputDialogs::getItem(m_window, tr("Add to Reading List"),
                                            tr("Add %n paper(s) to the list (a new name makes a new list):", nullptr, count),
                                            names, true);
    if (name)
        addToList(*name);
}

void ListActions::addToNewList()
{
    if (const auto name = InputDialogs::getText(m_window, tr("New Reading List"), tr("Name of the list:")))
        addToList(*name);
}

void ListActions::addToList(const QString &name)
{
    const QList<qint64> ids = m_parts.selectedPapers();
    if (ids.isEmpty()) {
        Q_EMIT message(tr("Select the papers to add first."));
        return;
    }
    m_parts.annotator.undoStack()->push(new ReadingListAddCommand(m_parts.annotator, name, ids));
    if (const auto list = ReadingListStore(m_parts.library).find(name))
        Q_EMIT message(tr("The reading list %1 has %n paper(s).", nullptr, list->count).arg(list->name));
}

void ListActions::removeFromList()
{
    const qint64 listId = m_parts.model.readingListId();
    const QList<qint64> ids = m_parts.selectedPapers();
    if (listId != 0 && !ids.isEmpty())
        m_parts.annotator.undoStack()->push(new ReadingListRemoveCommand(m_parts.annotator, listId, ids));
}

void ListActions::movePapers(qint64 listId, const QList<qint64> &paperIds, int targetIndex)
{
    m_parts.annotator.undoStack()->push(new ReadingListMoveCommand(m_parts.annotator, listId, paperIds, targetIndex));
}

void ListActions::showExportDialog()
{
    auto *dialog = new ExportDialog(m_parts.library, m_parts.selectedPapers(), m_parts.model.scope(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path, int count) {
        Q_EMIT message(tr("Exported %n paper(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(path)));
        m_parts.sidebar.refresh(); // a list now kept up to date in the file shows its mark
    });
    // Window-modal but not blocking: the event loop (and a test driving it) carries on.
    dialog->open();
}

} // namespace Lectern
