// The synthetic library generator (tools/synth): the same seed gives the same papers, the papers have
// the stated shape, and they reach the library through the real stores.

#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "synth/PaperGenerator.h"
#include "synth/SyntheticLibrary.h"
#include "text/PaperText.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::Synth;
using namespace Qt::StringLiterals;

namespace {

QList<Paper> generate(quint64 seed, int count)
{
    PaperGenerator generator(seed);
    QList<Paper> papers;
    for (int i = 0; i < count; ++i)
        papers.append(generator.next());
    return papers;
}

qsizetype wordCount(const QString &text)
{
    return text.simplified().split(u' ', Qt::SkipEmptyParts).size();
}

double share(const QList<Paper> &papers, const std::function<bool(const Paper &)> &has)
{
    return double(std::count_if(papers.cbegin(), papers.cend(), has)) / double(papers.size());
}

} // namespace

class TestSyntheticPapers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theSameSeed_givesTheSamePapers();
    void anotherSeed_givesOtherPapers();
    void papers_stayInTheStatedRanges_data();
    void papers_stayInTheStatedRanges();
    void papers_haveTheStatedShares();
    void titles_areDistinctToTheDuplicateCheck();
    void writing_storesEachPaperThroughTheStores();
    void writingTheSameSeedAgain_addsNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestSyntheticPapers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
    m_library = std::move(*library);
}

void TestSyntheticPapers::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestSyntheticPapers::theSameSeed_givesTheSamePapers()
{
    const QList<Paper> first = generate(7, 50);
    const QList<Paper> second = generate(7, 50);
    for (qsizetype i = 0; i < first.size(); ++i) {
        QCOMPARE(second[i].title, first[i].title);
        QCOMPARE(wordCount(second[i].abstract), wordCount(first[i].abstract));
        QCOMPARE(second[i].abstract, first[i].abstract);
        QCOMPARE(second[i].authors, first[i].authors);
        QCOMPARE(second[i].published, first[i].published);
        QCOMPARE(second[i].arxivId, first[i].arxivId);
        QCOMPARE(second[i].links, first[i].links);
        QCOMPARE(second[i].tags, first[i].tags);
        QCOMPARE(second[i].status, first[i].status);
        QCOMPARE(second[i].rating, first[i].rating);
        QCOMPARE(second[i].note, first[i].note);
    }
}

void TestSyntheticPapers::anotherSeed_givesOtherPapers()
{
    const QList<Paper> first = generate(7, 50);
    const QList<Paper> other = generate(8, 50);
    for (qsizetype i = 0; i < first.size(); ++i)
        QVERIFY2(other[i].title != first[i].title, qPrintable(first[i].title));
}

void TestSyntheticPapers::papers_stayInTheStatedRanges_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2") << quint64(2);
    QTest::newRow("seed 2^63") << (quint64(1) << 63);
}

void TestSyntheticPapers::papers_stayInTheStatedRanges()
{
    QFETCH(quint64, seed);
    static const QRegularExpression arxivPattern(u"^\\d{4}\\.\\d{4,5}$"_s);
    QSet<QString> arxivIds;
    for (const Paper &paper : generate(seed, 300)) {
        QVERIFY2(wordCount(paper.title) >= 8 && wordCount(paper.title) <= 14, qPrintable(paper.title));
        const qsizetype abstractWords = wordCount(paper.abstract);
        QVERIFY2(abstractWords >= 150 && abstractWords <= 250, qPrintable(QString::number(abstractWords)));
        QVERIFY(paper.abstract.endsWith(u'.'));
        QVERIFY(!paper.authors.isEmpty() && paper.authors.size() <= 20);
        const QDate published = QDate::fromString(paper.published, Qt::ISODate);
        QVERIFY2(published.isValid() && published.year() >= 2012 && published.year() <= 2025, qPrintable(paper.published));
        if (!paper.arxivId.isEmpty()) {
            QVERIFY2(arxivPattern.match(paper.arxivId).hasMatch(), qPrintable(paper.arxivId));
            QVERIFY2(!arxivIds.contains(paper.arxivId), qPrintable(paper.arxivId));
            arxivIds.insert(paper.arxivId);
            QCOMPARE(paper.links.first().url, u"https://arxiv.org/abs/"_s + paper.arxivId);
        }
        for (const Link &link : paper.links)
            QCOMPARE(link.kind, link.url.startsWith(u"https://github.com/"_s) ? Link::Kind::Code : Link::Kind::Page);
        for (const QString &tag : paper.tags)
            QCOMPARE(TagStore::normalizedName(tag).value(), tag);
        QVERIFY(paper.rating >= 0 && paper.rating <= 5);
        QVERIFY(paper.note.isEmpty() || paper.note.startsWith(u"## Summary\n\n"_s));
    }
}

void TestSyntheticPapers::papers_haveTheStatedShares()
{
    const QList<Paper> papers = generate(3, 2000);
    const double tagged = share(papers, [](const Paper &p) { return !p.tags.isEmpty(); });
    QVERIFY2(tagged > 0.55 && tagged < 0.65, qPrintable(QString::number(tagged)));
    const double noted = share(papers, [](const Paper &p) { return !p.note.isEmpty(); });
    QVERIFY2(noted > 0.07 && noted < 0.13, qPrintable(QString::number(noted)));
    const double rated = share(papers, [](const Paper &p) { return p.rating > 0; });
    QVERIFY2(rated > 0.1 && rated < 0.3, qPrintable(QString::number(rated)));
    const double withCode = share(papers, [](const Paper &p) {
        return std::any_of(p.links.cbegin(), p.links.cend(), [](const Link &l) { return l.kind == Link::Kind::Code; });
    });
    QVERIFY2(withCode > 0.3 && withCode < 0.4, qPrintable(QString::number(withCode)));
    const double nested = share(papers, [](const Paper &p) {
        return std::any_of(p.tags.cbegin(), p.tags.cend(), [](const QString &t) { return t.startsWith(u"ml/"_s); });
    });
    QVERIFY2(nested > 0.1, qPrintable(QString::number(nested)));
    for (const ReadingStatus status : allStatuses())
        QVERIFY2(share(papers, [status](const Paper &p) { return p.status == status; }) > 0.03,
                 qPrintable(statusName(status)));
    QSet<qsizetype> authorCounts;
    for (const Paper &paper : papers)
        authorCounts.insert(paper.authors.size());
    QVERIFY2(authorCounts.contains(1) && authorCounts.size() >= 15, qPrintable(QString::number(authorCounts.size())));
}

void TestSyntheticPapers::titles_areDistinctToTheDuplicateCheck()
{
    QSet<QString> keys;
    for (const Paper &paper : generate(11, 5000))
        keys.insert(PaperText::titleKey(paper.title));
    QCOMPARE(keys.size(), 5000);
}

void TestSyntheticPapers::writing_storesEachPaperThroughTheStores()
{
    QList<int> progress;
    const auto summary = writeSyntheticPapers(*m_library, {50, 5, 20}, [&](int done, int total) {
        QCOMPARE(total, 50);
        progress.append(done);
    });
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toString()));
    QCOMPARE(summary->added, 50);
    QCOMPARE(progress, (QList<int>{20, 40, 50}));

    PaperStore store(*m_library);
    const QList<qint64> ids = store.ids();
    const QList<Paper> expected = generate(5, 50);
    QCOMPARE(ids.size(), expected.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Paper stored = store.paper(ids[i]).value();
        QCOMPARE(stored.title, expected[i].title);
        QCOMPARE(stored.authors, expected[i].authors);
        QCOMPARE(stored.links, expected[i].links);
        QStringList tags = expected[i].tags;
        tags.sort();
        QCOMPARE(stored.tags, tags);
        QCOMPARE(stored.status, expected[i].status);
        QCOMPARE(stored.rating, expected[i].rating);
        QCOMPARE(stored.note, expected[i].note);
    }
    const QList<TagSummary> tags = TagStore(*m_library).summaries();
    const auto ml = std::find_if(tags.cbegin(), tags.cend(), [](const TagSummary &t) { return t.path == u"ml"_s; });
    QVERIFY(ml != tags.cend());
    QCOMPARE(ml->color, u"#3584e4"_s);
}

void TestSyntheticPapers::writingTheSameSeedAgain_addsNothing()
{
    QVERIFY(writeSyntheticPapers(*m_library, {30, 9}));
    const auto again = writeSyntheticPapers(*m_library, {30, 9});
    QVERIFY(again);
    QCOMPARE(again->added, 0);
    QCOMPARE(again->duplicates, 30);
    QCOMPARE(PaperStore(*m_library).count(), 30);
}

QTEST_GUILESS_MAIN(TestSyntheticPapers)
#include "tst_syntheticpapers.moc"
