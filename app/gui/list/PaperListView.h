#pragma once

#include <QTableView>

namespace Lectern {

// The paper list's view. Keyboard-first: letters are commands here (T, R, S, G, O, ...), so a letter that is
// no command does nothing rather than jump to a title that starts with it (QAbstractItemView's type-ahead,
// which took a second tag typed after G as a search: issue 12).
// A table, not a tree: QTreeView keeps an item per row and lays out all of them again whenever rows come or go
// (a million rows when the rest of the ids came in: a stall of 250-400 ms while scrolling, issue 13); a table's
// rows are its vertical header's sections, which a change only counts. It behaves as a list of rows: a row is one
// paper (selected whole, Left and Right move nothing, Home and End go to the first and last paper), every row is as
// high as the first (as QTreeView's uniformRowHeights), and there is no grid.
// The title has the room: it stretches, while the first author and the date keep the width their text needs
// and give way to the title in a narrow list (each at most a fifth of it). The header's context menu hides and
// shows the columns other than the title; the window remembers the header's state.
class PaperListView : public QTableView
{
    Q_OBJECT

public:
    explicit PaperListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // The column header (as QTreeView's header()).
    QHeaderView *header() const { return horizontalHeader(); }
    void keyboardSearch(const QString &search) override;
    // The header as saved (hidden columns, sort); the widths are the view's own.
    void restoreHeader(const QByteArray &state);
    // Said in the empty list (an empty reading list: how to fill it); nothing when empty.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void applyColumnModes();
    void fitColumns();
    void fitRowHeight();
    void showColumnMenu(const QPoint &position);

    QString m_placeholder;
};

} // namespace Lectern
