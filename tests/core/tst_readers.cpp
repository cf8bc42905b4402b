// The readers of RIS, CSL-JSON, arXiv's API feed and arXiv's metadata snapshot: their dates, names and ids table by
// table, what they do after a broken record, and the real files other programs wrote (../shared/data/import), each
// recognised as its format and read into the facts a person read from it (expected/<name>.json).

#include "import/ArxivRecord.h"
#include "import/ImportText.h"
#include "import/PaperReader.h"
#include "library/EntryType.h"
#include "ImportFixtures.h"
#include "ReaderSteps.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// Every paper of the text, or the error, read as the named format.
Expected<QList<Paper>> read(const char *format, const QString &text, const ImportOptions &options = {})
{
    return readPapers(*formatNamed(QString::fromLatin1(format)), text, u"test"_s, options);
}

// The text's one paper; a failed read gives a paper titled with the error, which no check expects.
Paper onlyPaper(const char *format, const QString &text, const ImportOptions &options = {})
{
    const auto papers = read(format, text, options);
    if (!papers)
        return [&] { Paper failed; failed.title = u"error: "_s + papers.error().toString(); return failed; }();
    if (papers->size() != 1)
        return [&] { Paper wrong; wrong.title = QString::number(papers->size()) + u" papers"_s; return wrong; }();
    return papers->first();
}

QString extraField(const Paper &paper, const QString &name)
{
    for (const ExtraField &field : paper.extraFields)
        if (field.name == name)
            return field.value;
    return {};
}

QString risRecord(const QString &lines)
{
    return u"TY  - JOUR\nTI  - A title\n"_s + lines + u"\nER  - \n"_s;
}

QString cslItem(const QString &keys)
{
    return u"[{\"id\": \"a\", \"type\": \"book\", \"title\": \"A title\", "_s + keys + u"}]"_s;
}

QString atomFeed(const QString &entry)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
           "xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n<entry>\n"_s
         + entry + u"\n</entry>\n</feed>\n"_s;
}

QString atomEntry(const QString &id, const QString &author, const QString &published = u"2012-01-23T21:15:02Z"_s)
{
    return u"<id>"_s + id + u"</id><published>"_s + published + u"</published><title>A title</title>"
           "<summary>An abstract.</summary><author><name>"_s + author + u"</name></author>"
           "<arxiv:primary_category term=\"hep-ph\"/><category term=\"hep-ph\"/><category term=\"stat.ML\"/>"_s;
}

QString snapshotLine(const QString &id, const QString &created, const QString &more = {})
{
    return u"{\"id\":\""_s + id + u"\",\"title\":\"A title\",\"abstract\":\"An abstract.\",\"categories\":\"hep-ph stat.ML\","
           "\"versions\":[{\"version\":\"v1\",\"created\":\""_s + created + u"\"}],"
           "\"authors_parsed\":[[\"Doe\",\"Jane\",\"\"]]"_s + more + u"}\n"_s;
}

// What every call of next() gave, in order: a paper's title, "error at <line>", or "end".
QStringList everyStep(const char *format, const QString &text, const ImportOptions &options = {})
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, u"test"_s);
    const auto reader = formatNamed(QString::fromLatin1(format))->open(input, options);
    QStringList steps;
    for (int guard = 0; guard < 20; ++guard) {
        const auto paper = reader->next();
        if (!paper) {
            steps.append(u"error at "_s + QString::number(paper.error().line));
            continue;
        }
        if (!*paper)
            break;
        steps.append((*paper)->title);
    }
    steps.append(u"end"_s);
    return steps;
}

// The folders of ../shared/data/import this test reads, and the format each holds.
const QList<std::pair<QString, QString>> &sharedFolders()
{
    static const QList<std::pair<QString, QString>> folders{
        {u"ris"_s, u"ris"_s}, {u"csljson"_s, u"csljson"_s}, {u"atom"_s, u"arxiv-atom"_s}, {u"jsonl"_s, u"arxiv-jsonl"_s}};
    return folders;
}

QString sharedImport()
{
    return QStringLiteral(LECTERN_SHARED_DATA "/import");
}

// The year a published text says: "2019-05-14" and "2019" give 2019, "334 BC" -334; 0 when there is none.
int yearOf(const QString &published)
{
    if (published.endsWith(u" BC"_s))
        return -published.chopped(3).toInt();
    return published.size() >= 4 ? published.left(4).toInt() : 0;
}

// The sample's paper: by its 1-based index, else by its CSL id (the citation key, or the id kept beside it).
const Paper *sampleOf(const QList<Paper> &papers, const QJsonObject &sample)
{
    if (sample.contains(u"index"_s)) {
        const int index = sample.value(u"index"_s).toInt();
        return index >= 1 && index <= papers.size() ? &papers[index - 1] : nullptr;
    }
    const QString id = sample.value(u"id"_s).toString();
    for (const Paper &paper : papers)
        if (paper.citationKey == id || extraField(paper, u"id"_s) == id)
            return &paper;
    return nullptr;
}

} // namespace

class TestReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void risDates_giveIsoDates_data();
    void risDates_giveIsoDates();
    void cslIssued_givesItsStart_data();
    void cslIssued_givesItsStart();
    void arxivDates_giveTheFirstVersionsDay_data();
    void arxivDates_giveTheFirstVersionsDay();
    void names_splitAsTheFormatWritesThem_data();
    void names_splitAsTheFormatWritesThem();
    void texAccents_becomeLetters_data();
    void texAccents_becomeLetters();
    void markup_becomesText_data();
    void markup_becomesText();
    void cslTitles_loseOnlyStyleTags_data();
    void cslTitles_loseOnlyStyleTags();
    void risNotes_areHtmlOnlyWhenTheyStartWithABlock_data();
    void risNotes_areHtmlOnlyWhenTheyStartWithABlock();
    void arxivIds_loseTheirVersionAndUrl_data();
    void arxivIds_loseTheirVersionAndUrl();
    void arxivReaders_giveTheAbstractPageAndTheVersion();
    void categoryTags_onlyWhenAsked_data();
    void categoryTags_onlyWhenAsked();
    void keywordsWithoutKeywordTags_areKeptAsFields();
    void aKeywordThatCannotBeATag_isKeptWithAWarning();
    void afterABrokenRecord_theNextOneIsRead_data();
    void afterABrokenRecord_theNextOneIsRead();
    void minifiedCslJson_longerThanAnyTextLine_isReadItemByItem();
    void brokenItemInAMinifiedList_isReportedAtItsPlace_andTheNextIsRead_data();
    void brokenItemInAMinifiedList_isReportedAtItsPlace_andTheNextIsRead();
    void aQuoteMissingInAOneLineList_saysTheRestIsNotRead();
    void charactersAcrossChunks_areReadWhole();
    void randomDamageToJsonOrXml_neverHangsOrCrashes_data();
    void randomDamageToJsonOrXml_neverHangsOrCrashes();
    void recognition_picksTheFormatFromTheHead_data();
    void recognition_picksTheFormatFromTheHead();
    void realFiles_giveTheFactsReadByHand_data();
    void realFiles_giveTheFactsReadByHand();
};

void TestReaders::risDates_giveIsoDates_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("keptAs"); // an extra field "TAG=value" the date left over, or empty
    QTest::newRow("year") << u"PY  - 2019"_s << u"2019"_s << QString();
    QTest::newRow("full") << u"PY  - 2019/05/14/"_s << u"2019-05-14"_s << QString();
    QTest::newRow("year and slashes") << u"PY  - 2019///"_s << u"2019"_s << QString();
    QTest::newRow("month, no day") << u"PY  - 1998/07//"_s << u"1998-07"_s << QString();
    QTest::newRow("other part") << u"Y1  - 2014///nan"_s << u"2014"_s << QString();
    QTest::newRow("access time") << u"DA  - 2019/03/12/T20:12:22Z"_s << u"2019-03-12"_s << QString();
    QTest::newRow("ISO") << u"DA  - 2019-05-14"_s << u"2019-05-14"_s << QString();
    QTest::newRow("fullest wins") << u"PY  - 2018\nDA  - 2018/03/01/"_s << u"2018-03-01"_s << QString();
    QTest::newRow("disagreeing date kept") << u"PY  - 2018\nY1  - 2017/01/01/"_s << u"2017-01-01"_s << u"PY=2018"_s;
    QTest::newRow("no such month") << u"PY  - 2019/13/01/"_s << u"2019"_s << QString();
    QTest::newRow("no such day") << u"PY  - 2019/02/30/"_s << u"2019-02"_s << QString();
    QTest::newRow("text") << u"PY  - in press"_s << u"in press"_s << QString();
}

void TestReaders::risDates_giveIsoDates()
{
    QFETCH(QString, lines);
    QFETCH(QString, published);
    QFETCH(QString, keptAs);
    const Paper paper = onlyPaper("ris", risRecord(lines));
    QCOMPARE(paper.published, published);
    QStringList kept;
    for (const ExtraField &field : paper.extraFields)
        kept.append(field.name + u'=' + field.value);
    QCOMPARE(kept.join(u", "_s), keptAs);
}

void TestReaders::cslIssued_givesItsStart_data()
{
    QTest::addColumn<QString>("issued");
    QTest::addColumn<QString>("published");
    QTest::addColumn<bool>("keptWhole"); // the issued object stays as an extra field: published does not say it all
    QTest::newRow("day") << u"{\"date-parts\": [[2018, 3, 1]]}"_s << u"2018-03-01"_s << false;
    QTest::newRow("month, strings") << u"{\"date-parts\": [[\"2011\", \"5\"]]}"_s << u"2011-05"_s << false;
    QTest::newRow("year") << u"{\"date-parts\": [[2017]]}"_s << u"2017"_s << false;
    QTest::newRow("range") << u"{\"date-parts\": [[2014, 12, 31], [2015, 1, 1]]}"_s << u"2014-12-31"_s << true;
    QTest::newRow("open range") << u"{\"date-parts\": [[2014, 12, 31], [0]]}"_s << u"2014-12-31"_s << true;
    QTest::newRow("season") << u"{\"date-parts\": [[2017]], \"season\": 4}"_s << u"2017"_s << true;
    QTest::newRow("season as month") << u"{\"date-parts\": [[2017, 21]]}"_s << u"2017"_s << true;
    QTest::newRow("circa") << u"{\"date-parts\": [[1885]], \"circa\": true}"_s << u"1885"_s << true;
    QTest::newRow("BC") << u"{\"date-parts\": [[\"-100\", 7, 12]]}"_s << u"100 BC"_s << true;
    QTest::newRow("literal date") << u"{\"literal\": \"2019-05-14\"}"_s << u"2019-05-14"_s << false;
    QTest::newRow("literal words") << u"{\"literal\": \"June 13, 2023\"}"_s << u"2023-06-13"_s << true;
    QTest::newRow("literal text") << u"{\"literal\": \"undated\"}"_s << u"undated"_s << true;
    QTest::newRow("raw") << u"{\"raw\": \"2019/05/14\"}"_s << u"2019-05-14"_s << true;
    QTest::newRow("no day in the calendar") << u"{\"date-parts\": [[2019, 2, 30]]}"_s << u"2019-02"_s << true;
    QTest::newRow("empty parts, kept as they are") << u"{\"date-parts\": [[]]}"_s << QString() << true;
}

void TestReaders::cslIssued_givesItsStart()
{
    QFETCH(QString, issued);
    QFETCH(QString, published);
    QFETCH(bool, keptWhole);
    const Paper paper = onlyPaper("csljson", cslItem(u"\"issued\": "_s + issued));
    QCOMPARE(paper.published, published);
    QCOMPARE(!extraField(paper, u"issued"_s).isEmpty(), keptWhole);
}

void TestReaders::arxivDates_giveTheFirstVersionsDay_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("published");
    QTest::newRow("snapshot") << u"arxiv-jsonl"_s << u"Mon, 2 Apr 2007 19:18:42 GMT"_s << u"2007-04-02"_s;
    QTest::newRow("snapshot, two-digit day") << u"arxiv-jsonl"_s << u"Sat, 31 Mar 2007 23:52:33 GMT"_s << u"2007-03-31"_s;
    QTest::newRow("snapshot, no weekday") << u"arxiv-jsonl"_s << u"24 Jul 2007 20:10:27 GMT"_s << u"2007-07-24"_s;
    QTest::newRow("snapshot, no such day") << u"arxiv-jsonl"_s << u"Fri, 30 Feb 2007 10:00:00 GMT"_s << u"2007-02"_s;
    QTest::newRow("snapshot, no date") << u"arxiv-jsonl"_s << u"soon"_s << QString();
    QTest::newRow("feed") << u"arxiv-atom"_s << u"2012-01-23T21:15:02Z"_s << u"2012-01-23"_s;
    QTest::newRow("feed, offset") << u"arxiv-atom"_s << u"2016-10-09T00:00:00-04:00"_s << u"2016-10-09"_s;
}

void TestReaders::arxivDates_giveTheFirstVersionsDay()
{
    QFETCH(QString, format);
    QFETCH(QString, date);
    QFETCH(QString, published);
    const bool feed = format == u"arxiv-atom"_s;
    const QString text = feed ? atomFeed(atomEntry(u"http://arxiv.org/abs/1201.4869v1"_s, u"A. Author"_s, date))
                              : snapshotLine(u"0704.0001"_s, date);
    QCOMPARE(onlyPaper(feed ? "arxiv-atom" : "arxiv-jsonl", text).published, published);
}

void TestReaders::names_splitAsTheFormatWritesThem_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("particle");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("RIS family, given") << u"ris"_s << u"Liu, Bo"_s << u"Liu"_s << u"Bo"_s << QString() << QString();
    QTest::newRow("RIS initials glued") << u"ris"_s << u"Tingley, M.W."_s << u"Tingley"_s << u"M.W."_s << QString() << QString();
    QTest::newRow("RIS capitals kept") << u"ris"_s << u"HUTTO, R.L."_s << u"HUTTO"_s << u"R.L."_s << QString() << QString();
    QTest::newRow("RIS particles") << u"ris"_s << u"van de Schoot, Rens"_s << u"Schoot"_s << u"Rens"_s << u"van de"_s << QString();
    QTest::newRow("RIS suffix last") << u"ris"_s << u"Smith, John, Jr."_s << u"Smith"_s << u"John"_s << QString() << u"Jr."_s;
    QTest::newRow("RIS given lost by a data frame") << u"ris"_s << u"van den Hoven, null"_s << u"Hoven"_s << QString() << u"van den"_s << QString();
    QTest::newRow("Embase family then initial") << u"ris"_s << u"Liu R."_s << u"Liu"_s << u"R."_s << QString() << QString();
    QTest::newRow("Embase two initials") << u"ris"_s << u"Eloubeidi M.A."_s << u"Eloubeidi"_s << u"M.A."_s << QString() << QString();
    QTest::newRow("Embase hyphened initials") << u"ris"_s << u"Yuan C.-P."_s << u"Yuan"_s << u"C.-P."_s << QString() << QString();
    QTest::newRow("feed, given first") << u"arxiv-atom"_s << u"James M. Murray"_s << u"Murray"_s << u"James M."_s << QString() << QString();
    QTest::newRow("feed, capitalised particle") << u"arxiv-atom"_s << u"Adrian Del Maestro"_s << u"Del Maestro"_s << u"Adrian"_s << QString() << QString();
    QTest::newRow("feed, Le") << u"arxiv-atom"_s << u"Yann Le Cun"_s << u"Le Cun"_s << u"Yann"_s << QString() << QString();
    QTest::newRow("feed, lower-case particle") << u"arxiv-atom"_s << u"Ludwig van Beethoven"_s << u"Beethoven"_s << u"Ludwig"_s << u"van"_s << QString();
    QTest::newRow("feed, initial first") << u"arxiv-atom"_s << u"A. Author"_s << u"Author"_s << u"A."_s << QString() << QString();
    QTest::newRow("feed, TeX accent") << u"arxiv-atom"_s << u"C. Bal\\'azs"_s << u"Balázs"_s << u"C."_s << QString() << QString();
    QTest::newRow("CSL particle") << u"csljson"_s << u"{\"family\": \"Beethoven\", \"given\": \"Ludwig\", \"non-dropping-particle\": \"van\"}"_s
                                  << u"Beethoven"_s << u"Ludwig"_s << u"van"_s << QString();
    QTest::newRow("CSL both particles") << u"csljson"_s << u"{\"family\": \"Fontaine\", \"given\": \"Jean\", \"dropping-particle\": \"de\", \"non-dropping-particle\": \"la\"}"_s
                                        << u"Fontaine"_s << u"Jean"_s << u"de la"_s << QString();
    QTest::newRow("CSL suffix") << u"csljson"_s << u"{\"family\": \"King\", \"given\": \"Martin Luther\", \"suffix\": \"Jr.\"}"_s
                                << u"King"_s << u"Martin Luther"_s << QString() << u"Jr."_s;
    QTest::newRow("snapshot parsed") << u"arxiv-jsonl"_s << u"[\"van der Berg\", \"Gerard\", \"III\"]"_s << u"Berg"_s << u"Gerard"_s << u"van der"_s << u"III"_s;
}

void TestReaders::names_splitAsTheFormatWritesThem()
{
    QFETCH(QString, format);
    QFETCH(QString, name);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, particle);
    QFETCH(QString, suffix);
    Paper paper;
    if (format == u"ris"_s)
        paper = onlyPaper("ris", risRecord(u"AU  - "_s + name));
    else if (format == u"arxiv-atom"_s)
        paper = onlyPaper("arxiv-atom", atomFeed(atomEntry(u"http://arxiv.org/abs/1201.4869v1"_s, name)));
    else if (format == u"csljson"_s)
        paper = onlyPaper("csljson", cslItem(u"\"author\": ["_s + name + u']'));
    else
        paper = onlyPaper("arxiv-jsonl", u"{\"id\":\"0704.0001\",\"title\":\"T\",\"authors_parsed\":["_s + name + u"]}\n"_s);
    QVERIFY2(paper.authors.size() == 1, qPrintable(paper.title));
    const Person &person = paper.authors.first();
    QCOMPARE(person.family, family);
    QCOMPARE(person.given, given);
    QCOMPARE(person.particle, particle);
    QCOMPARE(person.suffix, suffix);
}

void TestReaders::texAccents_becomeLetters_data()
{
    QTest::addColumn<QString>("tex");
    QTest::addColumn<QString>("text");
    QTest::newRow("umlaut") << u"Gr\\\"obner"_s << u"Gröbner"_s;
    QTest::newRow("braced letter") << u"Caf\\'{e}"_s << u"Café"_s;
    QTest::newRow("braced accent") << u"{\\'E}cole"_s << u"École"_s;
    QTest::newRow("letter accent") << u"Vina\\v{r}"_s << u"Vinař"_s;
    QTest::newRow("letter accent with a space") << u"{\\v S}r\\'amek"_s << u"Šrámek"_s;
    QTest::newRow("cedilla") << u"Fran\\c{c}ois"_s << u"François"_s;
    QTest::newRow("dotless i") << u"Ba\\c{s}ar\\i"_s << u"Başarı"_s;
    QTest::newRow("accent on a dotless i") << u"Mar\\'{\\i}a"_s << u"María"_s;
    QTest::newRow("special letter and its space") << u"Bj\\o rn \\ss"_s << u"Bjørn ß"_s;
    QTest::newRow("math stays") << u"$\\alpha \\le \\upsilon$ and \\cite{x}"_s << u"$\\alpha \\le \\upsilon$ and \\cite{x}"_s;
    QTest::newRow("escaped backslash") << u"a\\\\\"b"_s << u"a\\\\\"b"_s;
    QTest::newRow("accent on nothing") << u"x\\^{2}"_s << u"x\\^{2}"_s;
}

void TestReaders::texAccents_becomeLetters()
{
    QFETCH(QString, tex);
    QFETCH(QString, text);
    QCOMPARE(ImportText::decodeTexAccents(tex), text);
}

void TestReaders::markup_becomesText_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("text");
    QTest::newRow("JATS") << u"<jats:title>Abstract</jats:title><jats:p>One &amp; two.</jats:p><jats:p>Three.</jats:p>"_s
                          << u"One & two.\n\nThree."_s;
    QTest::newRow("inline tags") << u"H<sub>2</sub>O in <i>E. coli</i>"_s << u"H2O in E. coli"_s;
    QTest::newRow("entities") << u"&lt;tag&gt; &#8217;s &#x2019; &quot;q&quot; &nbsp;x"_s << u"<tag> ’s ’ \"q\" x"_s;
    QTest::newRow("not markup") << u"a < b and c > d & e"_s << u"a < b and c > d & e"_s;
    QTest::newRow("blank lines") << u"One\n\n  Two\n  lines"_s << u"One\n\nTwo lines"_s;
    QTest::newRow("comment") << u"a<!-- hidden -->b"_s << u"ab"_s;
}

void TestReaders::markup_becomesText()
{
    QFETCH(QString, markup);
    QFETCH(QString, text);
    QCOMPARE(ImportText::textFromMarkup(markup), text);
}

void TestReaders::cslTitles_loseOnlyStyleTags_data()
{
    QTest::addColumn<QString>("title"); // as the JSON string's text
    QTest::addColumn<QString>("read");
    QTest::newRow("CSL rich text") << u"Symphonies of <i>E. coli</i> and H<sub>2</sub>O"_s
                                   << u"Symphonies of E. coli and H2O"_s;
    QTest::newRow("nocase span") << u"The <span class=\\\"nocase\\\">iPhone</span> effect"_s << u"The iPhone effect"_s;
    QTest::newRow("JATS inline") << u"A <jats:italic>Drosophila</jats:italic> gene"_s << u"A Drosophila gene"_s;
    // citeproc (pandoc's) keeps a tag that is not CSL's as text: a title that holds one is written back whole.
    QTest::newRow("other tags are text") << u"<script>alert(1)</script>: Flags"_s << u"<script>alert(1)</script>: Flags"_s;
    QTest::newRow("a lone angle bracket") << u"& <Dead> ends"_s << u"& <Dead> ends"_s;
    QTest::newRow("entities") << u"Fish &amp; Chips"_s << u"Fish & Chips"_s;
}

void TestReaders::cslTitles_loseOnlyStyleTags()
{
    QFETCH(QString, title);
    QFETCH(QString, read);
    const QString item = u"[{\"id\": \"a\", \"type\": \"book\", \"title\": \""_s + title + u"\"}]"_s;
    QCOMPARE(onlyPaper("csljson", item).title, read);
}

void TestReaders::risNotes_areHtmlOnlyWhenTheyStartWithABlock_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("read");
    QTest::newRow("Zotero's paragraph") << u"<p>Read <b>twice</b>.</p>"_s << u"Read twice."_s;
    QTest::newRow("Zotero's note div") << u"<div class=\"zotero-note znv1\"><p>One</p><p>Two</p></div>"_s
                                       << u"One\n\nTwo"_s;
    // Text that happens to start with a block: Zotero's notes are HTML from their first tag to their last.
    QTest::newRow("starts as HTML, goes on as text") << u"<div>raw block HTML</div> then words"_s
                                                     << u"<div>raw block HTML</div> then words"_s;
    QTest::newRow("a tag as text") << u"<script>alert(3)</script> is what the page ran"_s
                                   << u"<script>alert(3)</script> is what the page ran"_s;
    QTest::newRow("a comparison") << u"<5 ms per query"_s << u"<5 ms per query"_s;
}

void TestReaders::risNotes_areHtmlOnlyWhenTheyStartWithABlock()
{
    QFETCH(QString, note);
    QFETCH(QString, read);
    QCOMPARE(onlyPaper("ris", u"TY  - JOUR\nTI  - A paper\nN1  - "_s + note + u"\nER  - \n"_s).note, read);
}

void TestReaders::arxivIds_loseTheirVersionAndUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("version");
    QTest::newRow("feed id") << u"http://arxiv.org/abs/2306.01234v2"_s << u"2306.01234"_s << u"v2"_s;
    QTest::newRow("https") << u"https://arxiv.org/abs/2306.12345"_s << u"2306.12345"_s << QString();
    QTest::newRow("five digits") << u"2306.12345v10"_s << u"2306.12345"_s << u"v10"_s;
    QTest::newRow("four digits") << u"0704.0001"_s << u"0704.0001"_s << QString();
    QTest::newRow("old") << u"hep-th/9901001v1"_s << u"hep-th/9901001"_s << u"v1"_s;
    QTest::newRow("old in a URL") << u"http://arxiv.org/abs/cond-mat/0412498v1"_s << u"cond-mat/0412498"_s << u"v1"_s;
    QTest::newRow("old with subject class") << u"math.GT/0309136"_s << u"math.GT/0309136"_s << QString();
    QTest::newRow("prefixed") << u"arXiv:2306.01234v3"_s << u"2306.01234"_s << u"v3"_s;
    QTest::newRow("API error") << u"https://arxiv.org/api/errors#incorrect_id_format_for_abc"_s << QString() << QString();
    QTest::newRow("not an id") << u"abc"_s << QString() << QString();
}

void TestReaders::arxivIds_loseTheirVersionAndUrl()
{
    QFETCH(QString, text);
    QFETCH(QString, id);
    QFETCH(QString, version);
    const ArxivId split = splitArxivId(text);
    QCOMPARE(split.id, id);
    QCOMPARE(split.version, version);
}

void TestReaders::arxivReaders_giveTheAbstractPageAndTheVersion()
{
    const Paper fromFeed = onlyPaper("arxiv-atom", atomFeed(atomEntry(u"http://arxiv.org/abs/cond-mat/0412498v3"_s, u"A. Author"_s)));
    QCOMPARE(fromFeed.arxivId, u"cond-mat/0412498"_s);
    QCOMPARE(fromFeed.links.value(0).url, u"https://arxiv.org/abs/cond-mat/0412498"_s);
    QCOMPARE(extraField(fromFeed, u"arxiv_version"_s), u"v3"_s);
    QCOMPARE(fromFeed.arxivCategory, u"hep-ph"_s);
    QCOMPARE(fromFeed.type, u"preprint"_s);

    const Paper fromSnapshot = onlyPaper("arxiv-jsonl", snapshotLine(u"hep-th/9901001"_s, u"Fri, 1 Jan 1999 00:00:01 GMT"_s,
                                                                     u",\"journal-ref\":\"Phys. Lett. B 1 (1999)\""_s));
    QCOMPARE(fromSnapshot.arxivId, u"hep-th/9901001"_s);
    QCOMPARE(fromSnapshot.links.value(0).url, u"https://arxiv.org/abs/hep-th/9901001"_s);
    QCOMPARE(extraField(fromSnapshot, u"arxiv_version"_s), u"v1"_s);
    QCOMPARE(extraField(fromSnapshot, u"journal-ref"_s), u"Phys. Lett. B 1 (1999)"_s);
    QCOMPARE(fromSnapshot.type, u"preprint"_s);
}

void TestReaders::categoryTags_onlyWhenAsked_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("categoryTags");
    QTest::addColumn<QStringList>("tags");
    const QStringList both{u"arxiv/hep-ph"_s, u"arxiv/stat.ML"_s};
    QTest::newRow("feed, asked") << u"arxiv-atom"_s << true << both;
    QTest::newRow("feed, not asked") << u"arxiv-atom"_s << false << QStringList();
    QTest::newRow("snapshot, asked") << u"arxiv-jsonl"_s << true << both;
    QTest::newRow("snapshot, not asked") << u"arxiv-jsonl"_s << false << QStringList();
}

void TestReaders::categoryTags_onlyWhenAsked()
{
    QFETCH(QString, format);
    QFETCH(bool, categoryTags);
    QFETCH(QStringList, tags);
    ImportOptions options;
    options.categoryTags = categoryTags;
    const bool feed = format == u"arxiv-atom"_s;
    const Paper paper = feed ? onlyPaper("arxiv-atom", atomFeed(atomEntry(u"http://arxiv.org/abs/2306.01234v1"_s, u"A. Author"_s)), options)
                             : onlyPaper("arxiv-jsonl", snapshotLine(u"2306.01234"_s, u"Mon, 5 Jun 2023 10:00:00 GMT"_s), options);
    QCOMPARE(paper.tags, tags);
    QCOMPARE(paper.arxivCategory, u"hep-ph"_s);
}

void TestReaders::keywordsWithoutKeywordTags_areKeptAsFields()
{
    ImportOptions options;
    options.keywordTags = false;
    const Paper ris = onlyPaper("ris", risRecord(u"KW  - attention\nKW  - graphs"_s), options);
    QVERIFY(ris.tags.isEmpty());
    QCOMPARE(ris.extraFields, (QList<ExtraField>{{u"KW"_s, u"attention"_s}, {u"KW"_s, u"graphs"_s}}));
    const Paper csl = onlyPaper("csljson", cslItem(u"\"keyword\": \"attention, graphs\""_s), options);
    QVERIFY(csl.tags.isEmpty());
    QCOMPARE(extraField(csl, u"keyword"_s), u"attention, graphs"_s);
}

void TestReaders::aKeywordThatCannotBeATag_isKeptWithAWarning()
{
    QByteArray bytes = risRecord(u"KW  - and/or/\nKW  - fine"_s).toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, u"test"_s);
    const auto reader = formatNamed(u"ris")->open(input, {});
    const auto paper = reader->next();
    QVERIFY(paper && *paper);
    QCOMPARE((*paper)->tags, QStringList{u"fine"_s});
    QCOMPARE(extraField(**paper, u"KW"_s), u"and/or/"_s);
    const QList<Error> warnings = reader->takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().line, 3);
}

void TestReaders::afterABrokenRecord_theNextOneIsRead_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("steps");
    QTest::newRow("RIS without ER")
        << u"ris"_s << u"TY  - JOUR\nTI  - One\nER  - \nTY  - JOUR\nTI  - Two\nTY  - JOUR\nTI  - Three\nER  - \n"_s
        << QStringList{u"One"_s, u"error at 4"_s, u"Three"_s, u"end"_s};
    QTest::newRow("RIS tags before TY")
        << u"ris"_s << u"TI  - Lost\nAU  - Doe, J.\nER  - \nTY  - JOUR\nTI  - Found\nER  - \n"_s
        << QStringList{u"error at 1"_s, u"Found"_s, u"end"_s};
    QTest::newRow("snapshot line cut")
        << u"arxiv-jsonl"_s << snapshotLine(u"0704.0001"_s, u"Mon, 2 Apr 2007 19:18:42 GMT"_s).left(40) + u'\n'
                               + snapshotLine(u"0704.0002"_s, u"Mon, 2 Apr 2007 19:18:42 GMT"_s)
        << QStringList{u"error at 1"_s, u"A title"_s, u"end"_s};
    QTest::newRow("CSL item not an object")
        << u"csljson"_s << u"[\n  1,\n  {\"type\": \"book\", \"title\": \"Two\"}\n]\n"_s
        << QStringList{u"error at 2"_s, u"Two"_s, u"end"_s};
    QTest::newRow("feed with an error entry")
        << u"arxiv-atom"_s
        << atomFeed(u"<id>http://arxiv.org/api/errors#bad</id><title>Error</title><summary>bad query</summary>"_s)
        << QStringList{u"error at 3"_s, u"end"_s};
}

void TestReaders::afterABrokenRecord_theNextOneIsRead()
{
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QStringList, steps);
    QCOMPARE(everyStep(qPrintable(format), text), steps);
}

// A minified list is one line, longer than the longest line a line reader takes (MaxLineLength): it is read item by
// item, the first paper handed over when only the start of the file is read.
void TestReaders::minifiedCslJson_longerThanAnyTextLine_isReadItemByItem()
{
    QByteArray json = TestKit::cslJsonOnOneLine(2000);
    QVERIFY(json.size() > 4 * MaxLineLength);
    QVERIFY(!json.contains('\n'));
    QBuffer buffer(&json);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, u"minified.json"_s);
    const Format *format = recognizeFormat(input.head());
    QVERIFY(format);
    QCOMPARE(QString::fromLatin1(format->name), u"csljson"_s);
    const auto reader = format->open(input, {});
    auto first = reader->next();
    QVERIFY2(first && *first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE((*first)->title, u"Paper 1 on \"quoted\" {braces} and [brackets]"_s);
    QVERIFY2(input.bytesRead() <= 2 * ChunkSize, qPrintable(QString::number(input.bytesRead())));
    int papers = 1;
    QString last;
    for (auto paper = reader->next(); paper && *paper; paper = reader->next()) {
        ++papers;
        last = (*paper)->citationKey;
    }
    QCOMPARE(papers, 2000);
    QCOMPARE(last, u"item2000"_s);
    QCOMPARE(input.bytesRead(), qint64(json.size()));
}

void TestReaders::brokenItemInAMinifiedList_isReportedAtItsPlace_andTheNextIsRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("steps");
    const QByteArray one("{\"type\":\"book\",\"title\":\"One\"}");
    const QByteArray three("{\"type\":\"book\",\"title\":\"Three\"}");
    const QByteArray open("[");
    const QByteArray close("]");
    // The second item starts at column 32 of the only line; QJsonDocument places an error just after what it could
    // not read (inside "title", after "tru").
    QTest::newRow("a comma missing between keys")
        << open + one + QByteArray(",{\"type\":\"book\" \"title\":\"Two\"},") + three + close
        << QStringList{u"One"_s, u"error at 1:48"_s, u"Three"_s, u"end"_s};
    QTest::newRow("a value that is no value")
        << open + one + QByteArray(",{\"type\":\"book\",\"title\":tru},") + three + close
        << QStringList{u"One"_s, u"error at 1:56"_s, u"Three"_s, u"end"_s};
    QTest::newRow("an item that is not an object")
        << open + one + QByteArray(",\"Two\",") + three + close << QStringList{u"One"_s, u"error at 1:32"_s, u"Three"_s, u"end"_s};
    QTest::newRow("a comma missing between items")
        << open + one + three + close << QStringList{u"One"_s, u"error at 1:31"_s, u"Three"_s, u"end"_s};
    QTest::newRow("the list not closed")
        << open + one + QByteArray(",") + three << QStringList{u"One"_s, u"Three"_s, u"error at 1:63"_s, u"end"_s};
    QTest::newRow("text after the list")
        << open + one + QByteArray("]\n]") << QStringList{u"One"_s, u"error at 2:1"_s, u"end"_s};
    // A quote missing: on one line nothing after it can be told apart (the string read ends at the next quote, and
    // the error is where that leaves no JSON); written an item to a few lines, the next item's line is where reading
    // goes on.
    QTest::newRow("a quote missing, one line")
        << open + one + QByteArray(",{\"type\":\"book\",\"title\":\"Two},") + three + close
        << QStringList{u"One"_s, u"error at 1:64"_s, u"end"_s};
    QTest::newRow("a quote missing, an item to a few lines")
        << QByteArray("[\n  ") + one + QByteArray(",\n  {\n    \"type\": \"book\",\n    \"title\": \"Two,\n    \"page\": \"1\"\n  },\n  ")
               + three + QByteArray("\n]\n")
        << QStringList{u"One"_s, u"error at 5:19"_s, u"Three"_s, u"end"_s};
    QTest::newRow("a brace missing, an item to a line")
        << QByteArray("[\n") + one + QByteArray(",\n")
               + QByteArray("{\"type\":\"book\",\"title\":\"Two\",\"author\":[{\"family\":\"Doe\"]},") + QByteArray("\n") + three
               + QByteArray("\n]\n")
        << QStringList{u"One"_s, u"error at 3:56"_s, u"Three"_s, u"end"_s};
}

void TestReaders::brokenItemInAMinifiedList_isReportedAtItsPlace_andTheNextIsRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, steps);
    QCOMPARE(TestKit::readingSteps("csljson", json), steps);
}

// With skipInvalid the import goes on after a broken item: when the rest of the file went with it, the error says so.
void TestReaders::aQuoteMissingInAOneLineList_saysTheRestIsNotRead()
{
    const QString oneLine = u"[{\"type\":\"book\",\"title\":\"Two},{\"type\":\"book\",\"title\":\"Three\"}]"_s;
    const auto papers = read("csljson", oneLine);
    QVERIFY(!papers);
    QVERIFY2(papers.error().message.contains(u"nothing after it could be read"_s), qPrintable(papers.error().toString()));
    // A list an item to a line goes on at the next line: nothing is lost, and nothing said.
    const auto lines = read("csljson", u"[{\"type\":\"book\",\"title\":\"Two},\n{\"type\":\"book\",\"title\":\"Three\"}]"_s);
    QVERIFY(!lines);
    QVERIFY2(!lines.error().message.contains(u"nothing after it"_s), qPrintable(lines.error().toString()));
}

// Chunks are cut by size, not by character: a character whose bytes a chunk's end divides is read whole.
void TestReaders::charactersAcrossChunks_areReadWhole()
{
    const QByteArray start("[{\"type\":\"book\",\"title\":\"");
    for (const QByteArray &character : {QByteArray("\xc3\xa9"), QByteArray("\xe6\x97\xa5"), QByteArray("\xf0\x9f\x93\x96")}) {
        for (int cut = 1; cut < character.size(); ++cut) {
            // The character's first cut bytes end the first chunk.
            const QByteArray padding(ChunkSize - start.size() - cut, 'a');
            const QByteArray json = start + padding + character + QByteArray("\"}]");
            const auto papers = readPapers(*formatNamed(u"csljson"), QString::fromUtf8(json), u"test"_s);
            QVERIFY2(papers, qPrintable(papers ? QString() : papers.error().toString()));
            QCOMPARE(papers->size(), 1);
            QCOMPARE(papers->first().title, QString::fromUtf8(padding + character));
        }
    }
}

void TestReaders::randomDamageToJsonOrXml_neverHangsOrCrashes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("damage");
    const QString json = u"{}[]\",:\\\n tfn0"_s;
    QTest::newRow("CSL-JSON") << u"csljson"_s << json;
    QTest::newRow("Lectern JSON") << u"lectern-json"_s << json;
    QTest::newRow("arXiv feed") << u"arxiv-atom"_s << u"<>/&;\"'=!-[]?\n x#"_s;
}

// Brackets, quotes, escapes, tags and line ends thrown into the golden cases: every next() moves on, so reading ends
// with fewer steps than the text has characters.
void TestReaders::randomDamageToJsonOrXml_neverHangsOrCrashes()
{
    QFETCH(QString, format);
    QFETCH(QString, damage);
    QString sample;
    for (const QFileInfo &file : QDir(QStringLiteral(LECTERN_TEST_DATA "/import/") + format).entryInfoList(QDir::Files)) {
        QFile in(file.filePath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        // UTF-16 cases are no UTF-8 text to damage.
        if (!file.fileName().endsWith(u".expected.json"_s) && !file.fileName().contains(u"utf16"_s))
            sample += QString::fromUtf8(in.readAll());
    }
    QRandomGenerator random(1);
    for (int round = 0; round < 300; ++round) {
        QString text = sample.first(random.bounded(sample.size()));
        for (int i = 0; i < 20; ++i)
            text.insert(random.bounded(text.size() + 1), damage[random.bounded(damage.size())]);
        QByteArray bytes = text.toUtf8();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        TextInput input(buffer, u"damaged"_s);
        const auto reader = formatNamed(format)->open(input, {});
        qsizetype steps = 0;
        for (auto paper = reader->next(); (!paper || *paper) && steps <= text.size(); paper = reader->next())
            ++steps;
        QVERIFY2(steps <= text.size(), qPrintable(text));
    }
}

void TestReaders::recognition_picksTheFormatFromTheHead_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("format");
    QTest::newRow("RIS") << u"TY  - JOUR\nTI  - A\nER  - \n"_s << u"ris"_s;
    QTest::newRow("RIS, CRLF") << u"TY  - JOUR\r\nER  -\r\n"_s << u"ris"_s;
    QTest::newRow("RIS after counters") << u"\n1.\nTY  - JOUR\n"_s << u"ris"_s;
    QTest::newRow("RIS after a header") << u"Provider: Some Database\nContent: text/plain\n\nTY  - JOUR\n"_s << u"ris"_s;
    QTest::newRow("RIS without its TY") << u"\nJF  - A journal\nT1  - A title\nER  -\n"_s << u"ris"_s;
    QTest::newRow("RIS, one space") << u"TY - JOUR\nTI - A\n"_s << u"ris"_s;
    QTest::newRow("prose with a dash") << u"AI - a title about it\n\nAn abstract follows here.\n"_s << u"daily"_s;
    QTest::newRow("CSL array") << u"[\n  {\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"}\n]"_s << u"csljson"_s;
    QTest::newRow("CSL item") << u"  {\"type\": \"article-journal\", \"DOI\": \"10.1/x\"}"_s << u"csljson"_s;
    QTest::newRow("Lectern's JSON") << u"[{\"id\": 1, \"type\": \"article\", \"title\": \"T\", \"author_names\": [], \"highlights\": []}]"_s << QString();
    QTest::newRow("JSON without CSL keys") << u"{\"name\": \"x\", \"version\": 2}"_s << QString();
    QTest::newRow("snapshot") << snapshotLine(u"0704.0001"_s, u"Mon, 2 Apr 2007 19:18:42 GMT"_s) << u"arxiv-jsonl"_s;
    QTest::newRow("snapshot without authors_parsed") << u"{\"id\":\"0704.0001\",\"categories\":\"hep-ph\",\"abstract\":\"A.\"}\n"_s << u"arxiv-jsonl"_s;
    QTest::newRow("arXiv feed") << atomFeed(atomEntry(u"http://arxiv.org/abs/2306.01234v1"_s, u"A. Author"_s)) << u"arxiv-atom"_s;
    QTest::newRow("another Atom feed") << u"<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title></feed>"_s << QString();
}

void TestReaders::recognition_picksTheFormatFromTheHead()
{
    QFETCH(QString, head);
    QFETCH(QString, format);
    const Format *recognised = recognizeFormat(head);
    // No format: JSON or XML of another kind is refused as such, not read as a daily list.
    if (format.isEmpty()) {
        QVERIFY2(!recognised, recognised ? recognised->name : "");
        return;
    }
    QVERIFY(recognised);
    QCOMPARE(QString::fromLatin1(recognised->name), format);
}

void TestReaders::realFiles_giveTheFactsReadByHand_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QJsonObject>("facts");
    const QDir expected(sharedImport() + u"/expected"_s);
    for (const auto &[folder, format] : sharedFolders()) {
        int rows = 0;
        for (const QString &name : expected.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QFile file(expected.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject facts = QJsonDocument::fromJson(file.readAll()).object();
            const QString input = facts.value(u"file"_s).toString();
            if (input.startsWith(folder + u'/') && QFile::exists(sharedImport() + u'/' + input)) {
                QTest::newRow(qPrintable(input)) << sharedImport() + u'/' + input << format << facts;
                ++rows;
            }
        }
        // A row that skips, so that a machine without the folder says so instead of passing in silence.
        if (rows == 0)
            QTest::newRow(qPrintable(folder + u" (missing)"_s)) << QString() << format << QJsonObject();
    }
}

void TestReaders::realFiles_giveTheFactsReadByHand()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(QJsonObject, facts);
    if (path.isEmpty())
        QSKIP("no real files of this format (with facts in expected/) in ../shared/data/import beside the repository; "
              "the golden cases cover the format");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    TextInput input(file, path);
    const Format *recognised = recognizeFormat(input.head());
    QVERIFY(recognised);
    QCOMPARE(QString::fromLatin1(recognised->name), format);

    const auto papers = readPapers(*recognised, file, path);
    if (facts.value(u"expect_error"_s).toBool()) {
        QVERIFY2(!papers, "a file that must be refused was read");
        QCOMPARE(papers.error().file, path);
        QVERIFY(papers.error().line > 0);
        if (facts.contains(u"expect_error_line"_s))
            QCOMPARE(papers.error().line, facts.value(u"expect_error_line"_s).toInt());
        return;
    }
    QVERIFY2(papers, qPrintable(papers ? QString() : papers.error().toString()));
    QCOMPARE(papers->size(), facts.value(u"records"_s).toInt());
    for (const QJsonValue &value : facts.value(u"samples"_s).toArray()) {
        const QJsonObject sample = value.toObject();
        const Paper *paper = sampleOf(*papers, sample);
        QVERIFY2(paper, QJsonDocument(sample).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(paper->title, sample.value(u"title"_s).toString());
        const QJsonValue family = sample.value(u"first_author_family"_s);
        QCOMPARE(paper->authors.isEmpty() ? QString() : paper->authors.first().familyName(), family.toString());
        if (sample.contains(u"authors_count"_s))
            QCOMPARE(paper->authors.size(), sample.value(u"authors_count"_s).toInt());
        QCOMPARE(yearOf(paper->published), sample.value(u"year"_s).toInt());
        if (sample.contains(u"month"_s))
            QCOMPARE(paper->published.mid(5, 2).toInt(), sample.value(u"month"_s).toInt());
        if (sample.contains(u"day"_s))
            QCOMPARE(paper->published.mid(8, 2).toInt(), sample.value(u"day"_s).toInt());
        QCOMPARE(paper->doi, sample.value(u"doi"_s).toString().toLower());
        if (sample.contains(u"arxiv"_s))
            QCOMPARE(paper->arxivId, sample.value(u"arxiv"_s).toString());
        if (sample.contains(u"arxiv_version"_s))
            QCOMPARE(extraField(*paper, u"arxiv_version"_s), sample.value(u"arxiv_version"_s).toString());
        if (sample.contains(u"journal"_s))
            QCOMPARE(paper->container, sample.value(u"journal"_s).toString());
        if (sample.contains(u"journal_ref"_s))
            QVERIFY(extraField(*paper, u"journal-ref"_s) == sample.value(u"journal_ref"_s).toString()
                    || extraField(*paper, u"journal_ref"_s) == sample.value(u"journal_ref"_s).toString());
        if (sample.contains(u"primary_category"_s))
            QCOMPARE(paper->arxivCategory, sample.value(u"primary_category"_s).toString());
        if (sample.contains(u"type"_s)) {
            const QString type = sample.value(u"type"_s).toString();
            QCOMPARE(paper->type, format == u"ris"_s ? EntryType::fromRis(type) : EntryType::fromCsl(type));
        }
        if (sample.value(u"first_author_is_literal"_s).toBool())
            QVERIFY(!paper->authors.first().literal.isEmpty());
        for (const char16_t *key : {u"season", u"circa"})
            if (sample.contains(QStringView(key)))
                QVERIFY(extraField(*paper, u"issued"_s).contains(QStringView(key)));
    }
}

QTEST_GUILESS_MAIN(TestReaders)
#include "tst_readers.moc"
