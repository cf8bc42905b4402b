#include "GuiTestSupport.h"

#include "gui/ReaderView.h"
#include "gui/highlights/HighlightColors.h"
#include "gui/notes/NoteEditor.h"
#include "library/HighlightStore.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTextBlock>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, "Dark desktops": the note editor's Automatic theme follows the desktop's palette, one set before the
// window opens, one set while it runs, and a dark style sheet (which leaves the application's palette light: the
// editor showed black text on dark grey); highlights stay readable.
class TestDarkDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void aDarkPalette_atStart_makesTheNoteEditorDark();
    void aDarkPalette_setWhileRunning_isFollowed();
    void aDarkStyleSheet_getsLightTextInTheNoteEditor();
    void highlights_keepDarkTextOnTheirLightColour();

private:
    static QPalette darkPalette();
    NoteEditor *editor() const { return m_fixture.child<NoteEditor>(u"noteEditor"_s); }
    static bool isDark(const QColor &color) { return color.lightnessF() < 0.4; }
    static bool isLight(const QColor &color) { return color.lightnessF() > 0.6; }

    GuiTest::WindowFixture m_fixture;
    QPalette m_lightPalette;
    qint64 m_id = 0;
};

QPalette TestDarkDesktop::darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x99, 0x99, 0x99));
    return dark;
}

void TestDarkDesktop::initTestCase()
{
    m_fixture.isolateSettings(u"tst_darkdesktop"_s);
    m_lightPalette = QApplication::style()->standardPalette();
}

void TestDarkDesktop::init()
{
    m_fixture.reset();
    QApplication::setPalette(m_lightPalette);
    qApp->setStyleSheet({});
    m_id = m_fixture.addPapers({GuiTest::makePaper(u"A paper"_s, u"Some highlighted words here."_s)}).first();
}

void TestDarkDesktop::cleanup()
{
    m_fixture.closeWindow();
    qApp->setStyleSheet({});
    QApplication::setPalette(m_lightPalette);
}

void TestDarkDesktop::aDarkPalette_atStart_makesTheNoteEditorDark()
{
    QApplication::setPalette(darkPalette());
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    QVERIFY(isDark(editor()->palette().color(QPalette::Base)));
    QVERIFY(isLight(editor()->palette().color(QPalette::Text)));
}

void TestDarkDesktop::aDarkPalette_setWhileRunning_isFollowed()
{
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    QVERIFY(isLight(editor()->palette().color(QPalette::Base)));
    QVERIFY(isDark(editor()->palette().color(QPalette::Text)));

    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(isDark(editor()->palette().color(QPalette::Base)));
    QVERIFY(isLight(editor()->palette().color(QPalette::Text)));

    QApplication::setPalette(m_lightPalette);
    QTRY_VERIFY(isLight(editor()->palette().color(QPalette::Base)));
}

void TestDarkDesktop::aDarkStyleSheet_getsLightTextInTheNoteEditor()
{
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    qApp->setStyleSheet(u"QWidget { background-color: #2b2b2b; color: #dddddd; }"_s);
    QTRY_VERIFY(isLight(editor()->palette().color(QPalette::Text)));
    // The words the highlighter colours are light too.
    editor()->setFocus();
    QTest::keyClicks(editor(), u"Plain words"_s);
    const QTextBlock block = editor()->document()->firstBlock();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats)
        if (range.format.hasProperty(QTextFormat::ForegroundBrush))
            QVERIFY(isLight(range.format.foreground().color()));
}

void TestDarkDesktop::highlights_keepDarkTextOnTheirLightColour()
{
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(HighlightStore(*library).add(m_id, 5, 11, HighlightColors::defaultColor()));
    }
    QApplication::setPalette(darkPalette());
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(0);
    auto *reader = m_fixture.child<ReaderView>(u"reader"_s);
    QTextCursor cursor = reader->document()->find(u"highlighted"_s);
    QVERIFY(!cursor.isNull());
    cursor.setPosition(cursor.selectionStart() + 2);
    const QTextCharFormat format = cursor.charFormat();
    QCOMPARE(format.background().color(), QColor(HighlightColors::defaultColor()));
    QVERIFY(isDark(format.foreground().color()));
}

QTEST_MAIN(TestDarkDesktop)
#include "tst_darkdesktop.moc"
