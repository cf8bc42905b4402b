#include "gui/ColorSwatch.h"

#include <QPainter>
#include <QPixmap>

namespace Lectern {

QIcon colorSwatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}

} // namespace Lectern
