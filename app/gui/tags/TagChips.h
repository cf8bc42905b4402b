#pragma once

#include <QStringList>
#include <QWidget>

namespace Lectern {

class TagColors;

// The current paper's tags as coloured chips that wrap onto more lines as needed. Clicking a chip
// shows its papers; clicking its "×" takes the tag off the paper.
class TagChips : public QWidget
{
    Q_OBJECT

public:
    explicit TagChips(const TagColors &colors, QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    QStringList tags() const { return m_tags; }
    // Where the tag's chip is; empty when the paper does not have the tag.
    QRect chipRect(const QString &tag) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tagClicked(const QString &tag);
    void removeClicked(const QString &tag);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<QRect> layoutFor(int width) const;

    const TagColors &m_colors;
    QStringList m_tags;
};

} // namespace Lectern
