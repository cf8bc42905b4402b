// Writes are whole or not at all, and say so truthfully: a write that cannot get the library's write lock
// (another connection keeps it) fails and stores nothing, and a transaction inside another is a savepoint.

#include "import/FileImport.h"
#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "TestKit.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

// Everything that a write stores, as one number: a failed write must leave it as it was.
qint64 fingerprint(Database &db)
{
    return integerOf(db, "SELECT (SELECT count(*) FROM papers) + (SELECT count(*) FROM paper_tags)"
                         " + (SELECT count(*) FROM paper_events) + (SELECT count(*) FROM reading_list_items)"
                         " + (SELECT count(*) FROM papers WHERE status <> 'inbox' OR note <> '' OR rating > 0)");
}

using Write = std::function<bool(Library &, qint64 paperId)>;

} // namespace

Q_DECLARE_METATYPE(Write)

class TestTransactions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void write_whileAnotherConnectionHoldsTheLock_failsAndStoresNothing_data();
    void write_whileAnotherConnectionHoldsTheLock_failsAndStoresNothing();
    void write_waitsForALockThatIsFreedInTime();
    void importOfAFile_whileTheLibraryIsBusy_namesTheLibraryNotTheFile();
    void innerTransaction_isASavepointOfTheOuterOne();
    void innerTransaction_rolledBack_keepsTheOuterOnesWrites();

private:
    std::unique_ptr<Library> openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_paperId = 0;
};

std::unique_ptr<Library> TestTransactions::openLibrary()
{
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    return library ? std::move(*library) : nullptr;
}

void TestTransactions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_library = openLibrary();
    QVERIFY(m_library);
    const auto added = PaperStore(*m_library).add({paperTitled(u"A Stored Paper"_s)}, u"a.txt"_s, u"test"_s);
    QVERIFY(added);
    m_paperId = added->addedIds.first();
}

void TestTransactions::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestTransactions::write_whileAnotherConnectionHoldsTheLock_failsAndStoresNothing_data()
{
    QTest::addColumn<Write>("write");
    QTest::newRow("import") << Write([](Library &library, qint64) {
        return PaperStore(library).add({paperTitled(u"New One"_s), paperTitled(u"New Two"_s)}, u"b.txt"_s, u"test"_s).ok();
    });
    QTest::newRow("tag") << Write([](Library &library, qint64 id) { return TagStore(library).edit({id}, {u"ml"_s}).ok(); });
    QTest::newRow("status") << Write(
        [](Library &library, qint64 id) { return AnnotationStore(library).setStatus({id}, ReadingStatus::Read).ok(); });
    QTest::newRow("note") << Write(
        [](Library &library, qint64 id) { return AnnotationStore(library).setNote(id, u"a note"_s).ok(); });
    QTest::newRow("list-add") << Write([](Library &library, qint64 id) {
        return ReadingListStore(library).addPapersToNamedList(u"To read"_s, {id}).ok();
    });
}

void TestTransactions::write_whileAnotherConnectionHoldsTheLock_failsAndStoresNothing()
{
    QFETCH(Write, write);
    auto other = openLibrary();
    QVERIFY(other);
    other->db().setLockWait(100);
    const qint64 before = fingerprint(m_library->db());
    {
        Transaction holder(m_library->db());
        QVERIFY(holder);
        QVERIFY2(!write(*other, m_paperId), "a write without the lock reported success");
    }
    QCOMPARE(fingerprint(m_library->db()), before);
    QCOMPARE(fingerprint(other->db()), before);
}

void TestTransactions::write_waitsForALockThatIsFreedInTime()
{
    auto other = openLibrary();
    QVERIFY(other);
    other->db().setLockWait(5000);
    auto holder = std::make_unique<Transaction>(m_library->db());
    QVERIFY(*holder);
    int notices = 0;
    // The holder lets go while the other waits: from inside the other's wait, as a second process would.
    other->db().setLockWait(5000, [&] {
        ++notices;
        holder.reset();
    });
    QVERIFY(TagStore(*other).edit({m_paperId}, {u"ml"_s}).ok());
    QCOMPARE(notices, 1);
    QCOMPARE(TagStore(*m_library).tagsOf(m_paperId), QStringList{u"ml"_s});
}

void TestTransactions::importOfAFile_whileTheLibraryIsBusy_namesTheLibraryNotTheFile()
{
    auto other = openLibrary();
    QVERIFY(other);
    other->db().setLockWait(100);
    Transaction holder(m_library->db());
    QVERIFY(holder);
    const QString file = QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt");
    const auto imported = importFile(*other, file);
    QVERIFY(!imported);
    QCOMPARE(imported.error().file, other->path());
    QVERIFY2(imported.error().message.contains(u"busy"_s), qPrintable(imported.error().message));
}

void TestTransactions::innerTransaction_isASavepointOfTheOuterOne()
{
    Database &db = m_library->db();
    const qint64 before = fingerprint(db);
    {
        Transaction outer(db);
        QVERIFY(outer);
        QVERIFY(TagStore(*m_library).edit({m_paperId}, {u"ml"_s}).ok()); // commits its inner transaction
        QVERIFY(AnnotationStore(*m_library).setStatus({m_paperId}, ReadingStatus::Read).ok());
        QVERIFY(db.inTransaction());
    } // not committed
    QVERIFY(!db.inTransaction());
    QCOMPARE(fingerprint(db), before);
}

void TestTransactions::innerTransaction_rolledBack_keepsTheOuterOnesWrites()
{
    Database &db = m_library->db();
    Transaction outer(db);
    QVERIFY(outer);
    QVERIFY(TagStore(*m_library).edit({m_paperId}, {u"kept"_s}).ok());
    {
        Transaction inner(db);
        QVERIFY(inner);
        QVERIFY(AnnotationStore(*m_library).setStatus({m_paperId}, ReadingStatus::Read).ok());
    } // rolled back to its savepoint
    QVERIFY(db.inTransaction());
    QVERIFY(outer.commit().ok());
    QCOMPARE(TagStore(*m_library).tagsOf(m_paperId), QStringList{u"kept"_s});
    QCOMPARE(integerOf(db, "SELECT count(*) FROM papers WHERE status = 'read'"), qint64(0));
}

QTEST_GUILESS_MAIN(TestTransactions)
#include "tst_transactions.moc"
