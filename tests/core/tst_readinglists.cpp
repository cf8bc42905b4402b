#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// Reading lists: names, order, add/remove/move, undoable deletion, and that all of it is stored.
class TestReadingLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void create_trimsTheName();
    void create_refusesBadNames_data();
    void create_refusesBadNames();
    void rename_changesTheNameAndKeepsThePapers();
    void rename_mayChangeOnlyTheCase();
    void rename_refusesAnotherListsName();
    void addPapers_appendsInTheOrderGiven();
    void addPapers_skipsPapersAlreadyThere();
    void addPapers_withAnUnknownIdChangesNothing();
    void addPapersToNamedList_createsTheListWhenMissing();
    void addPapersToNamedList_findsTheListIgnoringCase();
    void addPapersToNamedList_withAnUnknownIdCreatesNothing();
    void aPaperCanBeInManyLists();
    void removePapers_keepsTheOthersInOrder();
    void movePapers_reordersLikeADrop_data();
    void movePapers_reordersLikeADrop();
    void movePapers_refusesPapersNotInTheList();
    void movePapers_refusesATargetOutsideTheList();
    void setOrder_putsThePapersInTheOrderGiven();
    void setOrder_refusesAnythingButThePapersOfTheList();
    void orderSurvivesReopening();
    void remove_returnsWhatAnUndoNeeds();
    void restore_bringsBackTheListWithoutDeletedPapers();
    void deletingAPaper_takesItOutOfItsLists();
    void lists_areSortedByNameWithCounts();

private:
    void reopen();
    QList<qint64> addPapers(int count);

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh library for every test
    std::unique_ptr<Library> m_library;
};

void TestReadingLists::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReadingLists::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestReadingLists::reopen()
{
    m_library.reset();
    auto library = Library::open(m_dir->filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().toString()));
    m_library = std::move(*library);
}

QList<qint64> TestReadingLists::addPapers(int count)
{
    QList<Paper> papers;
    for (int i = 0; i < count; ++i) {
        Paper paper;
        paper.title = QStringLiteral("Paper number %1").arg(i + 1);
        papers.append(paper);
    }
    auto result = PaperStore(*m_library).add(papers, QStringLiteral("test"), QStringLiteral("test"));
    return result ? result->addedIds : QList<qint64>();
}

void TestReadingLists::create_trimsTheName()
{
    ReadingListStore store(*m_library);
    auto id = store.create(QStringLiteral("  To read \n"));
    QVERIFY(id);
    QCOMPARE(store.lists().size(), 1);
    QCOMPARE(store.lists().first().name, QStringLiteral("To read"));
    QCOMPARE(store.lists().first().id, *id);
}

void TestReadingLists::create_refusesBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
    QTest::newRow("only spaces") << QStringLiteral(" \t ") << QStringLiteral("needs a name");
    QTest::newRow("same name") << QStringLiteral("Physics") << QStringLiteral("already exists");
    QTest::newRow("other case") << QStringLiteral("PHYSICS") << QStringLiteral("already exists");
    QTest::newRow("padded") << QStringLiteral(" physics ") << QStringLiteral("already exists");
    QTest::newRow("non-ASCII case") << QStringLiteral("SCHRÖDINGER") << QStringLiteral("already exists");
}

void TestReadingLists::create_refusesBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, error);
    ReadingListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("Physics")));
    QVERIFY(store.create(QStringLiteral("Schrödinger")));

    const auto result = store.create(name);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
    QCOMPARE(store.lists().size(), 2);
}

void TestReadingLists::rename_changesTheNameAndKeepsThePapers()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("Old"));
    QVERIFY(store.addPapers(list, papers));

    QVERIFY(store.rename(list, QStringLiteral(" New ")));
    QCOMPARE(store.lists().first().name, QStringLiteral("New"));
    QCOMPARE(store.paperIds(list), papers);
    QVERIFY(!store.find(QStringLiteral("Old")));
}

void TestReadingLists::rename_mayChangeOnlyTheCase()
{
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("physics"));
    QVERIFY(store.rename(list, QStringLiteral("Physics")));
    QCOMPARE(store.lists().first().name, QStringLiteral("Physics"));
}

void TestReadingLists::rename_refusesAnotherListsName()
{
    ReadingListStore store(*m_library);
    QVERIFY(store.create(QStringLiteral("Physics")));
    const qint64 other = *store.create(QStringLiteral("Biology"));
    QVERIFY(!store.rename(other, QStringLiteral("physics")));
    QVERIFY(!store.rename(other, QString()));
    QVERIFY(!store.rename(other + 100, QStringLiteral("Chemistry")));
    QVERIFY(store.find(QStringLiteral("Biology")));
}

void TestReadingLists::addPapers_appendsInTheOrderGiven()
{
    const QList<qint64> papers = addPapers(4);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QCOMPARE(*store.addPapers(list, {papers[2], papers[0]}), 2);
    QCOMPARE(*store.addPapers(list, {papers[3], papers[1]}), 2);
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[2], papers[0], papers[3], papers[1]}));
}

void TestReadingLists::addPapers_skipsPapersAlreadyThere()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, {papers[1], papers[0]}));
    QCOMPARE(*store.addPapers(list, {papers[0], papers[2], papers[2]}), 1);
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[1], papers[0], papers[2]}));
}

void TestReadingLists::addPapers_withAnUnknownIdChangesNothing()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, {papers[0]}));

    const auto result = store.addPapers(list, {papers[1], 9999});
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("9999")), qPrintable(result.error().message));
    QCOMPARE(store.paperIds(list), QList<qint64>{papers[0]});
    QVERIFY(!store.addPapers(list + 100, {papers[1]}));
}

void TestReadingLists::addPapersToNamedList_createsTheListWhenMissing()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const auto result = store.addPapersToNamedList(QStringLiteral(" Weekend "), papers);
    QVERIFY(result);
    QVERIFY(result->created);
    QCOMPARE(result->added, 2);
    QCOMPARE(store.find(QStringLiteral("weekend"))->id, result->listId);
    QCOMPARE(store.paperIds(result->listId), papers);
}

void TestReadingLists::addPapersToNamedList_findsTheListIgnoringCase()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("Weekend"));
    QVERIFY(store.addPapers(list, {papers[0]}));

    const auto result = store.addPapersToNamedList(QStringLiteral("WEEKEND"), papers);
    QVERIFY(result);
    QVERIFY(!result->created);
    QCOMPARE(result->listId, list);
    QCOMPARE(result->added, 1);
    QCOMPARE(result->alreadyThere, 1);
    QCOMPARE(store.lists().size(), 1);
}

void TestReadingLists::addPapersToNamedList_withAnUnknownIdCreatesNothing()
{
    const QList<qint64> papers = addPapers(1);
    ReadingListStore store(*m_library);
    QVERIFY(!store.addPapersToNamedList(QStringLiteral("New"), {papers[0], 4242}));
    QVERIFY(store.lists().isEmpty());
}

void TestReadingLists::aPaperCanBeInManyLists()
{
    const QList<qint64> papers = addPapers(1);
    ReadingListStore store(*m_library);
    const qint64 first = *store.create(QStringLiteral("First"));
    const qint64 second = *store.create(QStringLiteral("Second"));
    QVERIFY(store.addPapers(first, papers));
    QVERIFY(store.addPapers(second, papers));
    QCOMPARE(store.paperIds(first), papers);
    QCOMPARE(store.paperIds(second), papers);
}

void TestReadingLists::removePapers_keepsTheOthersInOrder()
{
    const QList<qint64> papers = addPapers(4);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, papers));
    QCOMPARE(*store.removePapers(list, {papers[1], papers[3], 9999}), 2);
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[0], papers[2]}));
    QVERIFY(store.addPapers(list, {papers[1]}));
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[0], papers[2], papers[1]}));
}

void TestReadingLists::movePapers_reordersLikeADrop_data()
{
    // Papers are named by their place in the list before the move: 0 1 2 3 4.
    QTest::addColumn<QList<int>>("moving");
    QTest::addColumn<int>("target");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("one up") << QList<int>{3} << 1 << QList<int>{0, 3, 1, 2, 4};
    QTest::newRow("one down") << QList<int>{1} << 4 << QList<int>{0, 2, 3, 1, 4};
    QTest::newRow("to the top") << QList<int>{4} << 0 << QList<int>{4, 0, 1, 2, 3};
    QTest::newRow("to the end") << QList<int>{0} << 5 << QList<int>{1, 2, 3, 4, 0};
    QTest::newRow("onto itself") << QList<int>{2} << 2 << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("just below itself") << QList<int>{2} << 3 << QList<int>{0, 1, 2, 3, 4};
    QTest::newRow("scattered, keep their order") << QList<int>{4, 0, 2} << 2 << QList<int>{1, 0, 2, 4, 3};
    QTest::newRow("scattered to the end") << QList<int>{3, 1} << 5 << QList<int>{0, 2, 4, 1, 3};
    QTest::newRow("all of them") << QList<int>{0, 1, 2, 3, 4} << 3 << QList<int>{0, 1, 2, 3, 4};
}

void TestReadingLists::movePapers_reordersLikeADrop()
{
    QFETCH(QList<int>, moving);
    QFETCH(int, target);
    QFETCH(QList<int>, expected);
    const QList<qint64> papers = addPapers(5);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, papers));

    QList<qint64> movingIds;
    for (const int place : moving)
        movingIds.append(papers[place]);
    const auto moved = store.movePapers(list, movingIds, target);
    QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));

    QList<qint64> expectedIds;
    for (const int place : expected)
        expectedIds.append(papers[place]);
    QCOMPARE(store.paperIds(list), expectedIds);
}

void TestReadingLists::movePapers_refusesPapersNotInTheList()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, {papers[0], papers[1]}));
    QVERIFY(!store.movePapers(list, {papers[1], papers[2]}, 0));
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[0], papers[1]}));
}

void TestReadingLists::movePapers_refusesATargetOutsideTheList()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, papers));
    QVERIFY(!store.movePapers(list, {papers[0]}, 3));
    QVERIFY(!store.movePapers(list, {papers[0]}, -1));
    QCOMPARE(store.paperIds(list), papers);
}

void TestReadingLists::setOrder_putsThePapersInTheOrderGiven()
{
    const QList<qint64> papers = addPapers(4);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, papers));
    // Not one block move: what undoing a drop of papers 0 and 2 after paper 3 needs.
    const QList<qint64> order{papers[1], papers[3], papers[0], papers[2]};
    QVERIFY(store.setOrder(list, order));
    QCOMPARE(store.paperIds(list), order);
}

void TestReadingLists::setOrder_refusesAnythingButThePapersOfTheList()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, {papers[0], papers[1]}));
    QVERIFY(!store.setOrder(list, {papers[1]}));
    QVERIFY(!store.setOrder(list, {papers[1], papers[2]}));
    QVERIFY(!store.setOrder(list, {papers[1], papers[1]}));
    QVERIFY(!store.setOrder(list + 1, {papers[1], papers[0]}));
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[0], papers[1]}));
}

void TestReadingLists::orderSurvivesReopening()
{
    const QList<qint64> papers = addPapers(4);
    qint64 list = 0;
    {
        ReadingListStore store(*m_library);
        list = *store.create(QStringLiteral("Kept"));
        QVERIFY(store.addPapers(list, papers));
        QVERIFY(store.movePapers(list, {papers[3]}, 0));
        QVERIFY(store.movePapers(list, {papers[0]}, 4));
        QVERIFY(store.removePapers(list, {papers[1]}));
    }
    reopen();
    ReadingListStore store(*m_library);
    QCOMPARE(store.paperIds(list), (QList<qint64>{papers[3], papers[2], papers[0]}));
    QCOMPARE(store.find(QStringLiteral("kept"))->count, 3);
}

void TestReadingLists::remove_returnsWhatAnUndoNeeds()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("Gone"));
    QVERIFY(store.addPapers(list, {papers[2], papers[0], papers[1]}));

    const auto removed = store.remove(list);
    QVERIFY(removed);
    QCOMPARE(removed->name, QStringLiteral("Gone"));
    QCOMPARE(removed->paperIds, (QList<qint64>{papers[2], papers[0], papers[1]}));
    QVERIFY(store.lists().isEmpty());
    QVERIFY(store.paperIds(list).isEmpty());
    QVERIFY(!store.remove(list));

    const auto restored = store.restore(*removed);
    QVERIFY(restored);
    // Under its old id: the undo steps from before the delete name the list by it.
    QCOMPARE(*restored, list);
    QCOMPARE(store.find(QStringLiteral("Gone"))->id, *restored);
    QCOMPARE(store.paperIds(*restored), removed->paperIds);
}

void TestReadingLists::restore_bringsBackTheListWithoutDeletedPapers()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("Gone"));
    QVERIFY(store.addPapers(list, papers));
    const auto removed = store.remove(list);
    QVERIFY(removed);

    Statement deletePaper(m_library->db(), "DELETE FROM papers WHERE id = ?");
    QVERIFY(deletePaper.bind(1, papers[1]).run());
    const auto restored = store.restore(*removed);
    QVERIFY(restored);
    QCOMPARE(store.paperIds(*restored), (QList<qint64>{papers[0], papers[2]}));
}

void TestReadingLists::deletingAPaper_takesItOutOfItsLists()
{
    const QList<qint64> papers = addPapers(2);
    ReadingListStore store(*m_library);
    const qint64 list = *store.create(QStringLiteral("List"));
    QVERIFY(store.addPapers(list, papers));
    Statement deletePaper(m_library->db(), "DELETE FROM papers WHERE id = ?");
    QVERIFY(deletePaper.bind(1, papers[0]).run());
    QCOMPARE(store.paperIds(list), QList<qint64>{papers[1]});
    QCOMPARE(store.lists().first().count, 1);
}

void TestReadingLists::lists_areSortedByNameWithCounts()
{
    const QList<qint64> papers = addPapers(3);
    ReadingListStore store(*m_library);
    QVERIFY(store.addPapersToNamedList(QStringLiteral("zebra"), papers));
    QVERIFY(store.create(QStringLiteral("Empty")));
    QVERIFY(store.addPapersToNamedList(QStringLiteral("apple"), {papers[1]}));

    const QList<ReadingList> lists = store.lists();
    QCOMPARE(lists.size(), 3);
    QCOMPARE(lists[0].name, QStringLiteral("apple"));
    QCOMPARE(lists[0].count, 1);
    QCOMPARE(lists[1].name, QStringLiteral("Empty"));
    QCOMPARE(lists[1].count, 0);
    QCOMPARE(lists[2].name, QStringLiteral("zebra"));
    QCOMPARE(lists[2].count, 3);
}

QTEST_GUILESS_MAIN(TestReadingLists)
#include "tst_readinglists.moc"
