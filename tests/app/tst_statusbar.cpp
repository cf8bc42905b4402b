#include "GuiTestSupport.h"

#include "gui/sidebar/SidebarView.h"
#include "gui/sidebar/TagSection.h"
#include "library/AnnotationStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 9: the status bar's counts say what the list shows ("6 of 75 papers" in a part of the library),
// "Inbox: n left" only beside the inbox, apart from each other; a failed import does not say "Imported 0 papers".
class TestStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void counts_sayWhatTheListShows_data();
    void counts_sayWhatTheListShows();
    void theTwoCounts_standApart();
    void aFailedImport_doesNotSayImported();

private:
    QLabel *paperCount() const { return m_fixture.child<QLabel>(u"paperCount"_s); }
    QLabel *remaining() const { return m_fixture.child<QLabel>(u"triageRemaining"_s); }
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(u"sidebar"_s); }

    GuiTest::WindowFixture m_fixture;
};

void TestStatusBar::initTestCase()
{
    m_fixture.isolateSettings(u"tst_statusbar"_s);
}

// Five papers: two tagged "ml", one read (so four in the inbox).
void TestStatusBar::init()
{
    m_fixture.reset();
    QList<Paper> papers;
    for (int i = 1; i <= 5; ++i)
        papers.append(GuiTest::makePaper(u"Paper %1"_s.arg(i), u"Abstract %1."_s.arg(i)));
    const QList<qint64> ids = m_fixture.addPapers(papers);
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({ids[0], ids[1]}, {u"ml"_s}));
        QVERIFY(AnnotationStore(*library).setStatus({ids[4]}, ReadingStatus::Read));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestStatusBar::cleanup()
{
    m_fixture.closeWindow();
}

void TestStatusBar::counts_sayWhatTheListShows_data()
{
    QTest::addColumn<QString>("sidebarKey");
    QTest::addColumn<QString>("count");
    QTest::addColumn<bool>("remainingShown");
    QTest::newRow("all papers") << u"all"_s << u"5 papers"_s << false;
    QTest::newRow("the inbox") << u"status:inbox"_s << u"4 of 5 papers"_s << true;
    QTest::newRow("a tag") << TagSection::KeyPrefix + u"ml"_s << u"2 of 5 papers"_s << false;
    QTest::newRow("read") << u"status:read"_s << u"1 of 5 papers"_s << false;
}

void TestStatusBar::counts_sayWhatTheListShows()
{
    QFETCH(QString, sidebarKey);
    QFETCH(QString, count);
    QFETCH(bool, remainingShown);
    QVERIFY(sidebar()->selectKey(sidebarKey));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(paperCount()->text(), count);
    QCOMPARE(remaining()->isVisible(), remainingShown);
    QTRY_COMPARE(remaining()->text(), u"Inbox: 4 left"_s);
}

void TestStatusBar::theTwoCounts_standApart()
{
    QVERIFY(sidebar()->selectKey(u"status:inbox"_s));
    QVERIFY(m_fixture.listIsRead());
    QTRY_VERIFY(remaining()->isVisible());
    const QRect left = remaining()->contentsRect().translated(remaining()->pos());
    const QRect right = paperCount()->contentsRect().translated(paperCount()->pos());
    QVERIFY2(right.left() - left.right() >= 12, qPrintable(u"%1 px apart"_s.arg(right.left() - left.right())));
}

void TestStatusBar::aFailedImport_doesNotSayImported()
{
    const QString bad = m_fixture.filePath(u"bad.txt"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Jun 14\n\nA Title Without Its Abstract\n");
    file.close();
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({bad});
    QVERIFY(finished.wait(10000));

    const QString message = m_fixture.window()->statusBar()->currentMessage();
    QVERIFY2(!message.contains(u"Imported"), qPrintable(message));
    QVERIFY2(message.contains(u"failed"), qPrintable(message));
    QVERIFY(m_fixture.window()->findChild<QMessageBox *>(u"importError"_s));
}

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
