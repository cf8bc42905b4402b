#include "cli/Command.h"

#include "export/ExportFile.h"
#include "export/Exporter.h"
#include "export/LecternJson.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "query/Query.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::CommandLine {

namespace {

const QString LecternJsonFormat = QStringLiteral("lectern-json");

const QString ListOption = QStringLiteral("list");
const QString QueryOption = QStringLiteral("query");
const QString AllOption = QStringLiteral("all");
const QString OutputOption = QStringLiteral("output");
const QString FieldsOption = QStringLiteral("fields");
const QString AsciiOption = QStringLiteral("ascii");

// The papers an export writes, in their order, and what the document is called.
struct ExportSource
{
    QList<qint64> ids;
    QString title;
};

// The papers the query finds, under that title; or why there are none to export.
Expected<ExportSource> querySource(Library &library, const QString &query, const QString &title)
{
    auto ids = findPapers(library, Query::parse(query));
    if (!ids)
        return ids.error();
    return ExportSource{std::move(*ids), title};
}

// A reading list by that name, else a smart list (its papers as its query finds them now).
Expected<ExportSource> namedListSource(Library &library, const QString &name)
{
    ReadingListStore readingLists(library);
    if (const auto list = readingLists.find(name))
        return ExportSource{readingLists.paperIds(list->id), list->name};
    if (const auto list = SmartListStore(library).find(name)) {
        auto source = querySource(library, list->query, list->name);
        if (!source)
            return Error{QStringLiteral("the smart list \"%1\": %2").arg(list->name, source.error().message)};
        return source;
    }
    return Error{QStringLiteral("no reading list or smart list is named \"%1\" ('lectern lists' shows them)").arg(name)};
}

Expected<ExportSource> exportSource(Library &library, const QCommandLineParser &parser)
{
    if (parser.isSet(ListOption))
        return namedListSource(library, parser.value(ListOption));
    if (parser.isSet(QueryOption))
        return querySource(library, parser.value(QueryOption), parser.value(QueryOption));
    return ExportSource{PaperStore(library).ids(), QStringLiteral("All papers")};
}

// The arguments' mistakes, found before the library is opened; empty when there are none.
QString exportArgumentsError(const Context &context)
{
    const QCommandLineParser &parser = context.parser;
    if (!context.positional().isEmpty())
        return QStringLiteral("unexpected argument '%1'").arg(context.positional().first());
    const int sources = int(parser.isSet(ListOption)) + int(parser.isSet(QueryOption)) + int(parser.isSet(AllOption));
    if (sources != 1)
        return QStringLiteral("say what to export with exactly one of --list NAME, --query QUERY and --all");
    if (parser.isSet(QueryOption)) {
        const Query query = Query::parse(parser.value(QueryOption));
        if (!query.isValid())
            return QStringLiteral("--query is not valid at character %1: %2")
                .arg(query.error()->position + 1)
                .arg(query.error()->message);
    }
    return {};
}

void warnAboutLostFields(const Context &context, const Exporter &exporter, const ExportOptions &options)
{
    const QStringList lost = fieldNames(unsupportedFields(exporter, options));
    if (!lost.isEmpty())
        err() << "lectern " << context.command << ": warning: " << exporter.displayName() << " has no place for "
              << lost.join(QStringLiteral(", ")) << "; the export leaves them out" << Qt::endl;
}

int exportCommand(Context &context)
{
    if (const QString error = exportArgumentsError(context); !error.isEmpty())
        return context.usageError(error);
    auto options = fieldsFromNames(context.parser.value(FieldsOption));
    if (!options)
        return context.usageError(QStringLiteral("--fields: ") + options.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto source = exportSource(*library, context.parser);
    if (!source)
        return context.failure(source.error().toString());
    options->title = source->title;
    options->latexAscii = context.parser.isSet(AsciiOption);
    QString text;
    qsizetype count = source->ids.size();
    // Lectern JSON carries everything, fields and lists alike: --fields does not apply to it.
    if (context.format() == LecternJsonFormat) {
        text = writeLecternJson(*library, source->ids);
    } else {
        const Exporter &exporter = *exporterNamed(context.format());
        warnAboutLostFields(context, exporter, *options);
        const QList<Paper> papers = papersForExport(*library, source->ids);
        count = papers.size();
        text = exporter.write(papers, *options);
    }
    if (!context.parser.isSet(OutputOption)) {
        out() << text << Qt::flush;
        return Done;
    }
    const QString path = context.parser.value(OutputOption);
    if (auto written = writeExportFile(path, text); !written)
        return context.failure(written.error().toString());
    out() << "exported " << count << " papers to " << path << Qt::endl;
    return Done;
}

QJsonObject listsToJson(const QList<ReadingList> &readingLists, const QList<SmartListCount> &smartLists)
{
    QJsonArray reading;
    for (const ReadingList &list : readingLists)
        reading.append(QJsonObject{{QStringLiteral("id"), list.id},
                                   {QStringLiteral("name"), list.name},
                                   {QStringLiteral("count"), list.count}});
    QJsonArray smart;
    for (const SmartListCount &entry : smartLists)
        smart.append(QJsonObject{{QStringLiteral("id"), entry.list.id},
                                 {QStringLiteral("name"), entry.list.name},
                                 {QStringLiteral("query"), entry.list.query},
                                 {QStringLiteral("count"), entry.count < 0 ? QJsonValue() : QJsonValue(entry.count)}});
    return {{QStringLiteral("reading_lists"), reading}, {QStringLiteral("smart_lists"), smart}};
}

void printListsText(const QList<ReadingList> &readingLists, const QList<SmartListCount> &smartLists)
{
    out() << "Reading lists:" << (readingLists.isEmpty() ? " none" : "") << '\n';
    for (const ReadingList &list : readingLists)
        out() << qSetFieldWidth(6) << Qt::right << list.count << qSetFieldWidth(0) << Qt::left << "  " << list.name
              << '\n';
    out() << "Smart lists:" << (smartLists.isEmpty() ? " none" : "") << '\n';
    for (const SmartListCount &entry : smartLists)
        out() << qSetFieldWidth(6) << Qt::right << (entry.count < 0 ? QStringLiteral("?") : QString::number(entry.count))
              << qSetFieldWidth(0) << Qt::left << "  " << entry.list.name << "  (" << entry.list.query << ")\n";
    out() << Qt::flush;
}

int listsCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument '%1'").arg(context.positional().first()));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const QList<ReadingList> readingLists = ReadingListStore(*library).lists();
    const QList<SmartListCount> smartLists = SmartListStore(*library).listsWithCounts();
    if (context.format() == u"json")
        out() << QJsonDocument(listsToJson(readingLists, smartLists)).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printListsText(readingLists, smartLists);
    return Done;
}

int listAddCommand(Context &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() < 2)
        return context.usageError(QStringLiteral("give the list's name and at least one paper id"));
    const auto ids = paperIds(arguments.mid(1));
    if (!ids)
        return context.usageError(ids.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const QString name = arguments.first().trimmed();
    const auto result = ReadingListStore(*library).addPapersToNamedList(name, *ids);
    if (!result)
        return context.failure(result.error().toString());
    if (result->created)
        out() << "created the reading list \"" << name << "\"\n";
    out() << "added " << result->added << " papers to \"" << name << '"';
    if (result->alreadyThere)
        out() << " (" << result->alreadyThere << " already there)";
    out() << Qt::endl;
    return Done;
}

} // namespace

QList<Command> listCommands()
{
    const QList<QCommandLineOption> exportOptions{
        {ListOption, QStringLiteral("Export the reading list (else the smart list) of this name, in its order."),
         QStringLiteral("NAME")},
        {QueryOption, QStringLiteral("Export the papers this query finds."), QStringLiteral("QUERY")},
        {AllOption, QStringLiteral("Export every paper in the library.")},
        {{QStringLiteral("o"), OutputOption},
         QStringLiteral("Write to FILE (replaced only once the export is complete) rather than to stdout."),
         QStringLiteral("FILE")},
        {FieldsOption,
         QStringLiteral("Also export these of the reader's fields, comma-separated: %1.")
             .arg(fieldNames(ExportOptions::allFields()).join(u',')),
         QStringLiteral("FIELDS")},
        {AsciiOption, QStringLiteral("BibTeX: write non-ASCII letters as LaTeX commands ({\\\"o}), for an 8-bit BibTeX.")},
    };
    return {
        {"export", "", "Write a reading list, a smart list, a query's papers or the whole library in a file format.",
         exporterNames() << LecternJsonFormat, exportCommand, exportOptions},
        {"lists", "", "Show the reading lists and smart lists with the number of papers in each.",
         {QStringLiteral("text"), QStringLiteral("json")}, listsCommand},
        {"list-add", "NAME ID...", "Add papers to the end of a reading list, creating the list if there is none of that name.",
         {}, listAddCommand},
    };
}

} // namespace Lectern::CommandLine
