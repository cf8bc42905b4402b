// lectern import, duplicates, not-duplicate and merge as a user runs them: the real lectern on a real library file.
// Pairs already in the library are made as a library from before duplicates were recognised holds them.

#include "TestKit.h"

#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

const QString BibTex = uR"(@article{vaswani, title = {Attention is {All} you need}, author = {Vaswani, Ashish and Shazeer, Noam},
  year = {2017}, journal = {Advances in Neural Information Processing Systems}, volume = {30}})"_s;
const QString Ris = uR"(TY  - JOUR
TI  - Attention Is All You Need
AU  - Vaswani, Ashish
PY  - 2017
DO  - https://doi.org/10.5555/3295222.3295349
SP  - 5998
ER  - 
)"_s;

} // namespace

class TestDuplicateCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void import_ofADuplicate_fillsInAndCountsItUpdated();
    void import_noUpdate_onlySkips();
    void duplicates_listsThePairsWithTheirReason();
    void notDuplicate_leavesThePairOutForGood();
    void merge_keepsTheFirstAndRemovesTheOthers();
    void merge_ofAnUnknownPaper_failsAndChangesNothing();
    void help_namesTheCommands();

private:
    CommandResult lectern(const QStringList &arguments) { return runLectern(libraryPath(), arguments); }
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    QString write(const QString &name, const QString &text);
    // Three records of one paper, stored as an old library holds them, and one other paper; their ids.
    QList<qint64> storeTriple();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDuplicateCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDuplicateCommands::write(const QString &name, const QString &text)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text.toUtf8());
    return file.fileName();
}

QList<qint64> TestDuplicateCommands::storeTriple()
{
    auto library = Library::open(libraryPath());
    if (!library)
        return {};
    Paper preprint = paperTitled(u"Attention is all you need"_s);
    preprint.authors = {Person::fromText(u"Ashish Vaswani"_s)};
    preprint.published = u"2017-06-12"_s;
    preprint.arxivId = u"1706.03762v1"_s;
    preprint.doi = u"10.5555/3295222.3295349"_s;
    Paper published = preprint;
    published.arxivId.clear();
    published.doi = u"https://doi.org/10.5555/3295222.3295349"_s;
    published.container = u"NeurIPS"_s;
    published.tags = {u"nlp"_s};
    Paper again = preprint;
    again.arxivId = u"arXiv:1706.03762v5"_s;
    again.doi.clear();
    again.note = u"Read twice."_s;
    QList<qint64> ids;
    for (const Paper &paper : {preprint, published, again, paperTitled(u"Another paper"_s)})
        ids.append(addWithoutDuplicateCheck(**library, paper));
    return ids;
}

void TestDuplicateCommands::import_ofADuplicate_fillsInAndCountsItUpdated()
{
    const CommandResult first = lectern({u"import"_s, write(u"a.bib"_s, BibTex)});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(u"imported 1, skipped 0 duplicates\n"_s), qPrintable(first.out));
    const CommandResult second = lectern({u"import"_s, write(u"a.ris"_s, Ris)});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(u"duplicate (same title/author/year as #1): Attention Is All You Need\n"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"updated #1: filled in doi, pages\n"_s), qPrintable(second.out));
    QVERIFY2(second.out.contains(u"a.ris (ris): imported 0, skipped 1 duplicate, updated 1\n"_s), qPrintable(second.out));
    const CommandResult shown = lectern({u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    const QJsonObject paper = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(paper[u"doi"_s].toString(), u"10.5555/3295222.3295349"_s);
    QCOMPARE(paper[u"volume"_s].toString(), u"30"_s);
}

void TestDuplicateCommands::import_noUpdate_onlySkips()
{
    QCOMPARE(lectern({u"import"_s, write(u"a.bib"_s, BibTex)}).exitCode, 0);
    const CommandResult second = lectern({u"import"_s, u"--no-update"_s, write(u"a.ris"_s, Ris)});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.endsWith(u"a.ris (ris): imported 0, skipped 1 duplicate\n"_s), qPrintable(second.out));
    QVERIFY(!second.out.contains(u"updated"_s));
    const CommandResult shown = lectern({u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(shown.out.toUtf8()).object()[u"doi"_s].isNull());
}

void TestDuplicateCommands::duplicates_listsThePairsWithTheirReason()
{
    const QList<qint64> ids = storeTriple();
    QCOMPARE(ids.size(), 4);
    const CommandResult text = lectern({u"duplicates"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"#%1 and #%2: preprint of (#%1 is the preprint)\n"_s.arg(ids[0]).arg(ids[1])), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"#%1 and #%2: arXiv id\n"_s.arg(ids[0]).arg(ids[2])), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"#%1 and #%2: title/author/year\n"_s.arg(ids[1]).arg(ids[2])), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"  #%1 Attention is all you need (Ashish Vaswani, 2017-06-12)\n"_s.arg(ids[0])), qPrintable(text.out));
    QVERIFY2(text.out.endsWith(u"3 pairs of duplicates\n"_s), qPrintable(text.out));

    const CommandResult json = lectern({u"duplicates"_s, u"--format"_s, u"json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray pairs = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(pairs[0][u"reason"_s].toString(), u"preprint of"_s);
    QCOMPARE(pairs[0][u"preprint"_s].toInteger(), ids[0]);
    QVERIFY(!pairs[1].toObject().contains(u"preprint"_s));
    QCOMPARE(pairs[0][u"papers"_s][0][u"id"_s].toInteger(), ids[0]);
    QCOMPARE(pairs[0][u"papers"_s][1][u"id"_s].toInteger(), ids[1]);
    QCOMPARE(pairs[0][u"papers"_s][1][u"title"_s].toString(), u"Attention is all you need"_s);
}

void TestDuplicateCommands::notDuplicate_leavesThePairOutForGood()
{
    const QList<qint64> ids = storeTriple();
    const CommandResult marked = lectern({u"not-duplicate"_s, QString::number(ids[2]), QString::number(ids[1])});
    QCOMPARE(marked.exitCode, 0);
    const CommandResult listed = lectern({u"duplicates"_s});
    QVERIFY2(!listed.out.contains(u"#%1 and #%2"_s.arg(ids[1]).arg(ids[2])), qPrintable(listed.out));
    QVERIFY2(listed.out.endsWith(u"2 pairs of duplicates\n"_s), qPrintable(listed.out));
    QCOMPARE(lectern({u"not-duplicate"_s, u"1"_s}).exitCode, 2);
    QCOMPARE(lectern({u"not-duplicate"_s, u"1"_s, u"999"_s}).exitCode, 1);
}

void TestDuplicateCommands::merge_keepsTheFirstAndRemovesTheOthers()
{
    const QList<qint64> ids = storeTriple();
    const CommandResult merged = lectern({u"merge"_s, QString::number(ids[0]), QString::number(ids[1]), QString::number(ids[2])});
    QCOMPARE(merged.exitCode, 0);
    QVERIFY2(merged.out.contains(u"merged #%1 into #%2 (filled in container)\n"_s.arg(ids[1]).arg(ids[0])), qPrintable(merged.out));
    QVERIFY2(merged.out.contains(u"merged #%1 into #%2"_s.arg(ids[2]).arg(ids[0])), qPrintable(merged.out));
    QVERIFY2(lectern({u"duplicates"_s}).out.endsWith(u"0 pairs of duplicates\n"_s), "no pair is left");
    const QJsonObject paper = QJsonDocument::fromJson(lectern({u"show"_s, QString::number(ids[0]), u"--format"_s, u"json"_s}).out.toUtf8()).object();
    QCOMPARE(paper[u"container"_s].toString(), u"NeurIPS"_s);
    QCOMPARE(paper[u"arxiv_id"_s].toString(), u"1706.03762v1"_s);
    QCOMPARE(paper[u"tags"_s].toArray().first().toString(), u"nlp"_s);
    QCOMPARE(paper[u"note"_s].toString(), u"Read twice."_s);
    QCOMPARE(lectern({u"show"_s, QString::number(ids[1])}).exitCode, 1);
}

void TestDuplicateCommands::merge_ofAnUnknownPaper_failsAndChangesNothing()
{
    const QList<qint64> ids = storeTriple();
    const CommandResult merged = lectern({u"merge"_s, QString::number(ids[0]), QString::number(ids[1]), u"999"_s});
    QCOMPARE(merged.exitCode, 1);
    QVERIFY2(merged.err.contains(u"999"_s), qPrintable(merged.err));
    QVERIFY2(lectern({u"duplicates"_s}).out.endsWith(u"3 pairs of duplicates\n"_s), "the first merge was taken back");
    QCOMPARE(lectern({u"merge"_s, QString::number(ids[0])}).exitCode, 2);
}

void TestDuplicateCommands::help_namesTheCommands()
{
    const CommandResult help = lectern({u"--help"_s});
    for (const QString &command : {u"duplicates"_s, u"merge KEEP OTHER..."_s, u"not-duplicate ID ID"_s})
        QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(command));
    QVERIFY(lectern({u"import"_s, u"--help"_s}).out.contains(u"--no-update"_s));
}

QTEST_GUILESS_MAIN(TestDuplicateCommands)
#include "tst_duplicatecommands.moc"
