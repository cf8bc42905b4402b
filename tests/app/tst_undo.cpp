#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "gui/ReaderView.h"
#include "gui/sidebar/SidebarView.h"
#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/TagStore.h"

#include <QAction>
#include <QUndoStack>

using namespace Lectern;

// Every kind of edit the window makes is taken back by Edit > Undo (Ctrl+Z where no text is being
// typed) and made again by Redo, as the library stores it.
class TestUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void undo_takesBackATag();
    void undo_takesBackAStatus();
    void undo_takesBackARating();
    void undo_takesBackAHighlight();
    void undo_takesBackATagRename();
    void undo_splitsAMergeAgain();
    void undo_bringsBackADeletedTag();
    void undo_takesBackATagColour();
    void undo_takesBackANote();
    void theUndoAction_namesTheEdit();
    void anEditThatChangesNothing_leavesNoStep();

private:
    void undo() { QTest::keyClick(m_fixture.list(), Qt::Key_Z, Qt::ControlModifier); }
    void redo() { m_fixture.child<QAction>(QStringLiteral("redoAction"))->trigger(); }
    void press(Qt::Key key) { QTest::keyClick(m_fixture.list(), key); }
    void tag(const QString &text)
    {
        press(Qt::Key_G);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
    QStringList tagsOf(qint64 paperId) const
    {
        auto library = m_fixture.openLibrary();
        return TagStore(*library).tagsOf(paperId);
    }
    std::optional<Paper> paper(qint64 paperId) const
    {
        auto library = m_fixture.openLibrary();
        return PaperStore(*library).paper(paperId);
    }
    void selectTag(const QString &path)
    {
        QVERIFY(m_fixture.child<SidebarView>(QStringLiteral("sidebar"))->selectKey(QStringLiteral("tag:") + path));
        QVERIFY(m_fixture.listIsRead());
    }
    void trigger(const QString &action) { m_fixture.child<QAction>(action)->trigger(); }

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestUndo::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_undo"));
}

void TestUndo::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({GuiTest::makePaper(QStringLiteral("First"), QStringLiteral("Rivers carry sediment.")),
                                 GuiTest::makePaper(QStringLiteral("Second"), QStringLiteral("Lakes hold water."))});
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({m_ids[0]}, {QStringLiteral("geo/rivers")}));
        QVERIFY(TagStore(*library).edit({m_ids[1]}, {QStringLiteral("water")}));
    }
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    m_fixture.list()->setFocus();
}

void TestUndo::cleanup()
{
    m_fixture.closeWindow();
}

void TestUndo::undo_takesBackATag()
{
    tag(QStringLiteral("new"));
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{QStringLiteral("geo/rivers"), QStringLiteral("new")}));
    undo();
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("geo/rivers")});
    redo();
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{QStringLiteral("geo/rivers"), QStringLiteral("new")}));
}

void TestUndo::undo_takesBackAStatus()
{
    press(Qt::Key_R);
    QCOMPARE(paper(m_ids[0])->status, ReadingStatus::Read);
    undo();
    QCOMPARE(paper(m_ids[0])->status, ReadingStatus::Inbox);
    redo();
    QCOMPARE(paper(m_ids[0])->status, ReadingStatus::Read);
}

void TestUndo::undo_takesBackARating()
{
    press(Qt::Key_3);
    press(Qt::Key_5);
    undo();
    QCOMPARE(paper(m_ids[0])->rating, 3);
    undo();
    QCOMPARE(paper(m_ids[0])->rating, 0);
    redo();
    QCOMPARE(paper(m_ids[0])->rating, 3);
}

void TestUndo::undo_takesBackAHighlight()
{
    auto *reader = m_fixture.child<ReaderView>(QStringLiteral("reader"));
    reader->showAbstractSpan({7, 5}); // "carry"
    QTest::keyClick(reader, Qt::Key_H);
    QCOMPARE(paper(m_ids[0])->highlights.size(), 1);
    undo();
    QVERIFY(paper(m_ids[0])->highlights.isEmpty());
    redo();
    QCOMPARE(paper(m_ids[0])->highlights.value(0).quote, QStringLiteral("carry"));
}

void TestUndo::undo_takesBackATagRename()
{
    selectTag(QStringLiteral("geo"));
    InputDialogs::setNextText(QStringLiteral("earth"));
    trigger(QStringLiteral("renameTagAction"));
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("earth/rivers")});
    undo();
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("geo/rivers")});
    redo();
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("earth/rivers")});
}

void TestUndo::undo_splitsAMergeAgain()
{
    selectTag(QStringLiteral("water"));
    InputDialogs::setNextText(QStringLiteral("geo/rivers"));
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("renameTagAction"));
    QCOMPARE(tagsOf(m_ids[1]), QStringList{QStringLiteral("geo/rivers")});
    undo();
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("geo/rivers")});
    QCOMPARE(tagsOf(m_ids[1]), QStringList{QStringLiteral("water")});
}

void TestUndo::undo_bringsBackADeletedTag()
{
    selectTag(QStringLiteral("geo"));
    InputDialogs::setNextConfirmation(true);
    trigger(QStringLiteral("deleteTagAction"));
    QVERIFY(tagsOf(m_ids[0]).isEmpty());
    undo();
    QCOMPARE(tagsOf(m_ids[0]), QStringList{QStringLiteral("geo/rivers")});
}

void TestUndo::undo_takesBackATagColour()
{
    selectTag(QStringLiteral("water"));
    InputDialogs::setNextColor(QColor(Qt::red));
    trigger(QStringLiteral("recolorTagAction"));
    auto colorOfWater = [this] {
        auto library = m_fixture.openLibrary();
        for (const TagSummary &tag : TagStore(*library).summaries())
            if (tag.path == u"water")
                return tag.color;
        return QString();
    };
    QCOMPARE(colorOfWater(), QStringLiteral("#ff0000"));
    undo();
    QCOMPARE(colorOfWater(), QString());
}

void TestUndo::undo_takesBackANote()
{
    press(Qt::Key_R);
    m_fixture.selectRow(0);
    auto *editor = m_fixture.window()->findChild<QWidget *>(QStringLiteral("noteEditor"));
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("a slip"));
    // Ctrl+Z in the editor is the editor's own: it takes back the typing, not the window's last edit.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(paper(m_ids[0])->status, ReadingStatus::Read);

    QTest::keyClicks(editor, QStringLiteral("a thought"));
    m_fixture.list()->setFocus();
    QCOMPARE(paper(m_ids[0])->note, QStringLiteral("a thought"));
    undo();
    QCOMPARE(paper(m_ids[0])->note, QString());
    QCOMPARE(paper(m_ids[0])->status, ReadingStatus::Read);
    redo();
    QCOMPARE(paper(m_ids[0])->note, QStringLiteral("a thought"));
}

void TestUndo::theUndoAction_namesTheEdit()
{
    tag(QStringLiteral("rivers2"));
    QCOMPARE(m_fixture.child<QAction>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Undo Tag rivers2"));
}

void TestUndo::anEditThatChangesNothing_leavesNoStep()
{
    auto *stack = m_fixture.window()->findChild<QUndoStack *>(QStringLiteral("undoStack"));
    tag(QStringLiteral("geo/rivers"));
    press(Qt::Key_I);
    QCOMPARE(stack->count(), 0);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
