// Every export format read back by the programs people read it with — pandoc, Python's html.parser and csv module,
// and a RIS parser written here from the specification — for the fixtures in tests/data/export and a day's list
// imported into a real library (with a tag and a note added to each paper): every paper must come back with its
// title, its authors' family names, its year, DOI and arXiv id, its tags and its note. A program that is not
// installed skips its checks and says so; tools/setup-env puts pandoc and python3 in the build root.

#include "ExportFixture.h"

#include "export/ExportText.h"
#include "export/Exporter.h"
#include "import/FileImport.h"
#include "library/AnnotationStore.h"
#include "library/EntryType.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

struct ProgramRun
{
    int exitCode = -1; // -1: it did not start, crashed or took too long
    QByteArray out;
    QString err;
};

bool isInstalled(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ProgramRun run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return {exitCode, process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

ProgramRun pandoc(const QString &from, const QString &to, const QString &input)
{
    return run(QStringLiteral("pandoc"), {QStringLiteral("-f"), from, QStringLiteral("-t"), to}, input.toUtf8());
}

ProgramRun python(const char16_t *script, const QString &input)
{
    return run(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf16(script)}, input.toUtf8());
}

QString warnings(const ProgramRun &run)
{
    return run.err.isEmpty() ? QStringLiteral("none") : run.err.trimmed();
}

QJsonValue jsonOf(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// CSL text as the comparisons see it: whitespace runs made single spaces, and no quotation marks. In CSL's rich text
// straight quotes are markup, which citeproc reads as quotations and pandoc writes back as typographic quotes, nested
// by its own rules ("''a''" comes back as "‘“a”’").
QString withoutQuotes(const QString &text)
{
    static const QRegularExpression quotes(QStringLiteral("['\"‘’“”]"));
    return text.simplified().remove(quotes);
}

// "2502.01234v2" is version 2 of the paper "2502.01234".
QString withoutVersion(const QString &arxivId)
{
    static const QRegularExpression version(QStringLiteral("v[0-9]+$"));
    return QString(arxivId).remove(version);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// What a reader keeps of each author as the family name: the family name without its particle (pandoc splits "van"
// off as BibTeX does), or an organisation's whole name.
QStringList familyNames(const Paper &paper)
{
    QStringList names;
    for (const Person &person : paper.authors)
        names.append(person.literal.isEmpty() ? person.family : person.literal);
    return names;
}

QString exported(const char16_t *format, const QList<Paper> &papers)
{
    return exporterNamed(QStringView(format))->write(papers, ExportOptions::allFields());
}

// The paper each citation key belongs to, so that readers that reorder items can be checked item by item.
QHash<QString, qsizetype> indexByKey(const QList<Paper> &papers)
{
    QHash<QString, qsizetype> index;
    const QStringList keys = ExportText::citationKeys(papers);
    for (qsizetype i = 0; i < keys.size(); ++i)
        index.insert(keys[i], i);
    return index;
}

// One record of a RIS file, its fields in order.
struct RisRecord
{
    QList<std::pair<QString, QString>> fields;

    QStringList values(QStringView tag) const
    {
        QStringList result;
        for (const auto &[name, value] : fields)
            if (name == tag)
                result.append(value);
        return result;
    }
};

// RIS as the specification has it, read with nothing of Lectern's: every line ends in CR LF and is "XY  - value"
// (two characters, two spaces, a dash, a space), a record runs from TY to ER, and only blank lines come between
// records. The first line that breaks a rule is the error.
QList<RisRecord> parseRis(const QString &text, QString *error)
{
    static const QRegularExpression fieldLine(QStringLiteral("^([A-Z][A-Z0-9])  - (.*)$"));
    QList<RisRecord> records;
    std::optional<RisRecord> open;
    if (!text.endsWith(QStringLiteral("\r\n")))
        *error = QStringLiteral("the file does not end with CR LF");
    QStringList lines = text.split(QStringLiteral("\r\n"));
    lines.removeLast();
    for (qsizetype i = 0; i < lines.size() && error->isEmpty(); ++i) {
        const QString &line = lines[i];
        const auto match = fieldLine.match(line);
        const QString where = QStringLiteral("line %1 \"%2\": ").arg(i + 1).arg(line);
        if (line.contains(u'\n') || line.contains(u'\r'))
            *error = where + QStringLiteral("a line break that is not CR LF");
        else if (line.isEmpty() && !open)
            continue;
        else if (!match.hasMatch())
            *error = where + QStringLiteral("not a field line");
        else if ((match.captured(1) == u"TY") == open.has_value())
            *error = where + (open ? QStringLiteral("TY inside a record") : QStringLiteral("a field outside a record"));
        else if (match.captured(1) == u"ER") {
            records.append(*open);
            open.reset();
        } else {
            if (!open)
                open.emplace();
            open->fields.append({match.captured(1), match.captured(2)});
        }
    }
    if (open && error->isEmpty())
        *error = QStringLiteral("the last record has no ER");
    return records;
}

// The text of pandoc's JSON for a list of blocks or inlines, words separated by spaces.
void collectText(const QJsonValue &value, QString &text)
{
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collectText(item, text);
        return;
    }
    if (value.isString()) {
        text += value.toString() + u' ';
        return;
    }
    const QJsonObject object = value.toObject();
    const QString type = object.value(u"t").toString();
    const QJsonValue content = object.value(u"c");
    if (type == u"Str")
        text += content.toString();
    else if (type == u"Space" || type == u"SoftBreak" || type == u"LineBreak")
        text += u' ';
    else if (type == u"Code" || type == u"CodeBlock" || type == u"Math")
        text += content[1].toString() + u' ';
    else if (type == u"Header" || type == u"Quoted" || type == u"Link") // their text, not their level, kind or target
        collectText(type == u"Header" ? content[2] : content[1], text);
    else if (!content.isUndefined())
        collectText(content, text);
}

QString textOf(const QJsonValue &value)
{
    QString text;
    collectText(value, text);
    return text.simplified();
}

void collectRawHtml(const QJsonValue &value, QStringList &raw)
{
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            collectRawHtml(item, raw);
    } else if (value.isObject()) {
        const QString type = value[u"t"].toString();
        if (type == u"RawInline" || type == u"RawBlock")
            raw.append(value[u"c"][1].toString());
        collectRawHtml(value[u"c"], raw);
    }
}

// The top-level headings of a level in pandoc's JSON, each with the blocks under it up to the next.
struct Section
{
    QString heading;
    QJsonArray blocks;
};

QList<Section> sections(const QJsonArray &blocks, int level)
{
    QList<Section> result;
    for (const QJsonValue block : blocks) {
        const bool heading = block[u"t"].toString() == u"Header" && block[u"c"][0].toInt() == level;
        if (heading)
            result.append({textOf(block), {}});
        else if (!result.isEmpty())
            result.last().blocks.append(block);
    }
    return result;
}

// Python's html.parser over an HTML page: the script elements it finds, the page's language, and for each <article> the text of its <h2>,
// its .authors, its .tag spans and its .note-text, as a browser would show them.
constexpr auto HtmlReport = uR"PY(
import html.parser, json, sys
class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts = 0; self.lang = None; self.articles = []; self.field = None
    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get('class') or '').split()
        if tag == 'script': self.scripts += 1
        if tag == 'html': self.lang = dict(attrs).get('lang')
        if tag == 'article': self.articles.append({'title': '', 'authors': '', 'tags': [], 'note': ''})
        elif tag == 'h2' and self.articles: self.field = 'title'
        elif 'authors' in classes: self.field = 'authors'
        elif 'tag' in classes: self.articles[-1]['tags'].append(''); self.field = 'tag'
        elif 'note-text' in classes: self.field = 'note'
    def handle_endtag(self, tag):
        if tag in ('h2', 'p', 'span', 'div'): self.field = None
    def handle_data(self, data):
        if self.field == 'tag': self.articles[-1]['tags'][-1] += data
        elif self.field: self.articles[-1][self.field] += data
page = Page()
page.feed(sys.stdin.buffer.read().decode('utf-8'))
page.close()
print(json.dumps({'scripts': page.scripts, 'lang': page.lang, 'articles': page.articles}))
)PY";

// html.parser over an OPML file, then over each text and _note as the HTML OPML 2.0 lets them hold: the elements
// found in the file and in the values, and each outline's text and note as the reader shows them.
constexpr auto OpmlReport = uR"PY(
import html.parser, json, sys
class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []; self.text = ''
    def handle_starttag(self, tag, attrs): self.tags.append(tag)
    def handle_data(self, data): self.text += data
def shown(value):
    text = Text(); text.feed(value); text.close(); return text
class Outline(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts = 0; self.tagsInValues = []; self.outlines = []
    def handle_starttag(self, tag, attrs):
        if tag == 'script': self.scripts += 1
        if tag != 'outline': return
        values = dict(attrs)
        text, note = shown(values.get('text') or ''), shown(values.get('_note') or '')
        self.tagsInValues += text.tags + note.tags
        self.outlines.append({'text': text.text, 'note': note.text})
outline = Outline()
outline.feed(sys.stdin.buffer.read().decode('utf-8'))
outline.close()
print(json.dumps({'scripts': outline.scripts, 'tagsInValues': outline.tagsInValues, 'outlines': outline.outlines}))
)PY";

// Python's csv module, as a spreadsheet's import would split the rows: each row as a dictionary of its columns.
constexpr auto CsvRows = uR"PY(
import csv, io, json, sys
rows = list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8'), newline='')))
print(json.dumps(rows))
)PY";

} // namespace

class TestFormatConsumers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void ris_readsBackInAParserOfTheSpecification_data() { addFixtureRows(); }
    void ris_readsBackInAParserOfTheSpecification();
    void ris_readsBackInPandoc_data() { addFixtureRows(); }
    void ris_readsBackInPandoc();
    void cslJson_readsBackInPandoc_data() { addFixtureRows(); }
    void cslJson_readsBackInPandoc();
    void markdown_hasOneSectionPerPaperInPandoc_data();
    void markdown_hasOneSectionPerPaperInPandoc();
    void opml_showsItsTextAsTextInPandoc_data() { addFixtureRows(); }
    void opml_showsItsTextAsTextInPandoc();
    void opml_holdsNoMarkupForAnHtmlParser_data() { addFixtureRows(); }
    void opml_holdsNoMarkupForAnHtmlParser();
    void html_showsEveryPaperAsTextToAnHtmlParser_data() { addFixtureRows(); }
    void html_showsEveryPaperAsTextToAnHtmlParser();
    void csv_readsBackInPythonsCsvModule_data() { addFixtureRows(); }
    void csv_readsBackInPythonsCsvModule();
    void risAndCslJson_readBackInLecternsOwnReaders_data();
    void risAndCslJson_readBackInLecternsOwnReaders();

private:
    static void addFixtureRows();
    QList<Paper> importedDailyList(const QString &path);
    // The papers of the row's fixture; none when it is not there (the shared daily list lives beside the repository).
    const QList<Paper> *rowPapers();
    void checkCslItems(const QJsonArray &items, const QList<Paper> &papers, bool withNotes);

    QTemporaryDir m_dir;
    int m_libraries = 0; // made in m_dir so far
    QHash<QString, QList<Paper>> m_fixtures;
};

namespace {

const QString SharedDailyList = QStringLiteral(LECTERN_SHARED_DATA "/daily-papers.txt");
constexpr const char *NoSharedList =
    "no ../shared/data/daily-papers.txt beside the repository: the real day's list is not checked";
constexpr const char *NoPandoc = "pandoc is not installed (tools/setup-env puts it in the build root): not checked";
constexpr const char *NoPython = "python3 is not installed (tools/setup-env puts it in the build root): not checked";

} // namespace

void TestFormatConsumers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"papers.json", "hostile.json"}) {
        const QString fixture = QString::fromLatin1(name);
        m_fixtures.insert(fixture, TestKit::exportFixture(fixture));
        QVERIFY2(!m_fixtures[fixture].isEmpty(), name);
    }
    const QString dailyList = TestKit::exportDataPath(QStringLiteral("daily-papers.txt"));
    m_fixtures.insert(QStringLiteral("daily-papers.txt"), importedDailyList(dailyList));
    QVERIFY(!m_fixtures[QStringLiteral("daily-papers.txt")].isEmpty());
    if (QFile::exists(SharedDailyList)) {
        m_fixtures.insert(QStringLiteral("shared daily list"), importedDailyList(SharedDailyList));
        QVERIFY(!m_fixtures[QStringLiteral("shared daily list")].isEmpty());
    }
}

void TestFormatConsumers::addFixtureRows()
{
    QTest::addColumn<QString>("fixture");
    for (const char *name : {"papers.json", "hostile.json", "daily-papers.txt", "shared daily list"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

// The list imported through the real importer into a library of its own, then tagged and annotated as a reader
// would, with notes that try everything the hostile fixture does, and read back from the library.
QList<Paper> TestFormatConsumers::importedDailyList(const QString &path)
{
    // A library of its own for each list: the two daily lists share papers.
    auto library = Library::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_libraries)));
    if (!library)
        return {};
    const auto imported = importFile(**library, path);
    if (!imported)
        return {};
    const QList<qint64> ids = imported->added.addedIds;
    qInfo("%s: %lld papers imported, %lld duplicates left out", qPrintable(path), qlonglong(ids.size()),
          qlonglong(imported->added.duplicates.size()));
    if (!TagStore(**library).edit(ids, {QStringLiteral("daily/jun-13"), QStringLiteral("tag with space")}))
        return {};
    QList<Paper> papers;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString note = QStringLiteral("# Read %1\n\nsee the appendix }, author = \"Mallory Evil\", "
                                            "<script>alert(%1)</script>\n\n```\nunclosed <b>fence</b>")
                                 .arg(i + 1);
        if (!AnnotationStore(**library).setNote(ids[i], note))
            return {};
        if (const auto paper = PaperStore(**library).paper(ids[i]))
            papers.append(*paper);
    }
    return papers;
}

const QList<Paper> *TestFormatConsumers::rowPapers()
{
    QFETCH(QString, fixture);
    const auto found = m_fixtures.constFind(fixture);
    return found == m_fixtures.constEnd() ? nullptr : &*found;
}

void TestFormatConsumers::ris_readsBackInAParserOfTheSpecification()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    QString error;
    const QList<RisRecord> records = parseRis(exported(u"ris", papers), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), papers.size());
    QStringList ids;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers[i];
        const RisRecord &record = records[i];
        QCOMPARE(record.fields.first().first, QStringLiteral("TY"));
        QCOMPARE(record.values(u"TY"), QStringList{EntryType::toRis(ExportText::entryType(paper))});
        QCOMPARE(record.values(u"TI"), QStringList{paper.title.simplified()});
        QStringList families;
        for (const QString &author : record.values(u"AU"))
            families.append(author.section(u',', 0, 0));
        QStringList expected;
        for (const Person &person : paper.authors)
            expected.append(person.literal.isEmpty() ? person.familyName() : person.literal);
        QCOMPARE(families, expected);
        QCOMPARE(record.values(u"PY").join(u' '), ExportText::year(paper));
        QCOMPARE(record.values(u"DO"), paper.doi.isEmpty() ? QStringList() : QStringList{paper.doi});
        if (!paper.arxivId.isEmpty())
            QVERIFY(record.values(u"UR").contains(ExportText::arxivUrl(paper.arxivId)));
        QCOMPARE(record.values(u"KW"), paper.tags);
        QCOMPARE(record.values(u"N1").join(u' '), paper.note.simplified());
        QCOMPARE(record.values(u"ID").size(), 1);
        ids.append(record.values(u"ID").first());
    }
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), papers.size());
    qInfo("%lld records read back whole", qlonglong(records.size()));
}

// A CSL item as pandoc writes it, against the paper it was exported from.
void TestFormatConsumers::checkCslItems(const QJsonArray &items, const QList<Paper> &papers, bool withNotes)
{
    QCOMPARE(items.size(), papers.size());
    const QHash<QString, qsizetype> index = indexByKey(papers);
    for (const QJsonValue item : items) {
        const QString id = item[u"id"].toString();
        QVERIFY2(index.contains(id), qPrintable(id));
        const Paper &paper = papers[index[id]];
        QCOMPARE(withoutQuotes(item[u"title"].toString()), withoutQuotes(paper.title));
        QStringList families;
        for (const QJsonValue author : item[u"author"].toArray())
            families.append(author[u"literal"].toString() + author[u"family"].toString());
        QCOMPARE(families, familyNames(paper));
        const QString year = ExportText::year(paper);
        QCOMPARE(item[u"issued"][u"date-parts"][0][0].toVariant().toString(), year.isEmpty() ? QString() : year);
        QCOMPARE(item[u"DOI"].toString(), paper.doi);
        QVERIFY(item[u"URL"].toString().contains(paper.arxivId));
        const QString keywords = item[u"keyword"].toString();
        QCOMPARE(sorted(keywords.split(QStringLiteral(", "), Qt::SkipEmptyParts)), sorted(paper.tags));
        if (withNotes)
            QCOMPARE(withoutQuotes(item[u"note"].toString()), withoutQuotes(paper.note));
    }
}

void TestFormatConsumers::ris_readsBackInPandoc()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("pandoc")))
        QSKIP(NoPandoc);
    if (!run(QStringLiteral("pandoc"), {QStringLiteral("--list-input-formats")}, {}).out.contains("ris\n"))
        QSKIP("this pandoc has no RIS reader (pandoc 3 has one)");
    const ProgramRun converted = pandoc(QStringLiteral("ris"), QStringLiteral("csljson"), exported(u"ris", papers));
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    // pandoc's RIS reader has no place for N1, the note.
    checkCslItems(jsonOf(converted.out).toArray(), papers, false);
    if (!QTest::currentTestFailed())
        qInfo("pandoc read back %lld items; warnings: %s", qlonglong(papers.size()), qPrintable(warnings(converted)));
}

void TestFormatConsumers::cslJson_readsBackInPandoc()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("pandoc")))
        QSKIP(NoPandoc);
    const QString csl = exported(u"csljson", papers);
    const ProgramRun converted = pandoc(QStringLiteral("csljson"), QStringLiteral("csljson"), csl);
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    checkCslItems(jsonOf(converted.out).toArray(), papers, true);
    if (!QTest::currentTestFailed())
        qInfo("pandoc read back %lld items; warnings: %s", qlonglong(papers.size()), qPrintable(warnings(converted)));
}

void TestFormatConsumers::markdown_hasOneSectionPerPaperInPandoc_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("dialect");
    for (const char *name : {"papers.json", "hostile.json", "daily-papers.txt", "shared daily list"})
        for (const char *dialect : {"gfm", "commonmark"})
            QTest::addRow("%s, %s", name, dialect) << QString::fromLatin1(name) << QString::fromLatin1(dialect);
}

// One level-2 heading per paper, in order, each with its own details and note under it, and no raw HTML anywhere.
void TestFormatConsumers::markdown_hasOneSectionPerPaperInPandoc()
{
    QFETCH(QString, dialect);
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("pandoc")))
        QSKIP(NoPandoc);
    const ProgramRun converted = pandoc(dialect, QStringLiteral("json"), exported(u"md", papers));
    QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    const QJsonArray blocks = jsonOf(converted.out)[u"blocks"].toArray();
    QStringList raw;
    collectRawHtml(blocks, raw);
    QVERIFY2(raw.isEmpty(), qPrintable(raw.join(QStringLiteral(" | "))));
    const QList<Section> papersRead = sections(blocks, 2);
    QCOMPARE(papersRead.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers[i];
        QCOMPARE(papersRead[i].heading, paper.title.simplified());
        const QString text = textOf(papersRead[i].blocks);
        const QStringList identifiers{paper.doi, paper.arxivId, ExportText::year(paper)};
        for (const QString &part : paper.authorNames() + paper.tags + identifiers)
            QVERIFY2(text.contains(part.simplified()), qPrintable(part + QStringLiteral(" is not in: ") + text));
        const QList<Section> subsections = sections(papersRead[i].blocks, 3);
        const bool noteRead = !subsections.isEmpty() && subsections.last().heading == u"Note";
        QCOMPARE(noteRead, !paper.note.trimmed().isEmpty());
    }
    qInfo("%lld papers, each under its own heading; no raw HTML", qlonglong(papers.size()));
}

// What pandoc makes of the OPML: no HTML element that it did not get as text, and the papers' titles as written.
// pandoc reads OPML with its Markdown extensions, which take "--" for a dash (smart), "$x$" for math and "\\word" for
// TeX in text as well; the titles are compared with those turned off.
void TestFormatConsumers::opml_showsItsTextAsTextInPandoc()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("pandoc")))
        QSKIP(NoPandoc);
    const QString opml = exported(u"opml", papers);
    const ProgramRun html = pandoc(QStringLiteral("opml"), QStringLiteral("html"), opml);
    QVERIFY2(html.exitCode == 0, qPrintable(html.err));
    QVERIFY2(!html.out.contains("<script"), html.out.constData());
    const ProgramRun json = pandoc(QStringLiteral("opml-smart-tex_math_dollars-raw_tex"), QStringLiteral("json"), opml);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonArray blocks = jsonOf(json.out)[u"blocks"].toArray();
    QStringList raw;
    collectRawHtml(blocks, raw);
    for (const QString &markup : raw) // the _note is Markdown to pandoc: a backslash before a word is TeX to it
        QVERIFY2(!markup.contains(u'<'), qPrintable(markup));
    // pandoc reads a _note as Markdown, so a note's own "# Heading" is a heading of the top level too: the papers'
    // titles are found in order among them.
    qsizetype titles = 0;
    for (const Section &outline : sections(blocks, 1))
        if (titles < papers.size() && outline.heading == papers[titles].title.simplified())
            ++titles;
    QVERIFY2(titles == papers.size(),
             qPrintable(QStringLiteral("the title of paper %1 is not a heading").arg(titles + 1)));
    qInfo("%lld papers' titles as written; no script element", qlonglong(papers.size()));
}

void TestFormatConsumers::opml_holdsNoMarkupForAnHtmlParser()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("python3")))
        QSKIP(NoPython);
    const ProgramRun parsed = python(OpmlReport, exported(u"opml", papers));
    QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.err));
    const QJsonValue report = jsonOf(parsed.out);
    QCOMPARE(report[u"scripts"].toInt(), 0);
    QCOMPARE(report[u"tagsInValues"].toArray(), QJsonArray());
    QStringList texts;
    QStringList notes;
    for (const QJsonValue outline : report[u"outlines"].toArray()) {
        texts.append(outline[u"text"].toString());
        notes.append(outline[u"note"].toString());
    }
    for (const Paper &paper : papers) {
        QVERIFY2(texts.contains(paper.title.simplified()), qPrintable(paper.title));
        if (!paper.authors.isEmpty())
            QVERIFY(texts.contains(QStringLiteral("Authors: ") + paper.authorNames().join(QStringLiteral(", "))));
        if (!paper.tags.isEmpty())
            QVERIFY(texts.contains(QStringLiteral("Tags: ") + paper.tags.join(QStringLiteral(", "))));
        if (!paper.note.trimmed().isEmpty())
            QVERIFY2(notes.contains(paper.note.trimmed()), qPrintable(paper.note));
    }
    qInfo("%lld outlines, text and notes as written; no element in any", qlonglong(texts.size()));
}

void TestFormatConsumers::html_showsEveryPaperAsTextToAnHtmlParser()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("python3")))
        QSKIP(NoPython);
    const ProgramRun parsed = python(HtmlReport, exported(u"html", papers));
    QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.err));
    const QJsonValue report = jsonOf(parsed.out);
    QCOMPARE(report[u"scripts"].toInt(), 0);
    QCOMPARE(report[u"lang"].toString(), QStringLiteral("en"));
    const QJsonArray articles = report[u"articles"].toArray();
    QCOMPARE(articles.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers[i];
        const QJsonValue article = articles[i];
        QCOMPARE(article[u"title"].toString(), paper.title.simplified());
        QCOMPARE(article[u"authors"].toString(), paper.authorNames().join(QStringLiteral(", ")));
        QCOMPARE(article[u"tags"].toVariant().toStringList(), paper.tags);
        QCOMPARE(article[u"note"].toString(), paper.note.trimmed());
    }
    qInfo("%lld articles read back whole; no script element", qlonglong(articles.size()));
}

void TestFormatConsumers::csv_readsBackInPythonsCsvModule()
{
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    if (!isInstalled(QStringLiteral("python3")))
        QSKIP(NoPython);
    const ProgramRun parsed = python(CsvRows, exported(u"csv", papers));
    QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.err));
    const QJsonArray rows = jsonOf(parsed.out).toArray();
    QCOMPARE(rows.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers[i];
        const QJsonValue row = rows[i];
        QCOMPARE(row[u"title"].toString(), paper.title);
        QCOMPARE(row[u"authors"].toString(), paper.authorNames().join(QStringLiteral("; ")));
        QCOMPARE(row[u"published"].toString(), paper.published);
        QCOMPARE(row[u"doi"].toString(), paper.doi);
        QCOMPARE(row[u"arxiv_id"].toString(), paper.arxivId);
        QCOMPARE(row[u"tags"].toString().split(QStringLiteral("; "), Qt::SkipEmptyParts), paper.tags);
        QCOMPARE(row[u"notes"].toString(), paper.note);
    }
    qInfo("%lld rows read back whole", qlonglong(rows.size()));
}

void TestFormatConsumers::risAndCslJson_readBackInLecternsOwnReaders_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("format");
    for (const char *name : {"papers.json", "hostile.json", "daily-papers.txt", "shared daily list"})
        for (const char *format : {"ris", "csljson"})
            QTest::addRow("%s, %s", name, format) << QString::fromLatin1(name) << QString::fromLatin1(format);
}

// Lectern reads what it wrote into a new library as it would another program's file: every bibliographic field the
// format has a place for comes back, names with their particles, suffixes and organisations.
void TestFormatConsumers::risAndCslJson_readBackInLecternsOwnReaders()
{
    QFETCH(QString, format);
    const QList<Paper> *found = rowPapers();
    if (!found)
        QSKIP(NoSharedList);
    const QList<Paper> &papers = *found;
    auto library = Library::open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_libraries)));
    QVERIFY(library);
    const QString text = exporterNamed(format)->write(papers, ExportOptions::allFields());
    const auto imported = importText(**library, text, QStringLiteral("export.") + format);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->format, format);
    const QList<qint64> ids = imported->added.addedIds;
    QCOMPARE(ids.size(), papers.size());
    const QStringList keys = ExportText::citationKeys(papers);
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper &paper = papers[i];
        const std::optional<Paper> read = PaperStore(**library).paper(ids[i]);
        QVERIFY(read);
        QCOMPARE(read->title, paper.title.simplified());
        QCOMPARE(read->type, ExportText::entryType(paper));
        QCOMPARE(read->citationKey, keys[i]);
        QCOMPARE(read->authorNames(), paper.authorNames());
        QCOMPARE(displayNames(read->editors), displayNames(paper.editors));
        QCOMPARE(ExportText::dateParts(*read), ExportText::dateParts(paper));
        QCOMPARE(read->doi, paper.doi);
        QCOMPARE(read->arxivId, withoutVersion(paper.arxivId)); // Lectern's readers keep an arXiv id without it
        for (const auto member : {&Paper::container, &Paper::volume, &Paper::issue, &Paper::publisher, &Paper::isbn,
                                  &Paper::issn, &Paper::language})
            QCOMPARE((*read).*member, paper.*member);
        QCOMPARE(ExportText::pageRange(read->pages).first, ExportText::pageRange(paper.pages).first);
        QCOMPARE(ExportText::pageRange(read->pages).last, ExportText::pageRange(paper.pages).last);
        QCOMPARE(sorted(read->tags), sorted(paper.tags)); // the library keeps them in its own order
        // RIS has no line breaks in a field; CSL's note keeps them.
        QCOMPARE(format == u"ris" ? read->note : read->note.simplified(), paper.note.simplified());
    }
    qInfo("%lld papers read back whole", qlonglong(ids.size()));
}

QTEST_GUILESS_MAIN(TestFormatConsumers)
#include "tst_formatconsumers.moc"
