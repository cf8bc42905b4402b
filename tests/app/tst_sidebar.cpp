#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/AnnotationStore.h"
#include "library/TagStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>

using namespace Lectern;

class TestSidebar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void model_passesTheModelTester();
    void shows_allPapers_statuses_andNestedTagsWithTotals();
    void counts_followEdits();
    void counts_followAnImport();
    void manyCountsChangedAtOnce_areOneLayoutChange();
    void selectingAnEntry_filtersTheList_data();
    void selectingAnEntry_filtersTheList();
    void selection_andCollapsedTags_surviveARefresh();
    void contextMenu_offersTheTagActions();
    void renamingATag_renamesItEverywhere();
    void renamingOntoAnExistingTag_mergesAfterAsking();
    void changingATagsColour_colorsItsSwatch();
    void deletingATag_fallsBackToAllPapers();

private:
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(QStringLiteral("sidebar")); }
    SidebarModel *model() const { return sidebar()->sidebarModel(); }
    int countOf(const QString &key) const
    {
        return model()->indexOfKey(key).data(SidebarModel::CountRole).toInt();
    }
    void trigger(const QString &actionName) { m_fixture.child<QAction>(actionName)->trigger(); }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestSidebar::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_sidebar"));
}

void TestSidebar::init()
{
    m_fixture.reset();
    QList<Paper> papers;
    for (int i = 1; i <= 4; ++i)
        papers.append(GuiTest::makePaper(QStringLiteral("Paper %1").arg(i), QStringLiteral("Abstract %1.").arg(i)));
    m_ids = m_fixture.addPapers(papers);
    {
        auto library = m_fixture.openLibrary();
        TagStore tags(*library);
        QVERIFY(tags.edit({m_ids[0], m_ids[1]}, {QStringLiteral("ml/optimization")}));
        QVERIFY(tags.edit({m_ids[1], m_ids[2]}, {QStringLiteral("ml")}));
        QVERIFY(tags.edit({m_ids[3]}, {QStringLiteral("physics")}));
        QVERIFY(AnnotationStore(*library).setStatus({m_ids[3]}, ReadingStatus::Read));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestSidebar::cleanup()
{
    m_fixture.closeWindow();
}

void TestSidebar::model_passesTheModelTester()
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    sidebar()->refresh();
    // An edit that only moves counts, one that adds a line, and one that removes lines.
    m_fixture.selectRow(0);
    QTest::keyClick(m_fixture.list(), Qt::Key_T);
    auto *undo = m_fixture.child<QAction>(QStringLiteral("undoAction"));
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:physics")));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextText(QStringLiteral("science/physics"));
    trigger(QStringLiteral("renameTagAction"));
    QVERIFY(model()->indexOfKey(QStringLiteral("tag:science/physics")).isValid());
    undo->trigger();
    QVERIFY(!model()->indexOfKey(QStringLiteral("tag:science/physics")).isValid());
}

void TestSidebar::shows_allPapers_statuses_andNestedTagsWithTotals()
{
    QCOMPARE(model()->index(0, 0).data().toString(), QStringLiteral("All papers"));
    QTRY_COMPARE(countOf(QStringLiteral("all")), 4);
    QTRY_COMPARE(countOf(QStringLiteral("status:inbox")), 3);
    QTRY_COMPARE(countOf(QStringLiteral("status:read")), 1);
    QTRY_COMPARE(countOf(QStringLiteral("status:skipped")), 0);

    const QModelIndex ml = model()->indexOfKey(QStringLiteral("tag:ml"));
    QCOMPARE(ml.data().toString(), QStringLiteral("ml"));
    QCOMPARE(ml.parent().data().toString(), QStringLiteral("Tags"));
    QCOMPARE(ml.parent().flags() & Qt::ItemIsSelectable, Qt::NoItemFlags);
    // Papers 1, 2 and 3: the total counts the papers below it once each.
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 3);
    const QModelIndex optimization = model()->indexOfKey(QStringLiteral("tag:ml/optimization"));
    QCOMPARE(optimization.parent(), ml);
    QCOMPARE(optimization.data().toString(), QStringLiteral("optimization"));
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml/optimization")), 2);
    QCOMPARE(model()->index(ml.row(), SidebarModel::CountColumn, ml.parent()).data().toInt(), 3);
    QVERIFY(sidebar()->isExpanded(ml));
}

void TestSidebar::counts_followEdits()
{
    m_fixture.selectRow(0);
    QTest::keyClick(m_fixture.list(), Qt::Key_S);
    QTRY_COMPARE(countOf(QStringLiteral("status:inbox")), 2);
    QTRY_COMPARE(countOf(QStringLiteral("status:skipped")), 1);

    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[3]));
    QTest::keyClick(m_fixture.list(), Qt::Key_G);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ml/optimization"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml/optimization")), 3);
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 4);

    m_fixture.child<QAction>(QStringLiteral("undoAction"))->trigger();
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 3);
}

// Every tag's count comes in at once (394 tags in the synthetic library): one dataChanged a line had the view
// measure the count column over every line again for each, 1.1-1.9 s in the window's thread at a million
// papers. Many lines changed together are one layoutChanged, and the counts are those of the library.
void TestSidebar::manyCountsChangedAtOnce_areOneLayoutChange()
{
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 3);
    QSignalSpy lineChanged(model(), &QAbstractItemModel::dataChanged);
    QSignalSpy layoutChanged(model(), &QAbstractItemModel::layoutChanged);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[3]));
    QTest::keyClick(m_fixture.list(), Qt::Key_G);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ml/optimization"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml/optimization")), 3);
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 4);
    QVERIFY(!layoutChanged.isEmpty());
    QCOMPARE(lineChanged.count(), 0);
    QVERIFY(sidebar()->isExpanded(model()->indexOfKey(QStringLiteral("tag:ml"))));
}

void TestSidebar::counts_followAnImport()
{
    const QString file = m_fixture.filePath(QStringLiteral("more.txt"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Jun 14\n\nA Fifth Paper\n\nIts abstract.\n\nA Sixth Paper\n\nIts abstract too.\n");
    out.close();
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({file});
    QVERIFY(finished.wait(10000));

    QTRY_COMPARE(countOf(QStringLiteral("all")), 6);
    QTRY_COMPARE(countOf(QStringLiteral("status:inbox")), 5);
}

void TestSidebar::selectingAnEntry_filtersTheList_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("titles");
    QTest::newRow("all") << QStringLiteral("all") << QStringLiteral("Paper 1, Paper 2, Paper 3, Paper 4");
    QTest::newRow("inbox") << QStringLiteral("status:inbox") << QStringLiteral("Paper 1, Paper 2, Paper 3");
    QTest::newRow("read") << QStringLiteral("status:read") << QStringLiteral("Paper 4");
    QTest::newRow("skipped") << QStringLiteral("status:skipped") << QString();
    QTest::newRow("parent tag") << QStringLiteral("tag:ml") << QStringLiteral("Paper 1, Paper 2, Paper 3");
    QTest::newRow("nested tag") << QStringLiteral("tag:ml/optimization") << QStringLiteral("Paper 1, Paper 2");
}

void TestSidebar::selectingAnEntry_filtersTheList()
{
    QFETCH(QString, key);
    QFETCH(QString, titles);
    if (key == u"all")
        QVERIFY(sidebar()->selectKey(QStringLiteral("status:read"))); // away first, to come back

    const QModelIndex target = model()->indexOfKey(key);
    QVERIFY(target.isValid());
    const QRect rect = sidebar()->visualRect(target);
    QTest::mouseClick(sidebar()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_fixture.titles().join(QStringLiteral(", ")), titles);
}

void TestSidebar::selection_andCollapsedTags_surviveARefresh()
{
    const QModelIndex ml = model()->indexOfKey(QStringLiteral("tag:ml"));
    sidebar()->collapse(ml);
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:physics")));
    QVERIFY(m_fixture.listIsRead());
    // A new tag adds a line: the model resets, and the view puts back what it can.
    m_fixture.selectRow(0);
    QTest::keyClick(m_fixture.list(), Qt::Key_G);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("astro"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(model()->indexOfKey(QStringLiteral("tag:astro")).isValid());

    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("tag:physics"));
    QVERIFY(!sidebar()->isExpanded(model()->indexOfKey(QStringLiteral("tag:ml"))));
}

void TestSidebar::contextMenu_offersTheTagActions()
{
    const QModelIndex ml = model()->indexOfKey(QStringLiteral("tag:ml"));
    const QRect rect = sidebar()->visualRect(ml);
    QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(), sidebar()->viewport()->mapToGlobal(rect.center()));
    QCoreApplication::sendEvent(sidebar()->viewport(), &event);

    auto *menu = sidebar()->findChild<QMenu *>(QStringLiteral("sidebarMenu"));
    QVERIFY(menu);
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->objectName());
    QCOMPARE(names, (QStringList{QStringLiteral("renameTagAction"), QStringLiteral("recolorTagAction"),
                                  QStringLiteral("removeTagColorAction"), QStringLiteral("deleteTagAction")}));
    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("tag:ml"));
    QVERIFY(menu->actions().first()->isEnabled());
    menu->close();

    // Not on a status: those have no actions of the tag section.
    QVERIFY(sidebar()->selectKey(QStringLiteral("status:inbox")));
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(!m_fixture.child<QAction>(QStringLiteral("renameTagAction"))->isEnabled());
}

void TestSidebar::renamingATag_renamesItEverywhere()
{
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:ml")));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextText(QStringLiteral("ai"));
    sidebar()->setFocus();
    QTest::keyClick(sidebar(), Qt::Key_F2);

    QVERIFY(!model()->indexOfKey(QStringLiteral("tag:ml")).isValid());
    QTRY_COMPARE(countOf(QStringLiteral("tag:ai")), 3);
    QTRY_COMPARE(countOf(QStringLiteral("tag:ai/optimization")), 2);
    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("tag:ai"));
    QCOMPARE(m_fixture.model()->scope(), QStringLiteral("tag:\"ai\""));
    auto library = m_fixture.openLibrary();
    QCOMPARE(TagStore(*library).tagsOf(m_ids[1]), (QStringList{QStringLiteral("ai"), QStringLiteral("ai/optimization")}));
}

void TestSidebar::renamingOntoAnExistingTag_mergesAfterAsking()
{
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:physics")));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextText(QStringLiteral("ml"));
    InputDialogs::setNextConfirmation(false);
    trigger(QStringLiteral("renameTagAction"));
    QVERIFY(model()->indexOfKey(QStringLiteral("tag:physics")).isValid());

    InputDialogs::setNextText(QStringLiteral("ml"));
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("renameTagAction"));
    QVERIFY(!model()->indexOfKey(QStringLiteral("tag:physics")).isValid());
    QTRY_COMPARE(countOf(QStringLiteral("tag:ml")), 4);
}

void TestSidebar::changingATagsColour_colorsItsSwatch()
{
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:physics")));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextColor(QColor(QStringLiteral("#CC3300")));
    trigger(QStringLiteral("recolorTagAction"));

    const QModelIndex physics = model()->indexOfKey(QStringLiteral("tag:physics"));
    const auto icon = physics.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(12, 12).toImage().pixelColor(6, 6), QColor(QStringLiteral("#cc3300")));
    auto library = m_fixture.openLibrary();
    QCOMPARE(TagStore(*library).summaries().last().color, QStringLiteral("#cc3300"));

    trigger(QStringLiteral("removeTagColorAction"));
    QVERIFY(model()->indexOfKey(QStringLiteral("tag:physics")).data(Qt::DecorationRole).isNull());
}

void TestSidebar::deletingATag_fallsBackToAllPapers()
{
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:physics")));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Paper 4")});
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteTagAction"));

    QVERIFY(!model()->indexOfKey(QStringLiteral("tag:physics")).isValid());
    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("all"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 4);
}

QTEST_MAIN(TestSidebar)
#include "tst_sidebar.moc"
