#include "GuiTestSupport.h"

#include "gui/ReaderView.h"
#include "gui/lists/ReadingListSection.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/list/PaperListView.h"
#include "library/HighlightStore.h"
#include "library/ReadingListStore.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTimer>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 10: no two menu items of one name, list-level actions out of the paper's context menu, a highlight
// comment of several lines with its quote in view, and an empty reading list that says how to fill it.
class TestListMenus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noMenu_hasTwoItemsOfOneName();
    void thePapersContextMenu_holdsWhatActsOnPapers();
    void aHighlightComment_takesSeveralLines_underItsQuote();
    void anEmptyReadingList_saysHowToFillIt();

private:
    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestListMenus::initTestCase()
{
    m_fixture.isolateSettings(u"tst_listmenus"_s);
}

void TestListMenus::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({GuiTest::makePaper(u"A paper"_s, u"Gradient descent converges slowly here."_s)});
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
}

void TestListMenus::cleanup()
{
    m_fixture.closeWindow();
}

void TestListMenus::noMenu_hasTwoItemsOfOneName()
{
    const auto plain = [](QString text) { return text.remove(u'&'); };
    for (QAction *top : m_fixture.window()->menuBar()->actions()) {
        QStringList seen;
        for (const QAction *action : top->menu()->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!seen.contains(plain(action->text())), qPrintable(top->text() + u": "_s + action->text()));
            seen.append(plain(action->text()));
        }
    }
}

void TestListMenus::thePapersContextMenu_holdsWhatActsOnPapers()
{
    PaperListView *list = m_fixture.list();
    Q_EMIT list->customContextMenuRequested(list->visualRect(m_fixture.model()->index(0, 0)).center());
    auto *menu = list->findChild<QMenu *>(u"paperListMenu"_s);
    QVERIFY(menu);
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->objectName());
    QVERIFY(!names.contains(u"saveSearchAction"_s));
    QVERIFY(!names.contains(u"newReadingListAction"_s));
    QVERIFY(names.contains(u"addToReadingListAction"_s));
    QVERIFY(names.contains(u"tagAction"_s));
    menu->close();
}

void TestListMenus::aHighlightComment_takesSeveralLines_underItsQuote()
{
    auto *reader = m_fixture.child<ReaderView>(u"reader"_s);
    const QString quote = u"converges slowly"_s;
    QTextCursor cursor = reader->document()->find(quote);
    QVERIFY(!cursor.isNull());
    reader->setTextCursor(cursor);

    QString label;
    bool plainTextEdit = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        label = dialog->labelText();
        plainTextEdit = dialog->testOption(QInputDialog::UsePlainTextEditForTextInput);
        dialog->setTextValue(u"First line\nsecond line"_s);
        dialog->accept();
    });
    m_fixture.child<QAction>(u"commentedHighlightAction"_s)->trigger();

    QVERIFY2(label.contains(quote), qPrintable(label));
    QVERIFY(plainTextEdit);
    auto library = m_fixture.openLibrary();
    const auto highlights = HighlightStore(*library).forPaper(m_ids[0]);
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights.first().comment, u"First line\nsecond line"_s);
}

void TestListMenus::anEmptyReadingList_saysHowToFillIt()
{
    qint64 listId = 0;
    {
        auto library = m_fixture.openLibrary();
        const auto id = ReadingListStore(*library).create(u"Empty"_s);
        QVERIFY(id);
        listId = *id;
    }
    auto *sidebar = m_fixture.child<SidebarView>(u"sidebar"_s);
    sidebar->refresh();
    QVERIFY(sidebar->selectKey(ReadingListSection::keyOf(listId)));
    QVERIFY(m_fixture.listIsRead());
    auto *list = m_fixture.child<PaperListView>(u"paperList"_s);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 0);
    QVERIFY2(list->placeholderText().contains(u"reading list is empty"), qPrintable(list->placeholderText()));
    QVERIFY(list->placeholderText().contains(u"Ctrl+L"));

    QVERIFY(sidebar->selectKey(u"all"_s));
    QVERIFY(m_fixture.listIsRead());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    QCOMPARE(list->placeholderText(), QString());
}

QTEST_MAIN(TestListMenus)
#include "tst_listmenus.moc"
