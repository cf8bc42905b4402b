// lectern-synth: fills a library with deterministic synthetic papers, for benchmarks and for trying
// the window on a library of realistic size.

#include "library/Library.h"
#include "synth/SnapshotWriter.h"
#include "synth/SyntheticLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Lectern;

namespace {

void print(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-synth"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Adds N deterministic synthetic papers to a Lectern library, or writes "
                                                    "them as an arXiv metadata snapshot (JSON Lines)."));
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("The library file."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("How many papers."), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("The same seed gives the same papers."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption jsonlOption(QStringLiteral("jsonl"),
                                         QStringLiteral("Write the papers to FILE in the arXiv snapshot's shape instead."),
                                         QStringLiteral("FILE"));
    parser.addOptions({libraryOption, jsonlOption, countOption, seedOption});
    parser.process(app);

    bool countOk = false;
    bool seedOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (parser.isSet(libraryOption) == parser.isSet(jsonlOption) || !countOk || count < 0 || !seedOk) {
        print(QStringLiteral("usage: lectern-synth --library FILE|--jsonl FILE --count N [--seed S]  (N >= 0, S an "
                             "unsigned integer)"));
        return 2;
    }

    QElapsedTimer clock;
    clock.start();
    if (parser.isSet(jsonlOption)) {
        const auto written = Synth::writeSnapshot(parser.value(jsonlOption), count, seed, [&](int done) {
            print(QStringLiteral("lectern-synth: %1 of %2 records").arg(done).arg(count));
        });
        if (!written) {
            print(u"lectern-synth: " + written.error().toString());
            return 1;
        }
        print(QStringLiteral("lectern-synth: wrote %1 records in %2 s").arg(count).arg(clock.elapsed() / 1000.0, 0, 'f', 1));
        return 0;
    }
    auto library = Library::open(parser.value(libraryOption));
    if (!library) {
        print(u"lectern-synth: " + library.error().toString());
        return 1;
    }
    const auto summary = Synth::writeSyntheticPapers(**library, {count, seed}, [&clock](int done, int total) {
        print(QStringLiteral("lectern-synth: %1 of %2 papers (%3 s)").arg(done).arg(total).arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    });
    if (!summary) {
        print(u"lectern-synth: " + summary.error().toString());
        return 1;
    }
    print(QStringLiteral("lectern-synth: added %1 papers (%2 already there) in %3 s: %4 tagged with %5 tags, %6 rated, "
                         "%7 with notes")
              .arg(summary->added)
              .arg(summary->duplicates)
              .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
              .arg(summary->tagged)
              .arg(summary->tags)
              .arg(summary->rated)
              .arg(summary->noted));
    return 0;
}
