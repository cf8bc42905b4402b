// 'lectern search' takes the query language: the real executable on a fresh library per test, with
// "-word" negations among its arguments and malformed queries shown with a caret under the mistake.

#include "storage/Database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

const QString AsidTitle = u"ASID: Active Exploration for System Identification in Robotic Manipulation"_s;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;

    bool exitedWith(int code) const { return finished && exitCode == code; }
    QByteArray summary() const
    {
        return (u"exit status %1\nstdout: "_s.arg(exitCode) + out + u"\nstderr: "_s + err).toUtf8();
    }
    // The titles of --format tsv output.
    QStringList tsvTitles() const
    {
        QStringList titles;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts).mid(1))
            titles.append(line.section(u'\t', 1, 1));
        return titles;
    }
};

} // namespace

class TestSearchCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void negatedWords_areQueryTextWhereverTheyStand_data();
    void negatedWords_areQueryTextWhereverTheyStand();
    void filters_findPapersWithoutWords();
    void textOutput_showsWhereTheWordsMatched();
    void aMalformedQuery_isShownWithACaretAndExitsTwo_data();
    void aMalformedQuery_isShownWithACaretAndExitsTwo();
    void aQueryTheLibraryCannotRun_failsWithStatusOne_withoutItsSql();
    void aMistypedOption_isStillAnError();

private:
    Run search(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSearchCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSearchCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QProcess import;
    import.start(QStringLiteral(LECTERN_BINARY),
                 {u"import"_s, QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt"), u"--library"_s,
                  m_dir->filePath(u"library.sqlite"_s)});
    QVERIFY(import.waitForFinished(TimeoutMs));
    QCOMPARE(import.exitCode(), 0);
}

void TestSearchCommand::cleanup()
{
    m_dir.reset();
}

Run TestSearchCommand::search(const QStringList &arguments) const
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_BINARY),
                  QStringList{u"search"_s, u"--library"_s, m_dir->filePath(u"library.sqlite"_s)} + arguments);
    Run run;
    if (process.waitForFinished(TimeoutMs))
        run.finished = process.exitStatus() == QProcess::NormalExit;
    else
        process.kill();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestSearchCommand::negatedWords_areQueryTextWhereverTheyStand_data()
{
    QTest::addColumn<QStringList>("arguments");

    // "learning" is in the federated paper's title and in ASID's abstract.
    QTest::newRow("negation first") << QStringList{u"-federated"_s, u"learning"_s, u"--format"_s, u"tsv"_s};
    QTest::newRow("negation last") << QStringList{u"--format"_s, u"tsv"_s, u"learning"_s, u"-federated"_s};
    QTest::newRow("one argument") << QStringList{u"learning -federated"_s, u"--format=tsv"_s};
    QTest::newRow("after --") << QStringList{u"--format"_s, u"tsv"_s, u"--"_s, u"learning"_s, u"-federated"_s};
    QTest::newRow("--query") << QStringList{u"--query"_s, u"-federated learning"_s, u"--format"_s, u"tsv"_s};
    QTest::newRow("--query=") << QStringList{u"--format"_s, u"tsv"_s, u"--query=learning -federated"_s};
}

void TestSearchCommand::negatedWords_areQueryTextWhereverTheyStand()
{
    QFETCH(QStringList, arguments);

    const Run run = search(arguments);
    QVERIFY2(run.exitedWith(0), run.summary());
    QCOMPARE(run.tsvTitles(), QStringList{AsidTitle});
}

void TestSearchCommand::filters_findPapersWithoutWords()
{
    const Run inbox = search({u"status:inbox"_s, u"--format"_s, u"tsv"_s, u"--limit"_s, u"2"_s});
    QVERIFY2(inbox.exitedWith(0), inbox.summary());
    QCOMPARE(inbox.tsvTitles().size(), 2);

    const Run none = search({u"status:read"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(none.exitedWith(0), none.summary());
    QCOMPARE(none.tsvTitles(), QStringList());
}

void TestSearchCommand::textOutput_showsWhereTheWordsMatched()
{
    const Run run = search({u"momentum"_s});
    QVERIFY2(run.exitedWith(0), run.summary());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].endsWith(u"Naïve Momentum Benefits Non-IID Federated Learning"_s), run.summary());
    QVERIFY2(lines[1].contains(u"We show that [momentum] lets FedAvg converge"_s), run.summary());
}

void TestSearchCommand::aMalformedQuery_isShownWithACaretAndExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unclosed group") << QStringList{u"spectral"_s, u"(tag:ml"_s}
                                    << u"lectern search: this '(' is not closed\n"
                                       "  spectral (tag:ml\n"
                                       "           ^\n"_s;
    QTest::newRow("unclosed group in --query") << QStringList{u"--query"_s, u"spectral (tag:ml"_s}
                                               << u"lectern search: this '(' is not closed\n"
                                                  "  spectral (tag:ml\n"
                                                  "           ^\n"_s;
    QTest::newRow("--query and arguments") << QStringList{u"spectral"_s, u"--query"_s, u"latent"_s}
                                           << u"lectern search: give the query as arguments or with --query, not both"_s;
    QTest::newRow("unknown field") << QStringList{u"spectral foo:bar"_s}
                                   << u"lectern search: unknown field 'foo:'"_s;
    QTest::newRow("unterminated quote") << QStringList{u"\"latent spectral"_s}
                                        << u"the quote is not closed\n"
                                           "  \"latent spectral\n"
                                           "  ^^^^^^^^^^^^^^^^\n"_s;
    QTest::newRow("bad rating") << QStringList{u"rating:>=9"_s}
                                << u"rating takes a number from 0 to 5, a comparison (>=4) or a range (3..5)\n"
                                   "  rating:>=9\n"
                                   "         ^^^\n"_s;
    // Each once ran, found nothing and exited 0, printing SQL (or crashed).
    QTest::newRow("groups nested too deep") << QStringList{u"(physics OR "_s.repeated(20) + u"lion"_s + QString(20, u')')}
                                            << u"lectern search: the groups are nested more than 16 deep\n"_s;
    QTest::newRow("too many filters") << QStringList{u"-tag:x "_s.repeated(501).trimmed()}
                                      << u"lectern search: the query has more than 256 terms\n"_s;
    QTest::newRow("nine thousand '('") << QStringList{QString(9000, u'(') + u"graph"_s}
                                      << u"lectern search: the groups are nested more than 16 deep\n"_s;
}

void TestSearchCommand::aMalformedQuery_isShownWithACaretAndExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Run run = search(arguments);
    QVERIFY2(run.exitedWith(2), run.summary());
    QVERIFY2(run.err.contains(expected), run.summary());
    QCOMPARE(run.out, QString());
}

// SQLite's refusal (here: the full-text index is damaged) is an error, not a search that found nothing.
void TestSearchCommand::aQueryTheLibraryCannotRun_failsWithStatusOne_withoutItsSql()
{
    {
        auto db = Lectern::Database::open(m_dir->filePath(u"library.sqlite"_s));
        QVERIFY(db);
        QVERIFY((*db)->exec("DELETE FROM papers_fts_data WHERE id > 10"));
    }
    const Run run = search({u"spectral"_s});
    QVERIFY2(run.exitedWith(1), run.summary());
    QCOMPARE(run.err, u"lectern search: the library could not run the query: database disk image is malformed\n"_s);
    QCOMPARE(run.out, QString());
}

void TestSearchCommand::aMistypedOption_isStillAnError()
{
    const Run run = search({u"spectral"_s, u"--limt"_s, u"2"_s});
    QVERIFY2(run.exitedWith(2), run.summary());
    QVERIFY2(run.err.contains(u"limt"_s), run.summary());
}

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
