// Highlights on an abstract: stored with their context, undoable, and found again when the abstract changes.

#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

const QString Abstract = u"We train a model on small data. The model is fast, and the model is small."_s;

} // namespace

class TestHighlights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void adding_storesTheQuoteAndItsContext();
    void adding_refusesSpansOutsideTheAbstract_data();
    void adding_refusesSpansOutsideTheAbstract();
    void adding_refusesABadColourAndAnUnknownPaper();
    void removingAndRestoring_givesBackTheSameHighlight();
    void recolouringAndCommenting_returnTheValuesBefore();
    void forPaper_ordersByStart();
    void forPaper_reanchorsAfterWhitespaceChangesAndStoresTheNewPlace();
    void forPaper_tellsRepeatedWordsApartByContext();
    void forPaper_keepsAHighlightWhoseTextIsGoneAsOrphaned();
    void paper_carriesItsHighlights();
    void addingAndRemoving_areInThePapersHistory();

private:
    void setAbstract(const QString &text);
    Highlight stored(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_paper = 0;
};

void TestHighlights::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    Paper paper;
    paper.title = u"Small models"_s;
    paper.abstract = Abstract;
    const auto added = PaperStore(*m_library).add({paper}, u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    m_paper = added->addedIds.first();
}

void TestHighlights::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

// As a re-import that rewraps the abstract would leave it.
void TestHighlights::setAbstract(const QString &text)
{
    Statement update(m_library->db(), "UPDATE papers SET abstract = ? WHERE id = ?");
    QVERIFY(update.bind(1, text).bind(2, m_paper).run());
}

// The row as stored, without re-anchoring.
Highlight TestHighlights::stored(qint64 id)
{
    Statement q(m_library->db(), "SELECT start, length, quote FROM highlights WHERE id = ?");
    Highlight h;
    if (q.bind(1, id).step()) {
        h.start = int(q.integer(0));
        h.length = int(q.integer(1));
        h.quote = q.text(2);
    }
    return h;
}

void TestHighlights::adding_storesTheQuoteAndItsContext()
{
    const auto h = HighlightStore(*m_library).add(m_paper, 9, 7, u"#FFEE00"_s, u"which model?"_s);
    QVERIFY2(h, qPrintable(h ? QString() : h.error().message));
    QVERIFY(h->id > 0);
    QCOMPARE(h->paperId, m_paper);
    QCOMPARE(h->quote, u"a model"_s);
    QCOMPARE(h->prefix, u"We train "_s);
    QCOMPARE(h->suffix, u" on small data. The model is fas"_s); // 32 characters
    QCOMPARE(h->color, u"#ffee00"_s);
    QCOMPARE(h->comment, u"which model?"_s);
    QVERIFY(!h->orphaned);

    const QList<Highlight> all = HighlightStore(*m_library).forPaper(m_paper);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, h->id);
    QCOMPARE(all.first().quote, u"a model"_s);
    QCOMPARE(all.first().suffix, h->suffix);
    QCOMPARE(all.first().created, h->created);
}

void TestHighlights::adding_refusesSpansOutsideTheAbstract_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::newRow("negative start") << -1 << 3;
    QTest::newRow("empty") << 3 << 0;
    QTest::newRow("negative length") << 3 << -2;
    QTest::newRow("past the end") << int(Abstract.size()) - 2 << 3;
    QTest::newRow("start past the end") << int(Abstract.size()) << 1;
}

void TestHighlights::adding_refusesSpansOutsideTheAbstract()
{
    QFETCH(int, start);
    QFETCH(int, length);
    const auto h = HighlightStore(*m_library).add(m_paper, start, length, u"#ffee00"_s);
    QVERIFY(!h);
    QVERIFY(h.error().message.contains(u"abstract"_s));
    QVERIFY(HighlightStore(*m_library).forPaper(m_paper).isEmpty());
}

void TestHighlights::adding_refusesABadColourAndAnUnknownPaper()
{
    HighlightStore store(*m_library);
    QVERIFY(!store.add(m_paper, 0, 2, u"yellow"_s));
    const auto unknown = store.add(m_paper + 100, 0, 2, u"#ffee00"_s);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QString::number(m_paper + 100)));
}

void TestHighlights::removingAndRestoring_givesBackTheSameHighlight()
{
    HighlightStore store(*m_library);
    const auto added = store.add(m_paper, 32, 9, u"#00ff00"_s, u"note"_s);
    QVERIFY(added);
    const auto removed = store.remove(added->id);
    QVERIFY(removed);
    QCOMPARE(removed->id, added->id);
    QVERIFY(store.forPaper(m_paper).isEmpty());
    QVERIFY(!store.remove(added->id)); // gone: a clear error, not a crash

    QVERIFY(store.restore(*removed));
    const QList<Highlight> all = store.forPaper(m_paper);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().id, added->id);
    QCOMPARE(all.first().quote, u"The model"_s);
    QCOMPARE(all.first().comment, u"note"_s);
    QCOMPARE(all.first().created, added->created);
}

void TestHighlights::recolouringAndCommenting_returnTheValuesBefore()
{
    HighlightStore store(*m_library);
    const auto h = store.add(m_paper, 0, 2, u"#111111"_s, u"first"_s);
    QVERIFY(h);
    const auto oldColor = store.setColor(h->id, u"#222222"_s);
    QVERIFY(oldColor);
    QCOMPARE(*oldColor, u"#111111"_s);
    const auto oldComment = store.setComment(h->id, u"second"_s);
    QVERIFY(oldComment);
    QCOMPARE(*oldComment, u"first"_s);
    QVERIFY(!store.setColor(h->id, u"#22"_s));
    QVERIFY(!store.setComment(h->id + 1, u"x"_s));

    const Highlight now = store.forPaper(m_paper).first();
    QCOMPARE(now.color, u"#222222"_s);
    QCOMPARE(now.comment, u"second"_s);
}

void TestHighlights::forPaper_ordersByStart()
{
    HighlightStore store(*m_library);
    QVERIFY(store.add(m_paper, 40, 4, u"#111111"_s));
    QVERIFY(store.add(m_paper, 3, 5, u"#111111"_s));
    QVERIFY(store.add(m_paper, 20, 5, u"#111111"_s));
    QList<int> starts;
    for (const Highlight &h : store.forPaper(m_paper))
        starts.append(h.start);
    QCOMPARE(starts, (QList<int>{3, 20, 40}));
}

void TestHighlights::forPaper_reanchorsAfterWhitespaceChangesAndStoresTheNewPlace()
{
    HighlightStore store(*m_library);
    const auto h = store.add(m_paper, 32, 16, u"#111111"_s); // "The model is fas"
    QVERIFY(h);
    QCOMPARE(h->quote, u"The model is fas"_s);
    setAbstract(u"We  train a model\non small data.\n\nThe   model\nis fast, and the model is small."_s);

    const QList<Highlight> all = store.forPaper(m_paper);
    QCOMPARE(all.size(), 1);
    QVERIFY(!all.first().orphaned);
    QCOMPARE(all.first().start, 34);
    QCOMPARE(all.first().quote, u"The   model\nis fas"_s);
    const Highlight row = stored(h->id);
    QCOMPARE(row.start, 34);
    QCOMPARE(row.length, 18);
    QCOMPARE(row.quote, u"The   model\nis fas"_s);
}

void TestHighlights::forPaper_tellsRepeatedWordsApartByContext()
{
    HighlightStore store(*m_library);
    const auto second = store.add(m_paper, 59, 5, u"#111111"_s); // "and the model is small": that "model"
    QVERIFY(second);
    QCOMPARE(second->quote, u"model"_s);
    // The "model" after "The" is now nearer to the old place; the context still points at the right one.
    setAbstract(u"Summary of results: We train a model on small data.  The model is fast, and the model is small."_s);

    const Highlight h = store.forPaper(m_paper).first();
    QCOMPARE(h.start, 80);
    QCOMPARE(h.prefix.right(8), u"and the "_s);
}

void TestHighlights::forPaper_keepsAHighlightWhoseTextIsGoneAsOrphaned()
{
    HighlightStore store(*m_library);
    const auto h = store.add(m_paper, 20, 10, u"#111111"_s); // "small data"
    QVERIFY(h);
    setAbstract(u"We train a model on large corpora. The model is fast, and the model is small."_s);

    const QList<Highlight> all = store.forPaper(m_paper);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().orphaned);
    QCOMPARE(all.first().quote, h->quote);
    QCOMPARE(stored(h->id).start, h->start); // kept as it was, for the reader to see and remove
}

void TestHighlights::paper_carriesItsHighlights()
{
    QVERIFY(HighlightStore(*m_library).add(m_paper, 0, 8, u"#111111"_s));
    const auto paper = PaperStore(*m_library).paper(m_paper);
    QVERIFY(paper);
    QCOMPARE(paper->highlights.size(), 1);
    QCOMPARE(paper->highlights.first().quote, u"We train"_s);
}

void TestHighlights::addingAndRemoving_areInThePapersHistory()
{
    HighlightStore store(*m_library);
    const auto h = store.add(m_paper, 0, 8, u"#111111"_s);
    QVERIFY(h);
    QVERIFY(store.remove(h->id));
    const QList<PaperEvent> events = PaperHistory(*m_library).forPaper(m_paper);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].kind, EventKind::HighlightAdded);
    QCOMPARE(events[0].detail, u"We train"_s);
    QCOMPARE(events[1].kind, EventKind::HighlightRemoved);
}

QTEST_GUILESS_MAIN(TestHighlights)
#include "tst_highlights.moc"
