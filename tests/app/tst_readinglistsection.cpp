#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/lists/ReadingListSection.h"
#include "gui/search/SearchField.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/ReadingListStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Lectern;

class TestReadingListSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void readingList_showsItsPapersInItsOrder_withItsCount();
    void droppingARow_movesIt_andTheOrderLastsAfterReopening();
    void droppingSeveralRows_keepsTheirOrder_andUndoPutsThemBack();
    void rows_dragOnlyInsideAReadingListInItsOwnOrder();
    void fileDraggedOverTheList_stillReachesTheWindow();
    void ctrlL_addsTheSelectedPapers_toAListPickedOrNamed();
    void addToReadingListMenu_offersEveryListAndANewOne();
    void deleteInTheList_takesPapersOffTheList_notOutOfTheLibrary();
    void newList_isMadeWithCtrlShiftN_andSelected();
    void renamingTheListShown_keepsShowingIt();
    void deletingAList_asksFirst_andUndoBringsItBack();
    void undoingPastADelete_reachesTheStepsBeforeIt();
    void models_passTheModelTester();

private:
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(QStringLiteral("sidebar")); }
    SidebarModel *sidebarModel() const { return sidebar()->sidebarModel(); }
    // The action, and the list read again after it (in the background).
    void trigger(const QString &actionName) const
    {
        m_fixture.child<QAction>(actionName)->trigger();
        QVERIFY(m_fixture.listIsRead());
    }
    void showList() const;
    QList<qint64> storedOrder() const { return ReadingListStore(*m_fixture.openLibrary()).paperIds(m_listId); }
    int sidebarCount(qint64 listId) const
    {
        return sidebarModel()->indexOfKey(ReadingListSection::keyOf(listId)).data(SidebarModel::CountRole).toInt();
    }
    void dropAt(const QPoint &position, const QList<int> &rows) const;

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
    qint64 m_listId = 0;
};

void TestReadingListSection::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_readinglistsection"));
}

void TestReadingListSection::init()
{
    m_fixture.reset();
    QList<Paper> papers;
    for (int i = 1; i <= 4; ++i)
        papers.append(GuiTest::makePaper(QStringLiteral("Paper %1").arg(i), QStringLiteral("Abstract %1.").arg(i)));
    m_ids = m_fixture.addPapers(papers);
    {
        auto library = m_fixture.openLibrary();
        ReadingListStore lists(*library);
        const auto id = lists.create(QStringLiteral("Weekend"));
        QVERIFY(id);
        m_listId = *id;
        QVERIFY(lists.addPapers(m_listId, {m_ids[2], m_ids[0], m_ids[1]}));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestReadingListSection::cleanup()
{
    m_fixture.closeWindow();
}

void TestReadingListSection::showList() const
{
    const QModelIndex entry = sidebarModel()->indexOfKey(ReadingListSection::keyOf(m_listId));
    QTest::mouseClick(sidebar()->viewport(), Qt::LeftButton, {}, sidebar()->visualRect(entry).center());
    QVERIFY(m_fixture.listIsRead());
}

// What a drop of these rows does where the mouse lets go, as the view hands it to the model.
void TestReadingListSection::dropAt(const QPoint &position, const QList<int> &rows) const
{
    QModelIndexList indexes;
    for (const int row : rows)
        indexes.append(m_fixture.model()->index(row, 0));
    std::unique_ptr<QMimeData> data(m_fixture.model()->mimeData(indexes));
    QWidget *viewport = m_fixture.list()->viewport();
    QDragEnterEvent enter(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(position, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(position), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
}

void TestReadingListSection::readingList_showsItsPapersInItsOrder_withItsCount()
{
    const QModelIndex entry = sidebarModel()->indexOfKey(ReadingListSection::keyOf(m_listId));
    QCOMPARE(entry.data().toString(), QStringLiteral("Weekend"));
    QCOMPARE(entry.parent().data().toString(), QStringLiteral("Reading lists"));
    QCOMPARE(sidebarCount(m_listId), 3);
    showList();
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 3"), QStringLiteral("Paper 1"), QStringLiteral("Paper 2")}));
    QCOMPARE(m_fixture.model()->readingListId(), m_listId);

    // Searching inside the list keeps the list's order.
    QTest::keyClicks(m_fixture.child<SearchField>(QStringLiteral("searchField")), QStringLiteral("abstract -\"abstract 1\""));
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 3"), QStringLiteral("Paper 2")}));
}

void TestReadingListSection::droppingARow_movesIt_andTheOrderLastsAfterReopening()
{
    showList();
    // "Paper 2" (the last row) dropped on the upper edge of the first row: before it.
    const QRect first = m_fixture.list()->visualRect(m_fixture.model()->index(0, 0));
    dropAt(QPoint(first.center().x(), first.top() + 1), {2});
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 2"), QStringLiteral("Paper 3"), QStringLiteral("Paper 1")}));

    QVERIFY(m_fixture.reopenWindow());
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    showList();
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 2"), QStringLiteral("Paper 3"), QStringLiteral("Paper 1")}));
}

void TestReadingListSection::droppingSeveralRows_keepsTheirOrder_andUndoPutsThemBack()
{
    showList();
    // Rows 0 and 1 ("Paper 3", "Paper 1") dropped below the last row: to the end.
    const QRect last = m_fixture.list()->visualRect(m_fixture.model()->index(2, 0));
    dropAt(QPoint(last.center().x(), last.bottom() + 20), {0, 1});
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));

    trigger(QStringLiteral("undoAction"));
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 3"), QStringLiteral("Paper 1"), QStringLiteral("Paper 2")}));
    trigger(QStringLiteral("redoAction"));
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
}

void TestReadingListSection::rows_dragOnlyInsideAReadingListInItsOwnOrder()
{
    PaperListModel *model = m_fixture.model();
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled));
    showList();
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    // Onto a paper is not a place: drops go between rows.
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDropEnabled));

    model->sort(PaperListModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled));
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
    QVERIFY(!model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, {}));
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));

    model->sort(-1);
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
    model->setSearchText(QStringLiteral("abstract"));
    QVERIFY(m_fixture.listIsRead());
    QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled));
}

void TestReadingListSection::fileDraggedOverTheList_stillReachesTheWindow()
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(m_fixture.filePath(QStringLiteral("papers.txt")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_fixture.list()->viewport(), &enter);
    QVERIFY(enter.isAccepted());
}

void TestReadingListSection::ctrlL_addsTheSelectedPapers_toAListPickedOrNamed()
{
    m_fixture.selectRow(0);
    m_fixture.list()->selectionModel()->select(m_fixture.model()->index(3, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    InputDialogs::setNextItem(QStringLiteral("Weekend"));
    QTest::keyClick(m_fixture.list(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_fixture.listIsRead());
    // Paper 1 was there already; Paper 4 goes at the end.
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1], m_ids[3]}));
    QCOMPARE(sidebarCount(m_listId), 4);

    // The list reloaded after the edit, keeping the current paper: select both again.
    m_fixture.selectRow(0);
    m_fixture.list()->selectionModel()->select(m_fixture.model()->index(3, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
    InputDialogs::setNextItem(QStringLiteral("To print"));
    QTest::keyClick(m_fixture.list(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_fixture.listIsRead());
    const auto created = ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("To print"));
    QVERIFY(created);
    QCOMPARE(created->count, 2);
    QCOMPARE(sidebarCount(created->id), 2);

    // Undo takes back the new list as a whole.
    trigger(QStringLiteral("undoAction"));
    QVERIFY(!ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("To print")));
    trigger(QStringLiteral("undoAction"));
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
}

void TestReadingListSection::addToReadingListMenu_offersEveryListAndANewOne()
{
    m_fixture.selectRow(3);
    auto *menu = m_fixture.child<QMenu>(QStringLiteral("addToReadingListMenu"));
    Q_EMIT menu->aboutToShow();
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            texts.append(action->text());
    QCOMPARE(texts, (QStringList{QStringLiteral("Weekend"), QStringLiteral("&New List...")}));

    menu->actions().first()->trigger();
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(storedOrder().last(), m_ids[3]);

    InputDialogs::setNextText(QStringLiteral("Later"));
    menu->findChild<QAction *>(QStringLiteral("addToNewReadingListAction"))->trigger();
    QVERIFY(m_fixture.listIsRead());
    const auto later = ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Later"));
    QVERIFY(later);
    QCOMPARE(ReadingListStore(*m_fixture.openLibrary()).paperIds(later->id), QList<qint64>{m_ids[3]});
}

void TestReadingListSection::deleteInTheList_takesPapersOffTheList_notOutOfTheLibrary()
{
    auto *remove = m_fixture.child<QAction>(QStringLiteral("removeFromReadingListAction"));
    QVERIFY(!remove->isEnabled());
    showList();
    QVERIFY(remove->isEnabled());
    m_fixture.selectRow(1); // Paper 1
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_Delete);
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 3"), QStringLiteral("Paper 2")}));
    QCOMPARE(PaperStore(*m_fixture.openLibrary()).count(), 4);
    QCOMPARE(sidebarCount(m_listId), 2);

    trigger(QStringLiteral("undoAction"));
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
}

void TestReadingListSection::newList_isMadeWithCtrlShiftN_andSelected()
{
    InputDialogs::setNextText(QStringLiteral("  Conference  "));
    QTest::keyClick(m_fixture.list(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_fixture.listIsRead());
    const auto created = ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Conference"));
    QVERIFY(created);
    QCOMPARE(sidebar()->currentEntry()->key, ReadingListSection::keyOf(created->id));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 0);
    trigger(QStringLiteral("undoAction"));
    QVERIFY(!ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Conference")));
    trigger(QStringLiteral("redoAction"));
    QCOMPARE(ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Conference"))->id, created->id);

    // A name taken already (in any case) is refused, and the window says why.
    InputDialogs::setNextText(QStringLiteral("weekend"));
    trigger(QStringLiteral("newReadingListAction"));
    QCOMPARE(ReadingListStore(*m_fixture.openLibrary()).lists().size(), 2);
}

void TestReadingListSection::renamingTheListShown_keepsShowingIt()
{
    showList();
    // Quotes and backslashes in the name are escaped in the scope's query, which finds the list all the same.
    const QString name = QStringLiteral(R"(Holiday "reading" \ C:\)");
    InputDialogs::setNextText(name);
    trigger(QStringLiteral("renameReadingListAction"));
    QCOMPARE(sidebarModel()->indexOfKey(ReadingListSection::keyOf(m_listId)).data().toString(), name);
    QCOMPARE(m_fixture.model()->scope(), QStringLiteral(R"(list:"Holiday \"reading\" \\ C:\\")"));
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Paper 3"), QStringLiteral("Paper 1"), QStringLiteral("Paper 2")}));
    QVERIFY(m_fixture.model()->reorderableListId() != 0);

    // Undone, the old name is back, and the list shown follows it.
    trigger(QStringLiteral("undoAction"));
    QCOMPARE(sidebarModel()->indexOfKey(ReadingListSection::keyOf(m_listId)).data().toString(), QStringLiteral("Weekend"));
    QCOMPARE(m_fixture.model()->scope(), QStringLiteral("list:\"Weekend\""));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
}

void TestReadingListSection::deletingAList_asksFirst_andUndoBringsItBack()
{
    showList();
    InputDialogs::setNextConfirmation(false);
    trigger(QStringLiteral("deleteReadingListAction"));
    QVERIFY(ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Weekend")));

    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteReadingListAction"));
    QVERIFY(!ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Weekend")));
    QCOMPARE(sidebar()->currentEntry()->key, QStringLiteral("all"));
    QCOMPARE(PaperStore(*m_fixture.openLibrary()).count(), 4);

    trigger(QStringLiteral("undoAction"));
    const auto restored = ReadingListStore(*m_fixture.openLibrary()).find(QStringLiteral("Weekend"));
    QVERIFY(restored);
    QCOMPARE(ReadingListStore(*m_fixture.openLibrary()).paperIds(restored->id), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
    QVERIFY(sidebarModel()->indexOfKey(ReadingListSection::keyOf(restored->id)).isValid());
}

// The steps from before the delete name the list by its id: it comes back under the same one.
void TestReadingListSection::undoingPastADelete_reachesTheStepsBeforeIt()
{
    QVERIFY(ReadingListStore(*m_fixture.openLibrary()).create(QStringLiteral("Newer"))); // the deleted list is not the last
    sidebar()->refresh();
    showList();
    const QRect first = m_fixture.list()->visualRect(m_fixture.model()->index(0, 0));
    dropAt(QPoint(first.center().x(), first.top() + 1), {2});
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteReadingListAction"));

    trigger(QStringLiteral("undoAction")); // the delete
    trigger(QStringLiteral("undoAction")); // the move
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[2], m_ids[0], m_ids[1]}));
}

void TestReadingListSection::models_passTheModelTester()
{
    QAbstractItemModelTester papers(m_fixture.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester lists(sidebarModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    showList();
    std::unique_ptr<QMimeData> data(m_fixture.model()->mimeData({m_fixture.model()->index(0, 0)}));
    QVERIFY(m_fixture.model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(m_fixture.listIsRead());
    QCOMPARE(storedOrder(), (QList<qint64>{m_ids[0], m_ids[1], m_ids[2]}));
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_Delete);
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteReadingListAction"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 4);
}

QTEST_MAIN(TestReadingListSection)
#include "tst_readinglistsection.moc"
