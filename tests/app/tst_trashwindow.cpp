// The Trash in the real window: Delete on the list moves papers there, the sidebar's Trash lists and counts them,
// U and the context menu's action bring them back with all they had, Ctrl+Z undoes a delete, and Empty Trash
// removes them for good only once confirmed.

#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/lists/ReadingListSection.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/trash/TrashSection.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"

#include <QAction>
#include <QMimeData>

using namespace Lectern;
using namespace Lectern::GuiTest;
using namespace Qt::StringLiterals;

class TestTrashWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.isolateSettings(u"tst_trashwindow"_s); }
    void init();
    void cleanup() { m_fixture.closeWindow(); }

    void deleteKey_movesToTheTrash_andRestoreBringsItBackWithItsTags();
    void undo_bringsADeletedPaperBack();
    void emptyTrash_removesForGoodOnlyWhenConfirmed();
    void aReadingListWithAPaperInTheTrash_movesRowsWhereTheyAreDropped();

private:
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(u"sidebar"_s); }
    int countOf(const QString &key) const
    {
        return sidebar()->sidebarModel()->indexOfKey(key).data(SidebarModel::CountRole).toInt();
    }
    void deleteRowOf(qint64 id)
    {
        m_fixture.selectRow(m_fixture.rowOfPaper(id));
        m_fixture.list()->setFocus();
        QTest::keyClick(m_fixture.list(), Qt::Key_Delete);
    }

    WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestTrashWindow::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({makePaper(u"Graph networks"_s, u"About graphs."_s),
                                 makePaper(u"Spectral operators"_s, u"About spectra."_s),
                                 makePaper(u"Momentum"_s, u"About momentum."_s)});
    auto library = m_fixture.openLibrary();
    QVERIFY(TagStore(*library).edit({m_ids[0]}, {u"ml"_s}));
    library.reset();
    QVERIFY(m_fixture.openWindow());
}

void TestTrashWindow::deleteKey_movesToTheTrash_andRestoreBringsItBackWithItsTags()
{
    QTRY_COMPARE(countOf(TrashSection::Key), 0);
    deleteRowOf(m_ids[0]);
    QTRY_COMPARE(m_fixture.titles(), (QStringList{u"Spectral operators"_s, u"Momentum"_s}));
    QTRY_COMPARE(countOf(TrashSection::Key), 1);
    QTRY_COMPARE(countOf(u"all"_s), 2);
    QTRY_COMPARE(countOf(u"tag:ml"_s), 0);

    QVERIFY(sidebar()->selectKey(TrashSection::Key));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.titles(), QStringList{u"Graph networks"_s});
    QVERIFY(!m_fixture.child<QAction>(u"deletePaperAction"_s)->isEnabled());
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_U);
    QTRY_COMPARE(m_fixture.titles(), QStringList());
    QTRY_COMPARE(countOf(TrashSection::Key), 0);
    QTRY_COMPARE(countOf(u"tag:ml"_s), 1);
    QVERIFY(sidebar()->selectKey(u"all"_s));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
    QCOMPARE(PaperStore(*m_fixture.openLibrary()).paper(m_ids[0])->tags, QStringList{u"ml"_s});
}

void TestTrashWindow::undo_bringsADeletedPaperBack()
{
    deleteRowOf(m_ids[1]);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    QVERIFY(PaperTrash(*m_fixture.openLibrary()).contains(m_ids[1]));
    QTest::keyClick(m_fixture.list(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
    QVERIFY(!PaperTrash(*m_fixture.openLibrary()).contains(m_ids[1]));
    QTRY_COMPARE(countOf(TrashSection::Key), 0);
    // And redo deletes it again.
    QTest::keyClick(m_fixture.list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
}

void TestTrashWindow::emptyTrash_removesForGoodOnlyWhenConfirmed()
{
    deleteRowOf(m_ids[2]);
    QTRY_COMPARE(countOf(TrashSection::Key), 1);
    InputDialogs::setNextConfirmation(false);
    m_fixture.child<QAction>(u"emptyTrashAction"_s)->trigger();
    QTRY_COMPARE(countOf(TrashSection::Key), 1);
    QVERIFY(PaperStore(*m_fixture.openLibrary()).paper(m_ids[2]));
    InputDialogs::setNextConfirmation(true);
    m_fixture.child<QAction>(u"emptyTrashAction"_s)->trigger();
    QTRY_COMPARE(countOf(TrashSection::Key), 0);
    QVERIFY(!PaperStore(*m_fixture.openLibrary()).paper(m_ids[2]));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
}

// The list holds A, T (in the Trash) and C and shows A and C: A dropped after the last row goes to the end.
void TestTrashWindow::aReadingListWithAPaperInTheTrash_movesRowsWhereTheyAreDropped()
{
    m_fixture.closeWindow();
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(ReadingListStore(*library).addPapersToNamedList(u"Group"_s, {m_ids[0], m_ids[1], m_ids[2]}));
        QVERIFY(PaperTrash(*library).trash({m_ids[1]}));
    }
    QVERIFY(m_fixture.openWindow());
    const qint64 list = ReadingListStore(*m_fixture.openLibrary()).find(u"Group"_s)->id;
    QVERIFY(sidebar()->selectKey(ReadingListSection::keyOf(list)));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.titles(), (QStringList{u"Graph networks"_s, u"Momentum"_s}));
    std::unique_ptr<QMimeData> dragged(m_fixture.model()->mimeData({m_fixture.model()->index(0, 0)}));
    QVERIFY(m_fixture.model()->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, {}));
    QTRY_COMPARE(m_fixture.titles(), (QStringList{u"Momentum"_s, u"Graph networks"_s}));
    QCOMPARE(ReadingListStore(*m_fixture.openLibrary()).paperIds(list), (QList<qint64>{m_ids[1], m_ids[2], m_ids[0]}));
}

QTEST_MAIN(TestTrashWindow)
#include "tst_trashwindow.moc"
