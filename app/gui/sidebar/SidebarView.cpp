#include "gui/sidebar/SidebarView.h"

#include "gui/sidebar/LibrarySection.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace Lectern {

SidebarView::SidebarView(QWidget *parent) : QTreeView(parent), m_model(new SidebarModel(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(SidebarModel::LabelColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SidebarModel::CountColumn, QHeaderView::ResizeToContents);

    connect(this, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_collapsedKeys.insert(index.data(SidebarModel::KeyRole).toString()); });
    connect(this, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_collapsedKeys.remove(index.data(SidebarModel::KeyRole).toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SidebarView::restoreAfterReset);
}

void SidebarView::addSection(std::unique_ptr<SidebarSection> section)
{
    for (QAction *action : section->actions()) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    section->recount();
    m_model->addSection(std::move(section));
}

void SidebarView::refresh()
{
    for (int i = 0; i < m_model->sectionCount(); ++i)
        m_model->section(i)->recount();
    showNewCounts();
}

void SidebarView::showNewCounts()
{
    m_model->refresh();
    // The selected line may now stand for other papers (a smart list's query edited, a reading list renamed,
    // either undone): the list follows it, as it would a newly selected line.
    const SidebarEntry *entry = currentEntry();
    if (entry && entry->key == m_currentKey && entry->query != m_currentQuery) {
        m_currentQuery = entry->query;
        Q_EMIT scopeSelected(entry->query);
    }
}

const SidebarEntry *SidebarView::currentEntry() const
{
    return m_model->entry(currentIndex());
}

bool SidebarView::selectKey(const QString &key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsSelectable))
        return false;
    setCurrentIndex(index);
    return true;
}

void SidebarView::restoreAfterReset()
{
    // expandAll() reports each line as expanded, which must not forget what the user collapsed.
    const QSet<QString> collapsedKeys = m_collapsedKeys;
    expandAll();
    for (const QString &key : collapsedKeys)
        collapse(m_model->indexOfKey(key));
    m_collapsedKeys = collapsedKeys;
    // A line that is gone (a deleted tag) leaves every paper in view rather than an empty list.
    if (!selectKey(m_currentKey))
        selectKey(LibrarySection::AllPapersKey);
}

void SidebarView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    const SidebarEntry *entry = m_model->entry(current);
    if (entry && entry->selectable && entry->key != m_currentKey) {
        m_currentKey = entry->key;
        m_currentQuery = entry->query;
        Q_EMIT scopeSelected(entry->query);
    }
    Q_EMIT currentEntryChanged();
}

void SidebarView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = event->reason() == QContextMenuEvent::Mouse ? indexAt(event->pos()) : currentIndex();
    if (!index.isValid() || !(index.flags() & Qt::ItemIsSelectable))
        return;
    setCurrentIndex(index);
    const QList<QAction *> actions = m_model->section(index.data(SidebarModel::SectionRole).toInt())->actions();
    if (actions.isEmpty())
        return;
    // Not exec(): the event loop (and a test driving it) carries on while the menu is open.
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("sidebarMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(actions);
    menu->popup(event->globalPos());
}

} // namespace Lectern
