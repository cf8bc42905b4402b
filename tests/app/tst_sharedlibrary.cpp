// One library, two processes: this test's own connection (as the window holds one) and the real lectern
// command line beside it. Writes wait for each other rather than fail half-done, and nothing this process
// does with the library's files outside SQLite can make the command line believe it is alone.

#include "import/FileImport.h"
#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "TestKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestSharedLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void commandLineWrite_whileThisProcessHoldsTheLockPastTheOldWait_waitsAndSucceeds();
    void filesOpenedAndClosedBesideTheLibrary_keepItsLocks();
    void writeRefusedForBusy_namesTheProgramThatHoldsTheLock();

private:
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    QStringList lecternArguments(const QStringList &arguments) const
    {
        return QStringList{arguments.first(), u"--library"_s, libraryPath()} + arguments.mid(1);
    }
    bool lecternSucceeds(const QStringList &arguments, QString *out = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_paperId = 0;
};

void TestSharedLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(libraryPath());
    QVERIFY(library);
    m_library = std::move(*library);
    const auto imported = importFile(*m_library, QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt"));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    m_paperId = imported->added.addedIds.first();
}

void TestSharedLibrary::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

bool TestSharedLibrary::lecternSucceeds(const QStringList &arguments, QString *out)
{
    const CommandResult result = runLectern(libraryPath(), arguments);
    if (result.exitCode != 0)
        qWarning("lectern %s: %s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
    if (out)
        *out = result.out;
    return result.exitCode == 0;
}

void TestSharedLibrary::commandLineWrite_whileThisProcessHoldsTheLockPastTheOldWait_waitsAndSucceeds()
{
    // Longer than the 5 s a write used to wait before it went on without its transaction.
    constexpr int HoldMs = 6500;
    auto holder = std::make_unique<Transaction>(m_library->db());
    QVERIFY(*holder);
    QProcess tag;
    tag.start(QStringLiteral(LECTERN_BINARY), lecternArguments({u"tag"_s, QString::number(m_paperId), u"+waited"_s}));
    QVERIFY(tag.waitForStarted());
    QElapsedTimer held;
    held.start();
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += tag.readAllStandardError()).contains("waiting for the library"), 15000);
    // The one that holds the lock is named: this test program, by its name and pid (read from /proc).
    const QByteArray named = QStringLiteral("tst_sharedlibrary (pid %1) is writing to it")
                                 .arg(QCoreApplication::applicationPid()).toUtf8();
    QVERIFY2(said.contains(named), said.constData());
    QVERIFY2(tag.state() == QProcess::Running, "the command gave up while the lock was held");
    QTest::qWait(std::max(0, int(HoldMs - held.elapsed())));
    QVERIFY2(tag.state() == QProcess::Running, "the command gave up while the lock was held");
    holder.reset();

    QVERIFY(tag.waitForFinished(30000));
    QVERIFY2(tag.exitCode() == 0, QByteArray(said + tag.readAllStandardError()).constData());
    QCOMPARE(TagStore(*m_library).tagsOf(m_paperId), QStringList{u"waited"_s});
}

void TestSharedLibrary::filesOpenedAndClosedBesideTheLibrary_keepItsLocks()
{
    // This process's connection has written, so the WAL holds changes and the shared memory indexes them.
    QVERIFY(AnnotationStore(*m_library).setRating(m_paperId, 4));
    QVERIFY(QFile::exists(libraryPath() + u"-wal"_s));

    // What a file dialog's icon look-up or an import of the wrong file does: open, read, close.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile file(libraryPath() + suffix);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QVERIFY(!file.read(16).isEmpty());
    }

    // A command-line write, and its connection's close: alone, it would checkpoint and delete the WAL.
    QVERIFY(lecternSucceeds({u"tag"_s, QString::number(m_paperId), u"+shared"_s}));
    QVERIFY2(QFile::exists(libraryPath() + u"-wal"_s), "the command line deleted the WAL of an open library");

    // Each side sees the other's writes, before and after.
    QCOMPARE(TagStore(*m_library).tagsOf(m_paperId), QStringList{u"shared"_s});
    QVERIFY(AnnotationStore(*m_library).setStatus({m_paperId}, ReadingStatus::Read));
    QString shown;
    QVERIFY(lecternSucceeds({u"show"_s, QString::number(m_paperId), u"--format"_s, u"json"_s}, &shown));
    const QJsonObject paper = QJsonDocument::fromJson(shown.toUtf8()).object();
    QCOMPARE(paper[u"rating"_s].toInt(), 4);
    QCOMPARE(paper[u"status"_s].toString(), u"read"_s);

    m_library.reset();
    auto reopened = Library::open(libraryPath());
    QVERIFY(reopened);
    Statement check((*reopened)->db(), "PRAGMA integrity_check");
    QVERIFY(check.step());
    QCOMPARE(check.text(0), u"ok"_s);
    QCOMPARE(TagStore(**reopened).tagsOf(m_paperId), QStringList{u"shared"_s});
}

void TestSharedLibrary::writeRefusedForBusy_namesTheProgramThatHoldsTheLock()
{
    // Another program, with SQLite's own POSIX locks (Lectern's are open-file-description locks, which
    // commandLineWrite_... covers): Python's sqlite3 module, in the build environment for the consumer tests.
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed: the build environment (tools/setup-env) installs it");
    QProcess holder;
    holder.start(python, {u"-c"_s, u"import sqlite3, sys, time\n"
                                   "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                   "db.execute('BEGIN IMMEDIATE')\n"
                                   "print('held', flush=True)\n"
                                   "sys.stdin.read()\n"_s,
                                 libraryPath()});
    QVERIFY(holder.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += holder.readAllStandardOutput()).contains("held"), 10000);
    const qint64 pythonPid = holder.processId();

    m_library->db().setLockWait(200);
    const auto edit = TagStore(*m_library).edit({m_paperId}, {u"refused"_s});
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(!edit);
    const QString message = edit.error().message;
    QVERIFY2(message.contains(u"busy"_s) && message.contains(u"python3 -c"_s), qPrintable(message));
    QVERIFY2(message.contains(u"(pid %1)"_s.arg(pythonPid)), qPrintable(message));
    QVERIFY(TagStore(*m_library).tagsOf(m_paperId).isEmpty());
}

QTEST_GUILESS_MAIN(TestSharedLibrary)
#include "tst_sharedlibrary.moc"
