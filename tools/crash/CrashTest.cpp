// lectern-crash-test: starts real lectern processes on one library (imports, tags, notes, statuses, list
// edits, exports), kills them with SIGKILL at random moments, sometimes while another import holds the write
// lock, and after every kill checks what a user is promised:
//   the file is whole (PRAGMA integrity_check, FTS5's integrity-check);
//   every write that reported success is there, no write that reported failure is;
//   an import is all of its file or none of it;
//   an export file is the old one or a whole new one.
// Prints one line per finding and a closing "N passed, M failed"; exits 1 when anything failed.

#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>

using namespace Lectern;

namespace {

void say(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

enum class Outcome { Succeeded, Failed, Killed };

struct Run
{
    Outcome outcome = Outcome::Killed;
    QString err;
};

class CrashTest
{
public:
    CrashTest(QString lectern, quint64 seed) : m_lectern(std::move(lectern)), m_random(seed) {}

    bool prepare();
    void round(int number);
    int failures() const { return m_failures; }
    // How the processes of the rounds ended: killed, exited 0, exited with an error.
    QString outcomes() const
    {
        return QStringLiteral("%1 killed, %2 succeeded, %3 failed cleanly").arg(m_killed).arg(m_succeeded).arg(m_failedCleanly);
    }
    int checks() const { return m_checks; }

private:
    QString libraryPath() const { return m_dir.filePath(QStringLiteral("library.sqlite")); }
    QString writeImportFile(const QString &marker, int count);
    QProcess *start(const QStringList &arguments);
    Run finish(QProcess *process, int killAfterMs);
    void check(bool ok, const QString &what);
    qint64 papersMarked(Library &library, const QString &marker);

    void roundImport(int number, int killAfterMs);
    void roundAnnotation(int number, int killAfterMs);
    void roundExport(int number, int killAfterMs, bool othersWrite);
    void checkWhole(Library &library);

    QTemporaryDir m_dir;
    QString m_lectern;
    QRandomGenerator m_random;
    QList<qint64> m_ids;
    int m_failures = 0;
    int m_checks = 0;
    int m_killed = 0;
    int m_succeeded = 0;
    int m_failedCleanly = 0;
};

bool CrashTest::prepare()
{
    QProcess *process = start({QStringLiteral("import"), writeImportFile(QStringLiteral("seed"), 50)});
    if (finish(process, -1).outcome != Outcome::Succeeded)
        return false;
    auto library = Library::open(libraryPath());
    if (!library)
        return false;
    m_ids = PaperStore(**library).ids();
    return m_ids.size() == 50;
}

// Daily-papers text: titles made unique by the marker, so that an import's papers can be counted.
QString CrashTest::writeImportFile(const QString &marker, int count)
{
    const QString path = m_dir.filePath(marker + QStringLiteral(".txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray text = "Jun 13\n\n";
    for (int i = 0; i < count; ++i)
        text += (QStringLiteral("Paper %1 of %2 on crash safety\n\nAn abstract of paper %1 that says a little about "
                                "writes, locks and what survives a kill.\n\n")
                     .arg(i)
                     .arg(marker))
                    .toUtf8();
    file.write(text);
    return path;
}

QProcess *CrashTest::start(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->start(m_lectern, QStringList{arguments.first(), QStringLiteral("--library"), libraryPath()}
                                  + arguments.mid(1));
    process->waitForStarted();
    return process;
}

// Waits for the process, killing it after killAfterMs (never when negative).
Run CrashTest::finish(QProcess *process, int killAfterMs)
{
    Run run;
    if (killAfterMs >= 0 && !process->waitForFinished(killAfterMs)) {
        ::kill(pid_t(process->processId()), SIGKILL);
        process->waitForFinished(-1);
        run.outcome = Outcome::Killed;
    } else {
        process->waitForFinished(-1);
        const bool normal = process->exitStatus() == QProcess::NormalExit;
        run.outcome = normal && process->exitCode() == 0 ? Outcome::Succeeded
                      : normal                           ? Outcome::Failed
                                                         : Outcome::Killed;
    }
    run.err = QString::fromUtf8(process->readAllStandardError());
    delete process;
    ++(run.outcome == Outcome::Killed ? m_killed : run.outcome == Outcome::Succeeded ? m_succeeded : m_failedCleanly);
    return run;
}

void CrashTest::check(bool ok, const QString &what)
{
    ++m_checks;
    if (ok)
        return;
    ++m_failures;
    say(QStringLiteral("FAILED: ") + what);
}

qint64 CrashTest::papersMarked(Library &library, const QString &marker)
{
    const auto found = findPapersUnranked(library, Query::parse(QStringLiteral("title:%1").arg(marker)));
    return found ? found->size() : -1;
}

void CrashTest::checkWhole(Library &library)
{
    // FTS5's check wants the write lock, which the lock holder's import may keep for seconds.
    library.db().setLockWait(120'000);
    const QStringList damage = library.damage();
    check(damage.isEmpty(), QStringLiteral("the library is damaged: ") + damage.join(QStringLiteral("; ")));
}

void CrashTest::round(int number)
{
    // A second process holding the write lock for a while: the one killed is often waiting for it.
    QProcess *holder = nullptr;
    const QString holderMarker = QStringLiteral("holder%1").arg(number);
    if (m_random.bounded(4) == 0)
        holder = start({QStringLiteral("import"), writeImportFile(holderMarker, 3000)});
    const int killAfterMs = int(m_random.bounded(20, holder ? 1500 : 700));
    switch (m_random.bounded(3)) {
    case 0:
        roundImport(number, killAfterMs);
        break;
    case 1:
        roundAnnotation(number, killAfterMs);
        break;
    default:
        roundExport(number, killAfterMs, holder != nullptr);
        break;
    }
    if (!holder)
        return;
    const Run held = finish(holder, -1);
    auto library = Library::open(libraryPath());
    check(bool(library), QStringLiteral("the library does not open after round %1").arg(number));
    if (!library)
        return;
    const qint64 imported = papersMarked(**library, holderMarker);
    check(held.outcome == Outcome::Succeeded ? imported == 3000 : imported == 0,
          QStringLiteral("round %1: the lock holder's import reported %2 and stored %3 of 3000 papers (%4)")
              .arg(number).arg(int(held.outcome)).arg(imported).arg(held.err.trimmed()));
}

void CrashTest::roundImport(int number, int killAfterMs)
{
    const QString marker = QStringLiteral("import%1").arg(number);
    const int count = int(m_random.bounded(100, 2000));
    const Run run = finish(start({QStringLiteral("import"), writeImportFile(marker, count)}), killAfterMs);
    auto library = Library::open(libraryPath());
    check(bool(library), QStringLiteral("round %1: the library does not open after a killed import").arg(number));
    if (!library)
        return;
    const qint64 stored = papersMarked(**library, marker);
    const bool allOrNothing = run.outcome == Outcome::Succeeded ? stored == count
                              : run.outcome == Outcome::Failed  ? stored == 0
                                                                : stored == 0 || stored == count;
    check(allOrNothing, QStringLiteral("round %1: an import that %2 stored %3 of %4 papers (%5)")
                            .arg(number)
                            .arg(run.outcome == Outcome::Succeeded ? u"succeeded" : run.outcome == Outcome::Failed ? u"failed" : u"was killed")
                            .arg(stored).arg(count).arg(run.err.trimmed()));
    checkWhole(**library);
}

// A tag, a note, a status or a list membership on one of the seed papers; each is new in its round, so
// whether it is there says whether the write happened.
void CrashTest::roundAnnotation(int number, int killAfterMs)
{
    const qint64 id = m_ids[int(m_random.bounded(qsizetype(m_ids.size())))];
    const QString mark = QStringLiteral("r%1").arg(number);
    const int kind = int(m_random.bounded(4));
    QStringList arguments;
    switch (kind) {
    case 0:
        arguments = {QStringLiteral("tag"), QString::number(id), u'+' + mark};
        break;
    case 1:
        arguments = {QStringLiteral("note"), QString::number(id), QStringLiteral("--set"), QStringLiteral("note of ") + mark};
        break;
    case 2:
        arguments = {QStringLiteral("status"), QString::number(id), number % 2 ? QStringLiteral("read") : QStringLiteral("skipped")};
        break;
    default:
        arguments = {QStringLiteral("list-add"), mark, QString::number(id)};
        break;
    }
    QString before;
    {
        auto library = Library::open(libraryPath());
        if (library && kind == 2)
            before = statusName(PaperStore(**library).paper(id)->status);
    }
    const Run run = finish(start(arguments), killAfterMs);
    auto library = Library::open(libraryPath());
    check(bool(library), QStringLiteral("round %1: the library does not open after a killed %2").arg(number).arg(arguments.first()));
    if (!library)
        return;
    bool present = false;
    switch (kind) {
    case 0:
        present = TagStore(**library).tagsOf(id).contains(mark);
        break;
    case 1:
        present = AnnotationStore(**library).note(id).value() == QStringLiteral("note of ") + mark;
        break;
    case 2:
        present = statusName(PaperStore(**library).paper(id)->status) == arguments.last();
        if (before == arguments.last())
            present = run.outcome != Outcome::Failed; // nothing to change: only a failure must leave no trace
        break;
    default:
    {
        const auto listed = findPapersUnranked(**library, Query::parse(QStringLiteral("list:%1").arg(mark)));
        present = listed && listed->contains(id);
    }
        break;
    }
    if (run.outcome == Outcome::Succeeded)
        check(present, QStringLiteral("round %1: '%2' reported success, yet its change is missing").arg(number).arg(arguments.join(u' ')));
    if (run.outcome == Outcome::Failed)
        check(!present, QStringLiteral("round %1: '%2' reported failure (%3), yet its change is stored")
                            .arg(number).arg(arguments.join(u' '), run.err.trimmed()));
    checkWhole(**library);
}

// othersWrite: the lock holder's import may commit between the export and the count, which is then no check.
void CrashTest::roundExport(int number, int killAfterMs, bool othersWrite)
{
    const QString target = m_dir.filePath(QStringLiteral("export.json"));
    const QByteArray before = [&] {
        QFile file(target);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run run = finish(start({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                                  QStringLiteral("csljson"), QStringLiteral("-o"), target}),
                           killAfterMs);
    QFile file(target);
    const QByteArray after = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(after, &error);
    const bool whole = after == before || (error.error == QJsonParseError::NoError && document.isArray());
    check(whole, QStringLiteral("round %1: the export file is neither the old one nor a whole new one").arg(number));
    if (run.outcome == Outcome::Succeeded && !othersWrite) {
        auto library = Library::open(libraryPath());
        check(library && document.array().size() == PaperStore(**library).count(),
              QStringLiteral("round %1: a successful export holds %2 papers").arg(number).arg(document.array().size()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kills real lectern processes at random moments and checks the library."));
    parser.addHelpOption();
    const QCommandLineOption lecternOption(QStringLiteral("lectern"), QStringLiteral("The lectern executable."), QStringLiteral("FILE"));
    const QCommandLineOption killsOption(QStringLiteral("kills"), QStringLiteral("How many rounds."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default: the time)."), QStringLiteral("S"));
    parser.addOptions({lecternOption, killsOption, seedOption});
    parser.process(app);
    if (!parser.isSet(lecternOption)) {
        say(QStringLiteral("usage: lectern-crash-test --lectern FILE [--kills N] [--seed S]"));
        return 2;
    }
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong()
                                                  : quint64(QDateTime::currentMSecsSinceEpoch());
    const int rounds = parser.value(killsOption).toInt();
    say(QStringLiteral("crash test: %1 rounds, seed %2").arg(rounds).arg(seed));

    CrashTest test(parser.value(lecternOption), seed);
    if (!test.prepare()) {
        say(QStringLiteral("FAILED: the seed library could not be made"));
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rounds; ++i)
        test.round(i);
    say(QStringLiteral("crash test: %1 rounds in %2 s; processes: %3")
            .arg(rounds)
            .arg(clock.elapsed() / 1000.0, 0, 'f', 1)
            .arg(test.outcomes()));
    say(QStringLiteral("%1 passed, %2 failed").arg(test.checks() - test.failures()).arg(test.failures()));
    return test.failures() == 0 ? 0 : 1;
}
