// Our BibTeX through the programs that read it: BibTeX 0.99d with plain.bst, biber (biblatex's backend) and
// pandoc. A real library (the day's list imported through the real importer, and papers written to break a
// writer: stray braces, a note that tries to add fields, TeX ligatures and specials, non-ASCII, markup) is
// exported as the window and `lectern export` do, and each program must read every paper back whole.

#include "ExportFixture.h"
#include "export/BibTexExporter.h"
#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "import/FileImport.h"
#include "import/PaperReader.h"
#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

struct Hostile
{
    QString title;
    QStringList authors;
    QString abstract;
    QString note;
    QStringList tags;
};

// What the issue saw break BibTeX and biber, and what else a writer gets wrong.
const QList<Hostile> &hostilePapers()
{
    static const QList<Hostile> papers{
        {u"ASID: Active Exploration of PDEs"_s, {u"Eric von Hippel"_s, u"Sherry, Jr., John F."_s},
         u"... Aligned Rotational Position Encoding} to the {Firstly, we show"_s,
         u"see the appendix }, author = \"Mallory Evil\", howpublished = \"pwned\", x = {"_s, {u"pde"_s, u"ml/theory"_s}},
        {u"A Micro Lie Theory -- for ``State'' Estimation"_s, {u"Joan Solà"_s, u"Łukasiewicz, Jan"_s},
         u"Run it with --D 128 --arch x86 and ''quote'' it: `tick`, !` and ?`."_s,
         u"Costs ~5% & $3 #1 under_score ^ hat \\ backslash | bar <script>alert(1)</script>"_s, {u"robotics"_s}},
        {u"Schrödinger's Cat and 日本語 Text"_s, {u"Erwin Schrödinger"_s},
         u"Accents: é à ö ß ø – and emoji 😀."_s, u"{balanced {braces}} stay"_s, {u"physics/quantum"_s}},
        {u"<b>Bold</b> & \"Quoted\" Title {with braces}"_s, {}, u"No authors, no year."_s, u"@misc{evil, title={x}}"_s,
         {u"markup test"_s}},
    };
    return papers;
}

QString findProgram(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

Run run(const QString &program, const QStringList &arguments, const QString &folder)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {-1, u"did not finish: "_s + process.errorString()};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

// How pandoc prints TeX it reads: quotes typographically, whatever separates them (`{}` and '{}' become “ and ”,
// which LaTeX would print as two single quotes), and without \textbraceleft/right (the only brace BibTeX lets a
// lone brace be). A text compares with every run of quotes as one ' and those braces gone.
QString asPandocReads(QString text)
{
    static const QRegularExpression quotes(QStringLiteral("[`'\"‘’“”]+"));
    return text.replace(quotes, QStringLiteral("'")).simplified();
}

QString withoutLoneBraces(const QString &text)
{
    QList<qsizetype> open;
    QList<bool> keep(text.size(), true);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'{') {
            open.append(i);
            keep[i] = false;
        } else if (text[i] == u'}') {
            if (open.isEmpty()) {
                keep[i] = false;
            } else {
                keep[open.takeLast()] = true;
            }
        }
    }
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (keep[i])
            result += text[i];
    return result;
}

} // namespace

class TestBibtexConsumers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void bibtex_readsEveryEntryWithoutAnError_data();
    void bibtex_readsEveryEntryWithoutAnError();
    void biber_readsEveryEntryAndField_data();
    void biber_readsEveryEntryAndField();
    void pandoc_keepsEveryTitleAuthorAndNote();

private:
    void addFormats();
    QString exportTo(const QString &name, bool latexAscii);

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QList<Paper> m_papers;
};

void TestBibtexConsumers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto library = Library::open(m_dir.filePath(u"lib.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    const auto imported = importFile(*m_library, QStringLiteral(LECTERN_TEST_DATA "/export/daily-papers.txt"));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().toString()));
    // The real day's list of 75 abstracts (two with a stray brace) when ../shared is beside the project.
    const QString realDay = QStringLiteral(LECTERN_SHARED_DATA "/daily-papers.txt");
    if (QFile::exists(realDay))
        QVERIFY(importFile(*m_library, realDay));
    else
        qInfo("%s is not there: only the project's own fixtures are exported", qPrintable(realDay));
    // And the fixture every format's consumers read: types, containers, particles, suffixes, organisations.
    QList<Paper> fixture = TestKit::exportFixture(u"hostile.json"_s);
    QVERIFY(!fixture.isEmpty());
    for (Paper &paper : fixture)
        paper.highlights.clear(); // the fixture's give only quotes; BibTeX has no place for them anyway
    const auto stored = PaperStore(*m_library).add(fixture, u"hostile.json"_s, u"test"_s);
    QVERIFY2(stored, stored ? "" : qPrintable(stored.error().toString()));
    QCOMPARE(stored->added, int(fixture.size()));
    for (const Hostile &hostile : hostilePapers()) {
        Paper paper;
        paper.title = hostile.title;
        for (const QString &author : hostile.authors)
            paper.authors.append(Person::fromText(author));
        paper.abstract = hostile.abstract;
        paper.published = u"2024-03-05"_s;
        const auto added = PaperStore(*m_library).add({paper}, u"hostile"_s, u"test"_s);
        QVERIFY(added && added->added == 1);
        const qint64 id = added->addedIds.first();
        QVERIFY(AnnotationStore(*m_library).setNote(id, hostile.note));
        QVERIFY(TagStore(*m_library).edit({id}, hostile.tags));
    }
    m_papers = papersForExport(*m_library, PaperStore(*m_library).ids());
    QVERIFY(m_papers.size() > 8);
}

QString TestBibtexConsumers::exportTo(const QString &name, bool latexAscii)
{
    ExportOptions options = ExportOptions::allFields();
    options.latexAscii = latexAscii;
    const QString path = m_dir.filePath(name);
    if (!writeExportFile(path, BibTexExporter().write(m_papers, options)))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestBibtexConsumers::addFormats()
{
    QTest::addColumn<bool>("latexAscii");
    QTest::newRow("UTF-8") << false;
    QTest::newRow("LaTeX ASCII") << true;
}

void TestBibtexConsumers::bibtex_readsEveryEntryWithoutAnError_data()
{
    addFormats();
}

void TestBibtexConsumers::bibtex_readsEveryEntryWithoutAnError()
{
    QFETCH(bool, latexAscii);
    const QString bibtex = findProgram(u"bibtex"_s);
    if (bibtex.isEmpty())
        QSKIP("bibtex is not installed (Debian: texlive-binaries; tools/setup-env installs it in the build root)");
    const QString base = latexAscii ? u"ascii"_s : u"utf8"_s;
    exportTo(base + u".bib"_s, latexAscii);
    QFile aux(m_dir.filePath(base + u".aux"_s));
    QVERIFY(aux.open(QIODevice::WriteOnly));
    aux.write("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{" + base.toUtf8() + "}\n");
    aux.close();
    const Run result = run(bibtex, {base}, m_dir.path());
    // BibTeX's exit code is 1 for warnings (a paper without a year), 2 and more for errors.
    QVERIFY2(result.exitCode == 0 || result.exitCode == 1, qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"error message"_s), qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"I was expecting"_s), qPrintable(result.output));
    // A type without its required field prints a bare reference (an @article without a journal).
    QVERIFY2(!result.output.contains(u"empty journal"_s), qPrintable(result.output));
    QFile bbl(m_dir.filePath(base + u".bbl"_s));
    QVERIFY(bbl.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(bbl.readAll());
    QCOMPARE(written.count(u"\\bibitem{"_s), m_papers.size());
    for (const QString &key : ExportText::citationKeys(m_papers))
        QVERIFY2(written.contains(u"\\bibitem{"_s + key + u'}'), qPrintable(key));
}

void TestBibtexConsumers::biber_readsEveryEntryAndField_data()
{
    addFormats();
}

// biber --tool parses the file as biblatex does and writes back what it read; Lectern's BibTeX reader then
// reads biber's file, so every field is compared with what was exported.
void TestBibtexConsumers::biber_readsEveryEntryAndField()
{
    QFETCH(bool, latexAscii);
    const QString biber = findProgram(u"biber"_s);
    if (biber.isEmpty())
        QSKIP("biber is not installed (Debian: biber; tools/setup-env installs it in the build root)");
    const QString base = latexAscii ? u"biber-ascii"_s : u"biber-utf8"_s;
    const QString input = exportTo(base + u".bib"_s, latexAscii);
    const QString output = m_dir.filePath(base + u"-out.bib"_s);
    const Run result = run(biber, {u"--tool"_s, u"--quiet"_s, u"--output-file="_s + output, input}, m_dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QVERIFY2(!result.output.contains(u"ERROR"_s), qPrintable(result.output));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto read = readPapers(*formatNamed(u"bibtex"), file, output);
    QVERIFY2(read, read ? "" : qPrintable(read.error().toString()));
    QCOMPARE(read->size(), m_papers.size());
    QHash<QString, Paper> byKey;
    for (const Paper &paper : *read)
        byKey.insert(paper.citationKey, paper);
    for (const Paper &exported : m_papers) {
        QVERIFY2(byKey.contains(exported.citationKey), qPrintable(exported.citationKey));
        const Paper &back = byKey[exported.citationKey];
        QCOMPARE(back.title, exported.title.simplified());
        QCOMPARE(back.authorNames(), exported.authorNames());
        QCOMPARE(ExportText::year(back), ExportText::year(exported));
        QCOMPARE(back.arxivId, exported.arxivId);
        QCOMPARE(back.doi, exported.doi);
        QCOMPARE(back.tags, exported.tags);
        QCOMPARE(back.note.simplified(), exported.note.simplified());
        QCOMPARE(back.abstract.simplified(), exported.abstract.simplified());
        for (const ExtraField &field : back.extraFields) // the note's injected fields stayed in the note
            QVERIFY2(field.name != u"howpublished" && field.name != u"x", qPrintable(field.name));
    }
}

void TestBibtexConsumers::pandoc_keepsEveryTitleAuthorAndNote()
{
    const QString pandoc = findProgram(u"pandoc"_s);
    if (pandoc.isEmpty())
        QSKIP("pandoc is not installed (Debian: pandoc; tools/setup-env installs it in the build root)");
    const QString input = exportTo(u"pandoc.bib"_s, false);
    const Run result = run(pandoc, {u"-f"_s, u"bibtex"_s, u"-t"_s, u"csljson"_s, input}, m_dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.output));
    QJsonParseError error;
    const QJsonArray items = QJsonDocument::fromJson(result.output.toUtf8(), &error).array();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.output.left(2000)));
    QCOMPARE(items.size(), m_papers.size());
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &item : items)
        byId.insert(item[u"id"].toString(), item.toObject());
    const QStringList keys = ExportText::citationKeys(m_papers);
    for (qsizetype i = 0; i < m_papers.size(); ++i) {
        const Paper &paper = m_papers[i];
        QVERIFY2(byId.contains(keys[i]), qPrintable(keys[i]));
        const QJsonObject item = byId[keys[i]];
        QCOMPARE(asPandocReads(item[u"title"].toString()), asPandocReads(withoutLoneBraces(paper.title)));
        QStringList families;
        for (const QJsonValue &author : item[u"author"].toArray())
            families.append(author[u"literal"].toString() + author[u"non-dropping-particle"].toString()
                            + author[u"dropping-particle"].toString() + author[u"family"].toString());
        QStringList expected;
        for (const Person &person : paper.authors)
            expected.append(QString(person.literal + person.particle + person.family).remove(u' '));
        for (QString &family : families)
            family.remove(u' ');
        QCOMPARE(families, expected);
        const QString year = ExportText::year(paper);
        if (!year.isEmpty())
            QCOMPARE(QString::number(item[u"issued"][u"date-parts"][0][0].toInt()), year);
        QCOMPARE(item[u"DOI"].toString(), paper.doi);
        QCOMPARE(item[u"keyword"].toString(), paper.tags.join(u", "_s));
        QCOMPARE(asPandocReads(item[u"annote"].toString()), asPandocReads(withoutLoneBraces(paper.note)));
        QVERIFY(!item.contains(u"howpublished"_s)); // the note's injection stayed text
    }
}

QTEST_GUILESS_MAIN(TestBibtexConsumers)
#include "tst_bibtexconsumers.moc"
