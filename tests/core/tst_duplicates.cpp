// Duplicates: which two records are one paper across formats (arXiv ids, DOIs, titles with their first author and
// year, preprints and their published versions), found on import and over the whole library; what an import of a
// duplicate fills in; "not a duplicate" remembered; and the same references exported by Zotero in three formats.

#include "TestKit.h"

#include "import/FileImport.h"
#include "library/DuplicateStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

struct Spec
{
    QString title = u"Attention is all you need"_s;
    QString author = u"Vaswani, Ashish"_s;
    QString published = u"2017"_s;
    QString arxivId;
    QString doi;
    QString journalRef;
    QString volume;
    QString pages;
};

Paper paperOf(const Spec &spec)
{
    Paper paper;
    paper.title = spec.title;
    if (!spec.author.isEmpty())
        paper.authors = {Person::fromText(spec.author)};
    paper.published = spec.published;
    paper.arxivId = spec.arxivId;
    paper.doi = spec.doi;
    if (!spec.journalRef.isEmpty())
        paper.extraFields = {{u"journal_ref"_s, spec.journalRef}};
    paper.volume = spec.volume;
    paper.pages = spec.pages;
    paper.abstract = u"An abstract."_s;
    return paper;
}

} // namespace

Q_DECLARE_METATYPE(Lectern::Paper)

class TestDuplicates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void importOfASecondRecord_findsTheFirst_data() { detectionTable(); }
    void importOfASecondRecord_findsTheFirst();
    void wholeLibrary_pairsTheTwoStoredRecords_data() { detectionTable(); }
    void wholeLibrary_pairsTheTwoStoredRecords();
    void wholeLibrary_givesEachPairOnceWithItsStrongestReason();
    void wholeLibrary_followsAnEditOfTheRecord();
    void notADuplicate_isRememberedAcrossOpenings();

    void import_fillsTheEmptyFieldsOfTheStoredPaper();
    void import_neverFillsAFieldTheUserEdited();
    void import_withoutUpdate_onlySkips();

    void zoteroTriple_importedInThreeFormats_givesTwoPapers();

private:
    void detectionTable();
    void reopen();
    qint64 importOne(const Paper &paper, AddResult *result = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestDuplicates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDuplicates::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestDuplicates::reopen()
{
    m_library.reset();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().toString()));
    m_library = std::move(*library);
}

qint64 TestDuplicates::importOne(const Paper &paper, AddResult *result)
{
    auto added = PaperStore(*m_library).add({paper}, u"test.bib"_s, u"test"_s);
    if (!added)
        return 0;
    if (result)
        *result = *added;
    return added->addedIds.value(0);
}

void TestDuplicates::detectionTable()
{
    QTest::addColumn<Paper>("first");
    QTest::addColumn<Paper>("second");
    QTest::addColumn<QString>("reason"); // empty: two papers

    const auto row = [](const char *name, const Spec &a, const Spec &b, const QString &reason) {
        QTest::newRow(name) << paperOf(a) << paperOf(b) << reason;
    };
    const QString arxiv = u"arXiv id"_s, doi = u"DOI"_s, preprint = u"preprint of"_s, title = u"title/author/year"_s;

    row("arXiv id, two versions", {.arxivId = u"2101.00001v1"_s}, {.title = u"Another title"_s, .arxivId = u"2101.00001v3"_s}, arxiv);
    row("arXiv id, with and without version", {.arxivId = u"2101.00001"_s}, {.title = u"Renamed"_s, .arxivId = u"arXiv:2101.00001v2"_s}, arxiv);
    row("arXiv id, as its abstract page", {.arxivId = u"https://arxiv.org/abs/2101.00001v2"_s}, {.title = u"Renamed"_s, .arxivId = u"2101.00001"_s}, arxiv);
    row("arXiv id, old style", {.arxivId = u"hep-th/9901001v2"_s}, {.title = u"Renamed"_s, .arxivId = u"hep-th/9901001"_s}, arxiv);
    row("arXiv id, as arXiv's DOI", {.arxivId = u"2101.00001"_s}, {.title = u"Renamed"_s, .doi = u"10.48550/arXiv.2101.00001"_s}, arxiv);
    row("arXiv ids that differ", {.arxivId = u"2101.00001"_s, .doi = u""_s}, {.title = u"Renamed"_s, .arxivId = u"2101.00002"_s}, QString());

    row("DOI, case", {.doi = u"10.7554/eLife.32822"_s}, {.title = u"Renamed"_s, .doi = u"https://doi.org/10.7554/ELIFE.32822"_s}, doi);
    row("DOI, as https://doi.org", {.doi = u"10.1000/abc"_s}, {.title = u"Renamed"_s, .doi = u"https://doi.org/10.1000/ABC"_s}, doi);
    row("DOI, as doi:", {.doi = u"doi:10.1000/abc"_s}, {.title = u"Renamed"_s, .doi = u"10.1000/abc"_s}, doi);
    row("DOI, as dx.doi.org", {.doi = u"http://dx.doi.org/10.1000/abc"_s}, {.title = u"Renamed"_s, .doi = u"10.1000/abc"_s}, doi);
    row("DOI, percent-encoded", {.doi = u"https://doi.org/10.1000%2Fabc"_s}, {.title = u"Renamed"_s, .doi = u"10.1000/abc"_s}, doi);
    row("DOIs that differ", {.doi = u"10.1000/abc"_s}, {.title = u"Renamed"_s, .doi = u"10.1000/abd"_s}, QString());

    row("title, case and spacing", {.title = u"Attention Is All You Need"_s}, {.title = u"attention  is all\nyou need"_s}, title);
    row("title, punctuation", {.title = u"Sci-Hub provides access: to nearly all literature."_s},
        {.title = u"Sci Hub provides access to nearly all literature"_s}, title);
    row("title, LaTeX braces", {.title = u"Sci-{Hub} provides {A}ccess"_s}, {.title = u"Sci-Hub provides Access"_s}, title);
    row("title, accents and LaTeX accents", {.title = u"{\\\"U}ber Caf\\'{e} methods"_s}, {.title = u"Über café methods"_s}, title);
    row("title, accents left out", {.title = u"Über café methods"_s}, {.title = u"Uber cafe methods"_s}, title);
    row("first author, name order and particle", {.author = u"Eric von Hippel"_s}, {.author = u"von Hippel, Eric"_s}, title);
    row("first author, accents", {.author = u"Müller, Anna"_s}, {.author = u"Muller, A."_s}, title);
    row("year, one apart", {.published = u"2017-06-12"_s}, {.published = u"2018"_s}, title);
    row("year, two apart", {.published = u"2017"_s}, {.published = u"2019"_s}, QString());
    row("year, one of them without", {.published = u"2017"_s}, {.published = QString()}, title);
    row("first author, one of them without (a day's list)", {.author = QString(), .published = QString()}, {}, title);
    row("neither with author nor year", {.author = QString(), .published = QString()}, {.author = QString(), .published = QString()}, title);
    row("different first author", {.author = u"Vaswani, Ashish"_s}, {.author = u"Shazeer, Noam"_s}, QString());
    row("different title", {.title = u"Attention is all you need"_s}, {.title = u"Attention is not all you need"_s}, QString());

    row("preprint with the DOI of the published paper",
        {.published = u"2017-06-12"_s, .arxivId = u"1706.03762v5"_s, .doi = u"10.5555/3295222.3295349"_s},
        {.title = u"Attention is All you Need"_s, .published = u"2020"_s, .doi = u"https://doi.org/10.5555/3295222.3295349"_s}, preprint);
    row("published paper, then its preprint with its DOI",
        {.published = u"2021"_s, .doi = u"10.1000/pub"_s},
        {.published = u"2017"_s, .arxivId = u"1706.03762"_s, .doi = u"doi:10.1000/PUB"_s}, preprint);
    row("preprint whose journal reference names the published paper",
        {.published = u"2011-11-08"_s, .arxivId = u"1111.2011v2"_s, .journalRef = u"Phys. Rev. D 76, 013009 (2007)"_s},
        {.published = u"2007"_s, .volume = u"76"_s, .pages = u"013009-013020"_s}, preprint);
    row("published paper, then a preprint whose journal reference names it",
        {.published = u"2014"_s, .volume = u"12"_s, .pages = u"100--110"_s},
        {.published = u"2010"_s, .arxivId = u"1001.0001"_s, .journalRef = u"J. Stat. Phys. 12 (2014) 100-110"_s}, preprint);
    row("preprint whose journal reference names another volume",
        {.published = u"2011"_s, .arxivId = u"1111.2011"_s, .journalRef = u"Phys. Rev. D 77, 013009 (2008)"_s},
        {.published = u"2007"_s, .volume = u"76"_s, .pages = u"013009"_s}, QString());
    row("preprint whose journal reference carries the DOI",
        {.title = u"A preprint"_s, .published = u"2011"_s, .arxivId = u"1111.2011"_s, .journalRef = u"Nature 1 (2013) doi:10.1038/XYZ"_s},
        {.title = u"Its published title"_s, .published = u"2013"_s, .doi = u"10.1038/xyz"_s}, preprint);
}

void TestDuplicates::importOfASecondRecord_findsTheFirst()
{
    QFETCH(Paper, first);
    QFETCH(Paper, second);
    QFETCH(QString, reason);
    const qint64 firstId = importOne(first);
    QVERIFY(firstId > 0);
    AddResult result;
    const qint64 secondId = importOne(second, &result);
    if (reason.isEmpty()) {
        QVERIFY(secondId > 0);
        QCOMPARE(PaperStore(*m_library).count(), 2);
        return;
    }
    QCOMPARE(PaperStore(*m_library).count(), 1);
    QCOMPARE(result.duplicates.size(), 1);
    QCOMPARE(result.duplicates.first().existingId, firstId);
    QCOMPARE(result.duplicates.first().reason, reason);
}

void TestDuplicates::wholeLibrary_pairsTheTwoStoredRecords()
{
    QFETCH(Paper, first);
    QFETCH(Paper, second);
    QFETCH(QString, reason);
    const qint64 a = addWithoutDuplicateCheck(*m_library, first);
    const qint64 b = addWithoutDuplicateCheck(*m_library, second);
    QVERIFY(a > 0 && b > 0);
    const auto pairs = DuplicateStore(*m_library).pairs();
    QVERIFY(pairs);
    if (reason.isEmpty()) {
        QVERIFY2(pairs->isEmpty(), qPrintable(pairs->isEmpty() ? QString() : duplicateReasonName(pairs->first().reason)));
        return;
    }
    QCOMPARE(pairs->size(), 1);
    QCOMPARE(pairs->first().first, a);
    QCOMPARE(pairs->first().second, b);
    QCOMPARE(duplicateReasonName(pairs->first().reason), reason);
}

void TestDuplicates::wholeLibrary_givesEachPairOnceWithItsStrongestReason()
{
    // The same title, author, year and DOI: one pair, said by its DOI. A third record of the title makes a group.
    const qint64 a = addWithoutDuplicateCheck(*m_library, paperOf({.doi = u"10.1000/abc"_s}));
    const qint64 b = addWithoutDuplicateCheck(*m_library, paperOf({.doi = u"https://doi.org/10.1000/ABC"_s}));
    const qint64 c = addWithoutDuplicateCheck(*m_library, paperOf({.published = u"2018"_s}));
    const qint64 other = addWithoutDuplicateCheck(*m_library, paperOf({.title = u"Something else"_s}));
    QVERIFY(a && b && c && other);
    const auto pairs = DuplicateStore(*m_library).pairs();
    QVERIFY(pairs);
    const QList<DuplicatePair> expected{{a, b, DuplicateReason::Doi},
                                        {a, c, DuplicateReason::TitleAuthorYear},
                                        {b, c, DuplicateReason::TitleAuthorYear}};
    QCOMPARE(*pairs, expected);
    QCOMPARE(DuplicateStore(*m_library).count(), 3);
}

void TestDuplicates::wholeLibrary_followsAnEditOfTheRecord()
{
    const qint64 a = importOne(paperOf({.title = u"One title"_s}));
    const qint64 b = importOne(paperOf({.title = u"Another title"_s}));
    QVERIFY(a && b);
    QVERIFY(DuplicateStore(*m_library).pairs()->isEmpty());
    Paper edited = *PaperStore(*m_library).paper(b);
    edited.title = u"ONE TITLE"_s;
    QVERIFY(PaperFields::store(*m_library, edited, {u"title"_s}));
    QCOMPARE(DuplicateStore(*m_library).pairs()->size(), 1);
}

void TestDuplicates::notADuplicate_isRememberedAcrossOpenings()
{
    const qint64 a = addWithoutDuplicateCheck(*m_library, paperOf({}));
    const qint64 b = addWithoutDuplicateCheck(*m_library, paperOf({}));
    const qint64 c = addWithoutDuplicateCheck(*m_library, paperOf({}));
    QCOMPARE(DuplicateStore(*m_library).pairs()->size(), 3);
    QVERIFY(DuplicateStore(*m_library).dismiss(c, a)); // either order
    QVERIFY(!DuplicateStore(*m_library).dismiss(a, a));
    QVERIFY(!DuplicateStore(*m_library).dismiss(a, 999));
    reopen();
    const auto pairs = DuplicateStore(*m_library).pairs();
    const QList<DuplicatePair> expected{{a, b, DuplicateReason::TitleAuthorYear}, {b, c, DuplicateReason::TitleAuthorYear}};
    QCOMPARE(*pairs, expected);
}

void TestDuplicates::import_fillsTheEmptyFieldsOfTheStoredPaper()
{
    Paper stored = paperOf({});
    stored.note = u"My note"_s;
    stored.tags = {u"mine"_s};
    stored.status = ReadingStatus::Read;
    stored.rating = 4;
    const qint64 id = importOne(stored);
    QVERIFY(id);

    Paper record = paperOf({.title = u"Attention Is All You Need."_s, .doi = u"10.5555/3295222.3295349"_s, .volume = u"30"_s});
    record.container = u"Advances in Neural Information Processing Systems"_s;
    record.type = u"misc"_s; // what Lectern's BibTeX export writes for a paper of no type: nothing to fill in
    record.abstract = u"Another abstract."_s;
    record.note = u"Their note"_s;
    record.tags = {u"theirs"_s};
    record.status = ReadingStatus::Skipped;
    record.rating = 1;
    AddResult result;
    QCOMPARE(importOne(record, &result), 0);
    QCOMPARE(result.added, 0);
    QCOMPARE(result.duplicates.size(), 1);
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.updatedIds, QList<qint64>{id});
    QCOMPARE(result.duplicates.first().filled, (QStringList{u"doi"_s, u"container"_s, u"volume"_s}));

    const Paper after = *PaperStore(*m_library).paper(id);
    QCOMPARE(after.doi, u"10.5555/3295222.3295349"_s);
    QCOMPARE(after.container, record.container);
    QCOMPARE(after.volume, u"30"_s);
    QCOMPARE(after.title, stored.title); // not empty: kept
    QCOMPARE(after.abstract, stored.abstract);
    QCOMPARE(after.note, u"My note"_s);
    QCOMPARE(after.tags, QStringList{u"mine"_s});
    QCOMPARE(after.status, ReadingStatus::Read);
    QCOMPARE(after.rating, 4);

    QStringList filled;
    for (const PaperEvent &event : PaperHistory(*m_library).forPaper(id))
        if (event.kind == EventKind::FieldFilled)
            filled.append(event.detail + u'@' + event.previous);
    QCOMPARE(filled, (QStringList{u"doi@test.bib"_s, u"container@test.bib"_s, u"volume@test.bib"_s}));

    // Nothing left to fill: a duplicate again, but no update.
    AddResult again;
    importOne(record, &again);
    QCOMPARE(again.duplicates.size(), 1);
    QCOMPARE(again.updated, 0);
}

void TestDuplicates::import_neverFillsAFieldTheUserEdited()
{
    const qint64 id = importOne(paperOf({}));
    // The editor records an edit so (the edit branch's 'field-edited' events): the user emptied the container.
    Statement edit(m_library->db(), "INSERT INTO paper_events(paper_id, at, kind, detail) VALUES (?, ?, 'field-edited', ?)");
    QVERIFY(edit.bind(1, id).bind(2, storedTime(QDateTime::currentDateTimeUtc())).bind(3, u"container"_s).run());
    Paper record = paperOf({.volume = u"30"_s});
    record.container = u"NeurIPS"_s;
    AddResult result;
    importOne(record, &result);
    QCOMPARE(result.duplicates.first().filled, QStringList{u"volume"_s});
    const Paper after = *PaperStore(*m_library).paper(id);
    QCOMPARE(after.container, QString());
    QCOMPARE(after.volume, u"30"_s);
}

void TestDuplicates::import_withoutUpdate_onlySkips()
{
    const qint64 id = importOne(paperOf({}));
    const QString bibtex = uR"(@article{v, title = {Attention is all you need}, author = {Vaswani, Ashish}, year = 2017,
                               doi = {10.5555/3295222.3295349}, journal = {NeurIPS}})"_s;
    ImportOptions options;
    options.updateDuplicates = false;
    const auto skipped = importText(*m_library, bibtex, u"a.bib"_s, options);
    QVERIFY(skipped);
    QCOMPARE(skipped->added.duplicates.size(), 1);
    QCOMPARE(skipped->added.updated, 0);
    QCOMPARE(PaperStore(*m_library).paper(id)->doi, QString());

    const auto updated = importText(*m_library, bibtex, u"a.bib"_s);
    QVERIFY(updated);
    QCOMPARE(updated->added.updated, 1);
    QCOMPARE(PaperStore(*m_library).paper(id)->doi, u"10.5555/3295222.3295349"_s);
    QCOMPARE(PaperStore(*m_library).paper(id)->container, u"NeurIPS"_s);
    QVERIFY2(describeImport(u"a.bib"_s, *updated).contains(u"updated 1"_s), qPrintable(describeImport(u"a.bib"_s, *updated)));
}

void TestDuplicates::zoteroTriple_importedInThreeFormats_givesTwoPapers()
{
    const QString shared = QStringLiteral(LECTERN_SHARED_DATA "/import");
    const QStringList files{shared + u"/bibtex/manubot-zotero-triple.bib"_s, shared + u"/ris/manubot-zotero-triple.ris"_s,
                            shared + u"/csljson/manubot-zotero-triple.json"_s};
    for (const QString &file : files)
        if (!QFile::exists(file))
            QSKIP(qPrintable(u"the real files are not there (../shared/data/import beside the repository): "_s + file));
    int duplicates = 0;
    for (const QString &file : files) {
        const auto imported = importFile(*m_library, file);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        duplicates += int(imported->added.duplicates.size());
    }
    QCOMPARE(PaperStore(*m_library).count(), 2);
    QCOMPARE(duplicates, 4);
    QVERIFY(DuplicateStore(*m_library).pairs()->isEmpty());
    // The first file's paper got what the later ones had and it had not: the CSL-JSON's publisher and abstract.
    const QList<qint64> ids = PaperStore(*m_library).ids();
    const Paper sciHub = *PaperStore(*m_library).paper(ids.first());
    QCOMPARE(sciHub.doi, u"10.7554/elife.32822"_s);
    QVERIFY(sciHub.abstract.contains(u"Sci-Hub"_s));
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
