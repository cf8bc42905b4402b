#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/SmartListStore.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// Smart lists: saved queries, checked when saved, counted live.
class TestSmartLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void create_appendsAfterTheOtherLists();
    void create_refusesAnInvalidQuerySayingWhere_data();
    void create_refusesAnInvalidQuerySayingWhere();
    void create_refusesAnEmptyQuery();
    void create_refusesBadNames_data();
    void create_refusesBadNames();
    void rename_keepsTheQuery();
    void rename_refusesAnotherListsName();
    void setQuery_changesWhatTheListFinds();
    void setQuery_keepsTheOldQueryWhenTheNewOneIsInvalid();
    void remove_returnsTheListForAnUndo();
    void restore_bringsTheListBackUnderItsIdAndInItsPlace();
    void restore_takesANewIdWhenTheOldOneIsTaken();
    void listsSurviveReopening();
    void counts_followTheLibrary();

private:
    void reopen();
    qint64 addPaper(const QString &title, const QString &abstract = {});

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh library for every test
    std::unique_ptr<Library> m_library;
};

void TestSmartLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSmartLists::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestSmartLists::reopen()
{
    m_library.reset();
    auto library = Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().toString()));
    m_library = std::move(*library);
}

qint64 TestSmartLists::addPaper(const QString &title, const QString &abstract)
{
    Paper paper;
    paper.title = title;
    paper.abstract = abstract;
    auto result = PaperStore(*m_library).add({paper}, QStringLiteral("test"), QStringLiteral("test"));
    return result && !result->addedIds.isEmpty() ? result->addedIds.first() : 0;
}

void TestSmartLists::create_appendsAfterTheOtherLists()
{
    SmartListStore store(*m_library);
    const auto first = store.create(QStringLiteral(" Cats "), QStringLiteral(" cat "));
    QVERIFY(first);
    QVERIFY(store.create(QStringLiteral("Alpha"), QStringLiteral("alpha")));

    const QList<SmartList> lists = store.lists();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists[0].id, *first);
    QCOMPARE(lists[0].name, QStringLiteral("Cats"));
    QCOMPARE(lists[0].query, QStringLiteral("cat"));
    QCOMPARE(lists[1].name, QStringLiteral("Alpha"));
    QVERIFY(lists[0].position < lists[1].position);
}

void TestSmartLists::create_refusesAnInvalidQuerySayingWhere_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown status") << QStringLiteral("cat status:bogus") << QStringLiteral("unknown status");
    QTest::newRow("rating out of range") << QStringLiteral("rating:9") << QStringLiteral("rating takes");
    QTest::newRow("unknown has") << QStringLiteral("has:pdf") << QStringLiteral("has takes");
}

void TestSmartLists::create_refusesAnInvalidQuerySayingWhere()
{
    QFETCH(QString, query);
    QFETCH(QString, reason);
    SmartListStore store(*m_library);
    const auto result = store.create(QStringLiteral("Broken"), query);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(QStringLiteral("at character")), qPrintable(result.error().message));
    QVERIFY(store.lists().isEmpty());
}

void TestSmartLists::create_refusesAnEmptyQuery()
{
    SmartListStore store(*m_library);
    QVERIFY(!store.create(QStringLiteral("Everything"), QStringLiteral("   ")));
    QVERIFY(store.lists().isEmpty());
}

void TestSmartLists::create_refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
    QTest::newRow("same name, other case") << QStringLiteral("SCHRÖDINGER");
}

void TestSmartLists::create_refusesBadNames()
{
    QFETCH(QString, name);
    SmartListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("Schrödinger"), QStringLiteral("cat")));
    QVERIFY(!store.create(name, QStringLiteral("box")));
    QCOMPARE(store.lists().size(), 1);
}

void TestSmartLists::rename_keepsTheQuery()
{
    SmartListStore store(*m_library);
    const qint64 id = *store.create(QStringLiteral("Old"), QStringLiteral("cat"));
    QVERIFY(store.rename(id, QStringLiteral("New")));
    QCOMPARE(store.find(QStringLiteral("new"))->query, QStringLiteral("cat"));
    QVERIFY(!store.find(QStringLiteral("Old")));
    QVERIFY(!store.rename(id + 100, QStringLiteral("Other")));
}

void TestSmartLists::rename_refusesAnotherListsName()
{
    SmartListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("Cats"), QStringLiteral("cat")));
    const qint64 dogs = *store.create(QStringLiteral("Dogs"), QStringLiteral("dog"));
    QVERIFY(!store.rename(dogs, QStringLiteral("cats")));
    QVERIFY(store.rename(dogs, QStringLiteral("DOGS")));
    QCOMPARE(store.lists()[1].name, QStringLiteral("DOGS"));
}

void TestSmartLists::setQuery_changesWhatTheListFinds()
{
    addPaper(QStringLiteral("A cat in a box"));
    addPaper(QStringLiteral("A dog in a box"));
    addPaper(QStringLiteral("A dog on a boat"));
    SmartListStore store(*m_library);
    const qint64 id = *store.create(QStringLiteral("Pets"), QStringLiteral("cat"));
    QCOMPARE(store.listsWithCounts().first().count, 1);
    QVERIFY(store.setQuery(id, QStringLiteral("dog")));
    QCOMPARE(store.listsWithCounts().first().list.query, QStringLiteral("dog"));
    QCOMPARE(store.listsWithCounts().first().count, 2);
}

void TestSmartLists::setQuery_keepsTheOldQueryWhenTheNewOneIsInvalid()
{
    SmartListStore store(*m_library);
    const qint64 id = *store.create(QStringLiteral("Pets"), QStringLiteral("cat"));
    const auto result = store.setQuery(id, QStringLiteral("status:bogus"));
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("at character")));
    QCOMPARE(store.lists().first().query, QStringLiteral("cat"));
    QVERIFY(!store.setQuery(id + 100, QStringLiteral("dog")));
}

void TestSmartLists::remove_returnsTheListForAnUndo()
{
    SmartListStore store(*m_library);
    const qint64 id = *store.create(QStringLiteral("Pets"), QStringLiteral("cat OR dog"));
    const auto removed = store.remove(id);
    QVERIFY(removed);
    QCOMPARE(removed->name, QStringLiteral("Pets"));
    QCOMPARE(removed->query, QStringLiteral("cat OR dog"));
    QVERIFY(store.lists().isEmpty());
    QVERIFY(!store.remove(id));
    QVERIFY(store.create(removed->name, removed->query));
}

void TestSmartLists::restore_bringsTheListBackUnderItsIdAndInItsPlace()
{
    SmartListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("First"), QStringLiteral("a")));
    const qint64 middle = *store.create(QStringLiteral("Middle"), QStringLiteral("b OR c"));
    QVERIFY(store.create(QStringLiteral("Last"), QStringLiteral("d")));
    const auto removed = store.remove(middle);
    QVERIFY(removed);

    const auto restored = store.restore(*removed);
    QVERIFY(restored);
    QCOMPARE(*restored, middle);
    const QList<SmartList> lists = store.lists();
    QCOMPARE(lists.size(), 3);
    QCOMPARE(lists[1].id, middle);
    QCOMPARE(lists[1].name, QStringLiteral("Middle"));
    QCOMPARE(lists[1].query, QStringLiteral("b OR c"));
}

void TestSmartLists::restore_takesANewIdWhenTheOldOneIsTaken()
{
    SmartListStore store(*m_library);
    const qint64 id = *store.create(QStringLiteral("Pets"), QStringLiteral("cat OR dog"));
    const auto removed = store.remove(id);
    QVERIFY(removed);
    const qint64 other = *store.create(QStringLiteral("Other"), QStringLiteral("x"));
    QCOMPARE(other, id); // SQLite hands out the free id again

    const auto restored = store.restore(*removed);
    QVERIFY(restored);
    QVERIFY(*restored != id);
    QCOMPARE(store.find(QStringLiteral("Pets"))->id, *restored);
    // Its name taken meanwhile, it cannot come back.
    QVERIFY(store.remove(*restored));
    QVERIFY(store.rename(other, QStringLiteral("pets")));
    QVERIFY(!store.restore(*removed));
}

void TestSmartLists::listsSurviveReopening()
{
    {
        SmartListStore store(*m_library);
        QVERIFY(store.create(QStringLiteral("Second"), QStringLiteral("b")));
        QVERIFY(store.create(QStringLiteral("First"), QStringLiteral("a")));
    }
    reopen();
    const QList<SmartList> lists = SmartListStore(*m_library).lists();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists[0].name, QStringLiteral("Second"));
    QCOMPARE(lists[1].name, QStringLiteral("First"));
}

void TestSmartLists::counts_followTheLibrary()
{
    addPaper(QStringLiteral("Quantum cats"), QStringLiteral("Superposition of a cat."));
    addPaper(QStringLiteral("Classical dogs"), QStringLiteral("Dogs are not in superposition."));
    SmartListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("Cats"), QStringLiteral("cat*")));
    QVERIFY(store.create(QStringLiteral("Superposition"), QStringLiteral("superposition")));
    QCOMPARE(store.listsWithCounts()[0].count, 1);
    QCOMPARE(store.listsWithCounts()[1].count, 2);

    const qint64 added = addPaper(QStringLiteral("Schrödinger's cat revisited"));
    QVERIFY(added);
    QCOMPARE(store.listsWithCounts()[0].count, 2);
    QCOMPARE(store.listsWithCounts()[1].count, 2);

    Statement deletePaper(m_library->db(), "DELETE FROM papers WHERE id = ?");
    QVERIFY(deletePaper.bind(1, added).run());
    QCOMPARE(store.listsWithCounts()[0].count, 1);
}

QTEST_GUILESS_MAIN(TestSmartLists)
#include "tst_smartlists.moc"
