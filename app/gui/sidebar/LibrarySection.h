#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>

namespace Lectern {

class LibraryCounts;
class SidebarView;

// "All papers" and one line per reading status, each with its count and the colour the list marks it with. The
// counts are read in the background (LibraryCounts): until first counted, the lines show none.
class LibrarySection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySection)

public:
    static inline const QString AllPapersKey = QStringLiteral("all");

    LibrarySection(LibraryCounts &counts, SidebarView &view);

    QString title() const override { return {}; }
    QList<SidebarEntry> entries() override;
    void recount() override;

private:
    LibraryCounts &m_counts;
};

} // namespace Lectern
