#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QAction;

namespace Lectern {

// One line of the sidebar and the lines below it.
struct SidebarEntry
{
    QString key;        // stable across refreshes ("status:inbox", "tag:ml/optimization"): the view keeps
                        // the selection and what is expanded by it
    QString label;
    QString query;      // the paper list's scope when selected; empty for every paper
    int count = -1;     // papers it holds; -1 shows none
    QColor color;       // a swatch before the label; invalid for none
    QString toolTip;
    bool selectable = true;
    bool kept = false;  // a file is kept up to date with it: a mark beside the label
    QList<SidebarEntry> children;
};

// A part of the sidebar: the library's statuses, the tags, and later smart lists and reading lists.
//
// To add a section, subclass this: entries() reads what to show (it runs again after every edit, so
// counts stay right), actions() gives what its context menu offers, and SidebarView::addSection()
// puts it below the others. A section with a title shows it as a heading with the entries under it.
// Counts that read much of a large library are read in the background: recount() starts that after each
// change, entries() shows the counts read last, and SidebarView::showNewCounts() shows new ones.
class SidebarSection
{
public:
    virtual ~SidebarSection() = default;

    // The heading; an empty title puts the entries at the top level.
    virtual QString title() const = 0;
    virtual QList<SidebarEntry> entries() = 0;
    // The library changed (or the section was added): counts read in the background are read again.
    virtual void recount() {}
    // Shown in the context menu of this section's entries (and of its heading); their shortcuts work
    // while the sidebar has focus. They act on SidebarView::currentEntry().
    virtual QList<QAction *> actions() { return {}; }
};

} // namespace Lectern
