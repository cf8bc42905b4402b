#pragma once

#include "gui/sidebar/SidebarSection.h"

#include "library/SmartListStore.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern {

class Annotator;
class BackgroundReader;
class Library;
class SidebarView;

// The smart lists in the sidebar: saved searches with the number of papers each finds now. The
// context menu renames one, edits its query or deletes it, each an undo step.
//
// Counting runs each list's search, tens of milliseconds at 100k papers, after every edit: it runs in
// the background, and the counts of before stay until the new ones are in.
class SmartListSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(SmartListSection)

public:
    static inline const QString KeyPrefix = QStringLiteral("smart:");

    SmartListSection(Library &library, Annotator &annotator, SidebarView &view);

    QString title() const override;
    QList<SidebarEntry> entries() override;
    void recount() override;
    QList<QAction *> actions() override { return m_actions; }

    static QString keyOf(qint64 listId) { return KeyPrefix + QString::number(listId); }

private:
    qint64 currentListId() const;
    void updateActions();
    void renameCurrent();
    void editQueryOfCurrent();
    void deleteCurrent();
    void showCounts(const QHash<qint64, int> &counts);

    Library &m_library;
    Annotator &m_annotator;
    SidebarView &m_view;
    BackgroundReader *m_counter;
    QList<QAction *> m_actions;
    QAction *m_stopKeeping; // shown on a list kept up to date in a file
    QHash<qint64, int> m_counts; // by list id, as last counted
};

} // namespace Lectern
