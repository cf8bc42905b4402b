#include "gui/reading/RatingStars.h"

#include <QMouseEvent>
#include <QPainter>

namespace Lectern {

namespace {
constexpr int Stars = 5;
const QColor StarColor(0xe0, 0x9b, 0x00);
} // namespace

RatingStars::RatingStars(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ratingStars"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setToolTip(tr("Rating: keys 0 to 5 in the paper list"));
}

void RatingStars::setRating(int rating)
{
    m_rating = rating;
    update();
}

QRect RatingStars::starRect(int n) const
{
    const int size = fontMetrics().height() + 4;
    return QRect((n - 1) * size, 0, size, size);
}

QSize RatingStars::sizeHint() const
{
    const QRect last = starRect(Stars);
    return {last.right() + 1, last.bottom() + 1};
}

void RatingStars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QFont font = painter.font();
    font.setPixelSize(starRect(1).height() - 2);
    painter.setFont(font);
    for (int n = 1; n <= Stars; ++n) {
        painter.setPen(n <= m_rating ? StarColor : palette().color(QPalette::Disabled, QPalette::WindowText));
        painter.drawText(starRect(n), Qt::AlignCenter, n <= m_rating ? QStringLiteral("\u2605") : QStringLiteral("\u2606"));
    }
}

void RatingStars::mouseReleaseEvent(QMouseEvent *event)
{
    for (int n = 1; n <= Stars; ++n)
        if (starRect(n).contains(event->position().toPoint()))
            Q_EMIT ratingClicked(n == m_rating ? 0 : n);
}

} // namespace Lectern
