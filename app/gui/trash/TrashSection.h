#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>

namespace Lectern {

class Library;

// "Trash" at the top of the sidebar, with the number of papers in it: selected, the list shows them (restore with
// U or the context menu); its context menu empties it.
class TrashSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(TrashSection)

public:
    static inline const QString Key = QStringLiteral("trash");

    TrashSection(Library &library, QAction *emptyTrash) : m_library(library), m_emptyTrash(emptyTrash) {}

    QString title() const override { return {}; }
    QList<SidebarEntry> entries() override;
    QList<QAction *> actions() override { return {m_emptyTrash}; }

private:
    Library &m_library;
    QAction *m_emptyTrash;
};

} // namespace Lectern
