// Related papers: the neighbours by text, most similar first, never the paper itself.

#include "library/Library.h"
#include "library/PaperStore.h"
#include "query/Query.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

Paper paper(const QString &title, const QString &abstract)
{
    Paper paper;
    paper.title = title;
    paper.authors = {Person::fromText(u"A. Author")};
    paper.abstract = abstract;
    return paper;
}

} // namespace

class TestRelatedPapers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void theTopicalNeighbour_comesFirst_data();
    void theTopicalNeighbour_comesFirst();
    void thePaperItself_isNeverAmongItsNeighbours();
    void n_limitsHowManyAreReturned();
    void aPaperSharingNoWords_hasNoNeighbours();
    void anUnknownPaper_hasNoNeighbours();
    void keptWordCounts_giveTheSameNeighbours_andAreUsed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids;
};

void TestRelatedPapers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    const QList<Paper> papers{
        paper(u"Federated Learning under Client Drift"_s,
              u"Clients train locally and a server averages their updates. We study how client drift on "
              u"heterogeneous data slows federated convergence and propose a momentum correction."_s),
        paper(u"Communication-Efficient Federated Optimization"_s,
              u"In federated optimization many clients send updates to a server. We compress the updates and "
              u"show convergence on heterogeneous data with fewer communication rounds."_s),
        paper(u"Video Diffusion Models as World Simulators"_s,
              u"We train a diffusion model on video and show that it learns physical dynamics. The model "
              u"generates video that follows the laws of motion."_s),
        paper(u"Physics-Aware Video Generation"_s,
              u"Generated video often breaks physical laws. We add a physics prior to a video diffusion model "
              u"so that objects move plausibly."_s),
        paper(u"Spectral Solvers for Partial Differential Equations"_s,
              u"We solve partial differential equations with a spectral method on a latent grid and compare "
              u"with neural operators."_s),
        paper(u"Neural Operators for Partial Differential Equations"_s,
              u"Neural operators learn solution maps of partial differential equations from data and "
              u"generalise across resolutions."_s),
        paper(u"Medieval Poetry in Latin Manuscripts"_s,
              u"Verses copied by monks survive in manuscripts whose margins hold glosses."_s),
    };
    const auto added = PaperStore(*m_library).add(papers, u"fixture"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
}

void TestRelatedPapers::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestRelatedPapers::theTopicalNeighbour_comesFirst_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("neighbour");

    QTest::newRow("federated") << 0 << 1;
    QTest::newRow("federated, the other way") << 1 << 0;
    QTest::newRow("video") << 2 << 3;
    QTest::newRow("video, the other way") << 3 << 2;
    QTest::newRow("equations") << 4 << 5;
    QTest::newRow("equations, the other way") << 5 << 4;
}

void TestRelatedPapers::theTopicalNeighbour_comesFirst()
{
    QFETCH(int, paper);
    QFETCH(int, neighbour);

    const QList<qint64> related = relatedPapers(*m_library, m_ids[paper]);
    QVERIFY(!related.isEmpty());
    QCOMPARE(related.first(), m_ids[neighbour]);
}

void TestRelatedPapers::thePaperItself_isNeverAmongItsNeighbours()
{
    for (const qint64 id : std::as_const(m_ids))
        QVERIFY(!relatedPapers(*m_library, id).contains(id));
}

void TestRelatedPapers::n_limitsHowManyAreReturned()
{
    QVERIFY(relatedPapers(*m_library, m_ids[0]).size() > 1);
    QCOMPARE(relatedPapers(*m_library, m_ids[0], 1).size(), 1);
    QCOMPARE(relatedPapers(*m_library, m_ids[0], 0).size(), 0);
}

void TestRelatedPapers::aPaperSharingNoWords_hasNoNeighbours()
{
    QCOMPARE(relatedPapers(*m_library, m_ids[6]), QList<qint64>());
}

void TestRelatedPapers::anUnknownPaper_hasNoNeighbours()
{
    QCOMPARE(relatedPapers(*m_library, 999), QList<qint64>());
}

void TestRelatedPapers::keptWordCounts_giveTheSameNeighbours_andAreUsed()
{
    WordCounts counts;
    for (const qint64 id : std::as_const(m_ids))
        QCOMPARE(relatedPapers(*m_library, id, 10, &counts), relatedPapers(*m_library, id));
    QVERIFY(!counts.isEmpty());

    // Counts that say every word is in every paper leave no distinctive word: they were not read again.
    for (int &count : counts)
        count = 1000000;
    QCOMPARE(relatedPapers(*m_library, m_ids[0], 10, &counts), QList<qint64>());
}

QTEST_GUILESS_MAIN(TestRelatedPapers)
#include "tst_relatedpapers.moc"
