#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>

namespace Lectern {

class Library;

// "All papers" and one line per reading status, each with its count and the colour the list marks it with.
class LibrarySection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySection)

public:
    static inline const QString AllPapersKey = QStringLiteral("all");

    explicit LibrarySection(Library &library) : m_library(library) {}

    QString title() const override { return {}; }
    QList<SidebarEntry> entries() override;

private:
    Library &m_library;
};

} // namespace Lectern
