#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "cli/TerminalOutput.h"
#include "export/KeptExports.h"
#include "library/Backups.h"
#include "library/Library.h"
#include "storage/Database.h"
#include "storage/FileLocks.h"

#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <string_view>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Lectern::CommandLine {

bool isTerminal(FILE *file)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(file));
#else
    return ::isatty(fileno(file));
#endif
}

namespace {

// Standard output or error. On a terminal the text goes through TerminalOutput, which shows the escape
// sequences a title or a note may carry instead of obeying them; a pipe or a file gets the exact text, as
// scripts read it.
class Output
{
public:
    explicit Output(FILE *file) : m_stream(file)
    {
        if (!isTerminal(file))
            return;
        m_terminal = std::make_unique<TerminalOutput>(fileno(file));
        m_stream.setDevice(m_terminal.get());
    }

    QTextStream &stream() { return m_stream; }

private:
    std::unique_ptr<TerminalOutput> m_terminal; // declared first: the stream flushes into it as it goes
    QTextStream m_stream;
};

} // namespace

// The command line speaks English and installs no translator: scripts read its output and its messages.
QTextStream &out()
{
    static Output output(stdout);
    return output.stream();
}

QTextStream &err()
{
    static Output output(stderr);
    return output.stream();
}

std::optional<qint64> paperId(const QString &text)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    return isNumber && id > 0 ? std::optional(id) : std::nullopt;
}

Expected<QList<qint64>> paperIds(const QStringList &arguments)
{
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        const auto id = paperId(argument);
        if (!id)
            return Error{QStringLiteral("'%1' is not a paper id (a number, as 'lectern list' shows)").arg(argument)};
        ids.append(*id);
    }
    if (ids.isEmpty())
        return Error{QStringLiteral("name at least one paper id (a number, as 'lectern list' shows)")};
    return ids;
}

QString Context::libraryPath() const
{
    return parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library")) : Library::defaultPath();
}

std::unique_ptr<Library> Context::openLibrary() const
{
    // Said before the wait, so that minutes of an upgrade of a large library do not look like a hang.
    if (Library::pendingUpgrade(libraryPath()) == Library::Upgrade::Long)
        err() << "lectern: upgrading the library to this version of Lectern (a backup first, then its search index "
                 "made again); this may take a few minutes" << Qt::endl;
    auto library = Library::open(libraryPath());
    if (!library) {
        err() << "lectern: " << library.error().toString() << Qt::endl;
        return nullptr;
    }
    // Long enough to outlast another process's import of a large file; said, so that a wait is not a hang.
    constexpr int LockWaitMs = 120'000;
    const QString path = (*library)->path();
    (*library)->db().setLockWait(LockWaitMs, [path] {
        const QString holder = writeLockHolder(path);
        err() << "lectern: waiting for the library: " << (holder.isEmpty() ? QStringLiteral("another program") : holder)
              << " is writing to it" << Qt::endl;
    });
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
    static const QList<Command> all = paperCommands() + annotationCommands() + listCommands() + libraryCommands()
                                       + citeCommands() + duplicateCommands() + editCommands();
    return all;
}

// The commands that change what an export can show: after them the files kept up to date are rewritten, as the
// window rewrites them after its own edits.
bool changesLibrary(const Command &command, const Context &context)
{
    // lectern trash alone only lists the Trash: rewriting a large tied export after it would be all its time.
    if (command.name == std::string_view("trash"))
        return context.parser.isSet(QStringLiteral("restore")) || context.parser.isSet(QStringLiteral("empty"));
    static const QStringList writers{QStringLiteral("import"), QStringLiteral("tag"), QStringLiteral("note"),
                                     QStringLiteral("status"), QStringLiteral("list-add"), QStringLiteral("key"),
                                     QStringLiteral("restore"), QStringLiteral("merge"), QStringLiteral("key-pattern"),
                                     QStringLiteral("edit"), QStringLiteral("delete"), QStringLiteral("trash"),
                                     QStringLiteral("not-duplicate")};
    return writers.contains(QLatin1StringView(command.name));
}

// What follows a change, as the window does it: the files kept up to date are rewritten, and after a day with
// changes a backup is written (someone who only ever runs commands gets backups too).
void afterChange(const Context &context)
{
    auto library = Library::open(context.libraryPath());
    if (!library)
        return; // the command itself said what is wrong with it
    const KeptExportStore::Refresh refresh = KeptExportStore(**library).refresh();
    for (const Error &error : refresh.errors)
        err() << "lectern " << context.command << ": warning: a file kept up to date: " << error.toString() << Qt::endl;
    if (const auto backup = Backups::writeIfDue(**library); !backup)
        err() << "lectern " << context.command << ": warning: no automatic backup: " << backup.error().toString()
              << Qt::endl;
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
                                  "Without a command it opens the window, and imports the files named\n"
                                  "(lectern FILE...).\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1StringView(command.name), QLatin1StringView(command.arguments),
                         QLatin1StringView(command.description));
    text += QStringLiteral("\nEvery command takes --library FILE (default: $LECTERN_LIBRARY, else %1).\n"
                           "'lectern COMMAND --help' describes one command.\n")
                .arg(Library::defaultPath());
    return text;
}

// The arguments with everything that is not one of the command's options moved behind "--", in order, so
// that QCommandLineParser takes a query's "-word" as an argument. An unknown "--word" stays an option: a
// mistyped option is still an error.
QStringList dashedWordsAsArguments(const QStringList &arguments, const Command &command)
{
    QStringList takesValue{QStringLiteral("library"), QStringLiteral("format")};
    QStringList shortNames{QStringLiteral("h"), QStringLiteral("?")};
    for (const QCommandLineOption &option : command.options) {
        for (const QString &name : option.names()) {
            if (!option.valueName().isEmpty())
                takesValue.append(name);
            if (name.size() == 1)
                shortNames.append(name);
        }
    }
    QStringList options{arguments.first()};
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--") {
            positional += arguments.mid(i + 1);
            break;
        }
        const bool isLong = argument.startsWith(u"--");
        const bool isShort = !isLong && argument.startsWith(u'-') && shortNames.contains(argument.mid(1));
        if (!isLong && !isShort) {
            positional.append(argument);
            continue;
        }
        options.append(argument);
        const QString name = argument.mid(isLong ? 2 : 1);
        if (takesValue.contains(name) && i + 1 < arguments.size())
            options.append(arguments[++i]);
    }
    return options + QStringList{QStringLiteral("--")} + positional;
}

int runCommand(const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QLatin1StringView(command.description));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("library"), QStringLiteral("The library file to use."), QStringLiteral("FILE")});
    if (!command.formats.isEmpty())
        parser.addOption({QStringLiteral("format"),
                          (command.readsFormat ? QStringLiteral("Input format: %1.") : QStringLiteral("Output format: %1."))
                              .arg(command.formats.join(u'|')),
                          QStringLiteral("FORMAT"), command.formats.first()});
    parser.addOptions(command.options);
    if (command.argumentsEndOptions)
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (*command.arguments)
        parser.addPositionalArgument(QLatin1StringView(command.arguments), QString());

    QStringList commandArguments = arguments;
    commandArguments.removeAt(1); // the command name; the parser wants the program, then options
    if (command.dashedWordsAreArguments)
        commandArguments = dashedWordsAsArguments(commandArguments, command);
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
    const int status = command.run(context);
    if (status == Done && changesLibrary(command, context))
        afterChange(context);
    return status;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (findCommand(first) || first == u"--help" || first == u"-h" || first == u"help" || first == u"--version"
        || first == u"-v")
        return true;
    // Options (Qt's -platform, -style, ...) and files to open (the desktop file's %F) are for the window;
    // any other word is a mistyped command, which must fail with a usage error rather than open the window.
    return !first.startsWith(u'-') && !QFileInfo::exists(first);
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names.append(QLatin1StringView(command.name));
    return names;
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
