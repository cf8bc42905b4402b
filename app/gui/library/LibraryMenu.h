#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

// File > New Library..., Open Library... and Open Recent: asks which library (through FileDialogs, which tests
// answer) and says so; the LibrarySwitcher opens it in place of the library the window shows.
class LibraryMenu : public QObject
{
    Q_OBJECT

public:
    LibraryMenu(const QString &currentLibrary, QWidget *window);

    void addToMenu(QMenu *file);

Q_SIGNALS:
    void openRequested(const QString &path);
    void createRequested(const QString &path);

private:
    void chooseLibraryToOpen();
    void chooseNewLibrary();
    void fillRecentMenu();

    QString m_currentLibrary;
    QWidget *m_window;
    QAction *m_newAction;
    QAction *m_openAction;
    QMenu *m_recentMenu;
};

} // namespace Lectern
