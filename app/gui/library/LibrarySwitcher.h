#pragma once

#include <QObject>

#include <memory>

namespace Lectern {

class Library;
class MainWindow;

// Owns the window and the library it shows. Opening another library (File > Open Library, New Library, Open
// Recent) makes a new window on it in the old one's place, with the old one's layout: every part of the window
// is built on one library, so a new window is the one way nothing keeps a piece of the old library. The old
// window saves its note and layout first; when the other library cannot be opened, the user is told why and
// the old library stays open.
class LibrarySwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LibrarySwitcher(QObject *parent = nullptr);
    ~LibrarySwitcher() override;

    // At start: a library that cannot be opened is reported with the offer of its newest backup (a blocking
    // question: there is no window yet). False when there is no library to show.
    bool openAtStart(const QString &path);
    // From the window: false (and a message on the window) when the file is no library Lectern can open.
    bool open(const QString &path);
    // A new, empty library; refuses a file that exists.
    bool create(const QString &path);

    MainWindow *window() const { return m_window.get(); }

Q_SIGNALS:
    // A window was shown on the library at path (at start, or in place of another).
    void windowOpened(MainWindow *window, const QString &path);

private:
    void showWindow(std::unique_ptr<Library> library);
    void refuse(const QString &message);

    std::unique_ptr<MainWindow> m_window;
};

} // namespace Lectern
