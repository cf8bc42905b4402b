#pragma once

#include <QDialog>
#include <QKeySequence>

class QMainWindow;
class QTreeWidget;

namespace Lectern {

// Help > Keyboard Shortcuts (F1, Ctrl+/): every command of the window that has a key, read from the window's own
// actions each time it opens, so that the sheet never says a key the window does not have. Grouped by the menu
// that holds the command; the keys in the desktop's own words ("Strg+T" in German).
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString group;   // the menu, without its mnemonic ("Paper", "Paper › Status")
        QString command; // the action's text, without its mnemonic and dots
        QString keys;    // every shortcut of the action, in native text
    };

    explicit ShortcutSheet(const QMainWindow &window, QWidget *parent = nullptr);

    // What the sheet lists for the window, in menu order.
    static QList<Entry> entries(const QMainWindow &window);

private:
    QTreeWidget *m_table;
};

} // namespace Lectern
