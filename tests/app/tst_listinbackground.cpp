#include "GuiTestSupport.h"

#include "gui/BackgroundReader.h"
#include "gui/ReaderView.h"
#include "gui/search/SearchField.h"
#include "gui/sidebar/LibraryCounts.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/AnnotationStore.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"
#include "query/Query.h"

#include <QLabel>
#include <QSemaphore>
#include <QSignalSpy>

using namespace Lectern;

// The paper list reads its ids on a connection of its own in the background, so that a search in a large
// library never freezes the window: the ids are those the same request gives when read directly, the list
// shows what it showed until the new ones are in, a newer request drops an older one, and the window takes
// keys meanwhile. The sidebar's counts are read in the background the same way.
class TestListInBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void idsReadInTheBackground_areThoseOfTheRequestReadDirectly_data();
    void idsReadInTheBackground_areThoseOfTheRequestReadDirectly();
    void theListShowsWhatItShowed_untilTheNewIdsAreIn();
    void aNewerRequest_skipsAnOlderOneNotYetRead();
    void theResultOfAnOlderRequest_neverReplacesANewerOne();
    void theCurrentPaperAndTheSelection_stayAcrossTheNewIds();
    void manyMatches_showTheirFirstRowsFirst_thenTheRest_thenTheRanking();
    void theWindowTakesKeys_whileTheIdsAreRead();
    void anEdit_showsInTheRowsAtOnce_beforeTheIdsAreReadAgain();
    void triage_goesOnWhileTheSidebarCounts_andTheCountsFollow();

private:
    PaperListModel *model() const { return m_fixture.model(); }
    SearchField *field() const { return m_fixture.child<SearchField>(QStringLiteral("searchField")); }
    // Holds the list's reader until the semaphore is released: the ids asked for meanwhile wait behind it.
    void holdReader(BackgroundReader *reader);
    void releaseReader();
    int sidebarCount(const QString &key) const;
    QList<qint64> shownIds() const;

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
    QSemaphore m_gate;
    int m_held = 0;
};

void TestListInBackground::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_listinbackground"));
}

void TestListInBackground::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({
        GuiTest::makePaper(QStringLiteral("Banana Ripening Kinetics"),
                           QStringLiteral("Ripening follows first-order kinetics in warm storage rooms.")),
        GuiTest::makePaper(QStringLiteral("Apple Orchards Under Drought"),
                           QStringLiteral("We study how orchards respond to drought and heat.")),
        GuiTest::makePaper(QStringLiteral("Cherry Blossom Timing"),
                           QStringLiteral("Blossoms open earlier each decade as springs warm.")),
        GuiTest::makePaper(QStringLiteral("Warm Storage of Ripening Pears"),
                           QStringLiteral("Pears ripen in warm rooms; ripening slows in the cold.")),
        GuiTest::makePaper(QStringLiteral("Drought and Ripening"),
                           QStringLiteral("A dry summer ripens grapes early.")),
        GuiTest::makePaper(QStringLiteral("Orchard Soil Under Cover Crops"),
                           QStringLiteral("Cover crops keep the soil of orchards moist.")),
    });
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({m_ids[0], m_ids[1], m_ids[3]}, {QStringLiteral("fruit")}));
        QVERIFY(AnnotationStore(*library).setStatus({m_ids[1], m_ids[4]}, ReadingStatus::Read));
        const auto list = ReadingListStore(*library).create(QStringLiteral("Weekend"));
        QVERIFY(list);
        QVERIFY(ReadingListStore(*library).addPapers(*list, {m_ids[3], m_ids[0], m_ids[2]}));
        QVERIFY(PaperTrash(*library).trash({m_ids[5]}));
    }
    m_held = 0;
    QVERIFY(m_fixture.openWindow());
}

void TestListInBackground::cleanup()
{
    releaseReader();
    m_fixture.closeWindow();
}

// Returns once the job holding it runs: a job still queued would be skipped by the next request's new ticket.
void TestListInBackground::holdReader(BackgroundReader *reader)
{
    ++m_held;
    QSemaphore running;
    reader->post<int>([this, &running](Library &) {
        running.release();
        m_gate.acquire();
        return 0;
    }, [](int) {});
    QVERIFY(running.tryAcquire(1, 60000));
}

void TestListInBackground::releaseReader()
{
    m_gate.release(std::exchange(m_held, 0));
}

int TestListInBackground::sidebarCount(const QString &key) const
{
    const auto *sidebar = m_fixture.child<SidebarView>(QStringLiteral("sidebar"));
    return sidebar->sidebarModel()->indexOfKey(key).data(SidebarModel::CountRole).toInt();
}

QList<qint64> TestListInBackground::shownIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids.append(model()->paperId(row));
    return ids;
}

void TestListInBackground::idsReadInTheBackground_areThoseOfTheRequestReadDirectly_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("rows");

    QTest::newRow("every paper") << QString() << QString() << -1 << Qt::AscendingOrder << 5;
    QTest::newRow("a word, ranked") << QString() << QStringLiteral("ripening") << -1 << Qt::AscendingOrder << 3;
    QTest::newRow("a tag and a word") << QStringLiteral("tag:fruit") << QStringLiteral("warm") << -1 << Qt::AscendingOrder << 2;
    QTest::newRow("a status") << QStringLiteral("status:read") << QString() << -1 << Qt::AscendingOrder << 2;
    QTest::newRow("by title, descending") << QString() << QString() << int(PaperListModel::TitleColumn)
                                          << Qt::DescendingOrder << 5;
    QTest::newRow("a word by date") << QString() << QStringLiteral("warm") << int(PaperListModel::PublishedColumn)
                                    << Qt::AscendingOrder << 3;
    QTest::newRow("a reading list in its order") << QStringLiteral("list:\"Weekend\"") << QString() << -1 << Qt::AscendingOrder << 3;
    QTest::newRow("a reading list searched") << QStringLiteral("list:\"Weekend\"") << QStringLiteral("ripening") << -1 << Qt::AscendingOrder << 2;
    QTest::newRow("the Trash") << PaperListModel::TrashScope << QString() << -1 << Qt::AscendingOrder << 1;
}

void TestListInBackground::idsReadInTheBackground_areThoseOfTheRequestReadDirectly()
{
    QFETCH(QString, scope);
    QFETCH(QString, search);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, rows);

    model()->setScope(scope);
    model()->setSearchText(search);
    model()->sort(column, order);
    QVERIFY(model()->isReadingIds());
    QTRY_VERIFY(!model()->isReadingIds());

    auto library = m_fixture.openLibrary();
    const auto direct = PaperListModel::readIds(*library, model()->request());
    QVERIFY(direct);
    QCOMPARE(shownIds(), direct->ids);
    QCOMPARE(model()->rowCount(), rows);
    QCOMPARE(model()->readingListId(), direct->scopeListId);
    QCOMPARE(model()->showsTrash(), scope == PaperListModel::TrashScope);
}

void TestListInBackground::theListShowsWhatItShowed_untilTheNewIdsAreIn()
{
    const QList<qint64> before = shownIds();
    holdReader(model()->idReader());
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    model()->setSearchText(QStringLiteral("grapes"));
    QTest::qWait(50); // the event loop runs: nothing arrives while the reader is held
    QVERIFY(model()->isReadingIds());
    QCOMPARE(shownIds(), before);
    QCOMPARE(resets.count(), 0);

    releaseReader();
    QTRY_COMPARE(shownIds(), (QList<qint64>{m_ids[4]}));
    QCOMPARE(resets.count(), 1);
    QVERIFY(!model()->isReadingIds());
}

// Two requests while the reader is busy: the older one is never read, and the list is reset once, to the newer.
void TestListInBackground::aNewerRequest_skipsAnOlderOneNotYetRead()
{
    holdReader(model()->idReader());
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    model()->setSearchText(QStringLiteral("drought"));
    model()->setSearchText(QStringLiteral("blossom"));
    releaseReader();
    QTRY_VERIFY(!model()->isReadingIds());
    QCOMPARE(shownIds(), (QList<qint64>{m_ids[2]}));
    QCOMPARE(resets.count(), 1);
}

// The older request's ids are read and on their way to the window when the newer request is made: they are
// dropped, never shown, not even for a moment before the newer ones.
void TestListInBackground::theResultOfAnOlderRequest_neverReplacesANewerOne()
{
    QList<QList<qint64>> shown;
    connect(model(), &QAbstractItemModel::modelReset, this, [&] { shown.append(shownIds()); });
    model()->setSearchText(QStringLiteral("drought"));
    QSemaphore olderRead;
    model()->idReader()->post<int>([&olderRead](Library &) {
        olderRead.release();
        return 0;
    }, [](int) {});
    QVERIFY(olderRead.tryAcquire(1, 60000)); // the older ids wait in this thread's queue
    model()->setSearchText(QStringLiteral("blossom"));

    QTRY_VERIFY(!model()->isReadingIds());
    QCOMPARE(shown, (QList<QList<qint64>>{{m_ids[2]}}));
}

void TestListInBackground::theCurrentPaperAndTheSelection_stayAcrossTheNewIds()
{
    // "Warm Storage of Ripening Pears" is the fourth paper shown, and the first of the search's.
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[3]));
    QCOMPARE(m_fixture.list()->currentIndex().row(), 3);
    model()->setSearchText(QStringLiteral("warm"));
    QTRY_VERIFY(!model()->isReadingIds());
    QCOMPARE(model()->rowCount(), 3);
    const QModelIndex current = m_fixture.list()->currentIndex();
    QCOMPARE(model()->paperId(current.row()), m_ids[3]);
    QVERIFY(current.row() != 3);
    QVERIFY(m_fixture.list()->selectionModel()->isRowSelected(current.row()));
}

// A search that finds more papers than the list ranks at once (here: more than one) shows the first of them
// as soon as they are read, in the order they were stored; the rest are added after them, and the ranking
// follows. The paper shown before, among the rest, is shown again.
void TestListInBackground::manyMatches_showTheirFirstRowsFirst_thenTheRest_thenTheRanking()
{
    model()->setRankInBackgroundAbove(1);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[3]));
    QStringList events;
    connect(model(), &QAbstractItemModel::modelReset, this,
            [&] { events.append(QStringLiteral("reset %1").arg(model()->rowCount())); });
    connect(model(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) { events.append(QStringLiteral("rows %1-%2").arg(first).arg(last)); });
    connect(model(), &PaperListModel::rankingApplied, this, [&] { events.append(QStringLiteral("ranked")); });

    model()->setSearchText(QStringLiteral("warm")); // three papers: the first two, then the third
    QTRY_COMPARE(events.size(), 3);
    QCOMPARE(events, (QStringList{QStringLiteral("reset 2"), QStringLiteral("rows 2-2"), QStringLiteral("ranked")}));
    QCOMPARE(shownIds(), findPapers(*m_fixture.openLibrary(), Query::parse(QStringLiteral("warm"))).value());
    QCOMPARE(shownIds().first(), m_ids[3]); // the title's word ranks first
    QVERIFY(!model()->isReadingIds());
    QCOMPARE(model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[3]);
}

// While the ids are read (held here as a large library's would take long), the search field takes the keys
// typed, the list moves from paper to paper and the reader follows.
void TestListInBackground::theWindowTakesKeys_whileTheIdsAreRead()
{
    auto *reader = m_fixture.child<ReaderView>(QStringLiteral("reader"));
    m_fixture.selectRow(0);
    holdReader(model()->idReader());
    field()->setFocus();
    QTest::keyClicks(field(), QStringLiteral("ripening"));
    QTRY_VERIFY(model()->isReadingIds()); // the search was asked for
    QCOMPARE(field()->text(), QStringLiteral("ripening"));
    QCOMPARE(model()->rowCount(), 5);

    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_Down);
    QTest::keyClick(m_fixture.list(), Qt::Key_Down);
    QCOMPARE(model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[2]);
    QTRY_VERIFY(reader->toPlainText().contains(u"Cherry Blossom Timing"));
    QVERIFY(model()->isReadingIds());

    releaseReader();
    QTRY_COMPARE(model()->rowCount(), 3);
    QVERIFY(!model()->isReadingIds());
}

// A status set from the keyboard outside the inbox: the row shows it before the list is read again.
void TestListInBackground::anEdit_showsInTheRowsAtOnce_beforeTheIdsAreReadAgain()
{
    m_fixture.selectRow(0);
    holdReader(model()->idReader());
    QTest::keyClick(m_fixture.list(), Qt::Key_T);
    QVERIFY(model()->isReadingIds());
    QCOMPARE(model()->index(0, 0).data(PaperListModel::StatusRole).toInt(), int(ReadingStatus::ToRead));
    releaseReader();
    QTRY_VERIFY(!model()->isReadingIds());
}

// The counts of the sidebar and of "Inbox: n left" are read in the background: held there, the triage goes
// on, and they follow once read.
void TestListInBackground::triage_goesOnWhileTheSidebarCounts_andTheCountsFollow()
{
    auto *counts = m_fixture.window()->findChild<LibraryCounts *>(QStringLiteral("libraryCounts"));
    QVERIFY(counts);
    auto *remaining = m_fixture.child<QLabel>(QStringLiteral("triageRemaining"));
    QTRY_COMPARE(sidebarCount(QStringLiteral("status:inbox")), 3);
    QVERIFY(m_fixture.child<SidebarView>(QStringLiteral("sidebar"))->selectKey(QStringLiteral("status:inbox")));
    QTRY_COMPARE(model()->rowCount(), 3);
    QCOMPARE(remaining->text(), QStringLiteral("Inbox: 3 left"));

    m_fixture.list()->setFocus();
    m_fixture.selectRow(0);
    holdReader(counts->reader());
    QTest::keyClick(m_fixture.list(), Qt::Key_T);
    QTest::keyClick(m_fixture.list(), Qt::Key_R);
    QTRY_COMPARE(model()->rowCount(), 1); // the list follows; the counts wait
    QCOMPARE(model()->paperId(0), m_ids[3]);
    QCOMPARE(sidebarCount(QStringLiteral("status:inbox")), 3);
    QCOMPARE(remaining->text(), QStringLiteral("Inbox: 3 left"));

    releaseReader();
    QTRY_COMPARE(sidebarCount(QStringLiteral("status:inbox")), 1);
    QCOMPARE(sidebarCount(QStringLiteral("status:read")), 3);
    QCOMPARE(sidebarCount(QStringLiteral("all")), 5);
    QCOMPARE(remaining->text(), QStringLiteral("Inbox: 1 left"));
}

QTEST_MAIN(TestListInBackground)
#include "tst_listinbackground.moc"
