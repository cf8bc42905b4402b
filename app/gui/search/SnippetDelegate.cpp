#include "gui/search/SnippetDelegate.h"

#include "gui/PaperListModel.h"
#include "text/PaperText.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace Lectern {

namespace {

constexpr int LineGap = 2;

int lineHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + LineGap;
}

} // namespace

SnippetDelegate::SnippetDelegate(QStyledItemDelegate *titleDelegate, QObject *parent)
    : QStyledItemDelegate(parent), m_title(titleDelegate)
{
    m_title->setParent(this);
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize title = m_title->sizeHint(option, index);
    if (!index.data(PaperListModel::SnippetRole).isValid())
        return title;
    return {title.width(), title.height() + lineHeight(option)};
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant snippet = index.data(PaperListModel::SnippetRole);
    if (!snippet.isValid()) {
        m_title->paint(painter, option, index);
        return;
    }
    // The selection and focus frame span both lines; the title delegate paints the upper one.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QStyle *style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);

    QStyleOptionViewItem titleLine = option;
    titleLine.state &= ~QStyle::State_HasFocus;
    titleLine.rect.setHeight(option.rect.height() - lineHeight(option));
    m_title->paint(painter, titleLine, index);

    const QRect snippetLine(option.rect.left(), titleLine.rect.bottom() + 1, option.rect.width(), lineHeight(option));
    // Empty while the passage is still being read: the line stays blank until it comes.
    paintSnippet(*painter, option, snippetLine, snippet.toString());
}

void SnippetDelegate::paintSnippet(QPainter &painter, const QStyleOptionViewItem &option, QRect rect,
                                   const QString &html) const
{
    const bool selected = option.state & QStyle::State_Selected;
    // The passage is quieter than the title; its matched words (bold) keep the full text colour.
    QColor muted = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor bold = muted;
    muted.setAlphaF(0.7f);
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setDefaultStyleSheet(QStringLiteral("b { color: %1; }").arg(bold.name()));
    // One line, as the title: a line separator in the abstract would break the passage where the row ends.
    document.setHtml(PaperText::singleLine(html));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, muted);
    // The indent lines the passage up with the title, after its status dot.
    const int indent = option.fontMetrics.height();
    rect.adjust(indent, 0, -2, 0);
    painter.save();
    painter.translate(rect.topLeft());
    const QRect clip(0, 0, rect.width(), rect.height());
    painter.setClipRect(clip);
    context.clip = clip;
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace Lectern
