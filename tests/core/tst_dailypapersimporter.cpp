// The daily-papers list, as users paste it from the web page, becomes the right papers; a file that is
// not such a list is refused with its name and line, and leaves the library as it was.

#include "import/DailyPapersReader.h"
#include "import/FileImport.h"
#include "import/TextFile.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include "TestKit.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

enum class Input { File, MissingPath, Directory };

QString smallFixture()
{
    return QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt");
}

Expected<QList<Paper>> parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString(), path};
    return readPapers(dailyPapersFormat(), file, path);
}

// "code https://..." per link: readable when a comparison fails, and checks the kind with the URL.
QStringList describe(const QList<Link> &links)
{
    QStringList result;
    for (const Link &link : links)
        result.append((link.kind == Link::Kind::Code ? u"code "_s : u"page "_s) + link.url);
    return result;
}

int rowCount(Library &library, const char *countSql)
{
    Statement query(library.db(), countSql);
    return query.step() ? int(query.integer(0)) : -1;
}

// For QVERIFY2, which builds its message even when the check passes.
template<typename T>
QByteArray failureOf(const Expected<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toString().toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray chrome = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"
                          "byAK and the research community\n\nJun 13\n\n"_ba;

} // namespace

Q_DECLARE_METATYPE(Input)

class TestDailyPapersImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void smallFixture_givesEveryTitleInOrder();
    void smallFixture_joinsAnAbstractsLinesWithSpaces();
    void smallFixture_datesEveryPaperFromTheDateLine();
    void smallFixture_findsLinksArxivIdAndDoi_data();
    void smallFixture_findsLinksArxivIdAndDoi();
    void windowsLineEndingsAndBom_giveTheSamePapers();
    void shortFirstTitleLikeADate_staysATitle();
    void aDateLineWithoutAYear_isTheMostRecentSuchDay_data();
    void aDateLineWithoutAYear_isTheMostRecentSuchDay();
    void anArxivLinkOrMention_givesTheArxivId_data();
    void anArxivLinkOrMention_givesTheArxivId();
    void aTitleWithSeparatorsOrControls_isStoredOnOneLine_data();
    void aTitleWithSeparatorsOrControls_isStoredOnOneLine();
    void importFile_storesOnePaperPerTitleWithItsSource();
    // Text that is not UTF-8 is windows-1252 (old Windows exports), read as such and counted in the summary.
    void windows1252Text_isReadAndCounted();
    void importBadInput_namesFileAndLineAndChangesNothing_data();
    void importBadInput_namesFileAndLineAndChangesNothing();
    void realDailyPapersFile_gives75PapersWithTheirLinks();

private:
    std::unique_ptr<Library> openFreshLibrary();
    QString inputPath(Input input, const QByteArray &content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDailyPapersImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDailyPapersImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDailyPapersImporter::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Library> TestDailyPapersImporter::openFreshLibrary()
{
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    if (!library) {
        qWarning("cannot open a library: %s", qPrintable(library.error().toString()));
        return nullptr;
    }
    return std::move(*library);
}

// Big and binary inputs are made here rather than committed to the repository.
QString TestDailyPapersImporter::inputPath(Input input, const QByteArray &content)
{
    switch (input) {
    case Input::MissingPath:
        return m_dir->filePath(u"not-there.txt"_s);
    case Input::Directory: {
        const QString path = m_dir->filePath(u"a-folder"_s);
        return QDir().mkpath(path) ? path : QString();
    }
    case Input::File:
        break;
    }
    const QString path = m_dir->filePath(u"bad-input.txt"_s);
    return writeFile(path, content) ? path : QString();
}

void TestDailyPapersImporter::smallFixture_givesEveryTitleInOrder()
{
    const auto papers = parseFile(smallFixture());
    QVERIFY2(papers.ok(), failureOf(papers).constData());

    QStringList titles;
    for (const Paper &paper : *papers)
        titles.append(paper.title);
    // The parser keeps the repeated title: spotting duplicates is the store's job.
    const QStringList expected{
        u"Solving High-Dimensional PDEs with Latent Spectral Models"_s,
        u"ASID: Active Exploration for System Identification in Robotic Manipulation"_s,
        u"Naïve Momentum Benefits Non-IID Federated Learning"_s,
        u"Programmable Motion Generation for Open-Set Motion Control Tasks"_s,
        u"solving high-dimensional PDEs with latent-spectral models!"_s,
    };
    QCOMPARE(titles, expected);
}

void TestDailyPapersImporter::smallFixture_joinsAnAbstractsLinesWithSpaces()
{
    const auto papers = parseFile(smallFixture());
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->size(), 5);

    QCOMPARE(papers->at(0).abstract,
             u"Deep models have achieved impressive progress in solving partial differential equations (PDEs). "
             "We present Latent Spectral Models (LSM) toward an efficient and precise solver for high-dimensional "
             "PDEs. Code is available at https://github.com/thuml/Latent-Spectral-Models."_s);
    QCOMPARE(papers->at(3).abstract,
             u"Character animation in real-world scenarios needs constraints such as trajectories and key-frames. "
             "We break any motion control task down into atomic constraints and optimise a pre-trained model "
             "against them."_s);
}

void TestDailyPapersImporter::smallFixture_datesEveryPaperFromTheDateLine()
{
    const auto papers = parseFile(smallFixture());
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QVERIFY(!papers->isEmpty());
    for (const Paper &paper : *papers)
        QCOMPARE(paper.published, listDateToday(6, 13));
}

void TestDailyPapersImporter::smallFixture_findsLinksArxivIdAndDoi_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("arxivId");
    QTest::addColumn<QString>("doi");

    QTest::newRow("code link before the full stop")
        << 0 << QStringList{u"code https://github.com/thuml/Latent-Spectral-Models"_s} << QString() << QString();
    QTest::newRow("project page before a comma, quoted link before a full stop")
        << 1 << QStringList{u"page https://weirdlabuw.github.io/asid"_s, u"page http://x.org/a/"_s}
        << u"2306.01234"_s << QString();
    QTest::newRow("DOI in the text, DOI link in parentheses")
        << 2 << QStringList{u"page https://doi.org/10.1145/3377811.3380330"_s} << QString()
        << u"10.1145/3377811.3380330"_s;
    QTest::newRow("no links or identifiers") << 3 << QStringList() << QString() << QString();
}

void TestDailyPapersImporter::smallFixture_findsLinksArxivIdAndDoi()
{
    QFETCH(int, index);
    QFETCH(QStringList, links);
    QFETCH(QString, arxivId);
    QFETCH(QString, doi);

    const auto papers = parseFile(smallFixture());
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QVERIFY(index < papers->size());
    const Paper &paper = papers->at(index);
    QCOMPARE(describe(paper.links), links);
    QCOMPARE(paper.arxivId, arxivId);
    QCOMPARE(paper.doi, doi);
}

void TestDailyPapersImporter::windowsLineEndingsAndBom_giveTheSamePapers()
{
    QFile fixture(smallFixture());
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray windowsBytes = "\xef\xbb\xbf"_ba + fixture.readAll().replace("\n", "\r\n");
    const QString windowsPath = m_dir->filePath(u"windows.txt"_s);
    QVERIFY(writeFile(windowsPath, windowsBytes));

    const auto unixPapers = parseFile(smallFixture());
    const auto windowsPapers = parseFile(windowsPath);
    QVERIFY2(unixPapers.ok(), failureOf(unixPapers).constData());
    QVERIFY2(windowsPapers.ok(), failureOf(windowsPapers).constData());
    QCOMPARE(windowsPapers->size(), unixPapers->size());
    for (qsizetype i = 0; i < unixPapers->size(); ++i) {
        QCOMPARE(windowsPapers->at(i).title, unixPapers->at(i).title);
        QCOMPARE(windowsPapers->at(i).abstract, unixPapers->at(i).abstract);
        QCOMPARE(windowsPapers->at(i).published, unixPapers->at(i).published);
    }
}

void TestDailyPapersImporter::aDateLineWithoutAYear_isTheMostRecentSuchDay_data()
{
    QTest::addColumn<QString>("dateLine");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("inferredFrom"); // empty: not inferred

    QTest::newRow("a week later") << u"Jun 13"_s << QDate(2025, 6, 20) << u"2025-06-13"_s << u"Jun 13"_s;
    QTest::newRow("the same day") << u"Jun 13"_s << QDate(2025, 6, 13) << u"2025-06-13"_s << u"Jun 13"_s;
    QTest::newRow("the day before: last year's") << u"Jun 13"_s << QDate(2025, 6, 12) << u"2024-06-13"_s << u"Jun 13"_s;
    QTest::newRow("December read in January") << u"Dec 30"_s << QDate(2026, 1, 2) << u"2025-12-30"_s << u"Dec 30"_s;
    QTest::newRow("a full month name") << u"June 13"_s << QDate(2025, 7, 1) << u"2025-06-13"_s << u"June 13"_s;
    QTest::newRow("Feb 29: the last leap year") << u"Feb 29"_s << QDate(2027, 3, 1) << u"2024-02-29"_s << u"Feb 29"_s;
    QTest::newRow("a line with its year stays") << u"Jun 13, 2023"_s << QDate(2025, 6, 20) << u"Jun 13, 2023"_s
                                                << QString();
}

// With a clock, as the import gives it: the paper is dated, year: finds it, and the reader says the year is inferred.
void TestDailyPapersImporter::aDateLineWithoutAYear_isTheMostRecentSuchDay()
{
    QFETCH(QString, dateLine);
    QFETCH(QDate, today);
    QFETCH(QString, published);
    QFETCH(QString, inferredFrom);

    ImportOptions options;
    options.clock = [today] { return QDateTime(today, QTime(12, 0), QTimeZone::UTC); };
    const QString text = dateLine + u"\n\nA Title\n\nAn abstract. It says things.\n"_s;
    const auto papers = readPapers(dailyPapersFormat(), text, u"pasted"_s, options);
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->first().published, published);
    QList<ExtraField> mark;
    if (!inferredFrom.isEmpty())
        mark.append({Paper::InferredDateField, inferredFrom});
    QCOMPARE(papers->first().extraFields, mark);
}

void TestDailyPapersImporter::anArxivLinkOrMention_givesTheArxivId_data()
{
    QTest::addColumn<QString>("abstract");
    QTest::addColumn<QString>("arxivId");

    QTest::newRow("abs link with a version") << u"See https://arxiv.org/abs/2306.01234v2 for more."_s << u"2306.01234"_s;
    QTest::newRow("pdf link") << u"Paper: https://arxiv.org/pdf/2306.04321v1.pdf and code."_s << u"2306.04321"_s;
    QTest::newRow("a mention") << u"Preprint at arXiv:2301.00001. It works."_s << u"2301.00001"_s;
    QTest::newRow("none") << u"Nothing here. See https://example.org/2306.01234"_s << QString();
}

void TestDailyPapersImporter::anArxivLinkOrMention_givesTheArxivId()
{
    QFETCH(QString, abstract);
    QFETCH(QString, arxivId);

    const auto papers = readPapers(dailyPapersFormat(), u"Jun 13\n\nA Title\n\n"_s + abstract + u'\n', u"pasted"_s);
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->first().arxivId, arxivId);
}

void TestDailyPapersImporter::shortFirstTitleLikeADate_staysATitle()
{
    // "Decoder 2" starts like "Dec 2"; it must not be read as the list's date line.
    const QString text = QString::fromUtf8(chrome) + u"Decoder 2\n\nA second decoder. It decodes.\n"_s;
    const auto papers = readPapers(dailyPapersFormat(), text, u"pasted"_s);
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->size(), 1);
    QCOMPARE(papers->first().title, u"Decoder 2"_s);
    QCOMPARE(papers->first().published, listDateToday(6, 13));
}

// A title is one line of the file, and the list shows it on one line; what else a line may hold that breaks
// it, or that no list can show, becomes a space.
void TestDailyPapersImporter::aTitleWithSeparatorsOrControls_isStoredOnOneLine_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("stored");
    QTest::newRow("line separator") << u"Line\u2028Separator"_s << u"Line Separator"_s;
    QTest::newRow("paragraph separator") << u"Paragraph\u2029Separator"_s << u"Paragraph Separator"_s;
    QTest::newRow("carriage return, NEL") << u"Carriage\rReturn\u0085Next"_s << u"Carriage Return Next"_s;
    QTest::newRow("tab, vertical tab, form feed") << u"a\tb\vc\fd"_s << u"a b c d"_s;
    QTest::newRow("escape sequence") << u"Retitled \x1b]0;pwned\x07 paper"_s << u"Retitled ]0;pwned paper"_s;
    QTest::newRow("plain") << u"Schrödinger's Cat"_s << u"Schrödinger's Cat"_s;
}

void TestDailyPapersImporter::aTitleWithSeparatorsOrControls_isStoredOnOneLine()
{
    QFETCH(QString, title);
    QFETCH(QString, stored);
    const QString text = QString::fromUtf8(chrome) + title + u"\n\nAn abstract. It has two sentences.\n"_s;
    const auto papers = readPapers(dailyPapersFormat(), text, u"pasted"_s);
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->size(), 1);
    QCOMPARE(papers->first().title, stored);
}

void TestDailyPapersImporter::windows1252Text_isReadAndCounted()
{
    auto library = openFreshLibrary();
    QVERIFY(library);
    const QString path = inputPath(Input::File, "new\n\nCaf\xe9 au lait\n\nAbstract with \x93quotes\x94. Text.\n"_ba);
    const auto imported = importFile(*library, path);
    QVERIFY2(imported.ok(), failureOf(imported).constData());
    QCOMPARE(imported->windows1252Lines, 2);
    const auto paper = PaperStore(*library).paper(imported->added.addedIds.value(0));
    QVERIFY(paper);
    QCOMPARE(paper->title, u"Café au lait"_s);
    QCOMPARE(paper->abstract, u"Abstract with \u201cquotes\u201d. Text."_s);
}

void TestDailyPapersImporter::importFile_storesOnePaperPerTitleWithItsSource()
{
    auto library = openFreshLibrary();
    QVERIFY(library);
    const auto parsed = parseFile(smallFixture());
    QVERIFY2(parsed.ok(), failureOf(parsed).constData());

    const auto imported = importFile(*library, smallFixture());
    QVERIFY2(imported.ok(), failureOf(imported).constData());
    QCOMPARE(imported->format, u"daily"_s);
    QCOMPARE(imported->added.added, 4);
    QCOMPARE(imported->added.duplicates.size(), 1);
    QCOMPARE(imported->added.duplicates.first().title, parsed->at(4).title);
    QCOMPARE(imported->added.duplicates.first().reason, u"title/author/year"_s);

    PaperStore store(*library);
    QCOMPARE(store.count(), 4);
    for (qsizetype i = 0; i < imported->added.addedIds.size(); ++i) {
        const auto stored = store.paper(imported->added.addedIds[i]);
        QVERIFY(stored);
        const Paper &expected = parsed->at(i);
        QCOMPARE(stored->title, expected.title);
        QCOMPARE(stored->abstract, expected.abstract);
        QCOMPARE(stored->published, expected.published);
        QCOMPARE(describe(stored->links), describe(expected.links));
        QCOMPARE(stored->arxivId, expected.arxivId);
        QCOMPARE(stored->doi, expected.doi);
        QCOMPARE(stored->sourceFile, QFileInfo(smallFixture()).absoluteFilePath());
        QVERIFY(stored->added.isValid());
    }
}

void TestDailyPapersImporter::importBadInput_namesFileAndLineAndChangesNothing_data()
{
    QTest::addColumn<Input>("input");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line"); // 0: the error is about the whole file
    QTest::addColumn<QString>("messagePart");

    const QByteArray onePaper = "First Title\n\nFirst abstract. It is fine.\n"_ba;

    QTest::newRow("binary file") << Input::File << "new\n\nA title\0with a NUL byte\n\nAbstract. Text.\n"_ba << 3
                                 << u"binary"_s;
    QTest::newRow("empty file") << Input::File << QByteArray() << 0 << u"empty"_s;
    QTest::newRow("whitespace only") << Input::File << " \n\t\n   \r\n\n"_ba << 0 << u"empty"_s;
    QTest::newRow("only page chrome") << Input::File << "new\n\nSubscribe\n\nJun 13\n"_ba << 1 << u"no papers"_s;
    QTest::newRow("title without abstract at the end")
        << Input::File << QByteArray(chrome + onePaper + "\nLonely Title\n"_ba) << 15 << u"Lonely Title"_s;
    QTest::newRow("title without abstract in the middle")
        << Input::File << QByteArray(chrome + "First Title\n\nSecond Title\n\nSecond abstract. It is fine.\n"_ba) << 11
        << u"First Title"_s;
    QTest::newRow("title and abstract without a blank line")
        << Input::File
        << QByteArray(chrome + onePaper + "\nSecond Title\nSecond abstract. No blank line above.\n"_ba) << 15
        << u"line of its own"_s;
    QTest::newRow("10 MB single line")
        << Input::File << QByteArray("new\n\n"_ba + QByteArray(10 * 1024 * 1024, 'a') + '\n') << 3 << u"bytes long"_s;
    QTest::newRow("path that does not exist") << Input::MissingPath << QByteArray() << 0 << u"no such file"_s;
    QTest::newRow("directory") << Input::Directory << QByteArray() << 0 << u"folder"_s;
}

void TestDailyPapersImporter::importBadInput_namesFileAndLineAndChangesNothing()
{
    QFETCH(Input, input);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    auto library = openFreshLibrary();
    QVERIFY(library);
    QVERIFY(importFile(*library, smallFixture()).ok());
    const int papersBefore = rowCount(*library, "SELECT count(*) FROM papers");
    const int importsBefore = rowCount(*library, "SELECT count(*) FROM imports");
    QCOMPARE(papersBefore, 4);

    const QString path = inputPath(input, content);
    QVERIFY(!path.isEmpty());
    const auto result = importFile(*library, path);

    QVERIFY2(!result.ok(), "a bad input was imported");
    QCOMPARE(result.error().file, path);
    QCOMPARE(result.error().line, line);
    QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive), qPrintable(result.error().message));
    QCOMPARE(rowCount(*library, "SELECT count(*) FROM papers"), papersBefore);
    QCOMPARE(rowCount(*library, "SELECT count(*) FROM imports"), importsBefore);
}

void TestDailyPapersImporter::realDailyPapersFile_gives75PapersWithTheirLinks()
{
    const QString path = QStringLiteral(LECTERN_SHARED_DATA "/daily-papers.txt");
    if (!QFileInfo::exists(path))
        QSKIP("no ../shared/data/daily-papers.txt beside the repository; the small fixture covers the format");

    const auto papers = parseFile(path);
    QVERIFY2(papers.ok(), failureOf(papers).constData());
    QCOMPARE(papers->size(), 75);

    const Paper *lsm = nullptr;
    for (const Paper &paper : *papers) {
        QVERIFY2(!paper.abstract.isEmpty(), qPrintable(paper.title));
        QCOMPARE(paper.published, listDateToday(6, 13));
        if (paper.title == u"Solving High-Dimensional PDEs with Latent Spectral Models")
            lsm = &paper;
    }
    QVERIFY(lsm);
    QVERIFY(describe(lsm->links).contains(u"code https://github.com/thuml/Latent-Spectral-Models"_s));

    auto library = openFreshLibrary();
    QVERIFY(library);
    const auto imported = importFile(*library, path);
    QVERIFY2(imported.ok(), failureOf(imported).constData());
    QCOMPARE(imported->added.added, 75);
    QVERIFY(imported->added.duplicates.isEmpty());
}

QTEST_GUILESS_MAIN(TestDailyPapersImporter)
#include "tst_dailypapersimporter.moc"
