#include "GuiTestSupport.h"

#include "gui/lists/ReadingListSection.h"
#include "gui/sidebar/SidebarView.h"
#include "library/ReadingListStore.h"

#include <QAction>
#include <QHeaderView>
#include <QStatusBar>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 8: a reading list's papers move in its order by keys too (Ctrl+Shift+Up/Down), and a list sorted by
// a column says why its papers do not move rather than ignore the drag.
class TestReadingListOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlShiftUpAndDown_moveTheSelectedPaper();
    void severalSelectedPapers_moveTogether();
    void aListSortedByAColumn_saysWhyNothingMoves();

private:
    QList<qint64> storedOrder() const { return ReadingListStore(*m_fixture.openLibrary()).paperIds(m_listId); }
    void select(qint64 paperId) const { m_fixture.selectRow(m_fixture.rowOfPaper(paperId)); }
    // A move, and the list read again after it (in the background), as a reader's next key finds it.
    void press(Qt::Key key) const
    {
        QTest::keyClick(m_fixture.list(), key, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_fixture.listIsRead());
    }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
    qint64 m_listId = 0;
};

void TestReadingListOrder::initTestCase()
{
    m_fixture.isolateSettings(u"tst_readinglistorder"_s);
}

void TestReadingListOrder::init()
{
    m_fixture.reset();
    QList<Paper> papers;
    for (int i = 1; i <= 4; ++i)
        papers.append(GuiTest::makePaper(u"Paper %1"_s.arg(i), u"Abstract %1."_s.arg(i)));
    m_ids = m_fixture.addPapers(papers);
    {
        auto library = m_fixture.openLibrary();
        ReadingListStore lists(*library);
        const auto id = lists.create(u"Weekend"_s);
        QVERIFY(id);
        m_listId = *id;
        QVERIFY(lists.addPapers(m_listId, m_ids));
    }
    QVERIFY(m_fixture.openWindow());
    QVERIFY(m_fixture.child<SidebarView>(u"sidebar"_s)->selectKey(ReadingListSection::keyOf(m_listId)));
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(m_fixture.model()->reorderableListId(), m_listId);
    m_fixture.list()->setFocus();
}

void TestReadingListOrder::cleanup()
{
    m_fixture.closeWindow();
}

void TestReadingListOrder::ctrlShiftUpAndDown_moveTheSelectedPaper()
{
    select(m_ids[2]);
    press(Qt::Key_Up);
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[0], m_ids[2], m_ids[1], m_ids[3]}));
    press(Qt::Key_Up);
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1], m_ids[3]}));
    press(Qt::Key_Up); // the top: nothing to move past
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1], m_ids[3]}));
    press(Qt::Key_Down);
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[0], m_ids[2], m_ids[1], m_ids[3]}));
    // The list shows the order, with the moved paper still the one shown.
    QTRY_COMPARE(m_fixture.titles(), (QStringList{u"Paper 1"_s, u"Paper 3"_s, u"Paper 2"_s, u"Paper 4"_s}));
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[2]);
}

void TestReadingListOrder::severalSelectedPapers_moveTogether()
{
    select(m_ids[1]);
    QTest::keyClick(m_fixture.list(), Qt::Key_Down, Qt::ShiftModifier);
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(m_fixture.list()->selectionModel()->selectedRows().size(), 2);
    press(Qt::Key_Down);
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[0], m_ids[3], m_ids[1], m_ids[2]}));
}

void TestReadingListOrder::aListSortedByAColumn_saysWhyNothingMoves()
{
    m_fixture.list()->header()->setSortIndicator(PaperListModel::TitleColumn, Qt::DescendingOrder);
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(m_fixture.model()->reorderableListId(), 0);
    QVERIFY2(m_fixture.window()->statusBar()->currentMessage().contains(u"sorted by a column"),
             qPrintable(m_fixture.window()->statusBar()->currentMessage()));
    m_fixture.window()->statusBar()->clearMessage();

    select(m_ids[2]);
    press(Qt::Key_Up);
    QCOMPARE(storedOrder(), m_ids);
    QVERIFY(m_fixture.window()->statusBar()->currentMessage().contains(u"sorted by a column"));
}

QTEST_MAIN(TestReadingListOrder)
#include "tst_readinglistorder.moc"
