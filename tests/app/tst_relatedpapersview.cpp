#include "GuiTestSupport.h"

#include "gui/ReaderView.h"
#include "gui/related/RelatedPapers.h"
#include "gui/search/SearchField.h"
#include "query/Query.h"

#include <QListWidget>
#include <QScrollBar>

using namespace Lectern;

class TestRelatedPapersView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void selectedPaper_showsItsNeighbours_mostSimilarFirst();
    void clickingARelatedPaper_selectsIt();
    void clickingAPaperTheSearchHides_showsEveryPaperAndSelectsIt();
    void noPaperSelected_showsNoNeighbours();
    void aLookUpStoppedByAReload_isDoneAgainWhenThePaperStays();
    void aLongTitle_isShortenedToTheListsWidth();

private:
    QListWidget *related() const { return m_fixture.child<QListWidget>(QStringLiteral("relatedPapers")); }
    QStringList relatedTitles() const;
    void clickRelated(const QString &title) const;

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestRelatedPapersView::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_relatedpapersview"));
}

void TestRelatedPapersView::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({
        GuiTest::makePaper(QStringLiteral("Cherry blossom timing"),
                           QStringLiteral("Cherry blossom dates shift with spring warming; blossom records span centuries.")),
        GuiTest::makePaper(QStringLiteral("Blossom records from temple diaries"),
                           QStringLiteral("Temple diaries give cherry blossom dates for centuries of spring.")),
        GuiTest::makePaper(QStringLiteral("Kinetics of banana ripening"),
                           QStringLiteral("Ripening kinetics of bananas in warm storage rooms.")),
        GuiTest::makePaper(QStringLiteral("Ethylene and ripening rooms"),
                           QStringLiteral("Storage rooms with ethylene control ripening kinetics.")),
        GuiTest::makePaper(QStringLiteral("Graph networks for molecules"),
                           QStringLiteral("Message passing graph networks predict molecule properties.")),
        GuiTest::makePaper(QStringLiteral("Molecule property prediction"),
                           QStringLiteral("Graph networks predict properties of each molecule.")),
    });
    QVERIFY(m_fixture.openWindow());
}

void TestRelatedPapersView::cleanup()
{
    m_fixture.closeWindow();
}

QStringList TestRelatedPapersView::relatedTitles() const
{
    QStringList titles;
    for (int row = 0; row < related()->count(); ++row)
        titles.append(related()->item(row)->text());
    return titles;
}

void TestRelatedPapersView::clickRelated(const QString &title) const
{
    const QList<QListWidgetItem *> items = related()->findItems(title, Qt::MatchExactly);
    if (items.size() != 1)
        qFatal("no related paper %s", qPrintable(title));
    related()->scrollToItem(items.first());
    QTest::mouseClick(related()->viewport(), Qt::LeftButton, {}, related()->visualItemRect(items.first()).center());
}

void TestRelatedPapersView::selectedPaper_showsItsNeighbours_mostSimilarFirst()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    QTRY_VERIFY(!relatedTitles().isEmpty());
    QCOMPARE(relatedTitles().first(), QStringLiteral("Blossom records from temple diaries"));
    QVERIFY(!relatedTitles().contains(QStringLiteral("Cherry blossom timing")));
    QVERIFY(relatedTitles().size() <= 10);

    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[4]));
    QTRY_COMPARE(relatedTitles().value(0), QStringLiteral("Molecule property prediction"));
}

void TestRelatedPapersView::clickingARelatedPaper_selectsIt()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[2]));
    QTRY_COMPARE(relatedTitles().value(0), QStringLiteral("Ethylene and ripening rooms"));
    clickRelated(QStringLiteral("Ethylene and ripening rooms"));

    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[3]);
    QVERIFY(m_fixture.child<ReaderView>(QStringLiteral("reader"))->toPlainText().contains(u"ethylene control"));
    // Now the neighbours of the paper it went to.
    QTRY_COMPARE(relatedTitles().value(0), QStringLiteral("Kinetics of banana ripening"));
}

void TestRelatedPapersView::clickingAPaperTheSearchHides_showsEveryPaperAndSelectsIt()
{
    QTest::keyClicks(m_fixture.child<SearchField>(QStringLiteral("searchField")), QStringLiteral("temple"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    m_fixture.selectRow(0);
    QTRY_COMPARE(relatedTitles().value(0), QStringLiteral("Cherry blossom timing"));

    clickRelated(QStringLiteral("Cherry blossom timing"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 6);
    QVERIFY(m_fixture.child<SearchField>(QStringLiteral("searchField"))->text().isEmpty());
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[0]);
}

void TestRelatedPapersView::noPaperSelected_showsNoNeighbours()
{
    m_fixture.selectRow(0);
    QTRY_VERIFY(!relatedTitles().isEmpty());
    QTest::keyClicks(m_fixture.child<SearchField>(QStringLiteral("searchField")), QStringLiteral("nothingmatches"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 0);
    QTRY_VERIFY(relatedTitles().isEmpty());
}

void TestRelatedPapersView::aLookUpStoppedByAReload_isDoneAgainWhenThePaperStays()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    QTRY_VERIFY(!relatedTitles().isEmpty());
    const QStringList neighbours = relatedTitles();

    // The look-up empties the list, then asks the background for the neighbours. The list reloads before
    // the answer is back (queued now, it comes before the answer does): the look-up stops, and the same
    // paper is still selected, so it is done again.
    bool reloaded = false;
    const auto connection = connect(related()->model(), &QAbstractItemModel::modelReset, this, [&] {
        reloaded = true;
        QMetaObject::invokeMethod(m_fixture.model(), &PaperListModel::reload, Qt::QueuedConnection);
    });
    m_fixture.window()->findChild<RelatedPapers *>()->refresh();
    QTRY_VERIFY(reloaded);
    disconnect(connection);
    QTRY_COMPARE(relatedTitles(), neighbours);
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[0]);
}

void TestRelatedPapersView::aLongTitle_isShortenedToTheListsWidth()
{
    related()->setFixedWidth(80); // narrower than any title
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    QTRY_VERIFY(!relatedTitles().isEmpty());
    QTRY_COMPARE(related()->horizontalScrollBar()->maximum(), 0);
    for (int row = 0; row < related()->count(); ++row)
        QVERIFY(related()->visualItemRect(related()->item(row)).width() <= related()->viewport()->width());
    QVERIFY(related()->visualItemRect(related()->item(0)).height() > related()->fontMetrics().height() / 2);
}

QTEST_MAIN(TestRelatedPapersView)
#include "tst_relatedpapersview.moc"
