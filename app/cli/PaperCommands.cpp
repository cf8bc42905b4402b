#include "cli/Command.h"

#include "export/JsonArrayWriter.h"
#include "import/FileImport.h"
#include "library/DuplicateKeys.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"
#include "query/Query.h"
#include "text/PaperText.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <csignal>
#include <functional>

namespace Lectern::CommandLine {

namespace {

QString tsvField(QString text)
{
    return text.replace(u'\t', u' ').replace(u'\n', u' ');
}

void printTextRow(const PaperRow &row)
{
    // One line per paper, whatever the title holds.
    out() << qSetFieldWidth(6) << Qt::right << row.id << qSetFieldWidth(0) << Qt::left << "  "
          << PaperText::singleLine(row.title) << '\n';
}

// Papers are read and printed a batch at a time, so that a list of the whole library never holds all of them.
constexpr qsizetype PrintBatch = 500;

void forEachBatch(const QList<qint64> &ids, const std::function<void(const QList<qint64> &)> &print)
{
    for (qsizetype start = 0; start < ids.size(); start += PrintBatch)
        print(ids.mid(start, PrintBatch));
}

void printPapers(PaperStore &store, const QList<qint64> &ids, const QString &format)
{
    if (format == u"json") {
        JsonArrayWriter array(out());
        forEachBatch(ids, [&](const QList<qint64> &batch) {
            for (const Paper &paper : store.papers(batch))
                array.append(paperToJson(paper));
        });
        array.finish();
        return;
    }
    if (format == u"tsv")
        out() << "id\ttitle\tfirst_author\tpublished\n";
    forEachBatch(ids, [&](const QList<qint64> &batch) {
        for (const PaperRow &row : store.rows(batch)) {
            if (format == u"tsv")
                out() << row.id << '\t' << tsvField(row.title) << '\t' << tsvField(row.firstAuthor) << '\t'
                      << tsvField(row.published) << '\n';
            else
                printTextRow(row);
        }
    });
}

// Under each paper, where the words matched, the matches in [brackets].
void printSearchResults(Library &library, const Query &query, const QList<qint64> &ids)
{
    PaperStore store(library);
    forEachBatch(ids, [&](const QList<qint64> &batch) {
        const QHash<qint64, QString> matched = snippets(library, query, batch, QStringLiteral("["), QStringLiteral("]"));
        for (const PaperRow &row : store.rows(batch)) {
            printTextRow(row);
            out() << "        " << matched.value(row.id).simplified() << '\n';
        }
    });
}

// The query and a caret line under its mistake, below the message.
QString queryErrorText(const Query &query)
{
    const QueryError &error = *query.error();
    QString caret;
    for (int i = 0; i < error.position && i < query.text().size(); ++i)
        caret += query.text()[i] == u'\t' ? u'\t' : u' ';
    caret += QString(error.length, u'^');
    return error.message + QStringLiteral("\n  ") + query.text() + QStringLiteral("\n  ") + caret;
}

// Set by SIGINT during an import, which then stops and changes nothing.
volatile std::sig_atomic_t interrupted = 0;

void interrupt(int)
{
    interrupted = 1;
}

ImportOptions importOptions(const Context &context)
{
    ImportOptions options;
    if (context.format() != u"auto")
        options.format = context.format();
    options.skipInvalid = context.parser.isSet(QStringLiteral("skip-invalid"));
    options.keywordTags = !context.parser.isSet(QStringLiteral("no-keyword-tags"));
    options.categoryTags = context.parser.isSet(QStringLiteral("category-tags"));
    options.updateDuplicates = !context.parser.isSet(QStringLiteral("no-update"));
    return options;
}

// "importing a.bib: 42%" on stderr when it is a terminal, rewritten in place.
ImportProgressFunction terminalProgress(const QString &name)
{
    if (!isTerminal(stderr))
        return [](const ImportProgress &) { return !interrupted; };
    return [name, last = -1](const ImportProgress &progress) mutable {
        const int percent = progress.bytesTotal > 0 ? int(progress.bytesRead * 100 / progress.bytesTotal) : -1;
        if (percent != last) {
            last = percent;
            err() << "\rimporting " << name << ": "
                  << (percent >= 0 ? QString::number(percent) + u'%' : QString::number(progress.records)) << Qt::flush;
        }
        return !interrupted;
    };
}

void printImport(const QString &name, const FileImportResult &result)
{
    for (const Duplicate &duplicate : result.added.duplicates) {
        // "preprint of" pairs an arXiv preprint with its published version, whichever came first.
        const QString reason = duplicate.reason == duplicateReasonName(DuplicateReason::PreprintOf)
            ? QStringLiteral("preprint and published version") : QStringLiteral("same ") + duplicate.reason;
        out() << "duplicate (" << reason
              << (duplicate.existingId ? QStringLiteral(" as #%1").arg(duplicate.existingId) : QStringLiteral(" twice in the file"))
              << "): " << duplicate.title << '\n';
        if (!duplicate.filled.isEmpty())
            out() << "updated #" << duplicate.existingId << ": filled in " << duplicate.filled.join(QStringLiteral(", "))
                  << '\n';
    }
    for (const Error &skipped : result.skipped)
        err() << "lectern: left out: " << skipped.toString() << '\n';
    for (const Error &warning : result.warnings)
        err() << "lectern: warning: " << warning.toString() << '\n';
    if (result.windows1252Lines > 0)
        err() << "lectern: " << name << ": " << result.windows1252Lines
              << " lines were not UTF-8 and were read as windows-1252" << '\n';
}

// How messages name an input: its path, or "standard input" for -.
QString inputName(const QString &file)
{
    return file == u"-" ? QStringLiteral("standard input") : file;
}

Expected<FileImportResult> importOne(Library &library, const QString &file, const ImportOptions &options)
{
    const QString name = inputName(file);
    const ImportProgressFunction progress = terminalProgress(name);
    Expected<FileImportResult> result = Error{};
    if (file == u"-") {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Error{input.errorString(), name};
        result = importDevice(library, input, name, name, options, progress);
    } else {
        result = importFile(library, file, options, progress);
    }
    if (isTerminal(stderr))
        err() << "\r\033[K" << Qt::flush; // the progress line goes
    return result;
}

int importCommand(Context &context)
{
    const QStringList files = context.positional();
    if (files.isEmpty())
        return context.usageError(QStringLiteral("name at least one file to import, or - for standard input"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const ImportOptions options = importOptions(context);
    interrupted = 0;
    const auto previous = std::signal(SIGINT, interrupt);
    int imported = 0;
    int skipped = 0;
    int updated = 0;
    bool failed = false;
    for (const QString &file : files) {
        if (interrupted)
            break;
        const auto result = importOne(*library, file, options);
        if (!result) {
            err() << "lectern: " << result.error().toString() << Qt::endl;
            failed = true;
            continue;
        }
        printImport(file, *result);
        // Per file: its format, imported, skipped as duplicates, updated, left out, warnings.
        out() << describeImport(inputName(file), *result) << '\n';
        imported += result->added.added;
        skipped += int(result->added.duplicates.size());
        updated += result->added.updated;
    }
    std::signal(SIGINT, previous);
    // The totals of several files; one file's line says them already. Scripts read "imported N, skipped M
    // duplicates" (or "1 duplicate"); what was updated follows it when there is any.
    if (files.size() > 1) {
        out() << "imported " << imported << ", skipped " << skipped << (skipped == 1 ? " duplicate" : " duplicates");
        if (updated > 0)
            out() << ", updated " << updated;
        out() << Qt::endl;
    }
    return failed || interrupted ? Failed : Done;
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

const QString RankOption = QStringLiteral("rank");
// Matches that search --limit ranks at most, the newest: a word in most papers of a large library is ranked
// in some tens of milliseconds among them (bm25, about a microsecond a match), all of a million in most of a second.
constexpr int DefaultRankedAtMost = 20'000;

// --rank's value: a number of matches, or -1 for "all".
Expected<int> rankedAtMost(const Context &context)
{
    if (!context.parser.isSet(RankOption))
        return DefaultRankedAtMost;
    const QString value = context.parser.value(RankOption);
    if (value == u"all")
        return -1;
    bool valid = false;
    const int rank = value.toInt(&valid);
    if (!valid || rank < 1)
        return Error{QStringLiteral("--rank takes a positive number or 'all'")};
    return rank;
}

int searchCommand(Context &context)
{
    // The query is the arguments, or --query's value as 'lectern export' takes it: a script can pass it as one.
    const bool queryOption = context.parser.isSet(QStringLiteral("query"));
    if (queryOption && !context.positional().isEmpty())
        return context.usageError(QStringLiteral("give the query as arguments or with --query, not both"));
    const Query query = Query::parse(queryOption ? context.parser.value(QStringLiteral("query"))
                                                 : context.positional().join(u' '));
    if (query.isEmpty())
        return context.usageError(QStringLiteral("give a query: words, \"a phrase\", field:value (see --help)"));
    if (!query.isValid())
        return context.usageError(queryErrorText(query));
    bool validLimit = true;
    const int limit = context.parser.isSet(QStringLiteral("limit"))
        ? context.parser.value(QStringLiteral("limit")).toInt(&validLimit) : -1;
    if (!validLimit || (context.parser.isSet(QStringLiteral("limit")) && limit < 1)) {
        return context.usageError(QStringLiteral("--limit takes a positive number"));
    }
    const auto rank = rankedAtMost(context);
    if (!rank)
        return context.usageError(rank.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    // Without --limit every match is printed, and ranking them all costs less than printing them.
    const int maxToRank = limit < 0 || *rank < 0 ? -1 : std::max(*rank, limit);
    const auto best = findBestPapers(*library, query, limit, maxToRank);
    if (!best)
        return context.failure(best.error().message);
    if (best->rankedOnly > 0)
        err() << "lectern search: more than " << best->rankedOnly << " papers match: these are the best of the "
              << best->rankedOnly << " added last (--rank all ranks every match)" << Qt::endl;
    if (context.format() == u"text" && query.hasWords()) {
        printSearchResults(*library, query, best->ids);
    } else {
        PaperStore store(*library);
        printPapers(store, best->ids, context.format());
    }
    return Done;
}

// What the reader has done with the paper, under its data: the same things the window shows.
void printAnnotationsText(const Paper &paper)
{
    out() << "status: " << statusName(paper.status) << "\n";
    if (paper.rating > 0)
        out() << "rating: " << paper.rating << "\n";
    if (!paper.tags.isEmpty())
        out() << "tags: " << paper.tags.join(QStringLiteral(", ")) << "\n";
    for (const Highlight &highlight : paper.highlights) {
        out() << "highlight: \"" << highlight.quote.simplified() << "\" " << highlight.color;
        if (!highlight.comment.isEmpty())
            out() << " - " << highlight.comment;
        if (highlight.orphaned)
            out() << " (no longer in the abstract)";
        out() << "\n";
    }
    if (!paper.note.isEmpty())
        out() << "\nnote:\n" << paper.note << (paper.note.endsWith(u'\n') ? "" : "\n");
}

void printPaperText(const Paper &paper)
{
    out() << paper.title << "\n";
    if (!paper.authors.isEmpty())
        out() << paper.authorNames().join(QStringLiteral(", ")) << "\n";
    out() << "\n" << paper.abstract << "\n\n";
    for (const Link &link : paper.links)
        out() << (link.kind == Link::Kind::Code ? "code: " : "link: ") << link.url << "\n";
    if (!paper.published.isEmpty())
        out() << "published: " << paper.published << "\n";
    if (!paper.arxivId.isEmpty())
        out() << "arXiv: " << paper.arxivId << "\n";
    if (!paper.doi.isEmpty())
        out() << "DOI: " << paper.doi << "\n";
    if (!paper.citationKey.isEmpty())
        out() << "key: " << paper.citationKey << "\n";
    out() << "id: " << paper.id << "\n";
    out() << "added: " << paper.added.toLocalTime().toString(Qt::ISODate) << "\n";
    if (!paper.sourceFile.isEmpty())
        out() << "source: " << paper.sourceFile << "\n";
    printAnnotationsText(paper);
}

int showCommand(Context &context)
{
    bool isNumber = false;
    const qint64 id = context.positional().value(0).toLongLong(&isNumber);
    if (context.positional().size() != 1 || !isNumber) {
        return context.usageError(QStringLiteral("give one paper id (a number, as 'lectern list' shows)"));
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto paper = PaperStore(*library).paper(id);
    if (!paper)
        return context.failure(QStringLiteral("no paper has the id %1").arg(id));
    if (context.format() == u"json")
        out() << QJsonDocument(paperToJson(*paper)).toJson(QJsonDocument::Indented);
    else
        printPaperText(*paper);
    if (context.format() != u"json" && PaperTrash(*library).contains(id))
        out() << "in the Trash (lectern trash --restore " << id << " brings it back)" << Qt::endl;
    return Done;
}

QStringList importFormats()
{
    QStringList names{QStringLiteral("auto")};
    for (const Format &format : formats())
        names.append(QString::fromLatin1(format.name));
    return names;
}

} // namespace

QList<Command> paperCommands()
{
    const QStringList listFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("tsv")};
    return {
        {"import", "FILE...|-",
         "Import papers from files (- reads standard input) in any format Lectern reads, recognised from the "
         "content; prints for each file its format, how many were added, which were duplicates and any warnings, "
         "then the totals. A duplicate of a paper already in the "
         "library fills that paper's empty fields (never one the user edited, its tags or note) and counts as "
         "updated. A file with an error adds nothing.",
         importFormats(), importCommand,
         {{QStringLiteral("skip-invalid"), QStringLiteral("Import the valid records of a file and list the others.")},
          {QStringLiteral("no-keyword-tags"), QStringLiteral("Do not make a record's keywords into tags.")},
          {QStringLiteral("category-tags"), QStringLiteral("Make arXiv categories into tags (arxiv/cs.LG).")},
          {QStringLiteral("no-update"), QStringLiteral("Only skip duplicates: do not fill in the empty fields of the "
                                                       "papers they duplicate.")}},
         false, false, true},
        {"list", "", "List every paper in the library.", listFormats, listCommand},
        {"search", "QUERY...",
         "Find papers: words, \"phrases\", prefix*, title: author: abstract: note: tag: status: rating:>=4 "
         "year:2019..2021 added:<7d has:note|highlight|link|code arxiv: doi: list:, OR, -word, (groups).",
         listFormats, searchCommand,
         {{QStringLiteral("limit"), QStringLiteral("Show at most N papers."), QStringLiteral("N")},
          {RankOption,
           QStringLiteral("With --limit, when more than N papers match, show the best of the N added last (and say so "
                          "on stderr); 'all' ranks every match. Default %1.").arg(DefaultRankedAtMost),
           QStringLiteral("N|all")},
          {QStringLiteral("query"), QStringLiteral("The query, instead of the arguments."), QStringLiteral("QUERY")}},
         false, true},
        {"show", "ID", "Show one paper in full.", {QStringLiteral("text"), QStringLiteral("json")}, showCommand},
    };
}

} // namespace Lectern::CommandLine
