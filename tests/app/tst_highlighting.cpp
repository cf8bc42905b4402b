#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/ReaderView.h"
#include "gui/highlights/HighlightList.h"
#include "library/HighlightStore.h"
#include "storage/Database.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QStatusBar>
#include <QTextBlock>

using namespace Lectern;

namespace {
const QString Abstract = QStringLiteral("Deep models solve partial differential equations quickly.\n"
                                        "A second line: the solver scales to high dimensions.");
}

class TestHighlighting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectingWithTheMouseAndPressingH_highlightsExactlyThatText();
    void aSelectionOnTheSecondLine_mapsToTheRightOffsets();
    void shiftH_asksForAComment();
    void highlights_persistAfterReopening();
    void clickingAHighlightInTheList_selectsItsText();
    void theContextMenu_recoloursAHighlight();
    void deleteInTheList_removesAHighlight_andUndoBringsItBack();
    void aHighlightWhoseTextIsGone_isListedAsOrphaned();
    void pressingH_withoutASelection_saysWhatToDo();

private:
    ReaderView *reader() const { return m_fixture.child<ReaderView>(QStringLiteral("reader")); }
    HighlightList *highlightList() const { return m_fixture.child<HighlightList>(QStringLiteral("highlightList")); }
    void dragOver(const QString &text);
    QList<Highlight> storedHighlights() const
    {
        auto library = m_fixture.openLibrary();
        return HighlightStore(*library).forPaper(m_paperId);
    }
    QColor backgroundAt(int abstractOffset) const
    {
        QTextCursor cursor(reader()->document());
        cursor.setPosition(reader()->abstractStart() + abstractOffset + 1);
        return cursor.charFormat().background().color();
    }
    void highlight(const QString &text)
    {
        dragOver(text);
        QTest::keyClick(reader(), Qt::Key_H);
    }

    GuiTest::WindowFixture m_fixture;
    qint64 m_paperId = 0;
};

void TestHighlighting::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_highlighting"));
}

void TestHighlighting::init()
{
    m_fixture.reset();
    m_paperId = m_fixture.addPapers({GuiTest::makePaper(QStringLiteral("Latent Spectral Models"), Abstract)}).first();
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
}

void TestHighlighting::cleanup()
{
    m_fixture.closeWindow();
}

// Presses the mouse before the text's first character in the reader, drags and lets go after its last.
void TestHighlighting::dragOver(const QString &text)
{
    const int start = int(Abstract.indexOf(text));
    QVERIFY(start >= 0);
    QTextCursor cursor(reader()->document());
    cursor.setPosition(reader()->abstractStart() + start);
    const QRect from = reader()->cursorRect(cursor);
    cursor.setPosition(reader()->abstractStart() + start + int(text.size()));
    const QRect to = reader()->cursorRect(cursor);
    QWidget *viewport = reader()->viewport();
    const QPoint press(from.left() + 1, from.center().y());
    const QPoint release(to.left() + 1, to.center().y());
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    QMouseEvent move(QEvent::MouseMove, release, viewport->mapToGlobal(release), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, release);
    QCOMPARE(reader()->textCursor().selectedText(), text);
}

void TestHighlighting::selectingWithTheMouseAndPressingH_highlightsExactlyThatText()
{
    highlight(QStringLiteral("partial differential"));

    const QList<Highlight> highlights = storedHighlights();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights[0].quote, QStringLiteral("partial differential"));
    QCOMPARE(highlights[0].start, int(Abstract.indexOf(u"partial")));
    QCOMPARE(highlights[0].length, 20);
    QCOMPARE(highlights[0].color, QStringLiteral("#fff176"));

    QTRY_COMPARE(highlightList()->count(), 1);
    QVERIFY(highlightList()->item(0)->text().contains(u"partial differential"));
    const int start = highlights[0].start;
    QCOMPARE(backgroundAt(start), QColor(QStringLiteral("#fff176")));
    QCOMPARE(backgroundAt(start + 18), QColor(QStringLiteral("#fff176")));
    QVERIFY(backgroundAt(start + 20) != QColor(QStringLiteral("#fff176")));
    QVERIFY(backgroundAt(start - 2) != QColor(QStringLiteral("#fff176")));
}

void TestHighlighting::aSelectionOnTheSecondLine_mapsToTheRightOffsets()
{
    // The line break before it is one character in the abstract and one position in the reader.
    highlight(QStringLiteral("high dimensions"));
    const QList<Highlight> highlights = storedHighlights();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(highlights[0].start, int(Abstract.indexOf(u"high dimensions")));
    QCOMPARE(highlights[0].quote, QStringLiteral("high dimensions"));
}

void TestHighlighting::shiftH_asksForAComment()
{
    dragOver(QStringLiteral("equations"));
    InputDialogs::setNextText(QStringLiteral("  the key claim "));
    QTest::keyClick(reader(), Qt::Key_H, Qt::ShiftModifier);

    QCOMPARE(storedHighlights().value(0).comment, QStringLiteral("the key claim"));
    QVERIFY(highlightList()->item(0)->text().contains(u"the key claim"));
}

void TestHighlighting::highlights_persistAfterReopening()
{
    highlight(QStringLiteral("Deep models"));
    QVERIFY(m_fixture.reopenWindow());
    m_fixture.selectRow(0);

    QCOMPARE(highlightList()->count(), 1);
    QCOMPARE(backgroundAt(0), QColor(QStringLiteral("#fff176")));
}

void TestHighlighting::clickingAHighlightInTheList_selectsItsText()
{
    highlight(QStringLiteral("solver scales"));
    dragOver(QStringLiteral("Deep"));

    const QRect item = highlightList()->visualItemRect(highlightList()->item(0));
    QTest::mouseClick(highlightList()->viewport(), Qt::LeftButton, {}, item.center());
    QCOMPARE(reader()->textCursor().selectedText(), QStringLiteral("solver scales"));
}

void TestHighlighting::theContextMenu_recoloursAHighlight()
{
    highlight(QStringLiteral("quickly"));
    const QRect item = highlightList()->visualItemRect(highlightList()->item(0));
    QContextMenuEvent event(QContextMenuEvent::Mouse, item.center(), highlightList()->viewport()->mapToGlobal(item.center()));
    QCoreApplication::sendEvent(highlightList()->viewport(), &event);
    auto *menu = highlightList()->findChild<QMenu *>(QStringLiteral("highlightMenu"));
    QVERIFY(menu);

    QAction *blue = nullptr;
    for (QAction *action : menu->actions().first()->menu()->actions())
        if (action->text() == u"Blue")
            blue = action;
    QVERIFY(blue);
    blue->trigger();
    menu->close();

    QCOMPARE(storedHighlights().value(0).color, QStringLiteral("#90caf9"));
    QCOMPARE(backgroundAt(int(Abstract.indexOf(u"quickly"))), QColor(QStringLiteral("#90caf9")));
}

void TestHighlighting::deleteInTheList_removesAHighlight_andUndoBringsItBack()
{
    highlight(QStringLiteral("models"));
    const qint64 id = storedHighlights().value(0).id;
    highlightList()->setFocus();
    highlightList()->setCurrentRow(0);
    QTest::keyClick(highlightList(), Qt::Key_Delete);
    QVERIFY(storedHighlights().isEmpty());
    QCOMPARE(highlightList()->count(), 0);

    m_fixture.child<QAction>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(storedHighlights().value(0).id, id);
    QCOMPARE(highlightList()->count(), 1);
}

void TestHighlighting::aHighlightWhoseTextIsGone_isListedAsOrphaned()
{
    m_fixture.closeWindow();
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(HighlightStore(*library).add(m_paperId, int(Abstract.indexOf(u"partial")), 7, QStringLiteral("#a5d6a7"),
                                             QStringLiteral("remember")));
        // A re-import that rewrote the abstract.
        Statement update(library->db(), "UPDATE papers SET abstract = ? WHERE id = ?");
        QVERIFY(update.bind(1, QStringLiteral("An entirely new abstract.")).bind(2, m_paperId).run());
    }
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);

    QCOMPARE(highlightList()->count(), 1);
    QListWidgetItem *item = highlightList()->item(0);
    QVERIFY(item->data(HighlightList::OrphanedRole).toBool());
    QVERIFY(item->text().contains(u"no longer in the abstract"));
    QVERIFY(item->text().contains(u"remember"));
    QVERIFY(item->font().italic());
}

void TestHighlighting::pressingH_withoutASelection_saysWhatToDo()
{
    reader()->setFocus();
    QTest::keyClick(reader(), Qt::Key_H);
    QVERIFY(storedHighlights().isEmpty());
    QVERIFY(m_fixture.window()->statusBar()->currentMessage().contains(u"Select some text of the abstract"));
}

QTEST_MAIN(TestHighlighting)
#include "tst_highlighting.moc"
