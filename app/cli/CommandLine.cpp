#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "library/Library.h"

namespace Lectern::CommandLine {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_ptr<Library> Context::openLibrary() const
{
    const QString path = parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library"))
                                                                 : Library::defaultPath();
    auto library = Library::open(path);
    if (!library) {
        err() << "lectern: " << library.error().toString() << Qt::endl;
        return nullptr;
    }
    return std::move(*library);
}

int Context::usageError(const QString &message) const
{
    err() << "lectern " << command << ": " << message << Qt::endl;
    return Usage;
}

int Context::failure(const QString &message) const
{
    err() << "lectern " << command << ": " << message << Qt::endl;
    return Failed;
}

namespace {

const QList<Command> &commands()
{
    static const QList<Command> all = paperCommands();
    return all;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands())
        if (name == QLatin1StringView(command.name))
            return &command;
    return nullptr;
}

QString overview()
{
    QString text = QStringLiteral("Usage: lectern [COMMAND] [OPTIONS]\n\n"
                                  "Lectern reads, tags and annotates research-paper abstracts.\n"
                                  "Without a command it opens the window.\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1StringView(command.name), QLatin1StringView(command.arguments),
                         QLatin1StringView(command.description));
    text += QStringLiteral("\nEvery command takes --library FILE (default: $LECTERN_LIBRARY, else %1).\n"
                           "'lectern COMMAND --help' describes one command.\n")
                .arg(Library::defaultPath());
    return text;
}

int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1StringView(command.description));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("The library file to use."), QStringLiteral("FILE")});
    if (!command.formats.isEmpty())
        parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: %1.").arg(command.formats.join(u'|')),
                          QStringLiteral("FORMAT"), command.formats.first()});
    parser.addOptions(command.options);
    if (*command.arguments)
        parser.addPositionalArgument(QLatin1StringView(command.arguments), QString());

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // the command name; the parser wants the program, then options
    if (!parser.parse(commandArguments)) {
        err() << "lectern " << command.name << ": " << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("%1 [options]").arg(QLatin1StringView(command.name)));
        return Done;
    }
    if (!command.formats.isEmpty() && !command.formats.contains(parser.value(QStringLiteral("format")))) {
        err() << "lectern " << command.name << ": --format must be one of " << command.formats.join(QStringLiteral(", "))
              << Qt::endl;
        return Usage;
    }
    Context context{command.name, parser};
    return command.run(context);
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return findCommand(first) || first == u"--help" || first == u"-h" || first == u"help" || first == u"--version"
        || first == u"-v";
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == u"--version" || first == u"-v") {
        out() << "lectern " << LECTERN_VERSION << Qt::endl;
        return Done;
    }
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out() << overview();
        return Done;
    }
    if (const Command *command = findCommand(first))
        return runCommand(*command, arguments);
    err() << "lectern: unknown command '" << first << "'\n\n" << overview();
    return Usage;
}

} // namespace Lectern::CommandLine
