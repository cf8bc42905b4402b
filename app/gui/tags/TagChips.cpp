#include "gui/tags/TagChips.h"

#include "gui/tags/TagChip.h"
#include "gui/tags/TagColors.h"

#include <QMouseEvent>
#include <QPainter>

namespace Lectern {

namespace {
constexpr int Spacing = 4;
}

TagChips::TagChips(const TagColors &colors, QWidget *parent) : QWidget(parent), m_colors(colors)
{
    setObjectName(QStringLiteral("tagChips"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setToolTip(tr("Click a tag to list its papers; click \u00d7 to take it off this paper."));
}

void TagChips::setTags(const QStringList &tags)
{
    if (tags != m_tags) {
        m_tags = tags;
        updateGeometry();
    }
    update(); // the colours may have changed all the same
}

QList<QRect> TagChips::layoutFor(int width) const
{
    QList<QRect> rects;
    QPoint at(0, 0);
    for (const QString &tag : m_tags) {
        const QSize size = TagChip::size(fontMetrics(), tag, true);
        if (at.x() > 0 && at.x() + size.width() > width)
            at = QPoint(0, at.y() + size.height() + Spacing);
        rects.append(QRect(at, size));
        at.rx() += size.width() + Spacing;
    }
    return rects;
}

QRect TagChips::chipRect(const QString &tag) const
{
    const qsizetype i = m_tags.indexOf(tag);
    return i < 0 ? QRect() : layoutFor(width()).at(i);
}

int TagChips::heightForWidth(int width) const
{
    const QList<QRect> rects = layoutFor(width);
    return rects.isEmpty() ? 0 : rects.last().bottom() + 1;
}

QSize TagChips::sizeHint() const
{
    return {200, heightForWidth(width() > 0 ? width() : 200)};
}

QSize TagChips::minimumSizeHint() const
{
    return {0, m_tags.isEmpty() ? 0 : fontMetrics().height() + 2};
}

void TagChips::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QRect> rects = layoutFor(width());
    for (int i = 0; i < m_tags.size(); ++i)
        TagChip::paint(painter, rects[i], m_tags[i], m_colors.color(m_tags[i]), palette(), true);
}

void TagChips::mouseReleaseEvent(QMouseEvent *event)
{
    const QList<QRect> rects = layoutFor(width());
    for (int i = 0; i < rects.size(); ++i) {
        if (!rects[i].contains(event->position().toPoint()))
            continue;
        // The signals may change the tags (and this list); the tag is copied first.
        const QString tag = m_tags[i];
        if (TagChip::removeRect(rects[i]).contains(event->position().toPoint()))
            Q_EMIT removeClicked(tag);
        else
            Q_EMIT tagClicked(tag);
        return;
    }
}

} // namespace Lectern
