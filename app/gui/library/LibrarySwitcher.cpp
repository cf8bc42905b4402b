#include "gui/library/LibrarySwitcher.h"

#include "gui/MainWindow.h"
#include "gui/library/LibraryMenu.h"
#include "gui/library/LibraryUpgradeDialog.h"
#include "gui/library/RecentLibraries.h"
#include "library/Backups.h"
#include "library/Library.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>

namespace Lectern {

namespace {

// The library, or null when it cannot be opened; then the user has been told why and, when the library has
// backups, offered its newest one in place of the file (which is kept under another name).
std::unique_ptr<Library> openOrRecover(const QString &path)
{
    auto library = LibraryUpgradeDialog::open(path);
    if (library)
        return std::move(*library);
    QMessageBox box(QMessageBox::Critical, LibrarySwitcher::tr("Lectern"),
                    LibrarySwitcher::tr("Cannot open the library.\n%1").arg(library.error().toString()), QMessageBox::Close);
    const QList<BackupFile> backups = Backups::list(path);
    QPushButton *restore = nullptr;
    if (!backups.isEmpty()) {
        box.setInformativeText(LibrarySwitcher::tr("Its newest backup is from %1. Restore it? The file as it is now is kept "
                                                   "beside it under another name.")
                                   .arg(QLocale().toString(backups.first().written, QLocale::LongFormat)));
        restore = box.addButton(LibrarySwitcher::tr("Restore Backup"), QMessageBox::AcceptRole);
    }
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return nullptr;
    if (const auto aside = Backups::replaceFile(path, backups.first().path); !aside) {
        QMessageBox::critical(nullptr, LibrarySwitcher::tr("Lectern"), aside.error().toString());
        return nullptr;
    }
    library = LibraryUpgradeDialog::open(path); // a backup of an earlier schema is upgraded
    if (!library) {
        QMessageBox::critical(nullptr, LibrarySwitcher::tr("Lectern"),
                              LibrarySwitcher::tr("Cannot open the library.\n%1").arg(library.error().toString()));
        return nullptr;
    }
    return std::move(*library);
}

bool isSameFile(const QString &a, const QString &b)
{
    return QFileInfo(a).absoluteFilePath() == QFileInfo(b).absoluteFilePath();
}

} // namespace

LibrarySwitcher::LibrarySwitcher(QObject *parent) : QObject(parent) {}

LibrarySwitcher::~LibrarySwitcher() = default;

bool LibrarySwitcher::openAtStart(const QString &path)
{
    auto library = openOrRecover(path);
    if (!library)
        return false;
    showWindow(std::move(library));
    return true;
}

bool LibrarySwitcher::open(const QString &path)
{
    if (m_window && isSameFile(path, m_window->libraryPath()))
        return true;
    auto library = LibraryUpgradeDialog::open(path, m_window.get());
    if (!library) {
        refuse(tr("Cannot open the library %1.\n%2").arg(QFileInfo(path).fileName(), library.error().toString()));
        return false;
    }
    showWindow(std::move(*library));
    return true;
}

bool LibrarySwitcher::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        refuse(tr("%1 exists already. Open it with File > Open Library, or choose a new name for the new library.")
                   .arg(path));
        return false;
    }
    return open(path);
}

void LibrarySwitcher::showWindow(std::unique_ptr<Library> library)
{
    const QString path = library->path();
    // The old window's layout, saved, is what the new one restores.
    if (m_window)
        m_window->saveLayout();
    std::unique_ptr<MainWindow> old = std::exchange(m_window, std::make_unique<MainWindow>(std::move(library)));
    connect(m_window->libraryMenu(), &LibraryMenu::openRequested, this, &LibrarySwitcher::open);
    connect(m_window->libraryMenu(), &LibraryMenu::createRequested, this, &LibrarySwitcher::create);
    RecentLibraries::add(path);
    // Shown before the old one closes, so that the application never sees its last window close.
    m_window->show();
    if (old) {
        // The splitters as they are, not as their saved sizes scale into a window being laid out.
        for (const QSplitter *splitter : old->findChildren<QSplitter *>())
            if (auto *same = m_window->findChild<QSplitter *>(splitter->objectName()); same && !splitter->objectName().isEmpty())
                same->setSizes(splitter->sizes());
        m_window->activateWindow();
        old->close();
        // Later: this may run inside one of the old window's own actions.
        old.release()->deleteLater();
    }
    Q_EMIT windowOpened(m_window.get(), path);
}

void LibrarySwitcher::refuse(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Library"), message, QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("libraryOpenError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal but not blocking: the event loop (and a test driving it) carries on.
    box->open();
}

} // namespace Lectern
