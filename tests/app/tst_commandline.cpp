// The headless subcommands, end to end: the real lectern executable, run with no display and no Qt
// platform set, on a fresh library per test.

#include "ImportFixtures.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// The date lectern infers for a day's list dated "month day": the most recent such day not in the future.
QString listDateToday(int month, int day)
{
    const QDate today = QDate::currentDate();
    const QDate thisYear(today.year(), month, day);
    return (thisYear <= today ? thisYear : QDate(today.year() - 1, month, day)).toString(Qt::ISODate);
}

} // namespace

namespace {

constexpr int TimeoutMs = 30000;

QString smallFixture()
{
    return QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt");
}

const QString lsmTitle = u"Solving High-Dimensional PDEs with Latent Spectral Models"_s;

// The papers the small fixture adds; its fifth block repeats the first.
const QStringList fixtureTitles{
    lsmTitle,
    u"ASID: Active Exploration for System Identification in Robotic Manipulation"_s,
    u"Naïve Momentum Benefits Non-IID Federated Learning"_s,
    u"Programmable Motion Generation for Open-Set Motion Control Tasks"_s,
};

struct Run
{
    bool finished = false; // exited by itself, in time, without crashing
    int exitCode = -1;
    QString out;
    QString err;

    bool exitedWith(int code) const { return finished && exitCode == code; }
    // For failure messages: how it ended and what it said.
    QByteArray summary() const
    {
        const QString how = finished ? u"exit status %1"_s.arg(exitCode) : u"did not finish normally"_s;
        return (how + u"\nstdout: "_s + out + u"\nstderr: "_s + err).toUtf8();
    }
};

QStringList titlesOf(const QJsonArray &papers)
{
    QStringList titles;
    for (const QJsonValue &paper : papers)
        titles.append(paper[u"title"].toString());
    return titles;
}

QJsonObject paperTitled(const QJsonArray &papers, const QString &title)
{
    for (const QJsonValue &paper : papers)
        if (paper[u"title"].toString() == title)
            return paper.toObject();
    return {};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withoutDisplay_theWindowCannotStart();
    void importFromStandardInput_recognisesTheFormat();
    void importFromAPipe_readsAMinifiedCslJsonListItemByItem();
    void aFileWithoutACommand_opensTheWindowAndImportsIt();
    void import_reportsAddedAndDuplicatePapers();
    void importAgain_skipsEveryPaper();
    void import_saysPerFileItsFormatCountsAndWarnings();
    void importSkipInvalid_importsTheValidRecordsAndNamesTheRest();
    void importTagOptions_decideWhatBecomesATag_data();
    void importTagOptions_decideWhatBecomesATag();
    void importBadFile_failsNamingFileAndLineAndChangesNothing_data();
    void importBadFile_failsNamingFileAndLineAndChangesNothing();
    void importOfAPipeOrADevice_failsAtOnceAndChangesNothing_data();
    void importOfAPipeOrADevice_failsAtOnceAndChangesNothing();
    void libraryVariable_choosesTheLibraryUnlessLibraryOptionIsGiven();
    void listJson_givesEveryPaperWithItsKeys();
    void listTsv_givesAHeaderAndOneRowPerPaper();
    void listText_givesIdAndTitlePerPaper();
    void search_findsTheRightPapers();
    void searchLimit_keepsTheBestMatches();
    void show_printsOnePaperAsTextAndJson();
    void showMissingId_failsWithStatusOne();
    void badArguments_exitWithStatusTwo_data();
    void badArguments_exitWithStatusTwo();
    void helpAndVersion_exitZero_data();
    void helpAndVersion_exitZero();

private:
    QProcessEnvironment headlessEnvironment() const;
    Run lectern(const QStringList &arguments, const QProcessEnvironment &environment) const;
    Run lectern(const QStringList &arguments) const { return lectern(arguments, headlessEnvironment()); }
    // The command with --library pointing at this test's library.
    Run onLibrary(QStringList arguments) const;
    QJsonArray listJson() const;
    // Writes the bytes to a file of that name in the test's folder; its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFileInfo(QStringLiteral(LECTERN_BINARY)).isExecutable(), LECTERN_BINARY " is not built");
}

void TestCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCommandLine::cleanup()
{
    m_dir.reset();
}

// No display and no Qt platform: a subcommand that created a GUI application would fail here. The data
// folders point into the test's folder, so that nothing can reach the user's own library.
QProcessEnvironment TestCommandLine::headlessEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"XAUTHORITY"_s,
                                u"LECTERN_LIBRARY"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    return environment;
}

Run TestCommandLine::lectern(const QStringList &arguments, const QProcessEnvironment &environment) const
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(TimeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else {
        run.finished = process.exitStatus() == QProcess::NormalExit;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run TestCommandLine::onLibrary(QStringList arguments) const
{
    arguments << u"--library"_s << libraryPath();
    return lectern(arguments);
}

// 'lectern import -' reads a pipe: BibTeX copied from a website and piped in, recognised as such; a wrong forced
// format is an error naming standard input, and changes nothing.
void TestCommandLine::importFromStandardInput_recognisesTheFormat()
{
    const QString bib = m_dir->filePath(u"piped.bib"_s);
    {
        QFile file(bib);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("@article{doe2020,\n  title = {Piped {BibTeX} Entry},\n  author = {Doe, Jane},\n  year = 2020,\n}\n");
    }
    const auto importPiped = [&](const QStringList &options) {
        QProcess process;
        process.setProcessEnvironment(headlessEnvironment());
        process.setStandardInputFile(bib);
        process.start(QStringLiteral(LECTERN_BINARY), QStringList{u"import"_s, u"--library"_s, libraryPath()} + options
                                                           + QStringList{u"-"_s});
        process.waitForFinished(TimeoutMs);
        return std::pair(process.exitCode(), QString::fromUtf8(process.readAllStandardError()));
    };
    const auto [forcedCode, forcedErr] = importPiped({u"--format"_s, u"ris"_s});
    QCOMPARE(forcedCode, 1);
    QVERIFY2(forcedErr.contains(u"standard input:"_s), qPrintable(forcedErr));
    QCOMPARE(listJson().size(), 0);

    const auto [code, err] = importPiped({});
    QVERIFY2(code == 0, qPrintable(err));
    QCOMPARE(titlesOf(listJson()), QStringList{u"Piped BibTeX Entry"_s});
}

QJsonArray TestCommandLine::listJson() const
{
    const Run run = onLibrary({u"list"_s, u"--format"_s, u"json"_s});
    if (!run.exitedWith(0)) {
        qWarning("lectern list failed: %s", run.summary().constData());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        qWarning("lectern list --format json gave no JSON array: %s", qPrintable(error.errorString()));
        return {};
    }
    return document.array();
}

void TestCommandLine::withoutDisplay_theWindowCannotStart()
{
    // What makes every other test here prove that the subcommands are headless.
    const Run run = lectern({});
    QVERIFY2(!run.exitedWith(0), run.summary().constData());
    QVERIFY2(run.err.contains(u"display"), run.summary().constData());
    // It points at what does work without one: every headless command, not only the first few.
    for (const QString &command : {u"import"_s, u"search"_s, u"tag"_s, u"note"_s, u"status"_s})
        QVERIFY2(run.err.contains(command), run.summary().constData());
}

// As the desktop file's "Open with Lectern" starts it: no command, a file. The window opens and imports it.
// A real pipe (a device of unknown size, read as it comes): CSL-JSON on one line longer than any text line, as
// 'pandoc -t csljson | lectern import -' gives it.
void TestCommandLine::importFromAPipe_readsAMinifiedCslJsonListItemByItem()
{
    const QByteArray json = Lectern::TestKit::cslJsonOnOneLine(1500);
    QProcess process;
    process.setProcessEnvironment(headlessEnvironment());
    process.start(QStringLiteral(LECTERN_BINARY), {u"import"_s, u"--library"_s, libraryPath(), u"-"_s});
    QVERIFY(process.waitForStarted(TimeoutMs));
    process.write(json);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(TimeoutMs));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(out.contains(u"standard input (csljson): imported 1500, skipped 0 duplicates\n"_s), qPrintable(out));
    QCOMPARE(listJson().size(), 1500);
}

void TestCommandLine::aFileWithoutACommand_opensTheWindowAndImportsIt()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LECTERN_LIBRARY"_s, libraryPath());
    QProcess window;
    window.setProcessEnvironment(environment);
    window.setWorkingDirectory(m_dir->path());
    window.start(QStringLiteral(LECTERN_BINARY), {smallFixture()});
    QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));

    QStringList titles;
    QElapsedTimer waited;
    waited.start();
    while (titles != fixtureTitles && waited.elapsed() < TimeoutMs && window.state() == QProcess::Running) {
        QTest::qWait(200);
        if (QFile::exists(libraryPath()))
            titles = titlesOf(listJson());
    }
    const bool stillOpen = window.state() == QProcess::Running;
    window.kill();
    window.waitForFinished();
    QVERIFY2(stillOpen, window.readAllStandardError().constData());
    QCOMPARE(titles, fixtureTitles);
}

void TestCommandLine::import_reportsAddedAndDuplicatePapers()
{
    const Run run = onLibrary({u"import"_s, smallFixture()});
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    // One file: its line is the totals, said once, with the plural's number ("1 duplicate").
    QVERIFY2(run.out.endsWith(smallFixture() + u" (daily): imported 4, skipped 1 duplicate\n"_s), run.summary().constData());
    QCOMPARE(run.out.count(u"imported"_s), 1);
    QVERIFY2(run.out.contains(u"duplicate (same title/author/year twice in the file): "
                              "solving high-dimensional PDEs with latent-spectral models!"),
             run.summary().constData());
    QCOMPARE(run.err, QString());
    QCOMPARE(titlesOf(listJson()), fixtureTitles);
}

void TestCommandLine::importAgain_skipsEveryPaper()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const Run again = onLibrary({u"import"_s, smallFixture()});
    QVERIFY2(again.exitedWith(0), again.summary().constData());
    QVERIFY2(again.out.contains(u"imported 0, skipped 5 duplicates"), again.summary().constData());
    QVERIFY2(again.out.contains(u"duplicate (same title/author/year as #1): "_s + lsmTitle), again.summary().constData());
    QCOMPARE(listJson().size(), 4);
}

// Issue 9: "the summary says per file: format, imported, updated, skipped as duplicates, warnings"; the last line
// stays the totals that scripts read.
void TestCommandLine::import_saysPerFileItsFormatCountsAndWarnings()
{
    const QString bib = m_dir->filePath(u"macro.bib"_s);
    QFile file(bib);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("@article{doe2020,\n  title = {A Macro Entry},\n  author = {Doe, Jane},\n  month = jann,\n  year = 2020,\n}\n");
    file.close();
    const Run run = onLibrary({u"import"_s, smallFixture(), bib});
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    QVERIFY2(run.out.contains(smallFixture() + u" (daily): imported 4, skipped 1 duplicate\n"_s), run.summary().constData());
    QVERIFY2(run.out.contains(bib + u" (bibtex): imported 1, skipped 0 duplicates, 1 warning\n"_s), run.summary().constData());
    QVERIFY2(run.out.endsWith(u"\nimported 5, skipped 1 duplicate\n"_s), run.summary().constData());
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &bytes) const
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

// Issue 9's bad input: a file with a broken record changes nothing; --skip-invalid imports the valid records and
// names the broken one at its line.
void TestCommandLine::importSkipInvalid_importsTheValidRecordsAndNamesTheRest()
{
    // The second record (line 4) has no ER, so the third's TY starts inside it.
    const QString ris = writeFile(u"broken.ris"_s, "TY  - JOUR\nTI  - One\nER  - \n"
                                                   "TY  - JOUR\nTI  - Two\n"
                                                   "TY  - JOUR\nTI  - Three\nER  - \n"
                                                   "TY  - JOUR\nTI  - Four\nER  - \n");
    const Run strict = onLibrary({u"import"_s, ris});
    QVERIFY2(strict.exitedWith(1), strict.summary().constData());
    QVERIFY2(strict.err.contains(ris + u":4:"_s), strict.summary().constData());
    QCOMPARE(listJson().size(), 0);

    const Run lenient = onLibrary({u"import"_s, u"--skip-invalid"_s, ris});
    QVERIFY2(lenient.exitedWith(0), lenient.summary().constData());
    QVERIFY2(lenient.err.contains(u"lectern: left out: "_s + ris + u":4:"_s), lenient.summary().constData());
    QVERIFY2(lenient.out.endsWith(ris + u" (ris): imported 3, skipped 0 duplicates, left out 1 invalid record\n"_s),
             lenient.summary().constData());
    QCOMPARE(titlesOf(listJson()), (QStringList{u"One"_s, u"Three"_s, u"Four"_s}));
}

// Issue 9: keywords become tags unless --no-keyword-tags; arXiv categories become tags under arxiv/ with
// --category-tags.
void TestCommandLine::importTagOptions_decideWhatBecomesATag_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("tags");

    const QByteArray bib = "@article{doe2020,\n  title = {Tagged Entry},\n  author = {Doe, Jane},\n  year = 2020,\n"
                           "  keywords = {alpha, beta},\n}\n"_ba;
    const QByteArray ris = "TY  - JOUR\nTI  - Tagged Record\nKW  - alpha\nKW  - beta\nER  - \n"_ba;
    const QByteArray jsonl = R"({"id":"2306.01234","authors":"Jane Doe","title":"Categorised Preprint",)"
                             R"("categories":"cs.LG stat.ML","abstract":"An abstract.",)"
                             R"("versions":[{"version":"v1","created":"Mon, 5 Jun 2023 10:00:00 GMT"}],)"
                             R"("update_date":"2023-06-06","authors_parsed":[["Doe","Jane",""]]})"
                             "\n"_ba;
    const QStringList none;
    QTest::newRow("BibTeX keywords") << u"a.bib"_s << bib << none << QStringList{u"alpha"_s, u"beta"_s};
    QTest::newRow("BibTeX --no-keyword-tags") << u"a.bib"_s << bib << QStringList{u"--no-keyword-tags"_s} << none;
    QTest::newRow("RIS keywords") << u"a.ris"_s << ris << none << QStringList{u"alpha"_s, u"beta"_s};
    QTest::newRow("RIS --no-keyword-tags") << u"a.ris"_s << ris << QStringList{u"--no-keyword-tags"_s} << none;
    QTest::newRow("arXiv categories") << u"a.jsonl"_s << jsonl << none << none;
    QTest::newRow("arXiv --category-tags") << u"a.jsonl"_s << jsonl << QStringList{u"--category-tags"_s}
                                           << QStringList{u"arxiv/cs.LG"_s, u"arxiv/stat.ML"_s};
}

void TestCommandLine::importTagOptions_decideWhatBecomesATag()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QStringList, tags);

    const Run run = onLibrary(QStringList{u"import"_s} + options + QStringList{writeFile(name, content)});
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    const QJsonArray papers = listJson();
    QCOMPARE(papers.size(), 1);
    QStringList stored;
    for (const QJsonValue &tag : papers.first()[u"tags"].toArray())
        stored.append(tag.toString());
    stored.sort();
    QCOMPARE(stored, tags);
}

void TestCommandLine::importBadFile_failsNamingFileAndLineAndChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("where"); // after the path: ":3:" or ":"

    QTest::newRow("NUL byte in line 3") << "new\n\nA title \0 here\n\nAbstract. Text.\n"_ba << true << u":3:"_s;
    QTest::newRow("title without abstract in line 7")
        << "Jun 13\n\nFirst Title\n\nFirst abstract. It is fine.\n\nLonely Title\n"_ba << true << u":7: "_s;
    QTest::newRow("missing file") << QByteArray() << false << u": "_s;
}

void TestCommandLine::importBadFile_failsNamingFileAndLineAndChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, exists);
    QFETCH(QString, where);

    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));
    const QString badFile = m_dir->filePath(u"bad.txt"_s);
    if (exists) {
        QFile file(badFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    const Run run = onLibrary({u"import"_s, badFile});
    QVERIFY2(run.finished && run.exitCode != 0, run.summary().constData());
    QVERIFY2(run.err.contains(badFile + where), run.summary().constData());
    QCOMPARE(titlesOf(listJson()), fixtureTitles);
}

void TestCommandLine::importOfAPipeOrADevice_failsAtOnceAndChangesNothing_data()
{
    QTest::addColumn<QString>("input"); // empty: a named pipe without a writer

    // They report no size. The pipe kept the import waiting for ever; the devices were read until memory
    // ran out (4 GB).
    QTest::newRow("named pipe") << QString();
    QTest::newRow("/dev/zero") << u"/dev/zero"_s;
    QTest::newRow("/dev/urandom") << u"/dev/urandom"_s;
}

void TestCommandLine::importOfAPipeOrADevice_failsAtOnceAndChangesNothing()
{
    QFETCH(QString, input);

    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));
    if (input.isEmpty()) {
        input = m_dir->filePath(u"papers.fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(input).constData(), 0600), 0);
    }

    QElapsedTimer timer;
    timer.start();
    const Run run = onLibrary({u"import"_s, input}); // a hang fails after TimeoutMs, killed
    QVERIFY2(run.exitedWith(1), run.summary().constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(run.err.contains(input + u": is a pipe or a device, not a file"_s), run.summary().constData());
    QCOMPARE(titlesOf(listJson()), fixtureTitles);
}

void TestCommandLine::libraryVariable_choosesTheLibraryUnlessLibraryOptionIsGiven()
{
    QProcessEnvironment environment = headlessEnvironment();
    environment.insert(u"LECTERN_LIBRARY"_s, libraryPath());

    const Run imported = lectern({u"import"_s, smallFixture()}, environment);
    QVERIFY2(imported.exitedWith(0), imported.summary().constData());
    QVERIFY(QFileInfo::exists(libraryPath()));
    QCOMPARE(listJson().size(), 4); // read with --library: the same file

    const QString otherLibrary = m_dir->filePath(u"other.sqlite"_s);
    const Run listed = lectern({u"list"_s, u"--format"_s, u"tsv"_s, u"--library"_s, otherLibrary}, environment);
    QVERIFY2(listed.exitedWith(0), listed.summary().constData());
    QCOMPARE(listed.out.split(u'\n', Qt::SkipEmptyParts).size(), 1); // the header only
}

void TestCommandLine::listJson_givesEveryPaperWithItsKeys()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const QJsonArray papers = listJson();
    QCOMPARE(titlesOf(papers), fixtureTitles);
    const QStringList keys{u"id"_s,       u"title"_s, u"authors"_s,   u"abstract"_s, u"links"_s,
                           u"arxiv_id"_s, u"doi"_s,   u"published"_s, u"added"_s};
    for (const QJsonValue &value : papers) {
        const QJsonObject paper = value.toObject();
        for (const QString &key : keys)
            QVERIFY2(paper.contains(key), qPrintable(key + u" is missing in "_s + paper[u"title"].toString()));
        QVERIFY(paper[u"id"].toInteger() > 0);
        QVERIFY(paper[u"authors"].isArray());
        QVERIFY(!paper[u"abstract"].toString().isEmpty());
        QCOMPARE(paper[u"published"].toString(), listDateToday(6, 13));
        QVERIFY2(QDateTime::fromString(paper[u"added"].toString(), Qt::ISODate).isValid(),
                 qPrintable(paper[u"added"].toString()));
    }

    const QJsonObject lsm = paperTitled(papers, lsmTitle);
    const QJsonArray expectedLinks{QJsonObject{{u"url"_s, u"https://github.com/thuml/Latent-Spectral-Models"_s},
                                               {u"kind"_s, u"code"_s}}};
    QCOMPARE(lsm[u"links"].toArray(), expectedLinks);
    QVERIFY(lsm[u"arxiv_id"].isNull());
    QCOMPARE(paperTitled(papers, fixtureTitles[1])[u"arxiv_id"].toString(), u"2306.01234"_s);
    QCOMPARE(paperTitled(papers, fixtureTitles[2])[u"doi"].toString(), u"10.1145/3377811.3380330"_s);
}

void TestCommandLine::listTsv_givesAHeaderAndOneRowPerPaper()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const Run run = onLibrary({u"list"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 4);
    QCOMPARE(lines.first(), u"id\ttitle\tfirst_author\tpublished"_s);
    QStringList titles;
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 4);
        bool isNumber = false;
        QVERIFY(fields[0].toLongLong(&isNumber) > 0 && isNumber);
        QCOMPARE(fields[3], listDateToday(6, 13));
        titles.append(fields[1]);
    }
    QCOMPARE(titles, fixtureTitles);
}

void TestCommandLine::listText_givesIdAndTitlePerPaper()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const Run run = onLibrary({u"list"_s});
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(lines[i].trimmed().startsWith(QString::number(i + 1) + u"  "_s), qPrintable(lines[i]));
        QVERIFY2(lines[i].endsWith(fixtureTitles[i]), qPrintable(lines[i]));
    }
}

void TestCommandLine::search_findsTheRightPapers()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const Run spectral = onLibrary({u"search"_s, u"spectral"_s, u"--format"_s, u"json"_s});
    QVERIFY2(spectral.exitedWith(0), spectral.summary().constData());
    QCOMPARE(titlesOf(QJsonDocument::fromJson(spectral.out.toUtf8()).array()), QStringList{lsmTitle});

    const Run twoWords = onLibrary({u"search"_s, u"momentum"_s, u"heterogeneity"_s, u"--format"_s, u"tsv"_s});
    QVERIFY2(twoWords.exitedWith(0), twoWords.summary().constData());
    const QStringList lines = twoWords.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[1].section(u'\t', 1, 1), fixtureTitles[2]);

    const Run absent = onLibrary({u"search"_s, u"quantum"_s, u"--format"_s, u"json"_s});
    QVERIFY2(absent.exitedWith(0), absent.summary().constData());
    QCOMPARE(QJsonDocument::fromJson(absent.out.toUtf8()).array().size(), 0);
}

void TestCommandLine::searchLimit_keepsTheBestMatches()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    // "learning" is in the title of one paper and the abstract of another.
    const Run all = onLibrary({u"search"_s, u"learning"_s, u"--format"_s, u"json"_s});
    QVERIFY2(all.exitedWith(0), all.summary().constData());
    const QStringList allTitles = titlesOf(QJsonDocument::fromJson(all.out.toUtf8()).array());
    QCOMPARE(allTitles.size(), 2);
    QCOMPARE(allTitles.first(), fixtureTitles[2]);

    const Run limited = onLibrary({u"search"_s, u"learning"_s, u"--limit"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY2(limited.exitedWith(0), limited.summary().constData());
    QCOMPARE(titlesOf(QJsonDocument::fromJson(limited.out.toUtf8()).array()), QStringList{fixtureTitles[2]});
}

void TestCommandLine::show_printsOnePaperAsTextAndJson()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));
    const qint64 id = paperTitled(listJson(), lsmTitle)[u"id"].toInteger();
    QVERIFY(id > 0);
    const QString idText = QString::number(id);

    const Run text = onLibrary({u"show"_s, idText});
    QVERIFY2(text.exitedWith(0), text.summary().constData());
    QVERIFY2(text.out.startsWith(lsmTitle + u'\n'), text.summary().constData());
    const QStringList lines{u"code: https://github.com/thuml/Latent-Spectral-Models"_s, u"published: "_s + listDateToday(6, 13),
                            u"id: "_s + idText, u"source: "_s + smallFixture()};
    for (const QString &line : lines)
        QVERIFY2(text.out.contains(line + u'\n'), qPrintable(line + u" is missing in:\n"_s + text.out));

    const Run json = onLibrary({u"show"_s, idText, u"--format"_s, u"json"_s});
    QVERIFY2(json.exitedWith(0), json.summary().constData());
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY(document.isObject());
    QCOMPARE(document[u"id"].toInteger(), id);
    QCOMPARE(document[u"title"].toString(), lsmTitle);
    QCOMPARE(document[u"links"][0][u"url"].toString(), u"https://github.com/thuml/Latent-Spectral-Models"_s);
}

void TestCommandLine::showMissingId_failsWithStatusOne()
{
    QVERIFY(onLibrary({u"import"_s, smallFixture()}).exitedWith(0));

    const Run run = onLibrary({u"show"_s, u"9999"_s});
    QVERIFY2(run.exitedWith(1), run.summary().constData());
    QVERIFY2(run.err.contains(u"9999"), run.summary().constData());
    QCOMPARE(run.out, QString());
}

void TestCommandLine::badArguments_exitWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint"); // part of what stderr must say

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("import without files") << QStringList{u"import"_s} << u"at least one file"_s;
    QTest::newRow("unknown format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s} << u"--format"_s;
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s} << u"colour"_s;
    QTest::newRow("search without words") << QStringList{u"search"_s} << u"words"_s;
    QTest::newRow("search with limit 0") << QStringList{u"search"_s, u"x"_s, u"--limit"_s, u"0"_s} << u"--limit"_s;
    QTest::newRow("search with a word for a limit")
        << QStringList{u"search"_s, u"x"_s, u"--limit"_s, u"many"_s} << u"--limit"_s;
    QTest::newRow("show without id") << QStringList{u"show"_s} << u"id"_s;
    QTest::newRow("show with a word for an id") << QStringList{u"show"_s, u"first"_s} << u"id"_s;
}

void TestCommandLine::badArguments_exitWithStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);

    const Run run = onLibrary(arguments);
    QVERIFY2(run.exitedWith(2), run.summary().constData());
    QVERIFY2(run.err.contains(complaint), run.summary().constData());
    QVERIFY2(!QFileInfo::exists(libraryPath()), "the library was created although the arguments were wrong");
}

void TestCommandLine::helpAndVersion_exitZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // part of stdout

    QTest::newRow("--version") << QStringList{u"--version"_s} << u"lectern " LECTERN_VERSION "\n"_s;
    QTest::newRow("-v") << QStringList{u"-v"_s} << u"lectern " LECTERN_VERSION "\n"_s;
    QTest::newRow("--help") << QStringList{u"--help"_s} << u"Usage: lectern"_s;
    QTest::newRow("-h") << QStringList{u"-h"_s} << u"Usage: lectern"_s;
    QTest::newRow("help") << QStringList{u"help"_s} << u"Usage: lectern"_s;
    QTest::newRow("import --help") << QStringList{u"import"_s, u"--help"_s} << u"import [options]"_s;
    QTest::newRow("search --help") << QStringList{u"search"_s, u"--help"_s} << u"--limit"_s;
}

void TestCommandLine::helpAndVersion_exitZero()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Run run = lectern(arguments);
    QVERIFY2(run.exitedWith(0), run.summary().constData());
    QVERIFY2(run.out.contains(expected), run.summary().constData());
    QCOMPARE(run.err, QString());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
