#include "gui/tags/TagChip.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPalette>

namespace Lectern::TagChip {

namespace {
constexpr int Padding = 6;
constexpr int RemoveWidth = 14;
const QString RemoveSign = QStringLiteral("\u00d7");
} // namespace

QSize size(const QFontMetrics &metrics, const QString &text, bool removable)
{
    const int width = metrics.horizontalAdvance(text) + 2 * Padding + (removable ? RemoveWidth : 0);
    return {width, metrics.height() + 2};
}

QRect removeRect(const QRect &rect)
{
    return QRect(rect.right() - RemoveWidth - Padding / 2, rect.top(), RemoveWidth + Padding / 2, rect.height());
}

QColor textColorOn(const QColor &background)
{
    return background.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

void paint(QPainter &painter, const QRect &rect, const QString &text, const QColor &color, const QPalette &palette,
           bool removable)
{
    const QColor fill = color.isValid() ? color : palette.color(QPalette::Button);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(fill.darker(125));
    painter.setBrush(fill);
    const qreal radius = rect.height() / 2.0;
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.setPen(color.isValid() ? textColorOn(fill) : palette.color(QPalette::ButtonText));
    QRect textRect = rect.adjusted(Padding, 0, -Padding, 0);
    if (removable) {
        const QRect remove = removeRect(rect);
        painter.drawText(remove, Qt::AlignCenter, RemoveSign);
        textRect.setRight(remove.left());
    }
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.restore();
}

} // namespace Lectern::TagChip
