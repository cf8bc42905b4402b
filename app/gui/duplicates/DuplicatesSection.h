#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QCoreApplication>
#include <QPointer>

#include <utility>

class QWidget;

namespace Lectern {

class Annotator;
class DuplicatesView;
class Library;
class SidebarView;

// "Duplicates" in the sidebar, with the number of pairs the library holds (DuplicateStore). Choosing it opens the
// Duplicates view beside the window, where each pair is compared and merged or marked not a duplicate.
class DuplicatesSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatesSection)

public:
    static inline const QString Key = QStringLiteral("duplicates");

    DuplicatesSection(Library &library, Annotator &annotator, SidebarView &view, QWidget *window);

    QString title() const override { return {}; }
    QList<SidebarEntry> entries() override;
    QList<QAction *> actions() override { return {m_show}; }

    DuplicatesView *showView();

private:
    int pairCount();

    Library &m_library;
    Annotator &m_annotator;
    SidebarView &m_sidebar;
    QWidget *m_window;
    QAction *m_show;
    QPointer<DuplicatesView> m_duplicatesView;
    QString m_lastKey; // the sidebar's line before: the view opens when the line becomes this one
    int m_count = -1;
    std::pair<qint64, qint64> m_countedAt{-1, -1}; // the library's changes when it was counted
};

} // namespace Lectern
