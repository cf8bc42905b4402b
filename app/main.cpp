#include "cli/CommandLine.h"
#include "gui/GuiApplication.h"
#include "gui/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Subcommands never create a QApplication, so they run without a display.
    if (Lectern::CommandLine::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
        QCoreApplication::setApplicationName(QStringLiteral("Lectern"));
        // The command line speaks English whatever the locale (scripts read it); the English translation gives
        // the plural forms of the texts it shares with the window ("skipped 1 duplicate").
        Lectern::installTranslations(app, QLocale(QLocale::English));
        return Lectern::CommandLine::run(arguments);
    }
    return Lectern::runGuiApplication(argc, argv, Lectern::CommandLine::commandNames());
}
