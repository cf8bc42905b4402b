#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/lists/SmartListSection.h"
#include "gui/notes/NoteEditor.h"
#include "gui/search/SearchField.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QStatusBar>

using namespace Lectern;

class TestSmartListSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlShiftS_savesTheSearch_asASmartListWithItsCount_andShowsIt();
    void savedSearch_withinAScope_keepsBoth();
    void invalidSearch_isNotSaved();
    void selectingASmartList_filtersTheList();
    void count_followsEdits();
    void count_followsANoteAsItIsSaved();
    void editingTheQuery_filtersAgain_andABadQueryIsRefused();
    void renaming_andDeleting_goThroughTheHooks();
    void everyEdit_isAnUndoStep_andTheListShownFollows();
    void sidebarModel_passesTheModelTester();

private:
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(QStringLiteral("sidebar")); }
    SidebarModel *sidebarModel() const { return sidebar()->sidebarModel(); }
    SearchField *searchField() const { return m_fixture.child<SearchField>(QStringLiteral("searchField")); }
    void trigger(const QString &actionName) const { m_fixture.child<QAction>(actionName)->trigger(); }
    qint64 createSmartList(const QString &name, const QString &query) const;
    int countOf(qint64 listId) const;
    QString statusMessage() const { return m_fixture.window()->statusBar()->currentMessage(); }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestSmartListSection::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_smartlistsection"));
}

void TestSmartListSection::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({
        GuiTest::makePaper(QStringLiteral("Banana Ripening Kinetics"), QStringLiteral("Ripening follows kinetics.")),
        GuiTest::makePaper(QStringLiteral("Apple Orchards Under Drought"), QStringLiteral("Orchards respond to drought.")),
        GuiTest::makePaper(QStringLiteral("Cherry Blossom Timing"), QStringLiteral("Blossoms open earlier.")),
    });
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({m_ids[0], m_ids[1]}, {QStringLiteral("fruit")}));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestSmartListSection::cleanup()
{
    m_fixture.closeWindow();
}

// Through the library the window has open, then shown as the window shows an edit.
qint64 TestSmartListSection::createSmartList(const QString &name, const QString &query) const
{
    const auto id = SmartListStore(*m_fixture.openLibrary()).create(name, query);
    if (!id)
        qFatal("cannot create the smart list: %s", qPrintable(id.error().toString()));
    sidebar()->refresh();
    return *id;
}

int TestSmartListSection::countOf(qint64 listId) const
{
    return sidebarModel()->indexOfKey(SmartListSection::keyOf(listId)).data(SidebarModel::CountRole).toInt();
}

void TestSmartListSection::ctrlShiftS_savesTheSearch_asASmartListWithItsCount_andShowsIt()
{
    QTest::keyClicks(searchField(), QStringLiteral("tag:fruit"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    InputDialogs::setNextText(QStringLiteral("Fruit"));
    QTest::keyClick(m_fixture.list(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);

    const auto saved = SmartListStore(*m_fixture.openLibrary()).find(QStringLiteral("Fruit"));
    QVERIFY(saved);
    QCOMPARE(saved->query, QStringLiteral("tag:fruit"));
    const QModelIndex entry = sidebarModel()->indexOfKey(SmartListSection::keyOf(saved->id));
    QVERIFY(entry.isValid());
    QCOMPARE(entry.data().toString(), QStringLiteral("Fruit"));
    QCOMPARE(entry.parent().data().toString(), QStringLiteral("Smart lists"));
    QTRY_COMPARE(countOf(saved->id), 2);
    // The search became the list: it is selected, and the field is free for the next search.
    QCOMPARE(sidebar()->currentEntry()->key, SmartListSection::keyOf(saved->id));
    QVERIFY(searchField()->text().isEmpty());
    QCOMPARE(m_fixture.model()->scope(), QStringLiteral("tag:fruit"));
    QTRY_COMPARE(m_fixture.model()->searchText(), QString());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
}

void TestSmartListSection::savedSearch_withinAScope_keepsBoth()
{
    QVERIFY(sidebar()->selectKey(QStringLiteral("tag:fruit")));
    QVERIFY(m_fixture.listIsRead());
    QTest::keyClicks(searchField(), QStringLiteral("drought"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    InputDialogs::setNextText(QStringLiteral("Dry fruit"));
    trigger(QStringLiteral("saveSearchAction"));
    const auto saved = SmartListStore(*m_fixture.openLibrary()).find(QStringLiteral("Dry fruit"));
    QVERIFY(saved);
    QTRY_COMPARE(countOf(saved->id), 1);
    QVERIFY(saved->query.contains(u"tag:\"fruit\"") || saved->query.contains(u"tag:fruit"));
    QVERIFY(saved->query.contains(u"drought"));
}

void TestSmartListSection::invalidSearch_isNotSaved()
{
    QTest::keyClicks(searchField(), QStringLiteral("(fruit"));
    QTRY_VERIFY(m_fixture.child<QLabel>(QStringLiteral("queryError"))->isVisible());
    InputDialogs::setNextText(QStringLiteral("Broken"));
    trigger(QStringLiteral("saveSearchAction"));
    QVERIFY(SmartListStore(*m_fixture.openLibrary()).lists().isEmpty());
    QVERIFY(statusMessage().contains(u"not a query"));
    // The window did not ask for a name: the answer given beforehand is still there.
    QCOMPARE(InputDialogs::getText(nullptr, {}, {}), std::optional<QString>(QStringLiteral("Broken")));
}

void TestSmartListSection::selectingASmartList_filtersTheList()
{
    const qint64 id = createSmartList(QStringLiteral("Not fruit"), QStringLiteral("-tag:fruit"));
    const QModelIndex entry = sidebarModel()->indexOfKey(SmartListSection::keyOf(id));
    QTest::mouseClick(sidebar()->viewport(), Qt::LeftButton, {}, sidebar()->visualRect(entry).center());
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Cherry Blossom Timing")});
    QVERIFY(sidebar()->selectKey(QStringLiteral("all")));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
}

void TestSmartListSection::count_followsEdits()
{
    const qint64 id = createSmartList(QStringLiteral("Fruit"), QStringLiteral("tag:fruit"));
    QTRY_COMPARE(countOf(id), 2);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[2]));
    QTest::keyClick(m_fixture.list(), Qt::Key_G);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fruit"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(countOf(id), 3);
}

void TestSmartListSection::count_followsANoteAsItIsSaved()
{
    const qint64 id = createSmartList(QStringLiteral("Annotated"), QStringLiteral("has:note"));
    QTRY_COMPARE(countOf(id), 0);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[2]));
    auto *editor = m_fixture.child<NoteEditor>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Worth a second look."));
    editor->save();
    QTRY_COMPARE(countOf(id), 1);
}

void TestSmartListSection::editingTheQuery_filtersAgain_andABadQueryIsRefused()
{
    const qint64 id = createSmartList(QStringLiteral("Fruit"), QStringLiteral("tag:fruit"));
    QVERIFY(sidebar()->selectKey(SmartListSection::keyOf(id)));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    InputDialogs::setNextText(QStringLiteral("tag:fruit -drought"));
    trigger(QStringLiteral("editSmartListQueryAction"));
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Banana Ripening Kinetics")});
    QTRY_COMPARE(countOf(id), 1);

    InputDialogs::setNextText(QStringLiteral("tag:fruit \"open"));
    trigger(QStringLiteral("editSmartListQueryAction"));
    QVERIFY2(statusMessage().contains(u"quote is not closed"), qPrintable(statusMessage()));
    QCOMPARE(SmartListStore(*m_fixture.openLibrary()).lists().first().query, QStringLiteral("tag:fruit -drought"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
}

void TestSmartListSection::renaming_andDeleting_goThroughTheHooks()
{
    const qint64 id = createSmartList(QStringLiteral("Fruit"), QStringLiteral("tag:fruit"));
    QVERIFY(sidebar()->selectKey(SmartListSection::keyOf(id)));
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(m_fixture.child<QAction>(QStringLiteral("renameSmartListAction"))->isEnabled());
    InputDialogs::setNextText(QStringLiteral("Orchard and plantation"));
    trigger(QStringLiteral("renameSmartListAction"));
    QCOMPARE(sidebarModel()->indexOfKey(SmartListSection::keyOf(id)).data().toString(), QStringLiteral("Orchard and plantation"));

    InputDialogs::setNextConfirmation(false);
    trigger(QStringLiteral("deleteSmartListAction"));
    QVERIFY(sidebarModel()->indexOfKey(SmartListSection::keyOf(id)).isValid());
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteSmartListAction"));
    QVERIFY(!sidebarModel()->indexOfKey(SmartListSection::keyOf(id)).isValid());
    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("all"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);

    // On a line of another section, the smart list's keys do nothing.
    QVERIFY(!m_fixture.child<QAction>(QStringLiteral("deleteSmartListAction"))->isEnabled());
}

void TestSmartListSection::everyEdit_isAnUndoStep_andTheListShownFollows()
{
    QTest::keyClicks(searchField(), QStringLiteral("tag:fruit"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    InputDialogs::setNextText(QStringLiteral("Fruit"));
    trigger(QStringLiteral("saveSearchAction"));
    const auto saved = SmartListStore(*m_fixture.openLibrary()).find(QStringLiteral("Fruit"));
    QVERIFY(saved);
    const QString key = SmartListSection::keyOf(saved->id);
    const auto label = [&] { return sidebarModel()->indexOfKey(key).data().toString(); };

    InputDialogs::setNextText(QStringLiteral("tag:fruit -drought"));
    trigger(QStringLiteral("editSmartListQueryAction"));
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Banana Ripening Kinetics")});
    InputDialogs::setNextText(QStringLiteral("Bananas"));
    trigger(QStringLiteral("renameSmartListAction"));
    QCOMPARE(label(), QStringLiteral("Bananas"));

    trigger(QStringLiteral("undoAction"));
    QCOMPARE(label(), QStringLiteral("Fruit"));
    trigger(QStringLiteral("undoAction"));
    QCOMPARE(m_fixture.model()->scope(), QStringLiteral("tag:fruit"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    QTRY_COMPARE(countOf(saved->id), 2);
    trigger(QStringLiteral("redoAction"));
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Banana Ripening Kinetics")});

    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteSmartListAction"));
    QVERIFY(!sidebarModel()->indexOfKey(key).isValid());
    trigger(QStringLiteral("undoAction"));
    QCOMPARE(label(), QStringLiteral("Fruit")); // under its old id
    QTRY_COMPARE(countOf(saved->id), 1);

    trigger(QStringLiteral("undoAction")); // the query
    trigger(QStringLiteral("undoAction")); // the saving
    QVERIFY(SmartListStore(*m_fixture.openLibrary()).lists().isEmpty());
    trigger(QStringLiteral("redoAction"));
    QCOMPARE(SmartListStore(*m_fixture.openLibrary()).find(QStringLiteral("Fruit"))->id, saved->id);
}

void TestSmartListSection::sidebarModel_passesTheModelTester()
{
    QAbstractItemModelTester tester(sidebarModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = createSmartList(QStringLiteral("Fruit"), QStringLiteral("tag:fruit"));
    QVERIFY(sidebar()->selectKey(SmartListSection::keyOf(id)));
    QVERIFY(m_fixture.listIsRead());
    InputDialogs::setNextText(QStringLiteral("tag:fruit OR blossom"));
    trigger(QStringLiteral("editSmartListQueryAction"));
    QTRY_COMPARE(countOf(id), 3);
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteSmartListAction"));
}

QTEST_MAIN(TestSmartListSection)
#include "tst_smartlistsection.moc"
