#include "gui/list/PaperTitleDelegate.h"

#include "gui/AnnotationText.h"
#include "gui/PaperListModel.h"
#include "gui/highlights/HighlightColors.h"
#include "gui/tags/TagChip.h"
#include "gui/tags/TagColors.h"
#include "text/PaperText.h"

#include <QApplication>
#include <QPainter>

namespace Lectern {

namespace {
constexpr int DotSize = 8;
constexpr int Gap = 6;
constexpr qreal DotRing = 1.5;
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
    paintStatusDot(*painter, rect, status, opt);
    rect.setLeft(rect.left() + DotSize + Gap);
    // The stars and marks keep to the end of the cell and give way first: the title keeps at least its share.
    const int trailerRoom = int(rect.width() * (1 - TitleShare));
    const int starsWidth = paintStars(*painter, rect, index.data(PaperListModel::RatingRole).toInt(), opt, trailerRoom);
    rect.setRight(rect.right() - starsWidth);
    rect.setRight(rect.right() - paintMarks(*painter, rect, marks(index), opt, trailerRoom - starsWidth));
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
    // A title that fits is drawn whole: elidedText() at exactly the title's rounded advance could cut it
    // ("Your data stays you..." with room to spare).
    const int titleRoom = rect.width() - chipsWidth;
    const QString elided = titleAdvance <= titleRoom ? title : metrics.elidedText(title, Qt::ElideRight, titleRoom);
    const bool selected = option.state & QStyle::State_Selected;
    painter.setFont(font);
    painter.setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    rect.setLeft(rect.left() + metrics.horizontalAdvance(elided) + Gap);
    painter.setFont(chipFont);
    paintChips(painter, rect, shown, option);
}

// On a selected row a ring in the selection's text colour keeps the dot apart from the selection (the inbox's
// blue is close to many a desktop's selection colour).
void PaperTitleDelegate::paintStatusDot(QPainter &painter, const QRect &rect, ReadingStatus status,
                                        const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected)
        painter.setPen(QPen(option.palette.color(QPalette::HighlightedText), DotRing));
    else
        painter.setPen(Qt::NoPen);
    painter.setBrush(AnnotationText::statusColor(status));
    painter.drawEllipse(QRectF(rect.left(), rect.center().y() - DotSize / 2.0 + 0.5, DotSize, DotSize));
}

// Right-aligned, within room; returns the width used. Where five stars do not fit, "4★" does.
int PaperTitleDelegate::paintStars(QPainter &painter, const QRect &rect, int rating, const QStyleOptionViewItem &option,
                                   int room) const
{
    if (rating <= 0)
        return 0;
    const QFontMetrics metrics(option.font);
    QString stars = AnnotationText::stars(rating);
    if (metrics.horizontalAdvance(stars) + Gap > room)
        stars = QString::number(rating) + AnnotationText::stars(1);
    const int width = metrics.horizontalAdvance(stars) + Gap;
    if (width > room)
        return 0;
    painter.setFont(option.font);
    painter.setPen(QColor(0xe0, 0x9b, 0x00));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, stars);
    return width;
}

QList<PaperTitleDelegate::Mark> PaperTitleDelegate::marks(const QModelIndex &index)
{
    QList<Mark> marks;
    if (index.data(PaperListModel::HasNoteRole).toBool())
        marks.append(Mark::Note);
    if (index.data(PaperListModel::HighlightCountRole).toInt() > 0)
        marks.append(Mark::Highlights);
    return marks;
}

// A pen for a note, a bar of the highlighter's colour for highlights; right-aligned within room.
int PaperTitleDelegate::paintMarks(QPainter &painter, const QRect &rect, const QList<Mark> &marks,
                                   const QStyleOptionViewItem &option, int room)
{
    if (marks.isEmpty())
        return 0;
    const QFontMetrics metrics(option.font);
    const int size = metrics.height() * 2 / 3;
    const int width = int(marks.size()) * (size + Gap / 2) + Gap;
    if (width > room)
        return 0;
    const bool selected = option.state & QStyle::State_Selected;
    int right = rect.right() - Gap;
    for (auto mark = marks.crbegin(); mark != marks.crend(); ++mark) {
        const QRect box(right - size, rect.center().y() - size / 2, size, size);
        if (*mark == Mark::Highlights) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(HighlightColors::defaultColor()));
            painter.drawRect(box.adjusted(0, size / 4, 0, -size / 4));
        } else {
            painter.setFont(option.font);
            painter.setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
            painter.drawText(box, Qt::AlignCenter, QStringLiteral("\u270E"));
        }
        right -= size + Gap / 2;
    }
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
