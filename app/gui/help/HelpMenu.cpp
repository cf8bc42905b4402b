#include "gui/help/HelpMenu.h"

#include "gui/NewAction.h"
#include "gui/help/QueryHelp.h"
#include "gui/help/ShortcutSheet.h"
#include "storage/SqliteVersion.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>

namespace Lectern {

namespace {

// One dialog of its kind at a time: asking again brings it to the front.
template<typename Dialog>
Dialog *raiseExisting(QMainWindow &window, const QString &objectName)
{
    auto *dialog = window.findChild<Dialog *>(objectName, Qt::FindDirectChildrenOnly);
    if (dialog) {
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    }
    return dialog;
}

} // namespace

HelpMenu::HelpMenu(QMainWindow &window, const QString &libraryPath)
    : QObject(&window), m_window(window), m_libraryPath(libraryPath)
{
}

void HelpMenu::addToMenu(QMenu *help)
{
    QAction *shortcuts = newAction(&m_window, tr("&Keyboard Shortcuts"), QStringLiteral("shortcutSheetAction"));
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);
    QAction *query = newAction(&m_window, tr("&Query Language"), QStringLiteral("queryHelpAction"));
    connect(query, &QAction::triggered, this, &HelpMenu::showQueryHelp);
    QAction *about = newAction(&m_window, tr("&About Lectern"), QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
    help->addActions({shortcuts, query});
    help->addSeparator();
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QString HelpMenu::aboutText(const QString &libraryPath)
{
    return tr("<h3>Lectern %1</h3><p>Reads the abstracts of research papers and keeps them in a local library you "
              "can search.</p><p>Library: %2</p><p>Qt %3, SQLite %4, KSyntaxHighlighting %5</p>")
        .arg(QStringLiteral(LECTERN_VERSION), libraryPath.toHtmlEscaped(), QString::fromLatin1(qVersion()),
             sqliteVersion(), QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

void HelpMenu::showShortcuts()
{
    // Made anew each time, from the actions the window has now.
    if (auto *old = m_window.findChild<ShortcutSheet *>(QStringLiteral("shortcutSheet"), Qt::FindDirectChildrenOnly))
        delete old;
    auto *sheet = new ShortcutSheet(m_window, &m_window);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

void HelpMenu::showQueryHelp()
{
    if (raiseExisting<QueryHelp>(m_window, QStringLiteral("queryHelp")))
        return;
    auto *help = new QueryHelp(&m_window);
    help->setAttribute(Qt::WA_DeleteOnClose);
    connect(help, &QueryHelp::queryChosen, this, &HelpMenu::queryChosen);
    help->show();
}

void HelpMenu::showAbout()
{
    if (raiseExisting<QMessageBox>(m_window, QStringLiteral("aboutBox")))
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Lectern"), aboutText(m_libraryPath), QMessageBox::Ok,
                                &m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Lectern
