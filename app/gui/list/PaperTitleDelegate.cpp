#include "gui/list/PaperTitleDelegate.h"

#include "gui/AnnotationText.h"
#include "gui/PaperListModel.h"
#include "gui/tags/TagChip.h"
#include "gui/tags/TagColors.h"
#include "text/PaperText.h"

#include <QApplication>
#include <QPainter>

namespace Lectern {

namespace {
constexpr int DotSize = 8;
constexpr int Gap = 6;
// The title keeps at least this share of the cell; chips take what is left.
constexpr double TitleShare = 0.5;
} // namespace

PaperTitleDelegate::PaperTitleDelegate(const TagColors &colors, QObject *parent)
    : QStyledItemDelegate(parent), m_colors(colors)
{
}

void PaperTitleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto status = ReadingStatus(index.data(PaperListModel::StatusRole).toInt());
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget).adjusted(2, 0, -2, 0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintStatusDot(*painter, rect, status);
    rect.setLeft(rect.left() + DotSize + Gap);
    rect.setRight(rect.right() - paintStars(*painter, rect, index.data(PaperListModel::RatingRole).toInt(), opt));
    paintTitleAndChips(*painter, rect, title, index.data(PaperListModel::TagsRole).toStringList(), opt,
                       status == ReadingStatus::Inbox);
    painter->restore();
}

QString PaperTitleDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    return PaperText::singleLine(QStyledItemDelegate::displayText(value, locale));
}

// The chips that fit come after the title, which keeps at least its share of the room.
void PaperTitleDelegate::paintTitleAndChips(QPainter &painter, QRect rect, const QString &title, const QStringList &tags,
                                            const QStyleOptionViewItem &option, bool bold) const
{
    QFont font = option.font;
    font.setBold(bold);
    const QFontMetrics metrics(font);
    const QFont chipFont = this->chipFont(option);
    const int titleAdvance = metrics.horizontalAdvance(title);
    const int chipRoom = rect.width() - std::min(titleAdvance, int(rect.width() * TitleShare)) - Gap;
    const QStringList shown = fittingChips(QFontMetrics(chipFont), tags, chipRoom);
    const int chipsWidth = shown.isEmpty() ? 0 : widthOfChips(QFontMetrics(chipFont), shown) + Gap;
    const QString elided = metrics.elidedText(title, Qt::ElideRight, std::min(titleAdvance, rect.width() - chipsWidth));
    const bool selected = option.state & QStyle::State_Selected;
    painter.setFont(font);
    painter.setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    rect.setLeft(rect.left() + metrics.horizontalAdvance(elided) + Gap);
    painter.setFont(chipFont);
    paintChips(painter, rect, shown, option);
}

void PaperTitleDelegate::paintStatusDot(QPainter &painter, const QRect &rect, ReadingStatus status)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(AnnotationText::statusColor(status));
    painter.drawEllipse(QRectF(rect.left(), rect.center().y() - DotSize / 2.0 + 0.5, DotSize, DotSize));
}

// Right-aligned; returns the width used.
int PaperTitleDelegate::paintStars(QPainter &painter, const QRect &rect, int rating, const QStyleOptionViewItem &option) const
{
    if (rating <= 0)
        return 0;
    const QString stars = AnnotationText::stars(rating);
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(stars) + Gap;
    painter.setFont(option.font);
    painter.setPen(QColor(0xe0, 0x9b, 0x00));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, stars);
    return width;
}

QFont PaperTitleDelegate::chipFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

int PaperTitleDelegate::widthOfChips(const QFontMetrics &metrics, const QStringList &tags)
{
    int width = 0;
    for (const QString &tag : tags)
        width += TagChip::size(metrics, tag, false).width() + Gap / 2;
    return width;
}

QStringList PaperTitleDelegate::fittingChips(const QFontMetrics &metrics, const QStringList &tags, int width)
{
    QStringList fitting;
    for (const QString &tag : tags) {
        width -= TagChip::size(metrics, tag, false).width() + Gap / 2;
        if (width < 0)
            break;
        fitting.append(tag);
    }
    return fitting;
}

void PaperTitleDelegate::paintChips(QPainter &painter, QRect rect, const QStringList &tags,
                                    const QStyleOptionViewItem &option) const
{
    const QFontMetrics metrics(painter.font());
    for (const QString &tag : tags) {
        const QSize size = TagChip::size(metrics, tag, false);
        const QRect chip(QPoint(rect.left(), rect.center().y() - size.height() / 2), size);
        TagChip::paint(painter, chip, tag, m_colors.color(tag), option.palette, false);
        rect.setLeft(chip.right() + 1 + Gap / 2);
    }
}

} // namespace Lectern
