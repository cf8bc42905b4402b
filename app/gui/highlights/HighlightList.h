#pragma once

#include "library/Paper.h"
#include "text/Anchor.h"

#include <QListWidget>

class QMenu;

namespace Lectern {

class Annotator;

// The shown paper's highlights, in the order of the abstract. Activating one shows its place in the
// reader; the context menu (and Delete) removes, recolours or comments it. A highlight whose text
// left the abstract (re-anchoring failed) stays listed, marked as such.
class HighlightList : public QListWidget
{
    Q_OBJECT

public:
    enum Role { HighlightIdRole = Qt::UserRole + 1, OrphanedRole };

    HighlightList(Annotator &annotator, QWidget *parent = nullptr);

    void showHighlights(const QList<Highlight> &highlights);

Q_SIGNALS:
    void spanActivated(const Lectern::Anchor::Span &span);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QListWidgetItem *itemFor(const Highlight &highlight);
    const Highlight *currentHighlight() const;
    void activate(QListWidgetItem *item);
    void removeCurrent();
    void commentCurrent();

    Annotator &m_annotator;
    QList<Highlight> m_highlights;
};

} // namespace Lectern
