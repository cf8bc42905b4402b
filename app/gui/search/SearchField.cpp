#include "gui/search/SearchField.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

namespace Lectern {

namespace {

// A wave of this height and period reads as "wrong here" at any font size in a search field.
constexpr qreal WaveHeight = 2.0;
constexpr qreal WavePeriod = 6.0;

QPainterPath wave(qreal left, qreal right, qreal y)
{
    QPainterPath path(QPointF(left, y));
    for (qreal x = left; x < right; x += WavePeriod / 2) {
        const qreal end = std::min(x + WavePeriod / 2, right);
        const qreal crest = (int((x - left) / (WavePeriod / 2)) % 2 == 0) ? y - WaveHeight : y + WaveHeight;
        path.quadTo(QPointF((x + end) / 2, crest), QPointF(end, y));
    }
    return path;
}

} // namespace

SearchField::SearchField(QWidget *parent) : QLineEdit(parent) {}

void SearchField::markError(int position, int length)
{
    if (position == m_errorPosition && length == m_errorLength)
        return;
    m_errorPosition = position;
    m_errorLength = length;
    update();
}

void SearchField::paintEvent(QPaintEvent *event)
{
    QLineEdit::paintEvent(event);
    const int end = std::min<int>(m_errorPosition + m_errorLength, int(text().size()));
    if (m_errorLength <= 0 || m_errorPosition >= end)
        return;
    const QRect area = textRect();
    const qreal y = area.center().y() + fontMetrics().ascent() / 2.0 + WaveHeight + 1;
    QPainter painter(this);
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0xd7, 0x26, 0x26), 1.2));
    painter.drawPath(wave(xOfPosition(m_errorPosition), xOfPosition(end), y));
}

// Where the text is drawn: inside the frame, the margins and the clear button.
QRect SearchField::textRect() const
{
    QStyleOptionFrame option;
    initStyleOption(&option);
    return style()->subElementRect(QStyle::SE_LineEditContents, &option, this).marginsRemoved(textMargins());
}

// QLineEdit tells where the caret is drawn (which includes its scrolling), not where other characters
// are: measure from the caret to the character.
int SearchField::xOfPosition(int position) const
{
    const QString shown = displayText();
    const QFontMetrics metrics = fontMetrics();
    const int caretX = cursorRect().center().x();
    return caretX + metrics.horizontalAdvance(shown.left(position)) - metrics.horizontalAdvance(shown.left(cursorPosition()));
}

} // namespace Lectern
