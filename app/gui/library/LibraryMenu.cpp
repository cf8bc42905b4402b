#include "gui/library/LibraryMenu.h"

#include "gui/FileDialogs.h"
#include "gui/NewAction.h"
#include "gui/library/RecentLibraries.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace Lectern {

namespace {

QString libraryFilter()
{
    return LibraryMenu::tr("Lectern libraries (*.sqlite);;All files (*)");
}

} // namespace

LibraryMenu::LibraryMenu(const QString &currentLibrary, QWidget *window)
    : QObject(window), m_currentLibrary(QFileInfo(currentLibrary).absoluteFilePath()), m_window(window),
      m_newAction(newAction(this, tr("&New Library..."), QStringLiteral("newLibraryAction"))),
      m_openAction(newAction(this, tr("&Open Library..."), QStringLiteral("openLibraryAction"), QKeySequence::Open)),
      m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_recentMenu->setObjectName(QStringLiteral("recentLibrariesMenu"));
    connect(m_newAction, &QAction::triggered, this, &LibraryMenu::chooseNewLibrary);
    connect(m_openAction, &QAction::triggered, this, &LibraryMenu::chooseLibraryToOpen);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &LibraryMenu::fillRecentMenu);
    fillRecentMenu();
}

void LibraryMenu::addToMenu(QMenu *file)
{
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addMenu(m_recentMenu);
}

void LibraryMenu::chooseLibraryToOpen()
{
    const QString path = FileDialogs::getOpenFileNames(m_window, tr("Open Library"), QFileInfo(m_currentLibrary).absolutePath(),
                                                       libraryFilter())
                             .value(0);
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void LibraryMenu::chooseNewLibrary()
{
    QString path = FileDialogs::getSaveFileName(m_window, tr("New Library"),
                                                QFileInfo(m_currentLibrary).dir().filePath(tr("new library.sqlite")),
                                                libraryFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    Q_EMIT createRequested(path);
}

// The other libraries opened lately, each named by its file with the whole path as its tip.
void LibraryMenu::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : RecentLibraries::paths()) {
        if (path == m_currentLibrary)
            continue;
        QAction *action = m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this,
                                                  [this, path] { Q_EMIT openRequested(path); });
        action->setObjectName(QStringLiteral("recentLibraryAction"));
        action->setData(path);
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setToolTipsVisible(true);
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No other library opened yet"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentLibraries::clear(); });
}

} // namespace Lectern
