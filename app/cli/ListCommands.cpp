#include "cli/Command.h"

#include "export/ExportFile.h"
#include "export/KeptExports.h"
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
const QString KeepUpdatedOption = QStringLiteral("keep-updated");
const QString RemoveOption = QStringLiteral("remove");

// What the export's options name: exactly one of --list, --query and --all (checked before).
KeptExport keptExport(const Context &context)
{
    const QCommandLineParser &parser = context.parser;
    KeptExport kept;
    kept.path = parser.value(OutputOption);
    kept.format = context.format();
    kept.fields = parser.value(FieldsOption);
    kept.latexAscii = parser.isSet(AsciiOption);
    if (parser.isSet(ListOption)) {
        kept.scope = KeptExport::Scope::List;
        kept.source = parser.value(ListOption);
    } else if (parser.isSet(QueryOption)) {
        kept.scope = KeptExport::Scope::Query;
        kept.source = parser.value(QueryOption);
    }
    return kept;
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
    if (parser.isSet(KeepUpdatedOption) && !parser.isSet(OutputOption))
        return QStringLiteral("--keep-updated needs the file to keep: -o FILE");
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
    const KeptExport kept = keptExport(context);
    const auto selection = exportSelection(*library, kept.scope, kept.source);
    if (!selection)
        return context.failure(selection.error().toString());
    if (context.format() != LecternJsonFormat)
        warnAboutLostFields(context, *exporterNamed(context.format()), *options);
    // Written as the papers are read, a batch at a time: a whole library's export never holds all of them.
    if (!context.parser.isSet(OutputOption)) {
        const Status written = writeExport(*library, kept, *selection, out());
        out() << Qt::flush;
        return written ? Done : context.failure(written.error().toString());
    }
    const auto write = [&](QTextStream &file) { return writeExport(*library, kept, *selection, file); };
    if (auto written = writeExportFile(kept.path, write); !written)
        return context.failure(written.error().toString());
    out() << "exported " << selection->ids.size() << " papers to " << kept.path << Qt::endl;
    if (context.parser.isSet(KeepUpdatedOption)) {
        if (auto s = KeptExportStore(*library).keep(kept); !s)
            return context.failure(s.error().toString());
        out() << "kept up to date: Lectern rewrites it after each change to what it exports" << Qt::endl;
    }
    return Done;
}

int exportsCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument '%1'").arg(context.positional().first()));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    KeptExportStore store(*library);
    if (context.parser.isSet(RemoveOption)) {
        if (auto s = store.remove(context.parser.value(RemoveOption)); !s)
            return context.failure(s.error().toString());
        out() << "no longer kept up to date: " << context.parser.value(RemoveOption) << " (the file stays)" << Qt::endl;
        return Done;
    }
    for (const KeptExport &kept : store.all())
        out() << kept.path << '\t' << kept.format << '\t' << scopeName(kept.scope)
              << (kept.source.isEmpty() ? QString() : u' ' + kept.source) << '\n';
    out() << Qt::flush;
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
        {KeepUpdatedOption, QStringLiteral("Keep FILE up to date: Lectern (the window and the command line) rewrites it "
                                           "after every change to what it exports.")},
    };
    return {
        {"export", "", "Write a reading list, a smart list, a query's papers or the whole library in a file format.",
         exporterNames() << LecternJsonFormat, exportCommand, exportOptions},
        {"exports", "", "Show the export files kept up to date (export --keep-updated), or stop keeping one.", {},
         exportsCommand,
         {{RemoveOption, QStringLiteral("Stop keeping FILE up to date (the file stays as it is)."), QStringLiteral("FILE")}}},
        {"lists", "", "Show the reading lists and smart lists with the number of papers in each.",
         {QStringLiteral("text"), QStringLiteral("json")}, listsCommand},
        {"list-add", "NAME ID...", "Add papers to the end of a reading list, creating the list if there is none of that name.",
         {}, listAddCommand},
    };
}

} // namespace Lectern::CommandLine
