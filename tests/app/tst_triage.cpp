#include "GuiTestSupport.h"

#include "gui/sidebar/SidebarView.h"
#include "library/AnnotationStore.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUrl>

using namespace Lectern;

class TestTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keysInTheInbox_decideAndBringUpTheNextPaper();
    void keysOutsideTheInbox_moveToTheNextRow();
    void theRemainingCount_followsEveryDecision();
    void aDecisionOnSeveralSelectedPapers_appliesToAll();
    void numberKeys_rateTheCurrentPaper();
    void keyO_opensTheFirstLink();
    void keyO_withNoBrowser_saysSo();
    void keyG_goesToTheTagField();
    void afterCtrlUp_keysActOnThePaperTheReaderShows();
    void aDecision_announcesOnlyTheRowsTheListHasRead();
    void actions_haveTheirKeys_andAreInAMenu_data();
    void actions_haveTheirKeys_andAreInAMenu();

private:
    QLabel *remaining() const { return m_fixture.child<QLabel>(QStringLiteral("triageRemaining")); }
    qint64 currentPaperId() const { return m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()); }
    ReadingStatus statusOf(qint64 paperId) const
    {
        auto library = m_fixture.openLibrary();
        return PaperStore(*library).paper(paperId)->status;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {}) { QTest::keyClick(m_fixture.list(), key, modifiers); }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestTriage::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_triage"));
}

void TestTriage::init()
{
    m_fixture.reset();
    QList<Paper> papers;
    for (int i = 1; i <= 5; ++i)
        papers.append(GuiTest::makePaper(QStringLiteral("Paper %1").arg(i), QStringLiteral("Abstract %1.").arg(i),
                                         QStringLiteral("https://example.org/paper/%1").arg(i)));
    m_ids = m_fixture.addPapers(papers);
    QVERIFY(m_fixture.openWindow());
    m_fixture.list()->setFocus();
}

void TestTriage::cleanup()
{
    m_fixture.closeWindow();
}

void TestTriage::keysInTheInbox_decideAndBringUpTheNextPaper()
{
    QVERIFY(m_fixture.child<SidebarView>(QStringLiteral("sidebar"))->selectKey(QStringLiteral("status:inbox")));
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 5);
    m_fixture.selectRow(0);

    press(Qt::Key_T);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 4);
    QCOMPARE(currentPaperId(), m_ids[1]);
    press(Qt::Key_R);
    QCOMPARE(currentPaperId(), m_ids[2]);
    press(Qt::Key_S);
    QCOMPARE(currentPaperId(), m_ids[3]);
    press(Qt::Key_R, Qt::ShiftModifier);
    QCOMPARE(currentPaperId(), m_ids[4]);
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Paper 5")});

    QCOMPARE(statusOf(m_ids[0]), ReadingStatus::ToRead);
    QCOMPARE(statusOf(m_ids[1]), ReadingStatus::Read);
    QCOMPARE(statusOf(m_ids[2]), ReadingStatus::Skipped);
    QCOMPARE(statusOf(m_ids[3]), ReadingStatus::Reading);
    QCOMPARE(statusOf(m_ids[4]), ReadingStatus::Inbox);
}

void TestTriage::keysOutsideTheInbox_moveToTheNextRow()
{
    m_fixture.selectRow(1);
    press(Qt::Key_T);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 5);
    QCOMPARE(currentPaperId(), m_ids[2]);
    QCOMPARE(m_fixture.model()->index(1, 0).data(PaperListModel::StatusRole).toInt(), int(ReadingStatus::ToRead));

    // The last row has no next one: it stays.
    m_fixture.selectRow(4);
    press(Qt::Key_S);
    QCOMPARE(currentPaperId(), m_ids[4]);
    QCOMPARE(statusOf(m_ids[4]), ReadingStatus::Skipped);
}

// Counted in the background (see tst_listinbackground): each count follows shortly after its key.
void TestTriage::theRemainingCount_followsEveryDecision()
{
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox: 5 left"));
    m_fixture.selectRow(0);
    press(Qt::Key_T);
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox: 4 left"));
    press(Qt::Key_I);
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox: 4 left")); // the second paper was in the inbox already
    m_fixture.selectRow(0);
    press(Qt::Key_I);
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox: 5 left"));
    m_fixture.selectRow(0);
    for (int row = 0; row < 5; ++row)
        press(Qt::Key_R);
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox empty"));
}

void TestTriage::aDecisionOnSeveralSelectedPapers_appliesToAll()
{
    m_fixture.selectRow(1);
    QTest::keyClick(m_fixture.list(), Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_S);
    QCOMPARE(statusOf(m_ids[1]), ReadingStatus::Skipped);
    QCOMPARE(statusOf(m_ids[2]), ReadingStatus::Skipped);
    QCOMPARE(statusOf(m_ids[3]), ReadingStatus::Inbox);
    QCOMPARE(currentPaperId(), m_ids[3]);
    QTRY_COMPARE(remaining()->text(), QStringLiteral("Inbox: 3 left"));
}

void TestTriage::numberKeys_rateTheCurrentPaper()
{
    m_fixture.selectRow(2);
    press(Qt::Key_4);
    QCOMPARE(m_fixture.model()->index(2, 0).data(PaperListModel::RatingRole).toInt(), 4);
    press(Qt::Key_0);
    QCOMPARE(m_fixture.model()->index(2, 0).data(PaperListModel::RatingRole).toInt(), 0);
    press(Qt::Key_5);
    auto library = m_fixture.openLibrary();
    QCOMPARE(PaperStore(*library).paper(m_ids[2])->rating, 5);
    // Rating is not a decision: the paper stays current.
    QCOMPARE(currentPaperId(), m_ids[2]);
}

void TestTriage::keyO_opensTheFirstLink()
{
    GuiTest::LinkCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    m_fixture.selectRow(3);
    press(Qt::Key_O);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/paper/4"))});
}

// Issue 12, item 8: the desktop had nothing to open the link with; the window said nothing.
void TestTriage::keyO_withNoBrowser_saysSo()
{
    // Offscreen, with no handler for https, QDesktopServices::openUrl fails as it does with no browser.
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_fixture.selectRow(3);
    press(Qt::Key_O);
    const QString message = m_fixture.window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"no web browser"), qPrintable(message));
    QVERIFY2(message.contains(u"https://example.org/paper/4"), qPrintable(message));
}

void TestTriage::keyG_goesToTheTagField()
{
    m_fixture.selectRow(0);
    press(Qt::Key_G);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tagField"));
}

// Issue 12, item 2: Ctrl+Up moves the current row (the paper the reader shows) and leaves the selection behind; a
// rating and a decision then act on the paper shown, and the next paper after it comes up.
void TestTriage::afterCtrlUp_keysActOnThePaperTheReaderShows()
{
    m_fixture.selectRow(2);
    QTest::keyClick(m_fixture.list(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(currentPaperId(), m_ids[1]);
    QVERIFY(m_fixture.list()->selectionModel()->isRowSelected(2));

    press(Qt::Key_4);
    auto library = m_fixture.openLibrary();
    QCOMPARE(PaperStore(*library).paper(m_ids[1])->rating, 4);
    QCOMPARE(PaperStore(*library).paper(m_ids[2])->rating, 0);

    press(Qt::Key_S);
    QCOMPARE(statusOf(m_ids[1]), ReadingStatus::Skipped);
    QCOMPARE(statusOf(m_ids[2]), ReadingStatus::Inbox);
    QCOMPARE(currentPaperId(), m_ids[2]);
}

// After a decision the rows shown are read again, and only the rows read are announced as changed: told that
// every row changed, the view looks for each row's place, 35-60 ms per key in the inbox of a million papers.
void TestTriage::aDecision_announcesOnlyTheRowsTheListHasRead()
{
    m_fixture.closeWindow();
    QList<Paper> more;
    for (int i = 1; i <= 450; ++i)
        more.append(GuiTest::makePaper(QStringLiteral("More %1").arg(i), QStringLiteral("Abstract.")));
    m_fixture.addPapers(more);
    QVERIFY(m_fixture.openWindow());
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 455);
    m_fixture.list()->setFocus();
    m_fixture.selectRow(0);
    const QString firstTitle = m_fixture.model()->index(0, 0).data().toString(); // the first page read, as painted
    QSignalSpy announced(m_fixture.model(), &QAbstractItemModel::dataChanged);
    press(Qt::Key_T);
    QVERIFY(!announced.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(announced))
        QVERIFY2(signal[1].value<QModelIndex>().row() < 200, qPrintable(QString::number(signal[1].value<QModelIndex>().row())));
    QCOMPARE(m_fixture.model()->index(0, 0).data().toString(), firstTitle);
    QCOMPARE(m_fixture.model()->index(0, 0).data(PaperListModel::StatusRole).toInt(), int(ReadingStatus::ToRead));
}

void TestTriage::actions_haveTheirKeys_andAreInAMenu_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("inbox") << QStringLiteral("status-inbox-action") << QKeySequence(Qt::Key_I);
    QTest::newRow("to read") << QStringLiteral("status-to-read-action") << QKeySequence(Qt::Key_T);
    QTest::newRow("reading") << QStringLiteral("status-reading-action") << QKeySequence(Qt::SHIFT | Qt::Key_R);
    QTest::newRow("read") << QStringLiteral("status-read-action") << QKeySequence(Qt::Key_R);
    QTest::newRow("skipped") << QStringLiteral("status-skipped-action") << QKeySequence(Qt::Key_S);
    QTest::newRow("rate 3") << QStringLiteral("rating-3-action") << QKeySequence(Qt::Key_3);
    QTest::newRow("tag") << QStringLiteral("tagAction") << QKeySequence(Qt::CTRL | Qt::Key_T);
    QTest::newRow("open link") << QStringLiteral("openLinkAction") << QKeySequence(Qt::Key_O);
    QTest::newRow("highlight") << QStringLiteral("highlightAction") << QKeySequence(Qt::Key_H);
    QTest::newRow("undo") << QStringLiteral("undoAction") << QKeySequence(QKeySequence::Undo);
}

void TestTriage::actions_haveTheirKeys_andAreInAMenu()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, key);
    const auto *found = m_fixture.child<QAction>(action);
    QCOMPARE(found->shortcut(), key);
    QVERIFY2(!found->associatedObjects().isEmpty(), "every action is in a menu");
    bool inMenu = false;
    for (const QObject *object : found->associatedObjects())
        inMenu = inMenu || object->inherits("QMenu");
    QVERIFY(inMenu);
}

QTEST_MAIN(TestTriage)
#include "tst_triage.moc"
