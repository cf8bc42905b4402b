#include "cli/CommandLine.h"

#include "cli/PaperJson.h"
#include "import/FileImport.h"
#include "library/Library.h"
#include "library/PaperStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace Lectern::CommandLine {

namespace {

enum ExitStatus { Done = 0, Failed = 1, Usage = 2 };

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

// What every subcommand gets: its parsed options and the way to the library.
struct Context
{
    QCommandLineParser &parser;

    QStringList positional() const { return parser.positionalArguments(); }
    QString format() const { return parser.value(QStringLiteral("format")); }

    std::unique_ptr<Library> openLibrary() const
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
};

struct Command
{
    const char *name;
    const char *arguments;   // for the synopsis
    const char *description;
    QStringList formats;     // accepted --format values, first is the default; empty: no --format
    std::function<int(Context &)> run;
    QList<QCommandLineOption> options = {}; // beyond --library, --format and --help
};

QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

void printPapers(PaperStore &store, const QList<qint64> &ids, const QString &format)
{
    if (format == u"json") {
        QJsonArray array;
        for (const qint64 id : ids)
            if (const auto paper = store.paper(id))
                array.append(paperToJson(*paper));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    if (format == u"tsv")
        out() << "id\ttitle\tfirst_author\tpublished\n";
    for (const PaperRow &row : store.rows(ids)) {
        if (format == u"tsv")
            out() << row.id << '\t' << tsvField(row.title) << '\t' << tsvField(row.firstAuthor) << '\t'
                  << tsvField(row.published) << '\n';
        else
            out() << qSetFieldWidth(6) << Qt::right << row.id << qSetFieldWidth(0) << Qt::left << "  " << row.title
                  << '\n';
    }
}

int importCommand(Context &context)
{
    const QStringList files = context.positional();
    if (files.isEmpty()) {
        err() << "lectern import: name at least one file to import" << Qt::endl;
        return Usage;
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    int imported = 0;
    int skipped = 0;
    bool failed = false;
    for (const QString &file : files) {
        const auto result = importFile(*library, file);
        if (!result) {
            err() << "lectern: " << result.error().toString() << Qt::endl;
            failed = true;
            continue;
        }
        imported += result->added.added;
        skipped += int(result->added.duplicates.size());
        for (const Duplicate &duplicate : result->added.duplicates)
            out() << "duplicate (same " << duplicate.reason << (duplicate.existingId ? QStringLiteral(" as #%1").arg(duplicate.existingId) : QStringLiteral(" twice in the file"))
                  << "): " << duplicate.title << '\n';
    }
    out() << "imported " << imported << ", skipped " << skipped << " duplicates" << Qt::endl;
    return failed ? Failed : Done;
}

int listCommand(Context &context)
{
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    PaperStore store(*library);
    printPapers(store, store.ids(), context.format());
    return Done;
}

int searchCommand(Context &context)
{
    const QString query = context.positional().join(u' ');
    if (query.trimmed().isEmpty()) {
        err() << "lectern search: give the words to search for" << Qt::endl;
        return Usage;
    }
    bool validLimit = true;
    const int limit = context.parser.isSet(QStringLiteral("limit"))
        ? context.parser.value(QStringLiteral("limit")).toInt(&validLimit) : -1;
    if (!validLimit || (context.parser.isSet(QStringLiteral("limit")) && limit < 1)) {
        err() << "lectern search: --limit takes a positive number" << Qt::endl;
        return Usage;
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    PaperStore store(*library);
    printPapers(store, store.search(query, limit), context.format());
    return Done;
}

void printPaperText(const Paper &paper)
{
    out() << paper.title << "\n";
    if (!paper.authors.isEmpty())
        out() << paper.authors.join(QStringLiteral(", ")) << "\n";
    out() << "\n" << paper.abstract << "\n\n";
    for (const Link &link : paper.links)
        out() << (link.kind == Link::Kind::Code ? "code: " : "link: ") << link.url << "\n";
    if (!paper.published.isEmpty())
        out() << "published: " << paper.published << "\n";
    if (!paper.arxivId.isEmpty())
        out() << "arXiv: " << paper.arxivId << "\n";
    if (!paper.doi.isEmpty())
        out() << "DOI: " << paper.doi << "\n";
    out() << "id: " << paper.id << "\n";
    out() << "added: " << paper.added.toLocalTime().toString(Qt::ISODate) << "\n";
    if (!paper.sourceFile.isEmpty())
        out() << "source: " << paper.sourceFile << "\n";
}

int showCommand(Context &context)
{
    bool isNumber = false;
    const qint64 id = context.positional().value(0).toLongLong(&isNumber);
    if (context.positional().size() != 1 || !isNumber) {
        err() << "lectern show: give one paper id (a number, as 'lectern list' shows)" << Qt::endl;
        return Usage;
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto paper = PaperStore(*library).paper(id);
    if (!paper) {
        err() << "lectern show: no paper has the id " << id << Qt::endl;
        return Failed;
    }
    if (context.format() == u"json")
        out() << QJsonDocument(paperToJson(*paper)).toJson(QJsonDocument::Indented);
    else
        printPaperText(*paper);
    return Done;
}

const QList<Command> &commands()
{
    static const QStringList listFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("tsv")};
    static const QList<Command> all{
        {"import", "FILE...", "Import papers from files; prints how many were added and which were duplicates.", {},
         importCommand},
        {"list", "", "List every paper in the library.", listFormats, listCommand},
        {"search", "QUERY", "Find papers whose text holds every word of QUERY (word* matches a prefix).", listFormats,
         searchCommand, {{QStringLiteral("limit"), QStringLiteral("Show at most N papers."), QStringLiteral("N")}}},
        {"show", "ID", "Show one paper in full.", {QStringLiteral("text"), QStringLiteral("json")}, showCommand},
    };
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
    Context context{parser};
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
