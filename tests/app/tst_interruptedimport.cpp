// An import is all of its file or none of it, also when it spans several transactions (PaperImport commits every
// BatchSize papers): a real 'lectern import' killed with SIGKILL after its first batch landed leaves papers that
// the next open removes, and one stopped with SIGINT removes them itself.

#include "library/Library.h"
#include "library/PaperImport.h"
#include "library/PaperStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "TestKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

// More papers than two batches, so that the import is still running after its first commit.
constexpr int PaperCount = PaperImport::BatchSize * 2 + 5000;

// How many of the indexes a large import drops (Schema::readingIndexes) the file has.
qint64 readingIndexes(Database &db)
{
    qint64 count = 0;
    Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?");
    for (const Schema::Index &index : Schema::readingIndexes()) {
        count += exists.bind(1, QString::fromLatin1(index.name)).step() ? 1 : 0;
        exists.reset();
    }
    return count;
}

qint64 readingIndexes(const QString &library)
{
    auto db = Database::open(library, Access::ReadOnly);
    return db ? readingIndexes(**db) : -1;
}

qint64 storedPapers(const QString &library)
{
    auto db = Database::open(library, Access::ReadOnly);
    return db ? integerOf(**db, "SELECT count(*) FROM papers") : -1;
}

} // namespace

class TestInterruptedImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void killedImport_isRemovedByTheNextOpen();
    void interruptedImport_removesWhatItStored();
    void largeImport_makesTheIndexesItDroppedAgain();
    void import_givesTheConnectionItsSettingsBack();

private:
    // Starts 'lectern import' of the big file and returns once its first batch is in the library.
    bool startImportAndWaitForABatch(QProcess &process);
    QString m_bigFile;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
};

void TestInterruptedImport::initTestCase()
{
    static QTemporaryDir files;
    QVERIFY(files.isValid());
    m_bigFile = files.filePath(u"big.txt"_s);
    QFile file(m_bigFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Abstracts of a kilobyte, as real ones: the file is large enough for the import to drop the reading indexes.
    const QString sentences = QStringLiteral("It has many sentences, all alike, as long as a real abstract. ").repeated(16);
    for (int i = 0; i < PaperCount; ++i)
        file.write(QStringLiteral("Paper number %1 of the big list\n\nAn abstract of paper %1. %2\n\n")
                       .arg(i)
                       .arg(sentences)
                       .toUtf8());
    QVERIFY(file.size() / 1000 > PaperImport::LargeImport);
}

void TestInterruptedImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = m_dir->filePath(u"library.sqlite"_s);
    auto library = Library::open(m_library);
    QVERIFY(library);
    QVERIFY(PaperStore(**library).add({paperTitled(u"Before the import"_s)}, u"a.txt"_s, u"test"_s));
}

bool TestInterruptedImport::startImportAndWaitForABatch(QProcess &process)
{
    process.start(QStringLiteral(LECTERN_BINARY), {u"import"_s, u"--library"_s, m_library, m_bigFile});
    if (!process.waitForStarted())
        return false;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 120000 && process.state() == QProcess::Running) {
        if (storedPapers(m_library) > 1)
            return true;
        QTest::qWait(5);
    }
    return false;
}

void TestInterruptedImport::killedImport_isRemovedByTheNextOpen()
{
    QProcess process;
    QVERIFY2(startImportAndWaitForABatch(process), "the import did not commit a batch while it ran");
    process.kill();
    QVERIFY(process.waitForFinished());
    // The killed import's batch is in the file, without the indexes it dropped: the next open mends both.
    QVERIFY(storedPapers(m_library) > 1);
    QCOMPARE(readingIndexes(m_library), qint64(0));

    auto library = Library::open(m_library);
    QVERIFY(library);
    QCOMPARE(PaperStore(**library).count(), 1);
    QCOMPARE(integerOf((*library)->db(), "SELECT count(*) FROM imports WHERE state = 'running'"), qint64(0));
    // The pages, and the full-text index against the papers: every committed batch was indexed.
    QCOMPARE((*library)->damage(), QStringList());
    QCOMPARE(readingIndexes((*library)->db()), qint64(Schema::readingIndexes().size()));
}

void TestInterruptedImport::interruptedImport_removesWhatItStored()
{
    QProcess process;
    QVERIFY2(startImportAndWaitForABatch(process), "the import did not commit a batch while it ran");
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(process.readAllStandardError().contains("cancelled"), "no word of the cancel");
    QCOMPARE(storedPapers(m_library), qint64(1));
    QCOMPARE(readingIndexes(m_library), qint64(Schema::readingIndexes().size()));
}

void TestInterruptedImport::largeImport_makesTheIndexesItDroppedAgain()
{
    auto library = Library::open(m_library);
    QVERIFY(library);
    Database &db = (*library)->db();
    // The list is the schema's: the steps made each of them with the SQL the import makes them with again.
    Statement sql(db, "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
    for (const Schema::Index &index : Schema::readingIndexes()) {
        QVERIFY2(sql.bind(1, QString::fromLatin1(index.name)).step(), index.name);
        QCOMPARE(sql.text(0), QString::fromLatin1(index.sql));
        sql.reset();
    }
    {
        // A small import into a library of any size keeps them.
        auto small = PaperImport::begin(**library, u"small.txt"_s, u"test"_s, PaperImport::LargeImport - 1);
        QVERIFY(small);
        QCOMPARE(readingIndexes(db), qint64(Schema::readingIndexes().size()));
    }
    auto import = PaperImport::begin(**library, u"large.txt"_s, u"test"_s, PaperImport::LargeImport);
    QVERIFY(import);
    QCOMPARE(readingIndexes(db), qint64(0));
    QVERIFY((*import)->add(paperTitled(u"Stored without them"_s)));
    QVERIFY((*import)->finish());
    QCOMPARE(readingIndexes(db), qint64(Schema::readingIndexes().size()));
    QCOMPARE(PaperStore(**library).count(), 2);
    QCOMPARE((*library)->damage(), QStringList());
}

void TestInterruptedImport::import_givesTheConnectionItsSettingsBack()
{
    auto library = Library::open(m_library);
    QVERIFY(library);
    Database &db = (*library)->db();
    const auto pragma = [&db](const char *sql) {
        Statement q(db, sql);
        return q.step() ? q.integer(0) : -1;
    };
    const qint64 cache = pragma("PRAGMA cache_size");
    const qint64 checkpoint = pragma("PRAGMA wal_autocheckpoint");
    const qint64 threads = pragma("PRAGMA threads");
    const auto indexMemory = [&db] {
        Statement q(db, "SELECT v FROM papers_fts_config WHERE k = 'hashsize'");
        return q.step() ? q.integer(0) : 0;
    };
    for (const bool finished : {true, false}) {
        auto import = PaperImport::begin(**library, u"large.txt"_s, u"test"_s, 1000000);
        QVERIFY(import);
        QVERIFY((*import)->add(paperTitled(finished ? u"Finished"_s : u"Abandoned"_s)));
        // A larger cache, and a checkpoint every few batches rather than at every one.
        QCOMPARE(pragma("PRAGMA cache_size"), -qint64(PaperImport::CacheKiB));
        QCOMPARE(pragma("PRAGMA wal_autocheckpoint"), qint64(PaperImport::CheckpointPages));
        QCOMPARE(pragma("PRAGMA threads"), qint64(2)); // for the indexes' sorting at the end
        QCOMPARE(indexMemory(), PaperImport::IndexMemory); // a batch's text is written in one segment
        if (finished)
            QVERIFY((*import)->finish());
        import->reset();
        QCOMPARE(pragma("PRAGMA cache_size"), cache);
        QCOMPARE(pragma("PRAGMA wal_autocheckpoint"), checkpoint);
        QCOMPARE(pragma("PRAGMA threads"), threads);
        QCOMPARE(indexMemory(), qint64(1024 * 1024)); // FTS5's own
    }
    // A small import gathers less: its memory stays small.
    auto small = PaperImport::begin(**library, u"small.txt"_s, u"test"_s, 10000);
    QVERIFY(small);
    QCOMPARE(indexMemory(), qint64(10000 * 128));
    QCOMPARE(PaperStore(**library).count(), 2);
}

QTEST_GUILESS_MAIN(TestInterruptedImport)
#include "tst_interruptedimport.moc"
