#include "gui/highlights/HighlightList.h"

#include "gui/AnnotationText.h"
#include "gui/ColorSwatch.h"
#include "gui/InputDialogs.h"
#include "gui/highlights/HighlightColors.h"
#include "gui/undo/Annotator.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QTextDocument>

namespace Lectern {

HighlightList::HighlightList(Annotator &annotator, QWidget *parent) : QListWidget(parent), m_annotator(annotator)
{
    setObjectName(QStringLiteral("highlightList"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    connect(this, &QListWidget::itemActivated, this, &HighlightList::activate);
    connect(this, &QListWidget::itemClicked, this, &HighlightList::activate);

    auto *remove = new QAction(tr("&Remove Highlight"), this);
    remove->setObjectName(QStringLiteral("removeHighlightAction"));
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &HighlightList::removeCurrent);
    addAction(remove);
    auto *comment = new QAction(tr("Edit &Comment..."), this);
    comment->setObjectName(QStringLiteral("commentHighlightAction"));
    comment->setShortcut(Qt::Key_F2);
    comment->setShortcutContext(Qt::WidgetShortcut);
    connect(comment, &QAction::triggered, this, &HighlightList::commentCurrent);
    addAction(comment);
}

void HighlightList::showHighlights(const QList<Highlight> &highlights)
{
    const qint64 current = currentHighlight() ? currentHighlight()->id : 0;
    m_highlights = highlights;
    clear();
    for (const Highlight &highlight : highlights) {
        QListWidgetItem *item = itemFor(highlight);
        addItem(item);
        if (highlight.id == current)
            setCurrentItem(item);
    }
}

QListWidgetItem *HighlightList::itemFor(const Highlight &highlight)
{
    QString text = u'\u201c' + AnnotationText::shortQuote(highlight.quote) + u'\u201d';
    if (!highlight.comment.isEmpty())
        text += u'\n' + highlight.comment;
    auto *item = new QListWidgetItem(colorSwatch(QColor(highlight.color)), text);
    item->setData(HighlightIdRole, highlight.id);
    item->setData(OrphanedRole, highlight.orphaned);
    item->setToolTip(Qt::convertFromPlainText(highlight.quote)); // as text, though it may look like markup
    if (highlight.orphaned) {
        // Kept with its comment, but there is no place in the abstract to show it at any more.
        item->setText(text + u'\n' + tr("(This text is no longer in the abstract.)"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    return item;
}

const Highlight *HighlightList::currentHighlight() const
{
    const int row = currentRow();
    return row >= 0 && row < m_highlights.size() ? &m_highlights[row] : nullptr;
}

void HighlightList::activate(QListWidgetItem *item)
{
    const int row = this->row(item);
    if (row >= 0 && row < m_highlights.size() && !m_highlights[row].orphaned)
        Q_EMIT spanActivated({m_highlights[row].start, m_highlights[row].length});
}

void HighlightList::removeCurrent()
{
    if (const Highlight *highlight = currentHighlight())
        m_annotator.removeHighlight(highlight->id);
}

void HighlightList::commentCurrent()
{
    const Highlight *highlight = currentHighlight();
    if (!highlight)
        return;
    const auto comment = InputDialogs::getComment(this, tr("Highlight Comment"), highlight->quote, highlight->comment);
    if (comment)
        m_annotator.setHighlightComment(highlight->id, comment->trimmed());
}

// An empty list says how to fill it, as the note editor's placeholder does.
void HighlightList::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    constexpr int Margin = 4;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect room = viewport()->rect().adjusted(Margin, Margin, -Margin, -Margin);
    painter.drawText(room, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Select text in the abstract and press H to highlight it."));
}

void HighlightList::contextMenuEvent(QContextMenuEvent *event)
{
    QListWidgetItem *item = event->reason() == QContextMenuEvent::Mouse ? itemAt(event->pos()) : currentItem();
    if (!item)
        return;
    setCurrentItem(item);
    const qint64 id = currentHighlight()->id;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("highlightMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QMenu *colors = menu->addMenu(tr("C&olour"));
    for (const HighlightColors::Pen &pen : HighlightColors::pens())
        colors->addAction(colorSwatch(QColor(pen.color)), pen.name, this,
                          [this, id, color = pen.color] { m_annotator.setHighlightColor(id, color); });
    menu->addActions(actions());
    menu->popup(event->globalPos());
}

} // namespace Lectern
