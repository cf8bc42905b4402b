#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace Lectern {

// The Help menu: Keyboard Shortcuts (F1, Ctrl+/), Query Language, About Lectern (with the library's path and the
// versions of Qt, SQLite and KSyntaxHighlighting) and About Qt. Its dialogs are not modal: the window stays usable.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    HelpMenu(QMainWindow &window, const QString &libraryPath);

    void addToMenu(QMenu *help);
    // The text of About Lectern.
    static QString aboutText(const QString &libraryPath);

Q_SIGNALS:
    // An example of the query help was clicked.
    void queryChosen(const QString &query);

private:
    void showShortcuts();
    void showQueryHelp();
    void showAbout();

    QMainWindow &m_window;
    QString m_libraryPath;
};

} // namespace Lectern
