#include "gui/GuiApplication.h"

#include "gui/MainWindow.h"
#include "gui/Translations.h"
#include "gui/library/LibrarySwitcher.h"
#include "gui/library/StartArguments.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

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

// On a thread of its own, as both read the whole file (seconds for a large library): the quick check of the
// library, which the window reports when it finds damage, and, for a whole library, a backup after each day
// with changes (a damaged one would push good backups out). The application waits for it before it quits.
void checkAndBackUp(QApplication &app, LibrarySwitcher &switcher, const QString &libraryPath)
{
    auto quitting = std::make_shared<std::atomic<bool>>(false);
    QThread *thread = QThread::create([&switcher, libraryPath, quitting] {
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
            // The switcher lives as long as the application; the window may show another library by now.
            QMetaObject::invokeMethod(&switcher, [&switcher, libraryPath, damage] {
                if (switcher.window() && switcher.window()->libraryPath() == libraryPath)
                    switcher.window()->reportDamage(damage);
            });
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
    // Wayland names the window by this, and the desktop matches it to the installed entry of that name.
    QGuiApplication::setDesktopFileName(QStringLiteral(LECTERN_APP_ID));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    installTranslations(app);

    const StartArguments start = StartArguments::parse(QApplication::arguments());
    LibrarySwitcher switcher;
    QObject::connect(&switcher, &LibrarySwitcher::windowOpened, &app,
                     [&app, &switcher](MainWindow *, const QString &path) { checkAndBackUp(app, switcher, path); });
    if (!switcher.openAtStart(start.libraryPath))
        return 1;
    switcher.window()->importFiles(start.filesToImport);
    return app.exec();
}

} // namespace Lectern
