// The window beside other programs on its library: the real lectern command line imports, tags and triages
// while the window is open, and the list, its counts, the sidebar and the reader follow within two seconds,
// keeping the selection and the note being typed; while another connection holds the write lock, a key
// changes nothing and says so, rather than storing while it reports failure.

#include "GuiTestSupport.h"
#include "TestKit.h"

#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/TagStore.h"
#include "storage/Database.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QUndoStack>

using namespace Lectern;

namespace {

constexpr int ShownWithinMs = 2000;

} // namespace

class TestLiveChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void importByTheCommandLine_showsInTheListAndItsCounts();
    void tagByTheCommandLine_showsInTheReaderAndKeepsTheNoteBeingTyped();
    void triageKey_whileAnotherConnectionWrites_changesNothingAndSaysSo();

private:
    bool runLectern(const QStringList &arguments);
    int sidebarCount(const QString &key) const
    {
        auto *sidebar = m_fixture.child<SidebarView>(QStringLiteral("sidebar"));
        return sidebar->sidebarModel()->indexOfKey(key).data(SidebarModel::CountRole).toInt();
    }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestLiveChanges::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_livechanges"));
}

void TestLiveChanges::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({GuiTest::makePaper(QStringLiteral("First Paper"), QStringLiteral("One.")),
                                 GuiTest::makePaper(QStringLiteral("Second Paper"), QStringLiteral("Two.")),
                                 GuiTest::makePaper(QStringLiteral("Third Paper"), QStringLiteral("Three."))});
    QVERIFY(m_fixture.openWindow());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
}

void TestLiveChanges::cleanup()
{
    m_fixture.closeWindow();
}

bool TestLiveChanges::runLectern(const QStringList &arguments)
{
    const TestKit::CommandResult result = TestKit::runLectern(m_fixture.libraryPath(), arguments);
    if (result.exitCode != 0)
        qWarning("lectern %s: %s", qPrintable(arguments.join(u' ')), qPrintable(result.err));
    return result.exitCode == 0;
}

void TestLiveChanges::importByTheCommandLine_showsInTheListAndItsCounts()
{
    m_fixture.selectRow(1);
    const qint64 selected = m_fixture.model()->paperId(1);
    const QString file = m_fixture.filePath(QStringLiteral("more.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Jun 14\n\nA Fourth Paper\n\nIts abstract.\n\nA Fifth Paper\n\nIts abstract too.\n");
    out.close();

    QVERIFY(runLectern({QStringLiteral("import"), file}));
    QVERIFY(runLectern({QStringLiteral("status"), QString::number(m_ids[0]), QStringLiteral("read")}));

    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.model()->rowCount(), 5, ShownWithinMs);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarCount(QStringLiteral("all")), 5, ShownWithinMs);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarCount(QStringLiteral("status:inbox")), 4, ShownWithinMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.child<QLabel>(QStringLiteral("triageRemaining"))->text(),
                              QStringLiteral("Inbox: 4 left"), ShownWithinMs);
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), selected);
}

void TestLiveChanges::tagByTheCommandLine_showsInTheReaderAndKeepsTheNoteBeingTyped()
{
    m_fixture.selectRow(0);
    const qint64 shown = m_fixture.model()->paperId(0);
    auto *editor = m_fixture.child<QPlainTextEdit>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("typed while"));

    QVERIFY(runLectern({QStringLiteral("tag"), QString::number(shown), QStringLiteral("+elsewhere")}));

    QTRY_COMPARE_WITH_TIMEOUT(sidebarCount(QStringLiteral("tag:elsewhere")), 1, ShownWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.window()->findChild<QWidget *>(QStringLiteral("tagChips"))->isVisible(),
                             ShownWithinMs);
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), shown);
    QCOMPARE(editor->toPlainText(), QStringLiteral("typed while"));
    QTest::keyClicks(editor, QStringLiteral(" the tag came"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("typed while the tag came"));
}

void TestLiveChanges::triageKey_whileAnotherConnectionWrites_changesNothingAndSaysSo()
{
    m_fixture.selectRow(0);
    const qint64 paperId = m_fixture.model()->paperId(0);
    auto other = m_fixture.openLibrary();
    auto *undoStack = m_fixture.window()->findChild<QUndoStack *>(QStringLiteral("undoStack"));
    QVERIFY(undoStack);
    {
        Transaction holder(other->db());
        QVERIFY(holder);
        QTest::keyClick(m_fixture.list(), Qt::Key_R); // read, and on to the next paper
        QVERIFY2(m_fixture.window()->statusBar()->currentMessage().contains(QStringLiteral("busy")),
                 qPrintable(m_fixture.window()->statusBar()->currentMessage()));
        QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), paperId); // still the one undecided
    }
    QCOMPARE(undoStack->count(), 0);
    QCOMPARE(PaperStore(*other).paper(paperId)->status, ReadingStatus::Inbox);

    QTest::keyClick(m_fixture.list(), Qt::Key_R); // once the lock is free, the same key works
    QCOMPARE(undoStack->count(), 1);
    QCOMPARE(PaperStore(*other).paper(paperId)->status, ReadingStatus::Read);
}

QTEST_MAIN(TestLiveChanges)
#include "tst_livechanges.moc"
