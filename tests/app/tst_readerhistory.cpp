#include "GuiTestSupport.h"

#include "gui/reading/ReadingPane.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 7: Back and Forward (Alt+Left, Alt+Right, and in the View menu) through the papers the reader
// showed, as a browser goes through pages.
class TestReaderHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void altLeftAndAltRight_goThroughThePapersShown();
    void showingAnotherPaper_afterGoingBack_dropsWhatLayAhead();
    void back_bringsBackAPaperThatASearchHid();
    void theActions_areInTheViewMenu_andDisabledAtTheEnds();

private:
    qint64 shown() const { return m_fixture.child<ReadingPane>(u"readingPane"_s)->paperId(); }
    void select(int index) const { m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[index])); }
    void press(Qt::Key key) const { QTest::keyClick(m_fixture.list(), key, Qt::AltModifier); }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestReaderHistory::initTestCase()
{
    m_fixture.isolateSettings(u"tst_readerhistory"_s);
}

void TestReaderHistory::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({GuiTest::makePaper(u"Alpha paper"_s, u"About alpha."_s),
                                 GuiTest::makePaper(u"Beta paper"_s, u"About beta."_s),
                                 GuiTest::makePaper(u"Gamma paper"_s, u"About gamma."_s)});
    QVERIFY(m_fixture.openWindow());
    m_fixture.list()->setFocus();
}

void TestReaderHistory::cleanup()
{
    m_fixture.closeWindow();
}

void TestReaderHistory::altLeftAndAltRight_goThroughThePapersShown()
{
    select(0);
    select(2);
    select(1);
    QCOMPARE(shown(), m_ids[1]);

    press(Qt::Key_Left);
    QTRY_COMPARE(shown(), m_ids[2]);
    press(Qt::Key_Left);
    QTRY_COMPARE(shown(), m_ids[0]);
    press(Qt::Key_Right);
    QTRY_COMPARE(shown(), m_ids[2]);
    press(Qt::Key_Right);
    QTRY_COMPARE(shown(), m_ids[1]);
    // The list follows: the paper shown is the current row.
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[1]);
}

void TestReaderHistory::showingAnotherPaper_afterGoingBack_dropsWhatLayAhead()
{
    select(0);
    select(1);
    press(Qt::Key_Left);
    QTRY_COMPARE(shown(), m_ids[0]);
    select(2);
    QVERIFY(!m_fixture.child<QAction>(u"forwardAction"_s)->isEnabled());
    press(Qt::Key_Left);
    QTRY_COMPARE(shown(), m_ids[0]);
}

void TestReaderHistory::back_bringsBackAPaperThatASearchHid()
{
    select(0);
    auto *search = m_fixture.child<QLineEdit>(u"searchField"_s);
    QTest::keyClicks(search, u"gamma"_s);
    QTRY_COMPARE(m_fixture.titles(), QStringList{u"Gamma paper"_s});
    QTRY_COMPARE(shown(), m_ids[2]);

    m_fixture.list()->setFocus();
    press(Qt::Key_Left);
    QTRY_COMPARE(shown(), m_ids[0]);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
}

void TestReaderHistory::theActions_areInTheViewMenu_andDisabledAtTheEnds()
{
    auto *back = m_fixture.child<QAction>(u"backAction"_s);
    auto *forward = m_fixture.child<QAction>(u"forwardAction"_s);
    QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));
    QCOMPARE(forward->shortcut(), QKeySequence(QKeySequence::Forward));
    bool inMenu = false;
    for (const QObject *object : back->associatedObjects())
        inMenu = inMenu || object->inherits("QMenu");
    QVERIFY(inMenu);
    select(0);
    QVERIFY(!back->isEnabled());
    select(1);
    QVERIFY(back->isEnabled());
    QVERIFY(!forward->isEnabled());
}

QTEST_MAIN(TestReaderHistory)
#include "tst_readerhistory.moc"
