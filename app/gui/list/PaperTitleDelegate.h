#pragma once

#include "library/Paper.h"

#include <QStyledItemDelegate>

namespace Lectern {

class TagColors;

// Draws a paper's title with what the reader made of it: a dot in its status's colour, the title
// (bold while in the inbox, like unread mail), its tags as coloured chips, its rating as stars and marks for a
// note and highlights.
// Reads PaperListModel's StatusRole, RatingRole and TagsRole.
class PaperTitleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    PaperTitleDelegate(const TagColors &colors, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The title on one line (PaperText::singleLine), for painting and for the row's size: a line break in it
    // would draw the title over the rows next to it.
    QString displayText(const QVariant &value, const QLocale &locale) const override;

    // What the row shows beside its title: a pen for a note, a highlighter's bar for highlights (the title's
    // tooltip says the same in words).
    enum class Mark { Note, Highlights };
    static QList<Mark> marks(const QModelIndex &index);

private:
    static void paintStatusDot(QPainter &painter, const QRect &rect, ReadingStatus status, const QStyleOptionViewItem &option);
    int paintStars(QPainter &painter, const QRect &rect, int rating, const QStyleOptionViewItem &option, int room) const;
    static int paintMarks(QPainter &painter, const QRect &rect, const QList<Mark> &marks,
                          const QStyleOptionViewItem &option, int room);
    void paintTitleAndChips(QPainter &painter, QRect rect, const QString &title, const QStringList &tags,
                            const QStyleOptionViewItem &option, bool bold) const;
    static QFont chipFont(const QStyleOptionViewItem &option);
    static int widthOfChips(const QFontMetrics &metrics, const QStringList &tags);
    static QStringList fittingChips(const QFontMetrics &metrics, const QStringList &tags, int width);
    void paintChips(QPainter &painter, QRect rect, const QStringList &tags, const QStyleOptionViewItem &option) const;

    const TagColors &m_colors;
};

} // namespace Lectern
