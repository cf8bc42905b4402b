#include "cli/Command.h"

#include "cli/PaperJson.h"
#include "import/FileImport.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "query/Query.h"
#include "text/PaperText.h"

#include <QJsonArray>
#include <QJsonDocument>

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
            printTextRow(row);
    }
}

// Under each paper, where the words matched, the matches in [brackets].
void printSearchResults(Library &library, const Query &query, const QList<qint64> &ids)
{
    const QHash<qint64, QString> matched = snippets(library, query, ids, QStringLiteral("["), QStringLiteral("]"));
    for (const PaperRow &row : PaperStore(library).rows(ids)) {
        printTextRow(row);
        out() << "        " << matched.value(row.id).simplified() << '\n';
    }
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

int importCommand(Context &context)
{
    const QStringList files = context.positional();
    if (files.isEmpty()) {
        return context.usageError(QStringLiteral("name at least one file to import"));
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
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto ids = findPapers(*library, query, {}, limit);
    if (!ids)
        return context.failure(ids.error().message);
    if (context.format() == u"text" && query.hasWords()) {
        printSearchResults(*library, query, *ids);
    } else {
        PaperStore store(*library);
        printPapers(store, *ids, context.format());
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
    return Done;
}

} // namespace

QList<Command> paperCommands()
{
    const QStringList listFormats{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("tsv")};
    return {
        {"import", "FILE...", "Import papers from files; prints how many were added and which were duplicates.", {},
         importCommand},
        {"list", "", "List every paper in the library.", listFormats, listCommand},
        {"search", "QUERY...",
         "Find papers: words, \"phrases\", prefix*, title: author: abstract: note: tag: status: rating:>=4 "
         "year:2019..2021 added:<7d has:note|highlight|link|code arxiv: doi: list:, OR, -word, (groups).",
         listFormats, searchCommand,
         {{QStringLiteral("limit"), QStringLiteral("Show at most N papers."), QStringLiteral("N")},
          {QStringLiteral("query"), QStringLiteral("The query, instead of the arguments."), QStringLiteral("QUERY")}},
         false, true},
        {"show", "ID", "Show one paper in full.", {QStringLiteral("text"), QStringLiteral("json")}, showCommand},
    };
}

} // namespace Lectern::CommandLine
