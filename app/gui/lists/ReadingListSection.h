#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>

namespace Lectern {

class Annotator;
class Library;
class SidebarView;

// The reading lists in the sidebar, with their counts. Selecting one shows its papers in the list's
// order, where they can be dragged into another; the context menu makes, renames and deletes lists,
// each an undo step.
class ReadingListSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(ReadingListSection)

public:
    static inline const QString KeyPrefix = QStringLiteral("reading:");

    ReadingListSection(Library &library, Annotator &annotator, SidebarView &view);

    QString title() const override;
    QList<SidebarEntry> entries() override;
    QList<QAction *> actions() override { return m_actions; }

    static QString keyOf(qint64 listId) { return KeyPrefix + QString::number(listId); }
    // Asks for a name and makes the list; its id, or 0 when cancelled or refused.
    static qint64 createList(Library &library, Annotator &annotator, QWidget *parent);

private:
    qint64 currentListId() const;
    void updateActions();
    void renameCurrent();
    void deleteCurrent();

    Library &m_library;
    Annotator &m_annotator;
    SidebarView &m_view;
    QList<QAction *> m_actions;
    QList<QAction *> m_listActions; // those that need a list selected
    QAction *m_stopKeeping;         // shown on a list kept up to date in a file
};

} // namespace Lectern
