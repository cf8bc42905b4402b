// Which reader an import uses: the one the content is (never the name), or the one ImportOptions::format forces. An
// empty input, a format that does not exist and an input of another format than the one forced are each a clear
// error that names the input, and change nothing.

#include "import/FileImport.h"
#include "library/Library.h"
#include "library/PaperStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

const QString Ris = u"TY  - JOUR\nTI  - A record\nAU  - Doe, Jane\nPY  - 2020\nER  - \n"_s;
const QString Bibtex = u"@article{doe2020, title = {An entry}, author = {Doe, Jane}, year = 2020}\n"_s;
const QString Csl = u"[{\"id\": \"doe2020\", \"type\": \"article-journal\", \"title\": \"An item\"}]\n"_s;
const QString Daily = u"Jun 13\n\nA Title of a Paper\n\nAn abstract of the paper. It says things.\n"_s;

} // namespace

class TestFormatChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void theContent_choosesTheReader_whateverTheName_data();
    void theContent_choosesTheReader_whateverTheName();
    void aForcedFormat_readsTheInputAsThatFormat();
    void badInput_isAClearErrorAndChangesNothing_data();
    void badInput_isAClearErrorAndChangesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestFormatChoice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
}

void TestFormatChoice::theContent_choosesTheReader_whateverTheName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::newRow("RIS named .bib") << Ris << u"ris"_s;
    QTest::newRow("BibTeX named .bib") << Bibtex << u"bibtex"_s;
    QTest::newRow("CSL-JSON named .bib") << Csl << u"csljson"_s;
    QTest::newRow("a day's list named .bib") << Daily << u"daily"_s;
}

void TestFormatChoice::theContent_choosesTheReader_whateverTheName()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    const auto result = importText(*m_library, text, u"papers.bib"_s);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->format, format);
    QCOMPARE(result->added.added, 1);
}

// Forced, the reader is the one named even where the content would be recognised as another: prose that happens to
// hold an entry is read as BibTeX, not as a day's list.
void TestFormatChoice::aForcedFormat_readsTheInputAsThatFormat()
{
    const QString prose = u"Notes from the meeting\n\nWe should cite this one:\n\n"_s + Bibtex;
    ImportOptions bibtex;
    bibtex.format = u"BibTeX"_s; // names are not case-sensitive
    const auto forced = importText(*m_library, prose, u"notes.txt"_s, bibtex);
    QVERIFY2(forced, qPrintable(forced ? QString() : forced.error().toString()));
    QCOMPARE(forced->format, u"bibtex"_s);
    QCOMPARE(forced->added.added, 1);
    QCOMPARE(PaperStore(*m_library).count(), 1);
}

void TestFormatChoice::badInput_isAClearErrorAndChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << QString() << u"in.txt: the file is empty"_s;
    QTest::newRow("only blank lines") << u"\n  \n\t\n"_s << QString() << u"in.txt: the file is empty"_s;
    QTest::newRow("a format that does not exist")
        << Ris << u"endnote"_s
        << u"there is no format \"endnote\"; Lectern reads lectern-json, ris, arxiv-jsonl, csljson, arxiv-atom, bibtex, daily"_s;
    QTest::newRow("RIS forced as BibTeX")
        << Ris << u"bibtex"_s << u"in.txt:1: no BibTeX entries found: expected entries such as @article{key, title = {...}}"_s;
    QTest::newRow("BibTeX forced as RIS") << Bibtex << u"ris"_s << u"in.txt:1: found no papers in this file, read as ris"_s;
    QTest::newRow("RIS forced as CSL-JSON") << Ris << u"csljson"_s << u"in.txt:1:1: expected well-formed JSON: illegal number"_s;
    QTest::newRow("RIS forced as an arXiv feed")
        << Ris << u"arxiv-atom"_s << u"in.txt:1:2: expected well-formed XML: Start tag expected."_s;
    QTest::newRow("an arXiv feed forced as the snapshot")
        << u"<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>\n"_s << u"arxiv-jsonl"_s << u"in.txt:1:2: expected well-formed JSON: illegal value"_s;
}

void TestFormatChoice::badInput_isAClearErrorAndChangesNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, error);
    QVERIFY(importText(*m_library, Ris, u"first.ris"_s));
    ImportOptions options;
    options.format = format;
    const auto result = importText(*m_library, text, u"in.txt"_s, options);
    QVERIFY2(!result, "the input was imported");
    QCOMPARE(result.error().toString(), error);
    QCOMPARE(PaperStore(*m_library).count(), 1);
}

QTEST_GUILESS_MAIN(TestFormatChoice)
#include "tst_formatchoice.moc"
