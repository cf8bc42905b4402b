#include "gui/GuiApplication.h"

#include "gui/MainWindow.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <cstdio>
#include <memory>

// Resources compiled into a static library reach the executable only when something names them.
// Q_INIT_RESOURCE declares a function in the current namespace, so this stays outside Lectern's.
static void initResources()
{
    Q_INIT_RESOURCE(lectern);
}

namespace Lectern {

namespace {

// Without a display QApplication aborts with a message about platform plugins; say instead what
// the user can do. Runs before QApplication exists, so there is no translator yet.
bool hasDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

void installTranslators(QApplication &app)
{
    // Missing translations are normal (English, or a language nobody translated yet): load what exists.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

// On a thread of its own, as both read the whole file (seconds for a large library): the quick check of the
// library, which the window reports when it finds damage, and, for a whole library, a backup after each day
// with changes (a damaged one would push good backups out). The application waits for it before it quits.
void checkAndBackUp(QApplication &app, MainWindow &window, const QString &libraryPath)
{
    auto quitting = std::make_shared<std::atomic<bool>>(false);
    QThread *thread = QThread::create([&window, libraryPath, quitting] {
        auto library = Library::open(libraryPath);
        if (!library)
            return;
        // Bounded: on a library of a million papers the quick check would read for minutes; it gives up rather
        // than keep the disk busy, and 'lectern check' checks all of it.
        constexpr qint64 QuickCheckLimitMs = 20000;
        QElapsedTimer checking;
        checking.start();
        bool gaveUp = false;
        (*library)->db().setCancelCheck([&] {
            gaveUp = gaveUp || checking.hasExpired(QuickCheckLimitMs);
            return quitting->load() || gaveUp;
        });
        const QStringList damage = (*library)->damage(Library::Check::Quick);
        if (quitting->load())
            return;
        (*library)->db().setCancelCheck([quitting] { return quitting->load(); });
        if (gaveUp) {
            std::fprintf(stderr, "lectern: the quick check of the library stopped after %lld s; 'lectern check' "
                                 "checks all of it\n", QuickCheckLimitMs / 1000);
        } else if (!damage.isEmpty()) {
            QMetaObject::invokeMethod(&window, [&window, damage] { window.reportDamage(damage); });
            return;
        }
        if (const auto backup = Backups::writeIfDue(**library); !backup)
            std::fprintf(stderr, "lectern: %s\n", qPrintable(backup.error().toString()));
    });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, thread, [thread, quitting] {
        *quitting = true; // a check stops at its next step; a backup being written is finished
        thread->wait();
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

// The library, or null when it cannot be opened; then the user has been told why and, when the library has
// backups, offered its newest one in place of the file (which is kept under another name).
std::unique_ptr<Library> openOrRecover(const QString &path)
{
    auto library = Library::open(path);
    if (library)
        return std::move(*library);
    QMessageBox box(QMessageBox::Critical, QApplication::translate("Lectern::GuiApplication", "Lectern"),
                    QApplication::translate("Lectern::GuiApplication", "Cannot open the library.\n%1").arg(library.error().toString()), QMessageBox::Close);
    const QList<BackupFile> backups = Backups::list(path);
    QPushButton *restore = nullptr;
    if (!backups.isEmpty()) {
        box.setInformativeText(QApplication::translate("Lectern::GuiApplication", "Its newest backup is from %1. Restore it? The file as it is now is kept "
                                          "beside it under another name.")
                                   .arg(QLocale().toString(backups.first().written, QLocale::LongFormat)));
        restore = box.addButton(QApplication::translate("Lectern::GuiApplication", "Restore Backup"), QMessageBox::AcceptRole);
    }
    box.exec();
    if (!restore || box.clickedButton() != restore)
        return nullptr;
    if (const auto aside = Backups::replaceFile(path, backups.first().path); !aside) {
        QMessageBox::critical(nullptr, QApplication::translate("Lectern::GuiApplication", "Lectern"), aside.error().toString());
        return nullptr;
    }
    library = Library::open(path);
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("Lectern::GuiApplication", "Lectern"),
                              QApplication::translate("Lectern::GuiApplication", "Cannot open the library.\n%1").arg(library.error().toString()));
        return nullptr;
    }
    return std::move(*library);
}

// What is left of the command line once QApplication has taken its own options (-style, ...): the
// files to open, as the desktop file's "Open with Lectern" passes them.
QStringList filesToImport(const QStringList &arguments)
{
    QStringList files;
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(u'-'))
            files.append(argument);
    return files;
}

} // namespace

int runGuiApplication(int &argc, char **argv, const QStringList &headlessCommands)
{
    if (!hasDisplay()) {
        std::fprintf(stderr,
                     "lectern: no display found. The window needs X11 or Wayland; the headless commands work "
                     "anywhere: lectern %s (see lectern --help).\n",
                     qPrintable(headlessCommands.join(u'|')));
        return 1;
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    installTranslators(app);

    const QString libraryPath = Library::defaultPath();
    auto library = openOrRecover(libraryPath);
    if (!library)
        return 1;
    MainWindow window(std::move(library));
    window.show();
    checkAndBackUp(app, window, libraryPath);
    window.importFiles(filesToImport(QApplication::arguments()));
    return app.exec();
}

} // namespace Lectern
