#pragma once

#include <QColor>
#include <QRect>
#include <QString>

class QFontMetrics;
class QPainter;
class QPalette;

// How a tag looks wherever it is drawn (the paper list, the reader): a rounded chip in the tag's
// colour, with the text in black or white, whichever reads better on it.
namespace Lectern::TagChip {

QSize size(const QFontMetrics &metrics, const QString &text, bool removable);
// Where the "×" of a removable chip at rect is.
QRect removeRect(const QRect &rect);
void paint(QPainter &painter, const QRect &rect, const QString &text, const QColor &color, const QPalette &palette,
           bool removable);
// Black or white, whichever reads better on background.
QColor textColorOn(const QColor &background);

} // namespace Lectern::TagChip
