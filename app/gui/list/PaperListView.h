#pragma once

#include <QTreeView>

namespace Lectern {

// The paper list's view. Keyboard-first: letters are commands here (T, R, S, G, O, ...), so a letter that is
// no command does nothing rather than jump to a title that starts with it (QAbstractItemView's type-ahead,
// which took a second tag typed after G as a search: issue 12).
// The title has the room: it stretches, while the first author and the date keep the width their text needs
// and give way to the title in a narrow list (each at most a fifth of it). The header's context menu hides and
// shows the columns other than the title; the window remembers the header's state.
class PaperListView : public QTreeView
{
    Q_OBJECT

public:
    explicit PaperListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void keyboardSearch(const QString &search) override;
    // The header as saved (hidden columns, sort); the widths are the view's own.
    void restoreHeader(const QByteArray &state);
    // Said in the empty list (an empty reading list: how to fill it); nothing when empty.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void applyColumnModes();
    void fitColumns();
    void showColumnMenu(const QPoint &position);

    QString m_placeholder;
};

} // namespace Lectern
