#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/ReaderView.h"
#include "gui/edit/PaperEditDialog.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/trash/TrashSection.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>

using namespace Lectern;

// The reader's "History" section: what happened to the paper, in words, newest first.
class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyKindOfEdit_isWordedForPeople();
    void detailEditsAndTheTrash_areWordedForPeople();
    void theSection_opensAndClosesAndRemembersIt();

private:
    QStringList shownEvents() const
    {
        auto *events = m_fixture.child<QListWidget>(QStringLiteral("paperHistory"));
        QStringList texts;
        for (int row = 0; row < events->count(); ++row)
            texts.append(events->item(row)->text().section(QStringLiteral("  "), 1)); // without the time
        return texts;
    }

    GuiTest::WindowFixture m_fixture;
};

void TestHistoryView::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_historyview"));
}

void TestHistoryView::init()
{
    m_fixture.reset();
    m_fixture.addPapers({GuiTest::makePaper(QStringLiteral("Rivers"), QStringLiteral("Rivers carry sediment to the sea."))});
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
}

void TestHistoryView::cleanup()
{
    m_fixture.closeWindow();
}

void TestHistoryView::everyKindOfEdit_isWordedForPeople()
{
    PaperListView *list = m_fixture.list();
    QTest::keyClick(list, Qt::Key_G);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("geo, old"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTest::keyClick(list, Qt::Key_4);
    QTest::keyClick(list, Qt::Key_T);
    m_fixture.selectRow(0);
    auto *reader = m_fixture.child<ReaderView>(QStringLiteral("reader"));
    reader->showAbstractSpan({7, 5});
    QTest::keyClick(reader, Qt::Key_H);
    QVERIFY(m_fixture.child<SidebarView>(QStringLiteral("sidebar"))->selectKey(QStringLiteral("tag:old")));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextText(QStringLiteral("archive"));
    m_fixture.child<QAction>(QStringLiteral("renameTagAction"))->trigger();
    QVERIFY(m_fixture.listIsRead());
    m_fixture.selectRow(0);

    QTRY_COMPARE(shownEvents(), (QStringList{QStringLiteral("Tag old renamed to archive"),
                                         QStringLiteral("Highlighted \u201ccarry\u201d"), QStringLiteral("Status: To read"),
                                         QStringLiteral("Rated \u2605\u2605\u2605\u2605"), QStringLiteral("Tagged old"),
                                         QStringLiteral("Tagged geo")}));
    QCOMPARE(m_fixture.child<QToolButton>(QStringLiteral("historyToggle"))->text(), QStringLiteral("History (6)"));
}

void TestHistoryView::detailEditsAndTheTrash_areWordedForPeople()
{
    QTest::keyClick(m_fixture.list(), Qt::Key_F2);
    PaperEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_fixture.window()->findChild<PaperEditDialog *>()));
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("field_title"));
    title->setText(QStringLiteral("Rivers and deltas"));
    QTest::keyClick(title, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_fixture.window()->findChild<PaperEditDialog *>());
    m_fixture.window()->activateWindow(); // as a window manager does once the dialog is gone
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window()));
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_Delete);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 0);
    auto *sidebar = m_fixture.child<SidebarView>(QStringLiteral("sidebar"));
    QVERIFY(sidebar->selectKey(TrashSection::Key));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_U);
    QVERIFY(sidebar->selectKey(QStringLiteral("all")));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    m_fixture.selectRow(0);

    QTRY_COMPARE(shownEvents(), (QStringList{QStringLiteral("Restored from the Trash"), QStringLiteral("Moved to the Trash"),
                                             QStringLiteral("Edited title: \u201cRivers\u201d to \u201cRivers and deltas\u201d")}));
}

void TestHistoryView::theSection_opensAndClosesAndRemembersIt()
{
    auto *toggle = m_fixture.child<QToolButton>(QStringLiteral("historyToggle"));
    auto *events = m_fixture.child<QListWidget>(QStringLiteral("paperHistory"));
    QVERIFY(!events->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(events->isVisible());

    QVERIFY(m_fixture.reopenWindow());
    QVERIFY(m_fixture.child<QListWidget>(QStringLiteral("paperHistory"))->isVisible());
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
