#include "GuiTestSupport.h"

#include "gui/highlights/HighlightColors.h"
#include "gui/list/PaperTitleDelegate.h"
#include "gui/notes/NoteEditor.h"
#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"

#include <QImage>
#include <QTextDocumentFragment>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, items 8 and 10: the list marks a paper with a note or highlights (and says so in the title's tooltip),
// and the status dot stays visible on a selected row.
class TestPaperMarks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void papersWithANoteOrHighlights_areMarked();
    void aNoteTyped_marksItsRowAtOnce();
    void theInboxDot_staysVisibleOnASelectedRow();
    void starsInANarrowList_leaveTheTitleItsRoom();

private:
    QImage rowImage(qint64 paperId) const;
    static int pixelsOf(const QImage &image, const QColor &color, int tolerance = 0);

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestPaperMarks::initTestCase()
{
    m_fixture.isolateSettings(u"tst_papermarks"_s);
}

void TestPaperMarks::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({GuiTest::makePaper(u"Plain paper with a rather long title about many things"_s,
                                                    u"Nothing marked here."_s),
                                 GuiTest::makePaper(u"Noted"_s, u"Has a note."_s),
                                 GuiTest::makePaper(u"Highlighted"_s, u"Has highlights in it."_s)});
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(AnnotationStore(*library).setNote(m_ids[1], u"A thought."_s));
        QVERIFY(HighlightStore(*library).add(m_ids[2], 0, 3, HighlightColors::defaultColor()));
        QVERIFY(HighlightStore(*library).add(m_ids[2], 4, 5, HighlightColors::defaultColor()));
    }
    QVERIFY(m_fixture.openWindow());
    m_fixture.window()->resize(1000, 600);
}

void TestPaperMarks::cleanup()
{
    m_fixture.closeWindow();
}

QImage TestPaperMarks::rowImage(qint64 paperId) const
{
    PaperListView *list = m_fixture.list();
    const QRect rect = list->visualRect(m_fixture.model()->index(m_fixture.rowOfPaper(paperId), PaperListModel::TitleColumn));
    return list->viewport()->grab(rect).toImage();
}

int TestPaperMarks::pixelsOf(const QImage &image, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) <= tolerance && std::abs(pixel.green() - color.green()) <= tolerance
                && std::abs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    return count;
}

void TestPaperMarks::papersWithANoteOrHighlights_areMarked()
{
    using Mark = PaperTitleDelegate::Mark;
    const auto marksOf = [this](qint64 id) {
        return PaperTitleDelegate::marks(m_fixture.model()->index(m_fixture.rowOfPaper(id), PaperListModel::TitleColumn));
    };
    QCOMPARE(marksOf(m_ids[0]), QList<Mark>{});
    QCOMPARE(marksOf(m_ids[1]), QList<Mark>{Mark::Note});
    QCOMPARE(marksOf(m_ids[2]), QList<Mark>{Mark::Highlights});

    const auto tipOf = [this](qint64 id) {
        const QString html =
            m_fixture.model()->index(m_fixture.rowOfPaper(id), PaperListModel::TitleColumn).data(Qt::ToolTipRole).toString();
        return QTextDocumentFragment::fromHtml(html).toPlainText();
    };
    QVERIFY2(!tipOf(m_ids[0]).contains(u"Has"), qPrintable(tipOf(m_ids[0])));
    QVERIFY2(tipOf(m_ids[1]).contains(u"Has a note"), qPrintable(tipOf(m_ids[1])));
    QVERIFY2(tipOf(m_ids[2]).contains(u"Has 2 highlights"), qPrintable(tipOf(m_ids[2])));

    // The highlighter's colour is drawn in the highlighted paper's row only.
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[1]));
    const QColor pen(HighlightColors::defaultColor());
    QVERIFY(pixelsOf(rowImage(m_ids[2]), pen) > 10);
    QCOMPARE(pixelsOf(rowImage(m_ids[0]), pen), 0);
}

void TestPaperMarks::aNoteTyped_marksItsRowAtOnce()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    auto *editor = m_fixture.child<NoteEditor>(u"noteEditor"_s);
    editor->setFocus();
    QTest::keyClicks(editor, u"new"_s);
    editor->save();
    QTRY_COMPARE(PaperTitleDelegate::marks(m_fixture.model()->index(m_fixture.rowOfPaper(m_ids[0]), 0)),
                 QList<PaperTitleDelegate::Mark>{PaperTitleDelegate::Mark::Note});
}

void TestPaperMarks::theInboxDot_staysVisibleOnASelectedRow()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    m_fixture.list()->setFocus();
    const QImage row = rowImage(m_ids[0]);
    // The dot's left part: the first 24 pixels of the row, where nothing but the dot is drawn.
    const QImage dotArea = row.copy(0, 0, 24, row.height());
    const QColor ring = m_fixture.list()->palette().color(QPalette::Active, QPalette::HighlightedText);
    QVERIFY2(pixelsOf(dotArea, ring, 40) > 4, "the dot has a ring in the selection's text colour");
}

// Issue 12, item 3: at 640x400 a rated row showed "★★★★★" and no title.
void TestPaperMarks::starsInANarrowList_leaveTheTitleItsRoom()
{
    const qint64 id = m_ids[0];
    m_fixture.selectRow(m_fixture.rowOfPaper(id));
    QTest::keyClick(m_fixture.list(), Qt::Key_5);
    QTRY_COMPARE(m_fixture.model()->index(m_fixture.rowOfPaper(id), 0).data(PaperListModel::RatingRole).toInt(), 5);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[1])); // the rated row unselected: its title in the text colour
    m_fixture.window()->resize(640, 400);
    QTRY_COMPARE(m_fixture.window()->size(), QSize(640, 400));
    QCoreApplication::processEvents();

    const QImage row = rowImage(id);
    const QColor text = m_fixture.list()->palette().color(QPalette::Text);
    // The rightmost column of the title's letters: the title keeps at least half of the cell.
    int titleEnd = -1;
    for (int x = 0; x < row.width(); ++x)
        for (int y = 0; y < row.height(); ++y) {
            const QColor pixel = row.pixelColor(x, y);
            if (std::abs(pixel.red() - text.red()) < 60 && std::abs(pixel.green() - text.green()) < 60
                && std::abs(pixel.blue() - text.blue()) < 60) {
                titleEnd = x;
                break;
            }
        }
    QVERIFY2(titleEnd >= row.width() / 2, qPrintable(u"the title ends at %1 of %2"_s.arg(titleEnd).arg(row.width())));
}

QTEST_MAIN(TestPaperMarks)
#include "tst_papermarks.moc"
