#pragma once

#include <QWidget>

namespace Lectern {

// Five stars showing a paper's rating. Clicking the nth star rates n; clicking the rating it has
// already takes it away.
class RatingStars : public QWidget
{
    Q_OBJECT

public:
    explicit RatingStars(QWidget *parent = nullptr);

    void setRating(int rating);
    int rating() const { return m_rating; }
    // Where the nth star (1 to 5) is.
    QRect starRect(int n) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void ratingClicked(int rating);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int m_rating = 0;
};

} // namespace Lectern
