#include "GuiTestSupport.h"

#include "gui/notes/NoteEditor.h"

#include <QAction>
#include <QScrollBar>
#include <QTextBrowser>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 4: the note editor shared a strip of ~260 px with the highlights and the related papers, and the
// preview halved it again, with a horizontal scroll bar.
class TestNoteLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theNoteEditor_hasTheRoom();
    void thePreview_goesBelow_andNeedsNoHorizontalScrollBar();

private:
    GuiTest::WindowFixture m_fixture;
};

void TestNoteLayout::initTestCase()
{
    m_fixture.isolateSettings(u"tst_notelayout"_s);
}

void TestNoteLayout::init()
{
    m_fixture.reset();
    m_fixture.addPapers({GuiTest::makePaper(u"A paper"_s, u"A short abstract."_s)});
    QVERIFY(m_fixture.openWindow());
    m_fixture.window()->resize(1400, 900);
    m_fixture.selectRow(0);
}

void TestNoteLayout::cleanup()
{
    m_fixture.closeWindow();
}

void TestNoteLayout::theNoteEditor_hasTheRoom()
{
    auto *pane = m_fixture.child<QWidget>(u"readingPane"_s);
    auto *editor = m_fixture.child<NoteEditor>(u"noteEditor"_s);
    QTRY_VERIFY(pane->height() > 500);
    QVERIFY2(editor->height() >= pane->height() * 0.35, qPrintable(u"%1 of %2"_s.arg(editor->height()).arg(pane->height())));
    QVERIFY2(editor->width() >= pane->width() * 0.5, qPrintable(u"%1 of %2"_s.arg(editor->width()).arg(pane->width())));
}

void TestNoteLayout::thePreview_goesBelow_andNeedsNoHorizontalScrollBar()
{
    auto *editor = m_fixture.child<NoteEditor>(u"noteEditor"_s);
    editor->setFocus();
    editor->textCursor().insertText(u"Some words.\n\n```\n"_s + QString(u"a_very_long_identifier_ "_s).repeated(12)
                                    + u"\n```\n"_s + QString(u"averylongwordwithoutanybreak"_s).repeated(6));
    m_fixture.child<QAction>(u"notePreviewAction"_s)->setChecked(true);
    auto *preview = m_fixture.child<QTextBrowser>(u"notePreview"_s);
    QTRY_VERIFY(preview->isVisible());
    QTRY_VERIFY(preview->toPlainText().contains(u"a_very_long_identifier_"));

    const QPoint previewAt = preview->mapTo(m_fixture.window(), QPoint());
    const QPoint editorAt = editor->mapTo(m_fixture.window(), QPoint());
    QVERIFY(previewAt.y() > editorAt.y());
    QCOMPARE(preview->width(), editor->width());
    QCOMPARE(preview->horizontalScrollBar()->maximum(), 0);
    QVERIFY(!preview->horizontalScrollBar()->isVisible());
    m_fixture.child<QAction>(u"notePreviewAction"_s)->setChecked(false);
}

QTEST_MAIN(TestNoteLayout)
#include "tst_notelayout.moc"
