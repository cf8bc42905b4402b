// export, lists and list-add run as a user runs them: the real binary on a real library file (filled
// by 'lectern import'), checked through exit status, output and the files it writes.

#include "library/Library.h"
#include "library/SmartListStore.h"
#include "storage/Database.h"

#include "TestKit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString LatentTitle = QStringLiteral("Solving High-Dimensional PDEs with Latent Spectral Models");
const QString CatTitle = QStringLiteral("Schrödinger's Cat, Revisited: \"Alive\" & <Dead>");
const QString MomentumTitle = QStringLiteral("Momentum Benefits Non-IID Federated Learning Simply and Provably");

// The year a day's list dated "Jun 13" gets when it is imported today (the most recent Jun 13).
QString listYear()
{
    return Lectern::TestKit::listDateToday(6, 13).left(4);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestListCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void listAdd_createsTheListAndExportKeepsItsOrder();
    void listAdd_toAnExistingListAppendsAndSkipsPapersAlreadyThere();
    void listAdd_withAnUnknownId_failsAndCreatesNothing();
    void listAdd_withWrongArguments_isAUsageError_data();
    void listAdd_withWrongArguments_isAUsageError();
    void lists_showsReadingAndSmartListsWithCounts();
    void lists_asText_namesEveryList();
    void export_all_writesEveryPaperToStdout();
    void export_query_writesWhatTheQueryFinds();
    void export_smartListByName_runsItsQuery();
    void export_toAFile_writesTheSameAsStdout();
    void export_needsExactlyOneSource_data();
    void export_needsExactlyOneSource();
    void export_warnsAboutFieldsTheFormatCannotCarry();
    void export_withAnInvalidQuery_isAUsageError();
    void export_withAnUnknownField_isAUsageError();
    void export_ofAnUnknownList_failsAndLeavesTheFileAlone();
    void export_ofAQueryThatCannotRun_failsAndLeavesTheFileAlone_data();
    void export_ofAQueryThatCannotRun_failsAndLeavesTheFileAlone();
    void lists_ofASmartListThatCannotRun_hasNoCount();
    void export_intoAMissingFolder_failsCleanly();
    void export_keepUpdated_isRewrittenAfterEachCommandThatChangesIt();
    void export_keepUpdated_needsAFile();
    void exports_listsAndRemovesTheFilesKeptUpToDate();
    void cite_printsEachFormOfCitation();
    void key_showsSetsAndRegenerates();
    void keyPattern_isShownSetAndChecked();

private:
    // Runs "lectern COMMAND --library <this test's library> ARGUMENTS...".
    Result lectern(const QString &command, const QStringList &arguments = {});
    QJsonObject listsJson();
    qint64 idOf(const QString &title);
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh library for every test
    QHash<QString, qint64> m_ids;         // by title, as 'lectern list' printed them
};

void TestListCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const Result imported = lectern(QStringLiteral("import"), {QStringLiteral(LECTERN_TEST_DATA "/export/daily-papers.txt")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Result listed = lectern(QStringLiteral("list"), {QStringLiteral("--format"), QStringLiteral("json")});
    m_ids.clear();
    for (const QJsonValue paper : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        m_ids.insert(paper[QStringLiteral("title")].toString(), paper[QStringLiteral("id")].toInteger());
    QCOMPARE(m_ids.size(), 3);
}

Result TestListCommands::lectern(const QString &command, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_BINARY),
                  QStringList{command, QStringLiteral("--library"), libraryPath()} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestListCommands::listsJson()
{
    const Result result = lectern(QStringLiteral("lists"), {QStringLiteral("--format"), QStringLiteral("json")});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out.toUtf8()).object() : QJsonObject();
}

qint64 TestListCommands::idOf(const QString &title)
{
    return m_ids.value(title);
}

void TestListCommands::listAdd_createsTheListAndExportKeepsItsOrder()
{
    const Result added = lectern(QStringLiteral("list-add"), {QStringLiteral("To read"), QString::number(idOf(MomentumTitle)),
                                                              QString::number(idOf(LatentTitle))});
    QCOMPARE(added.exitCode, 0);
    QVERIFY2(added.out.contains(QStringLiteral("created the reading list \"To read\"")), qPrintable(added.out));
    QVERIFY(added.out.contains(QStringLiteral("added 2 papers")));

    const Result exported = lectern(QStringLiteral("export"), {QStringLiteral("--list"), QStringLiteral("TO READ"),
                                                               QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.startsWith(QStringLiteral("# To read\n")));
    const qsizetype momentum = exported.out.indexOf(QStringLiteral("## ") + MomentumTitle);
    const qsizetype latent = exported.out.indexOf(QStringLiteral("## ") + LatentTitle);
    QVERIFY(momentum > 0);
    QVERIFY(latent > momentum);
    QVERIFY(!exported.out.contains(QStringLiteral("Cat")));
}

void TestListCommands::listAdd_toAnExistingListAppendsAndSkipsPapersAlreadyThere()
{
    QCOMPARE(lectern(QStringLiteral("list-add"), {QStringLiteral("Queue"), QString::number(idOf(CatTitle))}).exitCode, 0);
    const Result again = lectern(QStringLiteral("list-add"), {QStringLiteral("queue"), QString::number(idOf(LatentTitle)),
                                                              QString::number(idOf(CatTitle))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(!again.out.contains(QStringLiteral("created")));
    QVERIFY2(again.out.contains(QStringLiteral("added 1 papers to \"queue\" (1 already there)")), qPrintable(again.out));

    const QJsonArray readingLists = listsJson()[QStringLiteral("reading_lists")].toArray();
    QCOMPARE(readingLists.size(), 1);
    QCOMPARE(readingLists[0][QStringLiteral("name")].toString(), QStringLiteral("Queue"));
    QCOMPARE(readingLists[0][QStringLiteral("count")].toInt(), 2);
}

void TestListCommands::listAdd_withAnUnknownId_failsAndCreatesNothing()
{
    const Result result = lectern(QStringLiteral("list-add"), {QStringLiteral("New"), QString::number(idOf(CatTitle)),
                                                               QStringLiteral("999")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("999")), qPrintable(result.err));
    QVERIFY(listsJson()[QStringLiteral("reading_lists")].toArray().isEmpty());
}

void TestListCommands::listAdd_withWrongArguments_isAUsageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no ids") << QStringList{QStringLiteral("List")};
    QTest::newRow("not a number") << QStringList{QStringLiteral("List"), QStringLiteral("1"), QStringLiteral("two")};
}

void TestListCommands::listAdd_withWrongArguments_isAUsageError()
{
    QFETCH(QStringList, arguments);
    const Result result = lectern(QStringLiteral("list-add"), arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(QStringLiteral("lectern list-add: ")));
    QVERIFY(listsJson()[QStringLiteral("reading_lists")].toArray().isEmpty());
}

void TestListCommands::lists_showsReadingAndSmartListsWithCounts()
{
    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(SmartListStore(**library).create(QStringLiteral("Boxes"), QStringLiteral("box")));
    }
    QCOMPARE(lectern(QStringLiteral("list-add"), {QStringLiteral("Weekend"), QString::number(idOf(CatTitle))}).exitCode, 0);

    const QJsonObject lists = listsJson();
    const QJsonArray readingLists = lists[QStringLiteral("reading_lists")].toArray();
    QCOMPARE(readingLists.size(), 1);
    QCOMPARE(readingLists[0][QStringLiteral("name")].toString(), QStringLiteral("Weekend"));
    QCOMPARE(readingLists[0][QStringLiteral("count")].toInt(), 1);
    const QJsonArray smartLists = lists[QStringLiteral("smart_lists")].toArray();
    QCOMPARE(smartLists.size(), 1);
    QCOMPARE(smartLists[0][QStringLiteral("name")].toString(), QStringLiteral("Boxes"));
    QCOMPARE(smartLists[0][QStringLiteral("query")].toString(), QStringLiteral("box"));
    QCOMPARE(smartLists[0][QStringLiteral("count")].toInt(), 1);
}

void TestListCommands::lists_asText_namesEveryList()
{
    QCOMPARE(lectern(QStringLiteral("list-add"), {QStringLiteral("Weekend"), QString::number(idOf(CatTitle)),
                                                  QString::number(idOf(LatentTitle))}).exitCode, 0);
    const Result result = lectern(QStringLiteral("lists"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("     2  Weekend\n")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("Smart lists: none")));
}

void TestListCommands::export_all_writesEveryPaperToStdout()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QCOMPARE(result.out.count(QStringLiteral("\r\n")), 4); // the header and three papers
    QVERIFY(result.out.contains(QStringLiteral("\"Schrödinger's Cat, Revisited: \"\"Alive\"\" & <Dead>\"")));
}

void TestListCommands::export_query_writesWhatTheQueryFinds()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--query"), QStringLiteral("latent OR momentum"),
                                                             QStringLiteral("--format"), QStringLiteral("ris")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count(QStringLiteral("ER  - ")), 2);
    QVERIFY(result.out.contains(QStringLiteral("TI  - ") + LatentTitle));
    QVERIFY(result.out.contains(QStringLiteral("TI  - ") + MomentumTitle));
}

void TestListCommands::export_smartListByName_runsItsQuery()
{
    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(SmartListStore(**library).create(QStringLiteral("Cats"), QStringLiteral("cat")));
    }
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--list"), QStringLiteral("cats"),
                                                             QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("<title>Cats</title>")));
    QVERIFY(result.out.contains(QStringLiteral("<h2>Schrödinger&#39;s Cat, Revisited: &quot;Alive&quot; &amp; &lt;Dead&gt;</h2>")));
    QCOMPARE(result.out.count(QStringLiteral("<article>")), 1);
}

void TestListCommands::export_toAFile_writesTheSameAsStdout()
{
    const QString path = m_dir->filePath(QStringLiteral("library.bib"));
    const QStringList arguments{QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("bib")};
    const Result toStdout = lectern(QStringLiteral("export"), arguments);
    const Result toFile = lectern(QStringLiteral("export"), arguments + QStringList{QStringLiteral("-o"), path});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY2(toFile.out.contains(QStringLiteral("exported 3 papers to ")), qPrintable(toFile.out));
    QCOMPARE(QString::fromUtf8(readFile(path)), toStdout.out);
    QCOMPARE(toStdout.out.count(QStringLiteral("@misc{")), 3);
}

void TestListCommands::export_needsExactlyOneSource_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("none") << QStringList{};
    QTest::newRow("list and all") << QStringList{QStringLiteral("--list"), QStringLiteral("x"), QStringLiteral("--all")};
    QTest::newRow("query and all") << QStringList{QStringLiteral("--query"), QStringLiteral("cat"), QStringLiteral("--all")};
    QTest::newRow("all three") << QStringList{QStringLiteral("--list"), QStringLiteral("x"), QStringLiteral("--query"),
                                              QStringLiteral("cat"), QStringLiteral("--all")};
}

void TestListCommands::export_needsExactlyOneSource()
{
    QFETCH(QStringList, arguments);
    const QString path = m_dir->filePath(QStringLiteral("out.md"));
    const Result result = lectern(QStringLiteral("export"), arguments + QStringList{QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("exactly one of --list NAME, --query QUERY and --all")), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void TestListCommands::export_warnsAboutFieldsTheFormatCannotCarry()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("bib"),
                                                             QStringLiteral("--fields"), QStringLiteral("tags,rating,highlights")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QStringLiteral("warning: BibTeX has no place for rating, highlights")), qPrintable(result.err));
    QVERIFY(!result.out.isEmpty());

    const Result carried = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("md"),
                                                              QStringLiteral("--fields"), QStringLiteral("tags,rating,highlights")});
    QCOMPARE(carried.exitCode, 0);
    QVERIFY(carried.err.isEmpty());
}

void TestListCommands::export_withAnInvalidQuery_isAUsageError()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--query"), QStringLiteral("cat status:bogus")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("--query is not valid at character")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestListCommands::export_withAnUnknownField_isAUsageError()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--fields"), QStringLiteral("tags,colour")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("'colour' is not a field")), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestListCommands::export_ofAnUnknownList_failsAndLeavesTheFileAlone()
{
    const QString path = m_dir->filePath(QStringLiteral("out.md"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--list"), QStringLiteral("Nope"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("no reading list or smart list is named \"Nope\"")), qPrintable(result.err));
    QCOMPARE(readFile(path), QByteArray("keep me"));
}

void TestListCommands::export_ofAQueryThatCannotRun_failsAndLeavesTheFileAlone_data()
{
    QTest::addColumn<QStringList>("source");
    QTest::addColumn<bool>("damaged"); // the full-text index
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("complaint");

    // Each once printed "exported 0 papers" and replaced the file with an empty export.
    QTest::newRow("groups nested too deep")
        << QStringList{QStringLiteral("--query"), QStringLiteral("(cat OR (box ").repeated(10) + QString(20, u')')} << false << 2
        << QStringLiteral("--query is not valid at character 105: the groups are nested more than 16 deep");
    QTest::newRow("too many filters") << QStringList{QStringLiteral("--query"), QStringLiteral("-tag:x ").repeated(501)}
                                      << false << 2 << QStringLiteral("the query has more than 256 terms");
    QTest::newRow("query on a damaged index") << QStringList{QStringLiteral("--query"), QStringLiteral("cat")} << true << 1
                                              << QStringLiteral("lectern export: the library could not run the query: "
                                                                "database disk image is malformed\n");
    QTest::newRow("smart list on a damaged index")
        << QStringList{QStringLiteral("--list"), QStringLiteral("Cats")} << true << 1
        << QStringLiteral("lectern export: the smart list \"Cats\": the library could not run the query: "
                          "database disk image is malformed\n");
}

void TestListCommands::export_ofAQueryThatCannotRun_failsAndLeavesTheFileAlone()
{
    QFETCH(QStringList, source);
    QFETCH(bool, damaged);
    QFETCH(int, exitCode);
    QFETCH(QString, complaint);

    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(SmartListStore(**library).create(QStringLiteral("Cats"), QStringLiteral("cat")));
        if (damaged)
            QVERIFY((*library)->db().exec("DELETE FROM papers_fts_data WHERE id > 10"));
    }
    const QString path = m_dir->filePath(QStringLiteral("out.md"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();

    const Result result = lectern(QStringLiteral("export"), source + QStringList{QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(complaint), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QStringLiteral("SELECT")), qPrintable(result.err));
    QCOMPARE(result.out, QString());
    QCOMPARE(readFile(path), QByteArray("keep me"));
}

void TestListCommands::lists_ofASmartListThatCannotRun_hasNoCount()
{
    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(SmartListStore(**library).create(QStringLiteral("Cats"), QStringLiteral("cat")));
        QVERIFY((*library)->db().exec("DELETE FROM papers_fts_data WHERE id > 10"));
    }
    const QJsonArray smartLists = listsJson()[QStringLiteral("smart_lists")].toArray();
    QCOMPARE(smartLists.size(), 1);
    QVERIFY(smartLists[0][QStringLiteral("count")].isNull());
    const Result text = lectern(QStringLiteral("lists"));
    QVERIFY2(text.out.contains(QStringLiteral("     ?  Cats  (cat)\n")), qPrintable(text.out));
}

void TestListCommands::export_intoAMissingFolder_failsCleanly()
{
    const QString path = m_dir->filePath(QStringLiteral("missing/out.md"));
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("-o"), path});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(!QFile::exists(path));
}

void TestListCommands::export_keepUpdated_isRewrittenAfterEachCommandThatChangesIt()
{
    QCOMPARE(lectern(QStringLiteral("list-add"), {QStringLiteral("To cite"), QString::number(idOf(LatentTitle))}).exitCode, 0);
    const QString path = m_dir->filePath(QStringLiteral("cite.bib"));
    const Result exported = lectern(QStringLiteral("export"), {QStringLiteral("--list"), QStringLiteral("To cite"),
                                                               QStringLiteral("--format"), QStringLiteral("bib"),
                                                               QStringLiteral("--fields"), QStringLiteral("tags"),
                                                               QStringLiteral("-o"), path, QStringLiteral("--keep-updated")});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(QStringLiteral("kept up to date")), qPrintable(exported.out));
    QVERIFY(!readFile(path).contains("Momentum"));

    QCOMPARE(lectern(QStringLiteral("tag"), {QString::number(idOf(LatentTitle)), QStringLiteral("+spectral")}).exitCode, 0);
    QVERIFY2(readFile(path).contains("keywords = {spectral}"), readFile(path).constData());
    QCOMPARE(lectern(QStringLiteral("list-add"), {QStringLiteral("To cite"), QString::number(idOf(MomentumTitle))}).exitCode, 0);
    QVERIFY(readFile(path).contains("{Momentum}"));
    QCOMPARE(lectern(QStringLiteral("key"), {QString::number(idOf(MomentumTitle)), QStringLiteral("momentum2023")}).exitCode, 0);
    QVERIFY(readFile(path).contains("@misc{momentum2023,"));
}

void TestListCommands::export_keepUpdated_needsAFile()
{
    const Result result = lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--format"),
                                                             QStringLiteral("bib"), QStringLiteral("--keep-updated")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("-o FILE")), qPrintable(result.err));
}

void TestListCommands::exports_listsAndRemovesTheFilesKeptUpToDate()
{
    const QString path = m_dir->filePath(QStringLiteral("all.ris"));
    QCOMPARE(lectern(QStringLiteral("export"), {QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("ris"),
                                                QStringLiteral("-o"), path, QStringLiteral("--keep-updated")})
                 .exitCode,
             0);
    const Result listed = lectern(QStringLiteral("exports"));
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out, path + QStringLiteral("\tris\tall\n"));
    QCOMPARE(lectern(QStringLiteral("exports"), {QStringLiteral("--remove"), m_dir->filePath(QStringLiteral("none.ris"))}).exitCode, 1);
    QCOMPARE(lectern(QStringLiteral("exports"), {QStringLiteral("--remove"), path}).exitCode, 0);
    QVERIFY(lectern(QStringLiteral("exports")).out.isEmpty());
    const QByteArray before = readFile(path);
    QCOMPARE(lectern(QStringLiteral("tag"), {QString::number(idOf(LatentTitle)), QStringLiteral("+later")}).exitCode, 0);
    QCOMPARE(readFile(path), before);
}

void TestListCommands::cite_printsEachFormOfCitation()
{
    const QString latent = QString::number(idOf(LatentTitle));
    const QString momentum = QString::number(idOf(MomentumTitle));
    // The day's list has no authors, and the year inferred for its date line: the key is the year and the first
    // significant word of the title.
    Result result = lectern(QStringLiteral("cite"), {latent, momentum});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"\\cite{%1solving,%1momentum}\n"_s.arg(listYear()));
    result = lectern(QStringLiteral("cite"), {QStringLiteral("--format"), QStringLiteral("pandoc"), latent, momentum});
    QCOMPARE(result.out, u"[@%1solving; @%1momentum]\n"_s.arg(listYear()));
    result = lectern(QStringLiteral("cite"), {QStringLiteral("--format"), QStringLiteral("bibtex"), latent});
    QVERIFY2(result.out.startsWith(u"@misc{%1solving,\n"_s.arg(listYear())), qPrintable(result.out));
    result = lectern(QStringLiteral("cite"), {QStringLiteral("--format"), QStringLiteral("text"), latent});
    QVERIFY2(result.out.startsWith(u"(%1). Solving High-Dimensional PDEs with Latent Spectral Models."_s.arg(listYear())),
             qPrintable(result.out));
    QCOMPARE(lectern(QStringLiteral("cite"), {QStringLiteral("999")}).exitCode, 1);
    QCOMPARE(lectern(QStringLiteral("cite"), {QStringLiteral("x")}).exitCode, 2);
}

void TestListCommands::key_showsSetsAndRegenerates()
{
    const QString latent = QString::number(idOf(LatentTitle));
    const QString momentum = QString::number(idOf(MomentumTitle));
    QCOMPARE(lectern(QStringLiteral("key"), {latent}).out, listYear() + u"solving\n"_s);
    Result result = lectern(QStringLiteral("key"), {latent, QStringLiteral("lsm2023")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QStringLiteral("lsm2023\n"));
    result = lectern(QStringLiteral("key"), {momentum, QStringLiteral("LSM2023")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QStringLiteral("already the key of paper ") + latent), qPrintable(result.err));
    result = lectern(QStringLiteral("key"), {momentum, QStringLiteral("has space")});
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(lectern(QStringLiteral("key"), {momentum}).out, listYear() + u"momentum\n"_s);
    result = lectern(QStringLiteral("key"), {QStringLiteral("--regenerate"), latent});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, latent + u"\t"_s + listYear() + u"solving\n"_s);
    const Result shown = lectern(QStringLiteral("show"), {latent});
    QVERIFY2(shown.out.contains(u"key: "_s + listYear() + u"solving\n"_s), qPrintable(shown.out));
}

void TestListCommands::keyPattern_isShownSetAndChecked()
{
    Result result = lectern(QStringLiteral("key-pattern"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("[auth][year][title]\n")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("[shorttitle]")));
    result = lectern(QStringLiteral("key-pattern"), {QStringLiteral("[nope]")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral("unknown field [nope]")), qPrintable(result.err));
    QCOMPARE(lectern(QStringLiteral("key-pattern"), {QStringLiteral("[shorttitle]")}).exitCode, 0);
    const QString latent = QString::number(idOf(LatentTitle));
    QCOMPARE(lectern(QStringLiteral("key"), {latent}).out, listYear() + u"solving\n"_s); // kept
    lectern(QStringLiteral("key"), {QStringLiteral("--regenerate"), latent});
    QCOMPARE(lectern(QStringLiteral("key"), {latent}).out, QStringLiteral("solvinghighdimensional\n"));
}

QTEST_GUILESS_MAIN(TestListCommands)
#include "tst_listcommands.moc"
