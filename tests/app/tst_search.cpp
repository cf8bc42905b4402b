#include "GuiTestSupport.h"

#include "gui/ReaderView.h"
#include "gui/search/QueryMatches.h"
#include "gui/search/SearchField.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>

using namespace Lectern;

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void placeholder_saysWhatCanBeTyped();
    void typedQuery_updatesTheListAfterAPause();
    void malformedQuery_showsItsErrorInline_andKeepsTheList_data();
    void malformedQuery_showsItsErrorInline_andKeepsTheList();
    void aQueryTheLibraryCannotRun_showsItsErrorInline_andKeepsTheList();
    void correctedQuery_clearsTheError();
    void searchWithWords_addsASnippetLine_withMatchesBold_andTextEscaped();
    void searchWithoutWords_hasNoSnippet();
    void reader_marksTheQueryWords_inTitleAndAbstract();
    void findMatches_comparesWordsAsTheIndexDoes_data();
    void findMatches_comparesWordsAsTheIndexDoes();
    void model_passesTheModelTester_whileSearching();
    void manyMatches_showAtOnce_thenMoveIntoRankedOrder_keepingTheCurrentPaper();
    void aQueryWithoutTheCurrentPaper_showsItsFirstPaperInTheReader();

private:
    SearchField *field() const { return m_fixture.child<SearchField>(QStringLiteral("searchField")); }
    QLabel *errorLabel() const { return m_fixture.child<QLabel>(QStringLiteral("queryError")); }
    void type(const QString &text) const;
    QStringList markedInReader() const;

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestSearch::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_search"));
}

void TestSearch::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({
        GuiTest::makePaper(QStringLiteral("Banana Ripening Kinetics"),
                           QStringLiteral("Ripening follows first-order kinetics in warm storage rooms.")),
        GuiTest::makePaper(QStringLiteral("Apple Orchards Under Drought"),
                           QStringLiteral("We study how orchards respond to drought <script>alert(1)</script> and heat.")),
        GuiTest::makePaper(QStringLiteral("Cherry Blossom Timing"),
                           QStringLiteral("Blossoms open earlier each decade as springs warm.")),
    });
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({m_ids[0], m_ids[1]}, {QStringLiteral("fruit")}));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestSearch::cleanup()
{
    m_fixture.closeWindow();
}

void TestSearch::type(const QString &text) const
{
    field()->clear();
    QTest::keyClicks(field(), text);
}

QStringList TestSearch::markedInReader() const
{
    QStringList marked;
    for (const QTextEdit::ExtraSelection &mark : m_fixture.child<ReaderView>(QStringLiteral("reader"))->extraSelections())
        marked.append(mark.cursor.selectedText());
    return marked;
}

void TestSearch::placeholder_saysWhatCanBeTyped()
{
    QVERIFY(field()->placeholderText().contains(u"tag:ml"));
    QVERIFY(field()->placeholderText().contains(u"status:to-read"));
    QVERIFY(!errorLabel()->isVisible());
}

void TestSearch::typedQuery_updatesTheListAfterAPause()
{
    QTest::keyClicks(field(), QStringLiteral("tag:fruit -drought"));
    // The list waits for the typing to pause rather than searching for every letter.
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Banana Ripening Kinetics")});
    QCOMPARE(m_fixture.model()->searchText(), QStringLiteral("tag:fruit -drought"));
}

void TestSearch::malformedQuery_showsItsErrorInline_andKeepsTheList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("open quote") << QStringLiteral("ripening \"warm st") << QStringLiteral("quote is not closed") << 9 << 8;
    QTest::newRow("unknown field") << QStringLiteral("fruit colour:red") << QStringLiteral("unknown field 'colour:'") << 6 << 7;
    QTest::newRow("dangling or") << QStringLiteral("kinetics OR") << QStringLiteral("OR needs a term") << 9 << 2;
    // The list trims the text; the mark still lands under what the user typed.
    QTest::newRow("leading spaces") << QStringLiteral("   status:done") << QStringLiteral("unknown status 'done'") << 10 << 4;
    // Groups nested deeper than FTS5 takes once gave an empty list ("0 of 3 papers").
    QTest::newRow("groups nested too deep") << QStringLiteral("(kinetics ").repeated(17) + QString(17, u')')
                                            << QStringLiteral("nested more than 16 deep") << 160 << 1;
}

void TestSearch::malformedQuery_showsItsErrorInline_andKeepsTheList()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, position);
    QFETCH(int, length);

    type(QStringLiteral("kinetics OR drought"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    const QStringList before = m_fixture.titles();

    type(text);
    QTRY_VERIFY(errorLabel()->isVisible());
    QVERIFY2(errorLabel()->text().contains(message), qPrintable(errorLabel()->text()));
    QCOMPARE(field()->errorPosition(), position);
    QCOMPARE(field()->errorLength(), length);
    QTRY_COMPARE(m_fixture.titles(), before);
}

// SQLite's refusal (here: the full-text index is damaged) is shown like a malformed query, not as no papers.
void TestSearch::aQueryTheLibraryCannotRun_showsItsErrorInline_andKeepsTheList()
{
    type(QStringLiteral("kinetics OR drought"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    const QStringList before = m_fixture.titles();
    QVERIFY(m_fixture.openLibrary()->db().exec("DELETE FROM papers_fts_data WHERE id > 10"));

    type(QStringLiteral("blossom"));
    QTRY_VERIFY(errorLabel()->isVisible());
    QVERIFY2(errorLabel()->text().startsWith(QStringLiteral("the library could not run the query: ")),
             qPrintable(errorLabel()->text()));
    QVERIFY2(!errorLabel()->text().contains(QStringLiteral("SELECT")), qPrintable(errorLabel()->text()));
    QCOMPARE(field()->errorPosition(), 0);
    QCOMPARE(field()->errorLength(), 7);
    QTRY_COMPARE(m_fixture.titles(), before);

    // A query the library can still run (no words: no index) clears it.
    type(QStringLiteral("tag:fruit"));
    QTRY_VERIFY(!errorLabel()->isVisible());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
}

void TestSearch::correctedQuery_clearsTheError()
{
    type(QStringLiteral("\"blossom"));
    QTRY_VERIFY(errorLabel()->isVisible());
    QTest::keyClick(field(), Qt::Key_QuoteDbl);
    QTRY_VERIFY(!errorLabel()->isVisible());
    QCOMPARE(field()->errorLength(), 0);
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Cherry Blossom Timing")});
}

void TestSearch::searchWithWords_addsASnippetLine_withMatchesBold_andTextEscaped()
{
    const int oneLine = m_fixture.list()->rowHeight(0);
    QVERIFY(m_fixture.model()->index(0, 0).data(PaperListModel::SnippetRole).isNull());

    type(QStringLiteral("drought"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    const QModelIndex row = m_fixture.model()->index(0, 0);
    // Read in the background; the row is two lines high meanwhile, so that it does not jump.
    QVERIFY(row.data(PaperListModel::SnippetRole).isValid());
    QTRY_VERIFY(!row.data(PaperListModel::SnippetRole).toString().isEmpty());
    const QString snippet = row.data(PaperListModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(u"<b>drought</b>"), qPrintable(snippet));
    QVERIFY2(snippet.contains(u"&lt;script&gt;"), qPrintable(snippet));
    QVERIFY(!snippet.contains(u"<script>"));
    QVERIFY(m_fixture.list()->rowHeight(0) > oneLine);
}

void TestSearch::searchWithoutWords_hasNoSnippet()
{
    type(QStringLiteral("tag:fruit"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    QVERIFY(m_fixture.model()->index(0, 0).data(PaperListModel::SnippetRole).isNull());
}

void TestSearch::reader_marksTheQueryWords_inTitleAndAbstract()
{
    type(QStringLiteral("ripen* -drought kinetics"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    m_fixture.selectRow(0);
    QCOMPARE(markedInReader(), (QStringList{QStringLiteral("Ripening"), QStringLiteral("Kinetics"),
                                            QStringLiteral("Ripening"), QStringLiteral("kinetics")}));

    field()->clear();
    QTRY_COMPARE(m_fixture.model()->rowCount(), 3);
    QVERIFY(markedInReader().isEmpty());
}

void TestSearch::findMatches_comparesWordsAsTheIndexDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("marked");

    QTest::newRow("word, any case") << QStringLiteral("Graph graphs GRAPH") << QStringLiteral("graph")
                                    << QStringList{QStringLiteral("Graph"), QStringLiteral("GRAPH")};
    QTest::newRow("prefix") << QStringLiteral("Graph graphs paragraph") << QStringLiteral("graph*")
                            << QStringList{QStringLiteral("Graph"), QStringLiteral("graphs")};
    QTest::newRow("accents") << QStringLiteral("Schrödinger's cat") << QStringLiteral("schrodinger")
                             << QStringList{QStringLiteral("Schrödinger")};
    QTest::newRow("phrase") << QStringLiteral("neural graph, graph-neural nets") << QStringLiteral("\"graph neural\"")
                            << QStringList{QStringLiteral("graph-neural")};
    QTest::newRow("negated") << QStringLiteral("graph of trees") << QStringLiteral("graph -trees")
                             << QStringList{QStringLiteral("graph")};
    QTest::newRow("other column") << QStringLiteral("graph of trees") << QStringLiteral("title:trees") << QStringList{};
    QTest::newRow("filters only") << QStringLiteral("graph of trees") << QStringLiteral("tag:graph") << QStringList{};
}

void TestSearch::findMatches_comparesWordsAsTheIndexDoes()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(QStringList, marked);

    const Query parsed = Query::parse(query);
    QVERIFY(parsed.isValid());
    QStringList found;
    for (const MatchSpan &span : findMatches(text, QueryTerm::Field::Abstract, matchTerms(parsed.root())))
        found.append(text.mid(span.start, span.length));
    QCOMPARE(found, marked);
}

void TestSearch::model_passesTheModelTester_whileSearching()
{
    QAbstractItemModelTester tester(m_fixture.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    type(QStringLiteral("ripening OR blossom"));
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QTRY_VERIFY(m_fixture.model()->index(row, 0).data(PaperListModel::SnippetRole).toString().contains(u"<b>"));
    m_fixture.model()->sort(PaperListModel::TitleColumn, Qt::DescendingOrder);
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Cherry Blossom Timing"), QStringLiteral("Banana Ripening Kinetics")}));
    type(QStringLiteral("(broken"));
    QTRY_VERIFY(errorLabel()->isVisible());
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
}

// In a large library a common word matches most papers, and ranking them all would keep the list from
// following the typing: the list shows the matches at once, unranked, and ranks them when the background
// has. Here two matches count as many.
void TestSearch::manyMatches_showAtOnce_thenMoveIntoRankedOrder_keepingTheCurrentPaper()
{
    PaperListModel *model = m_fixture.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setRankInBackgroundAbove(1);
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    QStringList shownAtOnce;
    const auto connection = connect(model, &QAbstractItemModel::modelReset, this, [&] { shownAtOnce = m_fixture.titles(); });
    QSignalSpy ranked(model, &PaperListModel::rankingApplied);

    type(QStringLiteral("warm OR cherry"));
    QVERIFY(ranked.wait());
    disconnect(connection);
    // Stored order first; then "Cherry" in a title outranks "warm" in an abstract.
    QCOMPARE(shownAtOnce, (QStringList{QStringLiteral("Banana Ripening Kinetics"), QStringLiteral("Cherry Blossom Timing")}));
    QTRY_COMPARE(m_fixture.titles(), (QStringList{QStringLiteral("Cherry Blossom Timing"), QStringLiteral("Banana Ripening Kinetics")}));
    QVERIFY(!model->isRankingPending());
    const QModelIndex current = m_fixture.list()->currentIndex();
    QCOMPARE(model->paperId(current.row()), m_ids[0]);
    QVERIFY(m_fixture.list()->selectionModel()->isRowSelected(current.row()));
}

// The reader follows the list to its new first paper once the list has painted.
void TestSearch::aQueryWithoutTheCurrentPaper_showsItsFirstPaperInTheReader()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    auto *reader = m_fixture.child<ReaderView>(QStringLiteral("reader"));
    QVERIFY(reader->toPlainText().contains(u"Banana Ripening Kinetics"));
    type(QStringLiteral("blossom"));
    QTRY_COMPARE(m_fixture.titles(), QStringList{QStringLiteral("Cherry Blossom Timing")});
    QTRY_VERIFY(reader->toPlainText().contains(u"Cherry Blossom Timing"));
    QCOMPARE(m_fixture.model()->paperId(m_fixture.list()->currentIndex().row()), m_ids[2]);
}

QTEST_MAIN(TestSearch)
#include "tst_search.moc"
