// lectern-bench-core: how long the library's reads take on a large library. Prints figures; asserts
// nothing (timings depend on the machine).

#include "BenchQueries.h"
#include "Measure.h"

#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "query/QuerySql.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Lectern;
using namespace Lectern::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int SnippetRows = 50;
constexpr int ListPage = 200; // PaperListModel reads the rows a page of 200 at a time

QStringList figures(const Timings &timings)
{
    return {ms(timings.median()), ms(timings.max())};
}

QString sortName(PaperSort sort, bool ascending)
{
    static const char16_t *const names[] = {u"added", u"title", u"first author", u"published"};
    return QString::fromUtf16(names[int(sort)]) + (ascending ? u" ↑"_s : u" ↓"_s);
}

QString sqliteVersion(Library &library)
{
    Statement version(library.db(), "SELECT sqlite_version()");
    return version.step() ? version.text(0) : QString();
}

void printPlan(Library &library, const Query &query)
{
    const SqlQuery sql = QuerySql::findPapers(query.root(), {}, -1);
    Statement plan(library.db(), QByteArray("EXPLAIN QUERY PLAN " + sql.sql.toUtf8()).constData());
    sql.bindTo(plan);
    while (plan.step())
        printLine(u"    plan: " + plan.text(3));
}

void benchQueries(Library &library, int runs, bool explain)
{
    printLine(QStringLiteral("findPapers(library, Query::parse(q)), findPapersUnranked (what the list shows first when many "
                             "papers match) and countPapers; natural order (best match first with words, else added); "
                             "all ids:"));
    Table table({u"query"_s, u"text"_s, u"results"_s, u"find median ms"_s, u"find max"_s,
                 u"unranked median ms"_s, u"unranked max"_s, u"count median ms"_s, u"count max"_s});
    for (const NamedQuery &named : TypicalQueries) {
        const QString text = QString::fromUtf16(named.text);
        const Query query = Query::parse(text);
        if (!query.isValid()) {
            table.add({QString::fromUtf16(named.what), text, u"invalid: "_s + query.error()->message});
            continue;
        }
        qsizetype results = 0;
        const Timings find = timeRuns(runs, [&] { results = findPapers(library, query).value().size(); });
        const Timings unranked = timeRuns(runs, [&] { findPapersUnranked(library, query); });
        const Timings count = timeRuns(runs, [&] { countPapers(library, query); });
        table.add(QStringList{QString::fromUtf16(named.what), text, QString::number(results)} + figures(find)
                  + figures(unranked) + figures(count));
        if (explain)
            printPlan(library, query);
    }
    table.print();
}

void benchSortedQueries(Library &library, int runs)
{
    printLine(QStringLiteral("findPapers with a column order (the list sorted by a header while searching):"));
    Table table({u"query"_s, u"order"_s, u"median ms"_s, u"max"_s});
    for (const char16_t *text : {u"learning", u"tag:ml"}) {
        const Query query = Query::parse(QString::fromUtf16(text));
        for (const PaperSort sort : {PaperSort::Title, PaperSort::Published})
            table.add(QStringList{QString::fromUtf16(text), sortName(sort, true)}
                      + figures(timeRuns(runs, [&] { findPapers(library, query, {sort, true, false}); })));
    }
    table.print();
}

void benchIds(Library &library, int runs)
{
    printLine(QStringLiteral("PaperStore::ids(sort): every paper's id, the unfiltered list:"));
    Table table({u"order"_s, u"median ms"_s, u"max"_s});
    PaperStore store(library);
    for (const PaperSort sort : {PaperSort::Added, PaperSort::Title, PaperSort::FirstAuthor, PaperSort::Published})
        for (const bool ascending : {true, false})
            table.add(QStringList{sortName(sort, ascending)}
                      + figures(timeRuns(runs, [&] { store.ids(sort, ascending); })));
    table.add(QStringList{u"count()"_s} + figures(timeRuns(runs, [&] { store.count(); })));
    table.print();
}

void benchWindowReads(Library &library, int runs)
{
    printLine(QStringLiteral("What the window reads besides the ids:"));
    Table table({u"read"_s, u"median ms"_s, u"max"_s});
    PaperStore store(library);
    const QList<qint64> ids = store.ids();
    for (const qsizetype start : {qsizetype(0), ids.size() / 2, std::max(ids.size() - ListPage, qsizetype(0))})
        table.add(QStringList{QStringLiteral("rows() of a page of %1 at row %2").arg(ListPage).arg(start)}
                  + figures(timeRuns(runs, [&] { store.rows(ids.mid(start, ListPage)); })));
    table.add(QStringList{u"paper(id) for the reader"_s}
              + figures(timeRuns(runs, [&] { store.paper(ids.value(ids.size() / 3)); })));
    const Query query = Query::parse(QStringLiteral("graph neural"));
    const QList<qint64> matches = findPapers(library, query, {}, SnippetRows).value();
    table.add(QStringList{QStringLiteral("snippet() for %1 rows of \"graph neural\"").arg(matches.size())}
              + figures(timeRuns(runs, [&] {
                    for (const qint64 id : matches)
                        snippet(library, query, id, u"<b>"_s, u"</b>"_s);
                })));
    // Different papers, as the reader moves through the list: each has its own distinctive words.
    qsizetype next = 0;
    table.add(QStringList{u"relatedPapers() of a paper, 10 of them"_s}
              + figures(timeRuns(runs, [&] { relatedPapers(library, ids.value((++next * 7919) % ids.size())); })));
    // As the window does: the words' counts kept from one paper to the next (here from the one before).
    WordCounts counts;
    relatedPapers(library, ids.value(0), 10, &counts);
    table.add(QStringList{u"relatedPapers(), with the word counts of earlier look-ups"_s}
              + figures(timeRuns(runs, [&] { relatedPapers(library, ids.value((++next * 7919) % ids.size()), 10, &counts); })));
    table.add(QStringList{u"TagStore::summaries() (a tag sidebar)"_s}
              + figures(timeRuns(runs, [&] { TagStore(library).summaries(); })));
    table.add(QStringList{u"AnnotationStore::statusCounts()"_s}
              + figures(timeRuns(runs, [&] { AnnotationStore(library).statusCounts(); })));
    table.print();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the library's queries; prints figures, asserts nothing."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("The library file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each query."),
                                        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption explainOption(QStringLiteral("explain"), QStringLiteral("Print each query's plan."));
    parser.addOptions({libraryOption, runsOption, explainOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (!parser.isSet(libraryOption) || runs < 1) {
        printLine(QStringLiteral("usage: lectern-bench-core --library FILE [--runs N] [--explain]"));
        return 2;
    }

    QElapsedTimer opening;
    opening.start();
    auto library = Library::open(parser.value(libraryOption));
    if (!library) {
        printLine(u"lectern-bench-core: "_s + library.error().toString());
        return 1;
    }
    printLine(QStringLiteral("library %1: %2 papers; opened in %3 ms; SQLite %4; %5 runs each, times in ms; %6")
                  .arg((*library)->path())
                  .arg(PaperStore(**library).count())
                  .arg(ms(msSince(opening)), sqliteVersion(**library))
                  .arg(runs)
                  .arg(machineLoad()));
    printLine();
    benchQueries(**library, runs, parser.isSet(explainOption));
    printLine();
    benchSortedQueries(**library, runs);
    printLine();
    benchIds(**library, runs);
    printLine();
    benchWindowReads(**library, runs);
    return 0;
}
