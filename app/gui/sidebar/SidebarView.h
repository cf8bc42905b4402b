#pragma once

#include "gui/sidebar/SidebarModel.h"

#include <QSet>
#include <QTreeView>

namespace Lectern {

// The sidebar: what the paper list shows. Selecting a line emits its query as the list's scope.
// It keeps the selected line and what the user collapsed across refreshes, by the lines' keys.
class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    SidebarModel *sidebarModel() const { return m_model; }
    void addSection(std::unique_ptr<SidebarSection> section);
    // Reads every section again (after an edit), keeping the selection where it can; counts read in the
    // background are read again there.
    void refresh();
    // Shows counts a section has read in the background, without counting again.
    void showNewCounts();

    // The selected line; null when there is none.
    const SidebarEntry *currentEntry() const;
    // Selects the line with this key; false when there is none.
    bool selectKey(const QString &key);

Q_SIGNALS:
    // The list should show this scope (see PaperListModel::setScope).
    void scopeSelected(const QString &query);
    void currentEntryChanged();

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void restoreAfterReset();

    SidebarModel *m_model;
    QSet<QString> m_collapsedKeys; // lines start expanded; these the user closed
    QString m_currentKey;
    QString m_currentQuery; // the scope last emitted for the selected line
};

} // namespace Lectern
