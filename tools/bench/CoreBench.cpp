// lectern-bench-core: how long the library's reads take on a large library. Prints figures; asserts
// nothing (timings depend on the machine).

#include "BenchQueries.h"
#include "Measure.h"

#include "export/KeptExportIndex.h"
#include "export/KeptExports.h"
#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "query/QuerySql.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <time.h>

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

void benchQueries(Library &library, int runs, bool explain, const Results &results)
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
        qsizetype matches = 0;
        const Timings find = timeRuns(runs, [&] { matches = findPapers(library, query).value().size(); });
        const Timings unranked = timeRuns(runs, [&] { findPapersUnranked(library, query); });
        const Timings count = timeRuns(runs, [&] { countPapers(library, query); });
        table.add(QStringList{QString::fromUtf16(named.what), text, QString::number(matches)} + figures(find)
                  + figures(unranked) + figures(count));
        results.add(u"core"_s, u"findPapers(%1)"_s.arg(text), u"ms"_s, find.ms);
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

void benchIds(Library &library, int runs, const Results &results)
{
    printLine(QStringLiteral("PaperStore::ids(sort): every paper's id, the unfiltered list:"));
    Table table({u"order"_s, u"median ms"_s, u"max"_s});
    PaperStore store(library);
    for (const PaperSort sort : {PaperSort::Added, PaperSort::Title, PaperSort::FirstAuthor, PaperSort::Published})
        for (const bool ascending : {true, false})
            table.add(QStringList{sortName(sort, ascending)}
                      + figures(timeRuns(runs, [&] { store.ids(sort, ascending); })));
    const Timings count = timeRuns(runs, [&] { store.count(); });
    table.add(QStringList{u"count()"_s} + figures(count));
    results.add(u"core"_s, u"PaperStore::ids(), every paper's id, added ↓"_s, u"ms"_s,
                timeRuns(runs, [&] { store.ids(PaperSort::Added, false); }).ms);
    results.add(u"core"_s, u"PaperStore::count()"_s, u"ms"_s, count.ms);
    table.print();
}

void benchWindowReads(Library &library, int runs, const Results &results)
{
    printLine(QStringLiteral("What the window reads besides the ids:"));
    Table table({u"read"_s, u"median ms"_s, u"max"_s});
    const auto add = [&](const QString &read, const Timings &timings) {
        table.add(QStringList{read} + figures(timings));
        results.add(u"core"_s, read, u"ms"_s, timings.ms);
    };
    PaperStore store(library);
    const QList<qint64> ids = store.ids();
    for (const qsizetype start : {qsizetype(0), ids.size() / 2, std::max(ids.size() - ListPage, qsizetype(0))})
        add(QStringLiteral("rows() of a page of %1 at row %2").arg(ListPage).arg(start),
            timeRuns(runs, [&] { store.rows(ids.mid(start, ListPage)); }));
    add(u"paper(id) for the reader"_s, timeRuns(runs, [&] { store.paper(ids.value(ids.size() / 3)); }));
    const Query query = Query::parse(QStringLiteral("graph neural"));
    const QList<qint64> matches = findPapers(library, query, {}, SnippetRows).value();
    add(QStringLiteral("snippet() for %1 rows of \"graph neural\"").arg(matches.size()), timeRuns(runs, [&] {
            for (const qint64 id : matches)
                snippet(library, query, id, u"<b>"_s, u"</b>"_s);
        }));
    // Different papers, as the reader moves through the list: each has its own distinctive words.
    qsizetype next = 0;
    add(u"relatedPapers() of a paper, 10 of them"_s,
        timeRuns(runs, [&] { relatedPapers(library, ids.value((++next * 7919) % ids.size())); }));
    // As the window does: the words' counts kept from one paper to the next (here from the one before).
    WordCounts counts;
    relatedPapers(library, ids.value(0), 10, &counts);
    add(u"relatedPapers(), with the word counts of earlier look-ups"_s,
        timeRuns(runs, [&] { relatedPapers(library, ids.value((++next * 7919) % ids.size()), 10, &counts); }));
    add(u"TagStore::summaries() (a tag sidebar)"_s, timeRuns(runs, [&] { TagStore(library).summaries(); }));
    add(u"AnnotationStore::statusCounts()"_s, timeRuns(runs, [&] { AnnotationStore(library).statusCounts(); }));
    table.print();
}

// The CPU time this process has used, user and system: on a shared machine, what a run cost apart from the wait.
double cpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return time.tv_sec * 1000.0 + time.tv_nsec / 1e6;
}

// A whole library tied as BibTeX with its tags and notes (lectern export --all --format bib --fields tags,notes -o F
// --keep-updated): the rewrite after one paper's note is edited, made whole (its index removed first, as for a file
// edited outside) and from what changed. Each run edits another paper; the edit's own time is not counted.
void benchKeptExport(Library &library, const QString &folder, int runs)
{
    KeptExport kept;
    kept.path = folder + QStringLiteral("/library.bib");
    kept.format = QStringLiteral("bib");
    kept.fields = QStringLiteral("tags,notes");
    KeptExportStore store(library);
    if (auto s = store.keep(kept); !s) {
        printLine(u"cannot tie the file: "_s + s.error().message);
        return;
    }
    store.refresh();
    const QList<qint64> ids = PaperStore(library).ids();
    AnnotationStore annotations(library);
    qsizetype next = 0;
    qsizetype made = 0;
    const auto editOne = [&] {
        const qint64 id = ids.value((++next * 7919) % ids.size());
        annotations.setNote(id, QStringLiteral("Benchmark note %1.").arg(next));
    };
    const QString index = KeptExportIndex::pathFor(library.path(), kept.path);
    Timings whole;
    Timings incremental;
    Timings wholeCpu;
    Timings incrementalCpu;
    // Alternating, so that both see the same load.
    for (int run = 0; run < runs; ++run) {
        editOne();
        QFile::remove(index);
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuMs();
        made = store.refresh().entriesMade;
        whole.ms.append(msSince(timer));
        wholeCpu.ms.append(cpuMs() - cpu);
        editOne();
        timer.restart();
        cpu = cpuMs();
        const KeptExportStore::Refresh refresh = store.refresh();
        incremental.ms.append(msSince(timer));
        incrementalCpu.ms.append(cpuMs() - cpu);
        if (refresh.entriesMade != 1 || refresh.written.size() != 1)
            printLine(QStringLiteral("unexpected: %1 entries made, %2 files written").arg(refresh.entriesMade).arg(refresh.written.size()));
    }
    printLine(QStringLiteral("KeptExportStore::refresh() of the whole library tied as BibTeX (fields tags,notes; %1 papers, "
                             "a file of %2 MB) after one paper's note was edited:")
                  .arg(made)
                  .arg(QFileInfo(kept.path).size() / 1e6, 0, 'f', 1));
    Table table({u"rewrite"_s, u"min ms"_s, u"median ms"_s, u"max ms"_s, u"CPU min ms"_s, u"CPU median"_s, u"CPU max"_s});
    const auto row = [](const QString &what, const Timings &wall, const Timings &cpu) {
        return QStringList{what, ms(wall.min()), ms(wall.median()), ms(wall.max()), ms(cpu.min()), ms(cpu.median()), ms(cpu.max())};
    };
    table.add(row(u"whole (every entry made, as before)"_s, whole, wholeCpu));
    table.add(row(u"from what changed (1 entry made, the others copied)"_s, incremental, incrementalCpu));
    table.print();
    QFile::remove(index); // in the cache folder, outside the temporary one
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
    const QCommandLineOption keptOption(QStringLiteral("kept-export"),
                                        QStringLiteral("Only time the rewrite of a file kept up to date with the whole "
                                                       "library, on a copy of the library (the file given is not "
                                                       "changed)."));
    parser.addOptions({libraryOption, runsOption, explainOption, keptOption});
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    if (!parser.isSet(libraryOption) || runs < 1) {
        printLine(QStringLiteral("usage: lectern-bench-core --library FILE [--runs N] [--explain | --kept-export]"));
        return 2;
    }
    // The kept export writes (the file's tie, notes): on a copy, in a folder of its own.
    QTemporaryDir folder;
    QString libraryPath = parser.value(libraryOption);
    if (parser.isSet(keptOption)) {
        const QString copy = folder.filePath(QFileInfo(libraryPath).fileName());
        if (!QFile::copy(libraryPath, copy)) {
            printLine(u"lectern-bench-core: cannot copy the library to "_s + copy);
            return 1;
        }
        libraryPath = copy;
    }

    QElapsedTimer opening;
    opening.start();
    auto library = Library::open(libraryPath);
    if (!library) {
        printLine(u"lectern-bench-core: "_s + library.error().toString());
        return 1;
    }
    const double openMs = msSince(opening);
    const Results results(u"core"_s, PaperStore(**library).count());
    results.addFact(u"SQLite"_s, sqliteVersion(**library));
    results.add(u"core"_s, u"Library::open()"_s, u"ms"_s, {openMs});
    printLine(QStringLiteral("library %1: %2 papers; opened in %3 ms; SQLite %4; %5 runs each, times in ms; %6")
                  .arg((*library)->path())
                  .arg(PaperStore(**library).count())
                  .arg(ms(openMs), sqliteVersion(**library))
                  .arg(runs)
                  .arg(machineLoad()));
    printLine();
    if (parser.isSet(keptOption)) {
        benchKeptExport(**library, folder.path(), runs);
        return 0;
    }
    benchQueries(**library, runs, parser.isSet(explainOption), results);
    printLine();
    benchSortedQueries(**library, runs);
    printLine();
    benchIds(**library, runs, results);
    printLine();
    benchWindowReads(**library, runs, results);
    return 0;
}
