#include "gui/BackgroundReader.h"
#include "storage/Database.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Lectern;

// The reader behind every look-up the window makes in the background (the list's ids, its ranking and snippets,
// the sidebar's counts, related papers): a newer ticket stops the job running at its next SQLite step, skips the
// jobs still queued, and drops what an older job returns.
class TestBackgroundReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void aNewTicket_stopsTheRunningJobAtItsNextStep();
    void aNewTicket_skipsTheJobsQueuedBeforeIt();
    void aResultThatArrivesAfterANewTicket_isDropped();
    void aJobOfTheCurrentTicket_runsAndIsDone();

private:
    // A job that waits on the semaphore before it returns, so that jobs queued after it wait too.
    static void postGate(BackgroundReader &reader, QSemaphore &gate);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBackgroundReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("library.sqlite"));
    QVERIFY(Library::open(m_path)); // made, with its schema
}

void TestBackgroundReader::postGate(BackgroundReader &reader, QSemaphore &gate)
{
    reader.post<int>([&gate](Library &) {
        gate.acquire();
        return 0;
    }, [](int) {});
}

// A statement that never ends by itself: only the cancel check can stop it.
void TestBackgroundReader::aNewTicket_stopsTheRunningJobAtItsNextStep()
{
    BackgroundReader reader(m_path);
    QSemaphore started;
    QSemaphore ended;
    std::atomic<bool> giveUp = false; // so that a failing test ends rather than runs forever
    std::atomic<bool> cancelled = false;
    bool done = false;
    reader.post<int>(
        [&](Library &library) {
            Statement endless(library.db(), "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n");
            qint64 rows = 0;
            while (!giveUp && endless.step())
                if (++rows == 1000)
                    started.release();
            cancelled = endless.wasCancelled();
            ended.release();
            return 0;
        },
        [&](int) { done = true; });
    QVERIFY(started.tryAcquire(1, 60000));

    reader.newTicket();
    const bool stopped = ended.tryAcquire(1, 60000);
    giveUp = true;
    QVERIFY2(stopped, "the job ran on after the new ticket");
    QVERIFY(cancelled);
    QCoreApplication::processEvents();
    QVERIFY(!done);
}

void TestBackgroundReader::aNewTicket_skipsTheJobsQueuedBeforeIt()
{
    BackgroundReader reader(m_path);
    QSemaphore gate;
    postGate(reader, gate);
    std::atomic<bool> olderRan = false;
    bool olderDone = false;
    reader.post<int>([&](Library &) { olderRan = true; return 1; }, [&](int) { olderDone = true; });
    reader.newTicket();
    int newer = 0;
    reader.post<int>([](Library &) { return 2; }, [&](int result) { newer = result; });
    gate.release();

    QTRY_COMPARE(newer, 2);
    QVERIFY(!olderRan);
    QVERIFY(!olderDone);
}

// The job ended before the new ticket, and its result waits in the window's queue: it is not handed over.
void TestBackgroundReader::aResultThatArrivesAfterANewTicket_isDropped()
{
    BackgroundReader reader(m_path);
    QSemaphore finished;
    bool olderDone = false;
    reader.post<int>([](Library &) { return 1; }, [&](int) { olderDone = true; });
    reader.post<int>([&finished](Library &) { finished.release(); return 0; }, [](int) {});
    QVERIFY(finished.tryAcquire(1, 60000)); // the first job's result is queued to this thread, not yet handled
    reader.newTicket();
    int newer = 0;
    reader.post<int>([](Library &) { return 2; }, [&](int result) { newer = result; });

    QTRY_COMPARE(newer, 2);
    QVERIFY(!olderDone);
}

void TestBackgroundReader::aJobOfTheCurrentTicket_runsAndIsDone()
{
    BackgroundReader reader(m_path);
    qint64 papers = -1;
    reader.post<qint64>([](Library &library) {
        Statement count(library.db(), "SELECT count(*) FROM papers");
        return count.step() ? count.integer(0) : qint64(-2);
    }, [&](qint64 result) { papers = result; });
    QTRY_COMPARE(papers, qint64(0));
}

QTEST_MAIN(TestBackgroundReader)
#include "tst_backgroundreader.moc"
