// lectern search --limit N ranks at most --rank matches (20,000 unless told): when the query's words and filters
// match more papers, it prints the best of the ones added last, by the order the whole ranking gives them, and says
// so on stderr; --rank all, or no more matches than the bound, gives the first N of the whole ranking. Run on a
// synthetic library of 1,234 papers, some in the Trash, with the bound lowered to a few hundred.

#include "TestKit.h"

#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"
#include "synth/SyntheticLibrary.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

constexpr int PaperCount = 1234;
constexpr int Limit = 20;

QList<qint64> firstColumnIds(const QString &tsv)
{
    QList<qint64> ids;
    for (const QString &line : tsv.split(u'\n', Qt::SkipEmptyParts).mid(1)) // below the header
        ids.append(line.section(u'\t', 0, 0).toLongLong());
    return ids;
}

// The first `limit` of the ranked ids that are among the `newest` highest ids of them.
QList<qint64> bestOfNewest(const QList<qint64> &ranked, int newest, int limit)
{
    QList<qint64> byAge = ranked;
    std::sort(byAge.begin(), byAge.end(), std::greater<>());
    const qint64 oldestRanked = byAge[newest - 1];
    QList<qint64> best;
    for (const qint64 id : ranked)
        if (id >= oldestRanked && best.size() < limit)
            best.append(id);
    return best;
}

QString notice(int ranked)
{
    return u"lectern search: more than %1 papers match: these are the best of the %1 added last (--rank all ranks "
           "every match)\n"_s.arg(ranked);
}

} // namespace

class TestSearchRanksTheNewest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void moreMatchesThanTheBound_giveTheBestOfTheNewestAndANotice_data();
    void moreMatchesThanTheBound_giveTheBestOfTheNewestAndANotice();
    void noMoreMatchesThanTheBound_giveTheWholeRankingsFirst_data();
    void noMoreMatchesThanTheBound_giveTheWholeRankingsFirst();
    void rankAll_ranksEveryMatch();
    void aLimitAboveTheBound_ranksAsManyAsItShows();
    void withoutALimit_everyMatchIsRanked();
    void filtersWithoutWords_areNeverBounded();
    void aBadRank_isAUsageError_data();
    void aBadRank_isAUsageError();

private:
    TestKit::CommandResult search(const QString &query, const QStringList &options) const
    {
        return TestKit::runLectern(m_path, QStringList{u"search"_s, u"--format"_s, u"tsv"_s} + options
                                               + QStringList{u"--query"_s, query});
    }
    // Every match, ranked: search without --limit.
    QList<qint64> wholeRanking(const QString &query) const
    {
        const auto whole = search(query, {});
        return whole.exitCode == 0 && whole.err.isEmpty() ? firstColumnIds(whole.out) : QList<qint64>{};
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestSearchRanksTheNewest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"library.sqlite"_s);
    auto library = Library::open(m_path);
    QVERIFY(library);
    QVERIFY(Synth::writeSyntheticPapers(**library, {PaperCount, 3, 500}));
    // Papers in the Trash are no matches: among the newest, the bound counts past them.
    const QList<qint64> all = PaperStore(**library).ids();
    QVERIFY(PaperTrash(**library).trash({all[PaperCount - 1], all[PaperCount - 3], all[PaperCount - 40]}));
}

void TestSearchRanksTheNewest::moreMatchesThanTheBound_giveTheBestOfTheNewestAndANotice_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rank");
    // A word in most papers, two words, a prefix less a word, a phrase, a word with a filter.
    for (const QString &query : {u"learning"_s, u"graph neural"_s, u"model* -video"_s, u"\"reinforcement learning\""_s,
                                 u"tag:ml neural"_s}) {
        for (const int rank : {Limit, 60, 150})
            QTest::addRow("%s, --rank %d", qPrintable(query), rank) << query << rank;
    }
}

void TestSearchRanksTheNewest::moreMatchesThanTheBound_giveTheBestOfTheNewestAndANotice()
{
    QFETCH(QString, query);
    QFETCH(int, rank);
    const QList<qint64> ranked = wholeRanking(query);
    QVERIFY2(ranked.size() > rank, "the query matches more papers than the bound");
    const auto bounded = search(query, {u"--limit"_s, QString::number(Limit), u"--rank"_s, QString::number(rank)});
    QCOMPARE(bounded.exitCode, 0);
    QCOMPARE(bounded.err, notice(rank));
    const QList<qint64> best = bestOfNewest(ranked, rank, Limit);
    QCOMPARE(firstColumnIds(bounded.out), best);
    QVERIFY(best != ranked.mid(0, Limit)); // the bound changed what is shown
}

void TestSearchRanksTheNewest::noMoreMatchesThanTheBound_giveTheWholeRankingsFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("aboveTheMatches"); // the bound less the number of matches
    for (const QString &query : {u"learning"_s, u"tag:ml neural"_s, u"holonomy"_s}) {
        QTest::addRow("%s, as many as match", qPrintable(query)) << query << 0;
        QTest::addRow("%s, more", qPrintable(query)) << query << 1;
    }
}

void TestSearchRanksTheNewest::noMoreMatchesThanTheBound_giveTheWholeRankingsFirst()
{
    QFETCH(QString, query);
    QFETCH(int, aboveTheMatches);
    const QList<qint64> ranked = wholeRanking(query);
    QVERIFY(!ranked.isEmpty());
    const int rank = int(ranked.size()) + aboveTheMatches;
    const auto bounded = search(query, {u"--limit"_s, QString::number(Limit), u"--rank"_s, QString::number(rank)});
    QCOMPARE(bounded.exitCode, 0);
    QCOMPARE(bounded.err, QString());
    QCOMPARE(firstColumnIds(bounded.out), ranked.mid(0, Limit));
}

void TestSearchRanksTheNewest::rankAll_ranksEveryMatch()
{
    const QList<qint64> ranked = wholeRanking(u"learning"_s);
    QVERIFY(ranked.size() > 1000);
    const auto exact = search(u"learning"_s, {u"--limit"_s, QString::number(Limit), u"--rank"_s, u"all"_s});
    QCOMPARE(exact.exitCode, 0);
    QCOMPARE(exact.err, QString());
    QCOMPARE(firstColumnIds(exact.out), ranked.mid(0, Limit));
}

void TestSearchRanksTheNewest::aLimitAboveTheBound_ranksAsManyAsItShows()
{
    // --limit 300 with --rank 100: the 300 newest matches are ranked, so that 300 papers are shown.
    const QList<qint64> ranked = wholeRanking(u"learning"_s);
    const auto bounded = search(u"learning"_s, {u"--limit"_s, u"300"_s, u"--rank"_s, u"100"_s});
    QCOMPARE(bounded.exitCode, 0);
    QCOMPARE(bounded.err, notice(300));
    QCOMPARE(firstColumnIds(bounded.out), bestOfNewest(ranked, 300, 300));
}

void TestSearchRanksTheNewest::withoutALimit_everyMatchIsRanked()
{
    // Every match is printed, so every one is ranked: the bound is only for --limit.
    const QList<qint64> ranked = wholeRanking(u"learning"_s);
    const auto whole = search(u"learning"_s, {u"--rank"_s, u"10"_s});
    QCOMPARE(whole.exitCode, 0);
    QCOMPARE(whole.err, QString());
    QCOMPARE(firstColumnIds(whole.out), ranked);
}

void TestSearchRanksTheNewest::filtersWithoutWords_areNeverBounded()
{
    // In the order the papers were added, the first N cost nothing to find: there is nothing to rank.
    const QList<qint64> all = wholeRanking(u"tag:ml"_s);
    QVERIFY(all.size() > 50);
    const auto limited = search(u"tag:ml"_s, {u"--limit"_s, QString::number(Limit), u"--rank"_s, u"5"_s});
    QCOMPARE(limited.exitCode, 0);
    QCOMPARE(limited.err, QString());
    QCOMPARE(firstColumnIds(limited.out), all.mid(0, Limit));
}

void TestSearchRanksTheNewest::aBadRank_isAUsageError_data()
{
    QTest::addColumn<QString>("rank");
    QTest::newRow("zero") << u"0"_s;
    QTest::newRow("negative") << u"-3"_s;
    QTest::newRow("a word") << u"many"_s;
}

void TestSearchRanksTheNewest::aBadRank_isAUsageError()
{
    QFETCH(QString, rank);
    const auto run = search(u"learning"_s, {u"--limit"_s, u"5"_s, u"--rank"_s, rank});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, u"lectern search: --rank takes a positive number or 'all'\n"_s);
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(TestSearchRanksTheNewest)
#include "tst_searchranksthenewest.moc"
