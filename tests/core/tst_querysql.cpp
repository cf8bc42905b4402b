// Compiled queries run against a real library: each construct finds exactly its papers, words rank by
// relevance, the rest follows the chosen order, and snippets mark what matched.

#include "TestKit.h"

#include "library/Library.h"
#include "library/PaperTrash.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "query/QueryParser.h"
#include "query/QuerySql.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// What the fixture stores beyond what PaperStore::add takes: status, rating and the time added are set
// with plain SQL, tags and lists through their stores (which own how names are keyed).
struct Reading
{
    QString status;
    int rating = 0;
    QStringList tags;
    QDateTime added;
};

QDateTime localTime(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

Paper paper(const QString &title, const QString &authors, const QString &abstract, const QString &published)
{
    Paper paper;
    paper.title = title;
    for (const QString &author : authors.split(u"; "_s))
        paper.authors.append(Person::fromText(author));
    paper.abstract = abstract;
    paper.published = published;
    return paper;
}

void run(Database &db, const char *sql, const QList<QVariant> &values)
{
    Statement statement(db, sql);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::QString)
            statement.bind(int(i + 1), values[i].toString());
        else
            statement.bind(int(i + 1), values[i].toLongLong());
    }
    QVERIFY2(statement.run(), qPrintable(statement.error()));
}

// SQLite's or FTS5's reason for refusing the statement, or empty when every row could be read.
QString runError(Database &db, const SqlQuery &query)
{
    Statement statement(db, query.sql.toUtf8().constData());
    query.bindTo(statement);
    while (statement.step()) {
    }
    return statement.error();
}

// count groups, each in the one before, alternating AND and OR: "(a (b OR (a (b OR ... x))))" with the
// term and operator of each level from the templates ("%1 OR X" and "%1 X", %1 the level's number).
QString nested(int count, const QString &andLevel, const QString &orLevel)
{
    QString text = u"x"_s;
    for (int level = count - 1; level >= 0; --level)
        text = u'(' + QString(level % 2 == 0 ? andLevel : orLevel).replace(u"%1"_s, QString::number(level)).replace(u"X"_s, text)
            + u')';
    return text;
}

QString repeated(const QString &pattern, int count, const QString &separator)
{
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts.append(pattern.arg(i));
    return parts.join(separator);
}

QueryNode term(QueryTerm::Field field, const QString &value)
{
    return {QueryNode::Kind::Term, {field, value}};
}

} // namespace

class TestQuerySql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachConstruct_findsExactlyItsPapers_data();
    void eachConstruct_findsExactlyItsPapers();
    void eachConstruct_leavesOutThePapersInTheTrash_data();
    void eachConstruct_leavesOutThePapersInTheTrash();
    void aTitleMatch_ranksAboveAnAbstractOnlyMatch();
    void wordsUnderAnOrWithFilters_rankPapersWithTheWordsFirst();
    void withRelevanceTurnedOff_matchesFollowTheRequestedOrder();
    void withoutWords_resultsFollowTheRequestedOrder_data();
    void withoutWords_resultsFollowTheRequestedOrder();
    void aLimit_cutsTheRankedList();
    void firstMatchesInTheOrderAdded_areThoseOfTheWholeList_data();
    void firstMatchesInTheOrderAdded_areThoseOfTheWholeList();
    void firstMatchesOfWordsWithFilters_lookEachMatchUpInTheFiltersIndexes_data();
    void firstMatchesOfWordsWithFilters_lookEachMatchUpInTheFiltersIndexes();
    void rankingAtMost_ranksFewMatchesAndListsManyInTheOrderAdded();
    void bestOfTheNewest_areTheWholeRankingsAmongThem_data();
    void filtersAmongTheFirstPapers_areTheWholeListsAmongThem_data();
    void filtersAmongTheFirstPapers_areTheWholeListsAmongThem();
    void filtersAmongTheFirstPapers_testEachPaperWithoutReadingASet_data();
    void filtersAmongTheFirstPapers_testEachPaperWithoutReadingASet();
    void bestOfTheNewest_areTheWholeRankingsAmongThem();
    void bestOfTheNewest_tiedInScore_keepTheOrderAdded();
    void anInvalidQuery_isAnError_notAnEmptyList();
    void aQueryTheLibraryCannotRun_isAnError_notAnEmptyList_data();
    void aQueryTheLibraryCannotRun_isAnError_notAnEmptyList();
    void queriesAtTheLimits_runInEveryOrder_data();
    void queriesAtTheLimits_runInEveryOrder();
    void compiling_takesTimeInProportionToTheQuery();
    void identifiersAndNotes_areLookedUpInTheirIndexes_data();
    void identifiersAndNotes_areLookedUpInTheirIndexes();
    void listStatements_neverReadPaperRows_data();
    void listStatements_neverReadPaperRows();
    void snippet_marksTheMatchedWordInTheAbstract();
    void snippet_fallsBackToTheColumnThatMatched();
    void snippet_withoutWords_isTheStartOfTheAbstract();
    void snippets_ofManyPapers_areEachPapersOwn();

private:
    // The fixture's papers by number, 1 to 5, as library ids.
    QList<qint64> ids(const QList<int> &numbers) const;
    void store(const QList<Paper> &papers, const QList<Reading> &readings);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids;
};

void TestQuerySql::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);

    QList<Paper> papers{
        paper(u"Graph Neural Networks for Molecules"_s, u"Ada Lovelace; Bob Stone"_s,
              u"We predict molecular properties with message passing."_s, u"2023-06-13"_s),
        paper(u"Solving PDEs with Spectral Models"_s, u"Carl Gauss"_s,
              u"Neural operators approximate partial differential equations; graph structure is not used."_s,
              u"2021-03"_s),
        paper(u"Video Generation as World Simulation"_s, u"Dan Brown"_s,
              u"Diffusion models generate videos that obey physical laws."_s, u"Jun 13"_s),
        paper(u"Federated Learning with Momentum"_s, u"Eve Adams"_s,
              u"Clients talk to a server; momentum helps convergence on heterogeneous data."_s, u"2019"_s),
        paper(u"The 100% Solution: C++ Tricks"_s, u"Frank Moss"_s,
              u"Template metaprogramming for graph algorithms."_s, u"2020-01-05"_s),
    };
    papers[0].arxivId = u"2306.00001"_s;
    papers[0].links = {{u"https://github.com/ada/gnn"_s, Link::Kind::Code}};
    papers[1].doi = u"10.1000/PDE.1"_s; // stored lower-case, and doi: looks for it in lower case
    papers[1].note = u"Check the spectral block."_s;
    papers[2].links = {{u"https://example.org/video"_s, Link::Kind::Page}};

    const QDateTime now = QDateTime::currentDateTime();
    const QList<Reading> readings{
        {u"read"_s, 5, {u"ml/graphs"_s, u"chemistry"_s}, now.addDays(-2)},
        {u"to-read"_s, 3, {u"ml/operators"_s}, now.addDays(-40)},
        {u"inbox"_s, 0, {u"vision"_s}, localTime(2025, 6, 15, 12, 0)},
        {u"skipped"_s, 1, {}, localTime(2025, 6, 30, 23, 30)},
        {u"reading"_s, 4, {u"mlx/y"_s}, localTime(2025, 7, 1, 0, 30)},
    };
    store(papers, readings);
}

void TestQuerySql::store(const QList<Paper> &papers, const QList<Reading> &readings)
{
    const auto added = PaperStore(*m_library).add(papers, u"fixture"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
    QCOMPARE(m_ids.size(), papers.size());

    Database &db = m_library->db();
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const Reading &reading = readings[i];
        run(db, "UPDATE papers SET status = ?, rating = ?, added_at = ? WHERE id = ?",
            {reading.status, reading.rating, reading.added.toUTC().toString(Qt::ISODateWithMs), m_ids[i]});
        if (!reading.tags.isEmpty())
            QVERIFY(TagStore(*m_library).edit({m_ids[i]}, reading.tags));
    }
    run(db, "INSERT INTO highlights(paper_id, start, length, quote, color, created_at) VALUES (?, 0, 6, 'Neural', "
            "'#ffff00', '2025-01-01T00:00:00.000Z')",
        {m_ids[1]});
    ReadingListStore lists(*m_library);
    QVERIFY(lists.addPapersToNamedList(u"to print"_s, {m_ids[2], m_ids[3]}));
    QVERIFY(lists.addPapersToNamedList(u"reading group"_s, {m_ids[3]}));
    QVERIFY(lists.addPapersToNamedList(u"Übersicht"_s, {m_ids[0]}));
    QVERIFY(lists.addPapersToNamedList(u"the \"best\" ones"_s, {m_ids[1]}));
    QVERIFY(lists.addPapersToNamedList(uR"(C:\papers\)"_s, {m_ids[4]}));
}

void TestQuerySql::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

QList<qint64> TestQuerySql::ids(const QList<int> &numbers) const
{
    QList<qint64> result;
    for (const int number : numbers)
        result.append(m_ids[number - 1]);
    return result;
}

void TestQuerySql::eachConstruct_findsExactlyItsPapers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("papers");

    QTest::newRow("empty query") << QString() << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("word in title or abstract") << u"graph"_s << QList<int>{1, 2, 5};
    QTest::newRow("words are ANDed") << u"graph neural"_s << QList<int>{1, 2};
    QTest::newRow("prefix") << u"molec*"_s << QList<int>{1};
    QTest::newRow("phrase") << u"\"message passing\""_s << QList<int>{1};
    QTest::newRow("phrase keeps its order") << u"\"passing message\""_s << QList<int>{};
    QTest::newRow("title") << u"title:graph"_s << QList<int>{1};
    QTest::newRow("abstract") << u"abstract:graph"_s << QList<int>{2, 5};
    QTest::newRow("author") << u"author:gauss"_s << QList<int>{2};
    QTest::newRow("author prefix") << u"author:lovel*"_s << QList<int>{1};
    QTest::newRow("note") << u"note:spectral"_s << QList<int>{2};
    QTest::newRow("fts operators are literal words") << u"NOT"_s << QList<int>{2};
    QTest::newRow("punctuation inside a word") << u"C++"_s << QList<int>{5};
    QTest::newRow("quotes in values are bound") << u"tag:\"x' OR '1'='1\""_s << QList<int>{};
    QTest::newRow("tag with nested tags") << u"tag:ml"_s << QList<int>{1, 2};
    QTest::newRow("tag ignores case") << u"tag:ML/Graphs"_s << QList<int>{1};
    QTest::newRow("nested tag by its full path") << u"tag:mlx/y"_s << QList<int>{5};
    QTest::newRow("tag wildcards are literal") << u"tag:ml_"_s << QList<int>{};
    QTest::newRow("status") << u"status:to-read"_s << QList<int>{2};
    QTest::newRow("not status") << u"-status:inbox"_s << QList<int>{1, 2, 4, 5};
    QTest::newRow("rating >=") << u"rating:>=4"_s << QList<int>{1, 5};
    QTest::newRow("rating none") << u"rating:0"_s << QList<int>{3};
    QTest::newRow("rating range") << u"rating:2..4"_s << QList<int>{2, 5};
    QTest::newRow("year") << u"year:2023"_s << QList<int>{1};
    QTest::newRow("year range with a month") << u"year:2019..2021"_s << QList<int>{2, 4, 5};
    QTest::newRow("year below skips unknown years") << u"year:<2021"_s << QList<int>{4, 5};
    QTest::newRow("year from") << u"year:>=2020"_s << QList<int>{1, 2, 5};
    QTest::newRow("added within") << u"added:<7d"_s << QList<int>{1};
    QTest::newRow("added within weeks") << u"added:<7w"_s << QList<int>{1, 2};
    QTest::newRow("added before") << u"added:>30d"_s << QList<int>{2, 3, 4, 5};
    QTest::newRow("added on a day") << u"added:2025-06-15"_s << QList<int>{3};
    QTest::newRow("added days are whole and inclusive") << u"added:2025-06-01..2025-06-30"_s << QList<int>{3, 4};
    QTest::newRow("added from a day") << u"added:>=2025-07-01"_s << QList<int>{1, 2, 5};
    QTest::newRow("has note") << u"has:note"_s << QList<int>{2};
    QTest::newRow("has highlight") << u"has:highlight"_s << QList<int>{2};
    QTest::newRow("has link") << u"has:link"_s << QList<int>{1, 3};
    QTest::newRow("has code") << u"has:code"_s << QList<int>{1};
    QTest::newRow("has no link") << u"-has:link"_s << QList<int>{2, 4, 5};
    QTest::newRow("arxiv") << u"arxiv:2306.00001v3"_s << QList<int>{1};
    QTest::newRow("doi in another case") << u"doi:10.1000/pde.1"_s << QList<int>{2};
    QTest::newRow("list") << u"list:\"to print\""_s << QList<int>{3, 4};
    QTest::newRow("list ignores case") << u"list:\"Reading Group\""_s << QList<int>{4};
    QTest::newRow("list ignores case beyond A-Z") << u"list:übersicht"_s << QList<int>{1};
    QTest::newRow("unknown list") << u"list:nowhere"_s << QList<int>{};
    QTest::newRow("list with quotes in its name") << uR"(list:"the \"best\" ones")"_s << QList<int>{2};
    QTest::newRow("list with backslashes in its name") << uR"(list:"C:\\papers\\")"_s << QList<int>{5};
    QTest::newRow("or of words") << u"graph OR video"_s << QList<int>{1, 2, 3, 5};
    QTest::newRow("or of a word and a filter") << u"graph OR tag:vision"_s << QList<int>{1, 2, 3, 5};
    QTest::newRow("or of filters") << u"tag:ml OR status:skipped"_s << QList<int>{1, 2, 4};
    QTest::newRow("group and negated column") << u"(graph OR video) -title:graph"_s << QList<int>{2, 3, 5};
    QTest::newRow("negated word") << u"-graph"_s << QList<int>{3, 4};
    QTest::newRow("negated words") << u"-graph -video"_s << QList<int>{4};
    QTest::newRow("negated group of words") << u"-(graph OR video)"_s << QList<int>{4};
    QTest::newRow("word without another") << u"graph -molecules"_s << QList<int>{2, 5};
    QTest::newRow("word or not a word") << u"graph OR -video"_s << QList<int>{1, 2, 4, 5};
    QTest::newRow("negated group of filters") << u"-(tag:ml OR rating:0)"_s << QList<int>{4, 5};
    QTest::newRow("words and filters") << u"graph tag:ml rating:>=4"_s << QList<int>{1};
    QTest::newRow("filter or column word") << u"year:2023 OR abstract:diffusion"_s << QList<int>{1, 3};
}

void TestQuerySql::eachConstruct_findsExactlyItsPapers()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, papers);

    const Query query = Query::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
    QList<qint64> found = findPapers(*m_library, query).value();
    std::sort(found.begin(), found.end());
    QCOMPARE(found, ids(papers));
    QCOMPARE(countPapers(*m_library, query).value(), papers.size());
}

void TestQuerySql::eachConstruct_leavesOutThePapersInTheTrash_data()
{
    eachConstruct_findsExactlyItsPapers_data();
}

// Papers 1 and 4 in the Trash: no statement finds or counts them, in any order, ranked or not.
void TestQuerySql::eachConstruct_leavesOutThePapersInTheTrash()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, papers);

    QVERIFY(PaperTrash(*m_library).trash(ids({1, 4})));
    papers.removeAll(1);
    papers.removeAll(4);
    const Query query = Query::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
    const QueryOrder orders[] = {{PaperSort::Added, true, true}, {PaperSort::Added, false, false},
                                 {PaperSort::Title, true, false}, {PaperSort::FirstAuthor, false, false},
                                 {PaperSort::Published, true, false}};
    for (const QueryOrder &order : orders) {
        QList<qint64> found = findPapers(*m_library, query, order).value();
        std::sort(found.begin(), found.end());
        QCOMPARE(found, ids(papers));
    }
    QList<qint64> unranked = findPapersUnranked(*m_library, query).value();
    std::sort(unranked.begin(), unranked.end());
    QCOMPARE(unranked, ids(papers));
    QCOMPARE(countPapers(*m_library, query).value(), papers.size());
}

void TestQuerySql::aTitleMatch_ranksAboveAnAbstractOnlyMatch()
{
    // Paper 5 has the word once in a short abstract; paper 1 has it in the title.
    QCOMPARE(findPapers(*m_library, Query::parse(u"graph"_s)).value().value(0), m_ids[0]);
    QCOMPARE(findPapers(*m_library, Query::parse(u"graph -tag:vision"_s)).value().value(0), m_ids[0]);
    // Ranking ignores the requested order.
    const QueryOrder byTitleDescending{PaperSort::Title, false};
    QCOMPARE(findPapers(*m_library, Query::parse(u"graph"_s), byTitleDescending).value().value(0), m_ids[0]);
}

void TestQuerySql::wordsUnderAnOrWithFilters_rankPapersWithTheWordsFirst()
{
    const QList<qint64> found = findPapers(*m_library, Query::parse(u"tag:vision OR graph"_s)).value();
    QCOMPARE(found.size(), 4);
    QCOMPARE(found.first(), m_ids[0]);
    QCOMPARE(found.last(), m_ids[2]);
}

void TestQuerySql::withRelevanceTurnedOff_matchesFollowTheRequestedOrder()
{
    const QueryOrder byTitle{PaperSort::Title, true, false};
    QCOMPARE(findPapers(*m_library, Query::parse(u"graph"_s), byTitle).value(), ids({1, 2, 5}));
    const QueryOrder byTitleDescending{PaperSort::Title, false, false};
    QCOMPARE(findPapers(*m_library, Query::parse(u"graph OR tag:vision"_s), byTitleDescending).value(), ids({3, 5, 2, 1}));
}

void TestQuerySql::withoutWords_resultsFollowTheRequestedOrder_data()
{
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("ascending");
    QTest::addColumn<QList<int>>("papers");

    // The order they were added is the ids' (added_at, which the fixture sets, only decides added: terms).
    QTest::newRow("added") << int(PaperSort::Added) << true << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("added, newest first") << int(PaperSort::Added) << false << QList<int>{5, 4, 3, 2, 1};
    QTest::newRow("title") << int(PaperSort::Title) << true << QList<int>{4, 1, 2, 5, 3};
    QTest::newRow("first author") << int(PaperSort::FirstAuthor) << true << QList<int>{1, 2, 3, 4, 5};
    QTest::newRow("published") << int(PaperSort::Published) << true << QList<int>{3, 4, 5, 2, 1};
    QTest::newRow("published, newest first") << int(PaperSort::Published) << false << QList<int>{1, 2, 5, 4, 3};
}

void TestQuerySql::withoutWords_resultsFollowTheRequestedOrder()
{
    QFETCH(int, sort);
    QFETCH(bool, ascending);
    QFETCH(QList<int>, papers);

    const QueryOrder order{PaperSort(sort), ascending};
    QCOMPARE(findPapers(*m_library, Query::parse(QString()), order).value(), ids(papers));
    // A filter keeps the order of what it leaves.
    QList<int> exceptInbox = papers;
    exceptInbox.removeOne(3);
    QCOMPARE(findPapers(*m_library, Query::parse(u"-status:inbox"_s), order).value(), ids(exceptInbox));
}

void TestQuerySql::aLimit_cutsTheRankedList()
{
    const Query query = Query::parse(u"graph"_s);
    const QList<qint64> all = findPapers(*m_library, query).value();
    QCOMPARE(findPapers(*m_library, query, {}, 2).value(), all.mid(0, 2));
    QCOMPARE(findPapers(*m_library, Query::parse(QString()), {}, 1).value(), ids({1}));
}

void TestQuerySql::firstMatchesInTheOrderAdded_areThoseOfTheWholeList_data()
{
    eachConstruct_findsExactlyItsPapers_data();
}

// The window's first rows are a LIMIT query in the order papers were added, planned apart from the whole list
// (words with filters stop at the limit, each match looked up in the filters' indexes): every construct,
// either way, with every limit, keeps the first papers of the whole list, without those in the Trash.
void TestQuerySql::firstMatchesInTheOrderAdded_areThoseOfTheWholeList()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, papers);

    QVERIFY(PaperTrash(*m_library).trash(ids({4})));
    papers.removeAll(4);
    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    for (const bool ascending : {true, false}) {
        QList<qint64> all = ids(papers);
        if (!ascending)
            std::reverse(all.begin(), all.end());
        const QueryOrder order{PaperSort::Added, ascending, false};
        QCOMPARE(findPapers(*m_library, query, order).value(), all);
        for (int limit = 0; limit <= 5; ++limit)
            QCOMPARE(findPapers(*m_library, query, order, limit).value(), all.mid(0, limit));
    }
}

void TestQuerySql::firstMatchesOfWordsWithFilters_lookEachMatchUpInTheFiltersIndexes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("steps");

    const QString tag = u"SEARCH paper_tags USING PRIMARY KEY (paper_id=?)"_s;
    const QString status = u"SEARCH papers USING COVERING INDEX papers_status (status=? AND rowid=?)"_s;
    QTest::newRow("tag") << u"graph tag:ml"_s << QStringList{tag};
    QTest::newRow("status") << u"graph status:to-read"_s << QStringList{status};
    QTest::newRow("tag, status and a word") << u"tag:ml status:to-read graph"_s << QStringList{tag, status};
    QTest::newRow("negated tag") << u"graph -tag:ml"_s << QStringList{tag};
    QTest::newRow("tag or status") << u"graph (tag:vision OR status:inbox)"_s << QStringList{tag, status};
}

// A word in most papers with filters (tag:ml status:to-read neural, at a million papers) keeps its first
// matches from FTS5's id order: each match is looked up in the filters' indexes, and neither filter's papers
// are read whole beforehand, nor are the matches sorted.
void TestQuerySql::firstMatchesOfWordsWithFilters_lookEachMatchUpInTheFiltersIndexes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, steps);

    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    const SqlQuery sql = QuerySql::findPapers(query.root(), {PaperSort::Added, true, false}, 5001);
    Statement plan(m_library->db(), (u"EXPLAIN QUERY PLAN "_s + sql.sql).toUtf8().constData());
    sql.bindTo(plan);
    QStringList planned;
    while (plan.step())
        planned.append(plan.text(3));
    const QString described = sql.sql + u"\n"_s + planned.join(u'\n');
    QVERIFY2(planned.value(0).startsWith(u"SCAN papers_fts VIRTUAL TABLE"_s), qPrintable(described));
    for (const QString &step : std::as_const(steps))
        QVERIFY2(planned.contains(step), qPrintable(described));
    for (const QString &step : std::as_const(planned)) {
        QVERIFY2(!step.contains(u"TEMP B-TREE"_s), qPrintable(described));
        QVERIFY2(!step.contains(u"paper_tags_tag"_s), qPrintable(described));
    }
}

void TestQuerySql::rankingAtMost_ranksFewMatchesAndListsManyInTheOrderAdded()
{
    const Query words = Query::parse(u"graph"_s); // papers 1, 2 and 5; 5 ranks above 2 (a shorter abstract)
    const FoundPapers few = findPapersRankingAtMost(*m_library, words, 3).value();
    QVERIFY(few.ranked);
    QCOMPARE(few.ids, ids({1, 5, 2}));
    const FoundPapers many = findPapersRankingAtMost(*m_library, words, 2).value();
    QVERIFY(!many.ranked);
    QCOMPARE(many.ids, ids({1, 2, 5}));

    // With a filter, the words' own matches decide: three, though the filter leaves two.
    const Query filtered = Query::parse(u"graph tag:ml"_s);
    QVERIFY(findPapersRankingAtMost(*m_library, filtered, 3).value().ranked);
    const FoundPapers unranked = findPapersRankingAtMost(*m_library, filtered, 2).value();
    QVERIFY(!unranked.ranked);
    QCOMPARE(unranked.ids, ids({1, 2}));

    // Without words there is nothing to rank.
    const FoundPapers filters = findPapersRankingAtMost(*m_library, Query::parse(u"-status:inbox"_s), 0).value();
    QVERIFY(filters.ranked);
    QCOMPARE(filters.ids, ids({1, 2, 4, 5}));
}

void TestQuerySql::bestOfTheNewest_areTheWholeRankingsAmongThem_data()
{
    eachConstruct_findsExactlyItsPapers_data();
}

// search --limit's one walk of the newest matches, each scored as it comes (words in the top-level AND), against the
// whole ranking: every construct, with every bound and limit, keeps the whole ranking's order among the `bound`
// newest matches, without the papers in the Trash, and says it ranked only those when more matched. Without such
// words the bound does not apply.
void TestQuerySql::bestOfTheNewest_areTheWholeRankingsAmongThem()
{
    QFETCH(QString, text);

    QVERIFY(PaperTrash(*m_library).trash(ids({4})));
    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    const QList<qint64> ranked = findPapers(*m_library, query).value();
    const bool boundable = QuerySql::isRankedByMatch(query.root());
    for (int bound = 1; bound <= 5; ++bound) {
        QList<qint64> byAge = ranked;
        std::sort(byAge.begin(), byAge.end(), std::greater<>());
        const bool bounded = boundable && ranked.size() > bound;
        QList<qint64> expected;
        for (const qint64 id : ranked)
            if (!bounded || byAge.indexOf(id) < bound)
                expected.append(id);
        for (int limit = 1; limit <= 5; ++limit) {
            const BestPapers best = findBestPapers(*m_library, query, limit, bound).value();
            QCOMPARE(best.ids, expected.mid(0, limit));
            QCOMPARE(best.rankedOnly, bounded ? bound : 0);
        }
    }
}

void TestQuerySql::bestOfTheNewest_tiedInScore_keepTheOrderAdded()
{
    // Four papers alike score alike: as in the whole ranking, the first added comes first.
    const Paper twin = paper(u"Holonomy of twin connections"_s, u"Gail Twin"_s, u"Holonomy, again."_s, u"2024"_s);
    QList<qint64> twins;
    for (int i = 0; i < 4; ++i)
        twins.append(TestKit::addWithoutDuplicateCheck(*m_library, twin));
    QVERIFY(!twins.contains(0));
    const Query query = Query::parse(u"holonomy"_s);
    const QList<qint64> ranked = findPapers(*m_library, query).value();
    QCOMPARE(ranked, twins);
    QCOMPARE(findBestPapers(*m_library, query, 2, 10).value().ids, ranked.mid(0, 2));
    const BestPapers newest = findBestPapers(*m_library, query, 2, 3).value();
    QCOMPARE(newest.ids, ranked.mid(1, 2));
    QCOMPARE(newest.rankedOnly, 3);
}

void TestQuerySql::filtersAmongTheFirstPapers_areTheWholeListsAmongThem_data()
{
    eachConstruct_findsExactlyItsPapers_data();
}

// The first rows of filters in the order added, probed among the first papers before the sets are read: every
// construct without words, either way, with every number of papers probed and every limit, keeps the whole list's
// papers among the probed ones, without those in the Trash (which the probe counts: it tests papers, not matches).
void TestQuerySql::filtersAmongTheFirstPapers_areTheWholeListsAmongThem()
{
    QFETCH(QString, text);

    QVERIFY(PaperTrash(*m_library).trash(ids({4})));
    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    if (!query.root() || QuerySql::hasText(query.root()))
        QSKIP("the probe is for filters only");
    for (const bool ascending : {true, false}) {
        QList<qint64> all = findPapers(*m_library, query, {PaperSort::Added, ascending, false}).value();
        QList<qint64> byAge = m_ids;
        if (!ascending)
            std::reverse(byAge.begin(), byAge.end());
        for (int probed = 1; probed <= 6; ++probed) {
            QList<qint64> expected;
            for (const qint64 id : std::as_const(all))
                if (byAge.indexOf(id) < probed)
                    expected.append(id);
            for (int limit = 1; limit <= 5; ++limit) {
                const SqlQuery sql = QuerySql::findPapersAmongFirst(query.root(), ascending, probed, limit);
                Statement statement(m_library->db(), sql.sql.toUtf8().constData());
                sql.bindTo(statement);
                QList<qint64> found;
                while (statement.step())
                    found.append(statement.integer(0));
                QCOMPARE(found, expected.mid(0, limit));
            }
        }
    }
}

void TestQuerySql::filtersAmongTheFirstPapers_testEachPaperWithoutReadingASet_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("year without a tag") << u"year:2023 -tag:ml"_s;
    QTest::newRow("tag and status") << u"tag:ml status:to-read"_s;
    QTest::newRow("rating or added") << u"rating:>=4 OR added:<7d"_s;
    QTest::newRow("identifiers") << u"arxiv:2306.00001 OR doi:10.1000/pde.1"_s;
}

// year:2023 -tag:ml at a million papers read the 114,000 papers of the year and the 311,000 of the tag to show the
// first 50: the probe scans papers_by_id from its end and tests each paper by seeks (its row by its id, its tags by
// the primary key), with no set of a filter's papers and nothing sorted.
void TestQuerySql::filtersAmongTheFirstPapers_testEachPaperWithoutReadingASet()
{
    QFETCH(QString, text);

    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    for (const bool ascending : {true, false}) {
        const SqlQuery sql = QuerySql::findPapersAmongFirst(query.root(), ascending, 10000, 50);
        Statement plan(m_library->db(), (u"EXPLAIN QUERY PLAN "_s + sql.sql).toUtf8().constData());
        sql.bindTo(plan);
        QStringList planned;
        while (plan.step())
            planned.append(plan.text(3));
        const QString described = sql.sql + u"\n"_s + planned.join(u'\n');
        QVERIFY2(planned.value(0).startsWith(u"SEARCH p USING COVERING INDEX papers_by_id"_s), qPrintable(described));
        for (const QString &step : std::as_const(planned)) {
            QVERIFY2(!step.contains(u"TEMP B-TREE"_s), qPrintable(described));
            QVERIFY2(!step.contains(u"paper_tags_tag"_s), qPrintable(described));
            QVERIFY2(!step.contains(u"papers_published_sort"_s), qPrintable(described));
            QVERIFY2(!step.contains(u"papers_rating"_s), qPrintable(described));
            QVERIFY2(!step.contains(u"papers_added_at"_s), qPrintable(described));
            QVERIFY2(!step.startsWith(u"SCAN papers"_s) || step.contains(u"papers_by_id"_s), qPrintable(described));
        }
    }
}

void TestQuerySql::anInvalidQuery_isAnError_notAnEmptyList()
{
    const Query query = Query::parse(u"graph OR"_s);
    QVERIFY(!query.isValid());
    for (const QString &error : {findPapers(*m_library, query).error().message,
                                 findPapersUnranked(*m_library, query).error().message,
                                 findPapersRankingAtMost(*m_library, query, 10).error().message,
                                 countPapers(*m_library, query).error().message})
        QCOMPARE(error, query.error()->message);
}

void TestQuerySql::aQueryTheLibraryCannotRun_isAnError_notAnEmptyList_data()
{
    QTest::addColumn<QByteArray>("damage");
    QTest::addColumn<QString>("reason");

    // The statement does not prepare; it stops at its first step.
    QTest::newRow("index missing") << "DROP TABLE papers_fts"_ba << u"no such table: papers_fts"_s;
    QTest::newRow("index damaged") << "DELETE FROM papers_fts_data WHERE id > 10"_ba << u"malformed"_s;
}

void TestQuerySql::aQueryTheLibraryCannotRun_isAnError_notAnEmptyList()
{
    QFETCH(QByteArray, damage);
    QFETCH(QString, reason);

    QVERIFY(m_library->db().exec(damage.constData()));
    const Query query = Query::parse(u"graph tag:ml"_s);
    QTest::failOnWarning(QRegularExpression(u".*"_s)); // no statement logged: the error says what is wrong
    for (const QString &error : {findPapers(*m_library, query).error().message,
                                 findPapersUnranked(*m_library, query).error().message,
                                 findPapersRankingAtMost(*m_library, query, 10).error().message,
                                 countPapers(*m_library, query).error().message}) {
        QVERIFY2(error.startsWith(u"the library could not run the query: "_s), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(!error.contains(u"SELECT"_s), qPrintable(error));
    }
    QCOMPARE(findPapers(*m_library, Query::parse(u"tag:ml"_s)).value(), ids({1, 2})); // what needs no index still runs
}

void TestQuerySql::queriesAtTheLimits_runInEveryOrder_data()
{
    QTest::addColumn<QString>("text");

    const int depth = MaxQueryDepth;
    const int terms = MaxQueryTerms;
    QTest::newRow("words nested") << nested(depth, u"graph%1 X"_s, u"neural%1 OR X"_s);
    QTest::newRow("words nested last") << nested(depth, u"X graph%1"_s, u"X OR neural%1"_s);
    QTest::newRow("negated words nested") << nested(depth, u"graph%1 -X"_s, u"neural%1 OR -X"_s);
    QTest::newRow("columns nested") << nested(depth, u"title:graph%1 X"_s, u"author:neural%1 OR X"_s);
    QTest::newRow("filters nested") << nested(depth, u"tag:t%1 X"_s, u"added:<1%1d OR X"_s);
    QTest::newRow("words and filters nested") << nested(depth, u"graph%1 -tag:t%1 X"_s, u"status:inbox OR X"_s);
    QTest::newRow("negated filters nested") << nested(depth, u"tag:t%1 -X"_s, u"has:note OR -X"_s);
    QTest::newRow("words") << repeated(u"w%1"_s, terms, u" "_s);
    QTest::newRow("words or") << repeated(u"w%1"_s, terms, u" OR "_s);
    QTest::newRow("negated words") << u"graph "_s + repeated(u"-w%1"_s, terms - 1, u" "_s);
    QTest::newRow("filters") << repeated(u"-tag:t%1"_s, terms, u" "_s);
    QTest::newRow("filters or") << repeated(u"tag:t%1"_s, terms, u" OR "_s);
    QTest::newRow("words or filters") << repeated(u"w%1 OR tag:t%1"_s, terms / 2, u" OR "_s);
    QTest::newRow("deep and long") << nested(depth, repeated(u"w%1"_s, terms / depth - 2, u" "_s) + u" tag:a X"_s,
                                             u"X OR "_s + repeated(u"v%1"_s, terms / depth - 2, u" OR "_s) + u" OR has:code"_s);
}

// What the parser lets through, SQLite and FTS5 must take: a statement they refuse would leave the list
// without its papers.
void TestQuerySql::queriesAtTheLimits_runInEveryOrder()
{
    QFETCH(QString, text);

    const Query query = Query::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
    QList<SqlQuery> statements{QuerySql::findPapersUnranked(query.root()), QuerySql::countPapers(query.root()),
                               QuerySql::findPapers(query.root(), {}, -1)};
    for (const PaperSort sort : {PaperSort::Added, PaperSort::Title, PaperSort::FirstAuthor, PaperSort::Published})
        statements.append(QuerySql::findPapers(query.root(), {sort, false, false}, 10));
    for (const SqlQuery &sql : std::as_const(statements))
        QVERIFY2(runError(m_library->db(), sql).isEmpty(), qPrintable(runError(m_library->db(), sql)));
    QVERIFY(snippet(*m_library, query, m_ids[0], u"["_s, u"]"_s).size() > 0);
}

// A subtree's FTS5 expression was once worked out again at every level above it, twice per AND: a query
// 32 groups deep took two seconds to compile, 40 deep half a minute. The tree here is built by hand, as
// the parser allows no more than 16.
void TestQuerySql::compiling_takesTimeInProportionToTheQuery()
{
    QueryNode root = term(QueryTerm::Field::Words, u"x"_s);
    for (int level = 0; level < 40; ++level) {
        const bool isAnd = level % 2 == 0;
        QueryNode parent{isAnd ? QueryNode::Kind::And : QueryNode::Kind::Or};
        parent.children.push_back(std::move(root));
        parent.children.push_back(isAnd ? term(QueryTerm::Field::Words, u"lion"_s) : term(QueryTerm::Field::Tag, u"ml"_s));
        root = std::move(parent);
    }
    QElapsedTimer timer;
    timer.start();
    const SqlQuery found = QuerySql::findPapers(&root, {}, -1);
    const SqlQuery counted = QuerySql::countPapers(&root);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(runError(m_library->db(), found).isEmpty());
    QVERIFY(runError(m_library->db(), counted).isEmpty());
}

void TestQuerySql::identifiersAndNotes_areLookedUpInTheirIndexes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("index");

    QTest::newRow("doi") << u"doi:10.1000/PDE.1"_s << u"papers_doi"_s;
    QTest::newRow("arxiv") << u"arxiv:2306.00001"_s << u"papers_arxiv_id"_s;
    QTest::newRow("has note") << u"has:note"_s << u"papers_with_note"_s;
    QTest::newRow("has no note") << u"-has:note"_s << u"papers_with_note"_s;
}

// A filter that compares a function of a column (lower(doi)) or a column the index does not lead with
// reads every paper; at 100,000 papers that is the difference between a millisecond and a tenth of a second.
void TestQuerySql::identifiersAndNotes_areLookedUpInTheirIndexes()
{
    QFETCH(QString, text);
    QFETCH(QString, index);

    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    for (const SqlQuery &sql : {QuerySql::findPapers(query.root(), {}, -1), QuerySql::countPapers(query.root())}) {
        Statement plan(m_library->db(), (u"EXPLAIN QUERY PLAN "_s + sql.sql).toUtf8().constData());
        sql.bindTo(plan);
        QStringList steps;
        while (plan.step())
            steps.append(plan.text(3));
        QVERIFY2(steps.join(u'\n').contains(index), qPrintable(sql.sql + u"\n"_s + steps.join(u'\n')));
    }
}

void TestQuerySql::listStatements_neverReadPaperRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sort"); // -1: best match first

    QTest::newRow("everything") << QString() << int(PaperSort::Added);
    QTest::newRow("by first author") << QString() << int(PaperSort::FirstAuthor);
    QTest::newRow("a word, ranked") << u"graph"_s << -1;
    QTest::newRow("a word by title") << u"graph"_s << int(PaperSort::Title);
    QTest::newRow("filters") << u"status:inbox rating:>=1 year:2020..2024 added:<30d"_s << int(PaperSort::Published);
    QTest::newRow("words and filters, ranked") << u"graph tag:ml -status:read"_s << -1;
    QTest::newRow("or") << u"tag:ml OR has:note OR list:Reading"_s << int(PaperSort::Added);
    QTest::newRow("a negation") << u"-tag:ml"_s << int(PaperSort::Added);
    QTest::newRow("words under an or, ranked") << u"graph OR tag:vision"_s << -1;
}

// A paper's row holds its abstract: reading 100,000 of them to test a status or to sort costs a good part of a
// second, where the indexes answer in milliseconds. So no list statement may look a paper up or scan papers.
void TestQuerySql::listStatements_neverReadPaperRows()
{
    QFETCH(QString, text);
    QFETCH(int, sort);

    const Query query = Query::parse(text);
    QVERIFY(query.isValid());
    const QueryOrder order{sort < 0 ? PaperSort::Added : PaperSort(sort), true, sort < 0};
    for (const SqlQuery &sql : {QuerySql::findPapers(query.root(), order, -1), QuerySql::findPapersUnranked(query.root()),
                                QuerySql::countPapers(query.root())}) {
        Statement plan(m_library->db(), (u"EXPLAIN QUERY PLAN "_s + sql.sql).toUtf8().constData());
        sql.bindTo(plan);
        while (plan.step()) {
            const QString step = plan.text(3);
            const bool onPapers = step.contains(QRegularExpression(u"^(SCAN|SEARCH) (p|papers)( |$)"_s));
            const bool readsRows = onPapers && (step.contains(u"INTEGER PRIMARY KEY") || !step.contains(u"INDEX"));
            QVERIFY2(!readsRows, qPrintable(sql.sql + u"\n"_s + step));
        }
    }
}

void TestQuerySql::snippet_marksTheMatchedWordInTheAbstract()
{
    const QString text = snippet(*m_library, Query::parse(u"passing -video"_s), m_ids[0], u"<b>"_s, u"</b>"_s);
    QCOMPARE(text, u"We predict molecular properties with message <b>passing</b>."_s);
    const QString prefix = snippet(*m_library, Query::parse(u"graph*"_s), m_ids[4], u"["_s, u"]"_s);
    QCOMPARE(prefix, u"Template metaprogramming for [graph] algorithms."_s);
}

void TestQuerySql::snippet_fallsBackToTheColumnThatMatched()
{
    const QString text = snippet(*m_library, Query::parse(u"title:molecules"_s), m_ids[0], u"["_s, u"]"_s);
    QCOMPARE(text, u"Graph Neural Networks for [Molecules]"_s);
}

void TestQuerySql::snippet_withoutWords_isTheStartOfTheAbstract()
{
    QCOMPARE(snippet(*m_library, Query::parse(u"tag:ml"_s), m_ids[3], u"["_s, u"]"_s),
             u"Clients talk to a server; momentum helps convergence on heterogeneous data."_s);
    // A paper the words do not match (here through the OR) gets the same.
    QCOMPARE(snippet(*m_library, Query::parse(u"video OR tag:ml"_s), m_ids[3], u"["_s, u"]"_s),
             u"Clients talk to a server; momentum helps convergence on heterogeneous data."_s);
}

void TestQuerySql::snippets_ofManyPapers_areEachPapersOwn()
{
    const Query query = Query::parse(u"graph OR video"_s);
    const QList<qint64> some{m_ids[4], m_ids[3], m_ids[0], m_ids[4]}; // in any order, twice, one without the words
    const QHash<qint64, QString> found = snippets(*m_library, query, some, u"["_s, u"]"_s);
    QCOMPARE(found.size(), 3);
    QCOMPARE(found.value(m_ids[4]), u"Template metaprogramming for [graph] algorithms."_s);
    QCOMPARE(found.value(m_ids[0]), u"[Graph] Neural Networks for Molecules"_s);
    QCOMPARE(found.value(m_ids[3]), u"Clients talk to a server; momentum helps convergence on heterogeneous data."_s);
    for (const qint64 id : m_ids)
        QCOMPARE(snippets(*m_library, query, m_ids, u"["_s, u"]"_s).value(id), snippet(*m_library, query, id, u"["_s, u"]"_s));
}

QTEST_GUILESS_MAIN(TestQuerySql)
#include "tst_querysql.moc"
