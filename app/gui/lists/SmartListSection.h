#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>

namespace Lectern {

class Annotator;
class Library;
class SidebarView;

// The smart lists in the sidebar: saved searches with the number of papers each finds now. The
// context menu renames one, edits its query or deletes it, each an undo step.
class SmartListSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(SmartListSection)

public:
    static inline const QString KeyPrefix = QStringLiteral("smart:");

    SmartListSection(Library &library, Annotator &annotator, SidebarView &view);

    QString title() const override;
    QList<SidebarEntry> entries() override;
    QList<QAction *> actions() override { return m_actions; }

    static QString keyOf(qint64 listId) { return KeyPrefix + QString::number(listId); }

private:
    qint64 currentListId() const;
    void updateActions();
    void renameCurrent();
    void editQueryOfCurrent();
    void deleteCurrent();

    Library &m_library;
    Annotator &m_annotator;
    SidebarView &m_view;
    QList<QAction *> m_actions;
};

} // namespace Lectern
