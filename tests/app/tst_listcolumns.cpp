#include "GuiTestSupport.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 3: the title has the room (at 800x600 titles shrank to "Expl..." beside the first author and the
// date), and the header's context menu hides and shows the other columns, remembered.
class TestListColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void theTitle_getsMostOfTheWidth_data();
    void theTitle_getsMostOfTheWidth();
    void theHeaderMenu_hidesAColumn_andTheWindowRemembersIt();

private:
    QMenu *openHeaderMenu() const;

    GuiTest::WindowFixture m_fixture;
};

void TestListColumns::initTestCase()
{
    m_fixture.isolateSettings(u"tst_listcolumns"_s);
}

void TestListColumns::init()
{
    m_fixture.reset();
    Paper paper = GuiTest::makePaper(u"Explaining the unreasonable effectiveness of small language models"_s, u"A."_s);
    Person ada;
    ada.family = u"Lovelace"_s;
    ada.given = u"Ada"_s;
    paper.authors = {ada};
    m_fixture.addPapers({paper});
    QVERIFY(m_fixture.openWindow());
}

void TestListColumns::cleanup()
{
    m_fixture.closeWindow();
}

void TestListColumns::theTitle_getsMostOfTheWidth_data()
{
    QTest::addColumn<QSize>("windowSize");
    QTest::newRow("1400x900") << QSize(1400, 900);
    QTest::newRow("800x600") << QSize(800, 600);
    QTest::newRow("640x400") << QSize(640, 400);
}

void TestListColumns::theTitle_getsMostOfTheWidth()
{
    QFETCH(QSize, windowSize);
    m_fixture.window()->resize(windowSize);
    PaperListView *list = m_fixture.list();
    QTRY_VERIFY(list->viewport()->width() > 0);
    QTRY_VERIFY(list->header()->sectionSize(PaperListModel::TitleColumn) > 0);
    const int width = list->viewport()->width();
    const int title = list->header()->sectionSize(PaperListModel::TitleColumn);
    QVERIFY2(title >= width * 0.55, qPrintable(u"title %1 of %2"_s.arg(title).arg(width)));
    for (const int column : {PaperListModel::FirstAuthorColumn, PaperListModel::PublishedColumn}) {
        const int size = list->header()->sectionSize(column);
        QVERIFY2(size <= width * 0.21, qPrintable(u"column %1: %2 of %3"_s.arg(column).arg(size).arg(width)));
        QVERIFY(size > 0);
    }
    // The date's text fits where there is room for it.
    if (windowSize.width() >= 1400) {
        const QString date = m_fixture.model()->index(0, PaperListModel::PublishedColumn).data().toString();
        QVERIFY(list->header()->sectionSize(PaperListModel::PublishedColumn) > list->fontMetrics().horizontalAdvance(date));
    }
}

QMenu *TestListColumns::openHeaderMenu() const
{
    QHeaderView *header = m_fixture.list()->header();
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    return m_fixture.list()->findChild<QMenu *>(u"columnsMenu"_s);
}

void TestListColumns::theHeaderMenu_hidesAColumn_andTheWindowRemembersIt()
{
    QMenu *menu = openHeaderMenu();
    QVERIFY(menu);
    QStringList names;
    for (const QAction *action : menu->actions())
        names.append(action->text());
    QCOMPARE(names, (QStringList{u"First author"_s, u"Date"_s}));

    menu->actions().first()->trigger();
    QVERIFY(m_fixture.list()->header()->isSectionHidden(PaperListModel::FirstAuthorColumn));
    menu->close();

    QVERIFY(m_fixture.reopenWindow());
    QVERIFY(m_fixture.list()->header()->isSectionHidden(PaperListModel::FirstAuthorColumn));
    QVERIFY(!m_fixture.list()->header()->isSectionHidden(PaperListModel::PublishedColumn));
    QMenu *again = openHeaderMenu();
    QVERIFY(!again->actions().first()->isChecked());
    again->actions().first()->trigger();
    QVERIFY(!m_fixture.list()->header()->isSectionHidden(PaperListModel::FirstAuthorColumn));
    again->close();
}

QTEST_MAIN(TestListColumns)
#include "tst_listcolumns.moc"
