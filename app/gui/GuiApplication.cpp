#include "gui/GuiApplication.h"

#include "gui/MainWindow.h"
#include "library/Library.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>

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

    auto library = Library::open(Library::defaultPath());
    if (!library) {
        QMessageBox::critical(nullptr, QApplication::translate("Lectern::GuiApplication", "Lectern"),
                              QApplication::translate("Lectern::GuiApplication", "Cannot open the library.\n%1")
                                  .arg(library.error().toString()));
        return 1;
    }
    MainWindow window(std::move(*library));
    window.show();
    window.importFiles(filesToImport(QApplication::arguments()));
    return app.exec();
}

} // namespace Lectern
