// Merging two records of one paper: the kept paper ends with everything both had (tags, notes, highlights,
// reading-list places, histories) and the fields chosen; the other is gone; and the rows captured before (PaperRows)
// put both back exactly, which is how the window undoes a merge.

#include "TestKit.h"

#include "library/AnnotationStore.h"
#include "library/DuplicateStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperMerge.h"
#include "library/PaperRows.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestPaperMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void merge_keepsTagsNotesHighlightsListsAndHistories();
    void merge_keepsTheKeptFieldsAndFillsTheEmptyOnes();
    void merge_takesTheFieldsPicked();
    void merge_refusesWhatIsNotAPairAndChangesNothing();
    void merge_endsTheDuplicatePair();
    void capturedRows_undoAMergeExactly();

private:
    qint64 listId(const QString &name);
    QString dump();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_keep = 0;
    qint64 m_other = 0;
    qint64 m_third = 0;
};

void TestPaperMerge::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

// Two records of one paper, each read, tagged, annotated and listed; a third paper shares a list with them.
void TestPaperMerge::init()
{
    m_library.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);

    Paper keep = paperTitled(u"Attention is all you need"_s);
    keep.authors = {Person::fromText(u"Vaswani, Ashish"_s)};
    keep.published = u"2017"_s;
    keep.abstract = u"Transformers replace recurrence with attention entirely."_s;
    keep.arxivId = u"1706.03762"_s;
    keep.links = {{u"https://arxiv.org/abs/1706.03762"_s, Link::Kind::Page}};
    Paper other = keep;
    other.title = u"Attention Is All You Need"_s;
    other.published = u"2017-12-04"_s;
    other.abstract = u"We show that transformers replace recurrence with attention entirely."_s;
    other.arxivId.clear();
    other.doi = u"10.5555/3295222.3295349"_s;
    other.container = u"NeurIPS"_s;
    other.links = {{u"https://papers.nips.cc/paper/7181"_s, Link::Kind::Page}};
    m_keep = addWithoutDuplicateCheck(*m_library, keep);
    m_other = addWithoutDuplicateCheck(*m_library, other);
    m_third = addWithoutDuplicateCheck(*m_library, paperTitled(u"Something else"_s));
    QVERIFY(m_keep && m_other && m_third);

    QVERIFY(TagStore(*m_library).edit({m_keep}, {u"shared"_s, u"kept-only"_s}));
    QVERIFY(TagStore(*m_library).edit({m_other}, {u"shared"_s, u"other-only"_s}));
    QVERIFY(AnnotationStore(*m_library).setNote(m_keep, u"Note on the preprint."_s));
    QVERIFY(AnnotationStore(*m_library).setNote(m_other, u"Note on the published paper."_s));
    QVERIFY(AnnotationStore(*m_library).setStatus({m_other}, ReadingStatus::Read));
    QVERIFY(AnnotationStore(*m_library).setRating(m_other, 5));
    QVERIFY(HighlightStore(*m_library).add(m_keep, keep.abstract.indexOf(u"attention"_s), 9, u"#ffee00"_s));
    const int recurrence = int(other.abstract.indexOf(u"recurrence"_s));
    QVERIFY(HighlightStore(*m_library).add(m_other, recurrence, 10, u"#aaccff"_s, u"the point"_s));

    ReadingListStore lists(*m_library);
    const qint64 both = *lists.create(u"Both"_s);
    QVERIFY(lists.addPapers(both, {m_other, m_third, m_keep})); // the other paper comes first
    QVERIFY(lists.addPapers(*lists.create(u"Kept only"_s), {m_keep}));
    QVERIFY(lists.addPapers(*lists.create(u"Other only"_s), {m_third, m_other}));
}

qint64 TestPaperMerge::listId(const QString &name)
{
    const auto list = ReadingListStore(*m_library).find(name);
    return list ? list->id : 0;
}

// Every row of the tables a merge touches, each value quoted as SQLite writes it, in a fixed order: equal dumps are
// equal libraries. The search index is read for a word of the other paper's note.
QString TestPaperMerge::dump()
{
    QString text;
    const std::pair<const char *, const char *> tables[] = {
        {"papers", "id"}, {"links", "paper_id, position"}, {"paper_tags", "paper_id, tag_id"}, {"highlights", "id"},
        {"paper_events", "id"}, {"reading_list_items", "list_id, paper_id"}, {"duplicate_keys", "kind, key, paper_id"},
        {"duplicate_keys_stale", "paper_id"}, {"not_duplicates", "paper_a, paper_b"}};
    for (const auto &[table, order] : tables) {
        QStringList quotedColumns;
        Statement columns(m_library->db(), "SELECT name FROM pragma_table_info(?) ORDER BY cid");
        columns.bind(1, QString::fromLatin1(table));
        while (columns.step())
            quotedColumns.append(u"quote("_s + columns.text(0) + u')');
        const QByteArray sql = (u"SELECT "_s + quotedColumns.join(u" || '|' || "_s) + u" FROM "_s
                                + QString::fromLatin1(table) + u" ORDER BY "_s + QString::fromLatin1(order)).toUtf8();
        Statement rows(m_library->db(), sql.constData());
        text += QString::fromLatin1(table) + u'\n';
        while (rows.step())
            text += rows.text(0) + u'\n';
    }
    Statement found(m_library->db(), "SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'published' ORDER BY rowid");
    while (found.step())
        text += QString::number(found.integer(0)) + u'\n';
    return text;
}

void TestPaperMerge::merge_keepsTagsNotesHighlightsListsAndHistories()
{
    const QList<PaperEvent> otherHistory = PaperHistory(*m_library).forPaper(m_other);
    const auto merged = PaperMerge(*m_library).merge(m_keep, m_other);
    QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().toString()));
    QVERIFY(!PaperStore(*m_library).paper(m_other));
    const Paper paper = *PaperStore(*m_library).paper(m_keep);

    QCOMPARE(paper.tags, (QStringList{u"kept-only"_s, u"other-only"_s, u"shared"_s}));

    QVERIFY(paper.note.contains(u"Note on the preprint."_s));
    QVERIFY(paper.note.contains(u"Note on the published paper."_s));
    QVERIFY2(paper.note.indexOf(u"From #%1"_s.arg(m_keep)) < paper.note.indexOf(u"Note on the preprint."_s), qPrintable(paper.note));
    QVERIFY2(paper.note.indexOf(u"From #%1"_s.arg(m_other)) < paper.note.indexOf(u"Note on the published paper."_s), qPrintable(paper.note));

    // Both highlights, the other's found again in the kept abstract.
    QCOMPARE(paper.highlights.size(), 2);
    for (const Highlight &h : paper.highlights) {
        QVERIFY(!h.orphaned);
        QCOMPARE(paper.abstract.mid(h.start, h.length), h.quote);
    }
    QCOMPARE(paper.highlights[0].quote, u"recurrence"_s);
    QCOMPARE(paper.highlights[0].comment, u"the point"_s);

    ReadingListStore lists(*m_library);
    QCOMPARE(lists.paperIds(listId(u"Both"_s)), (QList<qint64>{m_keep, m_third})); // the earlier place
    QCOMPARE(lists.paperIds(listId(u"Kept only"_s)), QList<qint64>{m_keep});
    QCOMPARE(lists.paperIds(listId(u"Other only"_s)), (QList<qint64>{m_third, m_keep}));

    // The other's history came along, and the merge is in it.
    const QList<PaperEvent> history = PaperHistory(*m_library).forPaper(m_keep);
    for (const PaperEvent &event : otherHistory)
        QVERIFY2(std::any_of(history.cbegin(), history.cend(), [&](const PaperEvent &e) { return e.id == event.id; }),
                 qPrintable(event.detail));
    QCOMPARE(history.last().kind, EventKind::Merged);
    QCOMPARE(history.last().previous, QString::number(m_other));

    // A status still in the inbox takes the other's; the higher rating stays.
    QCOMPARE(paper.status, ReadingStatus::Read);
    QCOMPARE(paper.rating, 5);
    QCOMPARE(PaperStore(*m_library).count(), 2);
}

void TestPaperMerge::merge_keepsTheKeptFieldsAndFillsTheEmptyOnes()
{
    const auto merged = PaperMerge(*m_library).merge(m_keep, m_other);
    QVERIFY(merged);
    QCOMPARE(merged->fieldsFromOther, (QStringList{u"doi"_s, u"container"_s}));
    const Paper paper = *PaperStore(*m_library).paper(m_keep);
    QCOMPARE(paper.title, u"Attention is all you need"_s);
    QCOMPARE(paper.published, u"2017"_s);
    QCOMPARE(paper.abstract, u"Transformers replace recurrence with attention entirely."_s);
    QCOMPARE(paper.arxivId, u"1706.03762"_s);
    QCOMPARE(paper.doi, u"10.5555/3295222.3295349"_s); // the other's, now free
    QCOMPARE(paper.container, u"NeurIPS"_s);
    QCOMPARE(paper.links.size(), 2); // both
}

void TestPaperMerge::merge_takesTheFieldsPicked()
{
    const auto merged = PaperMerge(*m_library).merge(m_keep, m_other, {u"title"_s, u"abstract"_s, u"year"_s});
    QVERIFY(merged);
    const Paper paper = *PaperStore(*m_library).paper(m_keep);
    QCOMPARE(paper.title, u"Attention Is All You Need"_s);
    QCOMPARE(paper.published, u"2017-12-04"_s);
    QCOMPARE(paper.abstract, u"We show that transformers replace recurrence with attention entirely."_s);
    QCOMPARE(paper.arxivId, u"1706.03762"_s);
    // The kept paper's highlight moved with the text it marks.
    for (const Highlight &h : paper.highlights) {
        QVERIFY(!h.orphaned);
        QCOMPARE(paper.abstract.mid(h.start, h.length), h.quote);
    }
}

void TestPaperMerge::merge_refusesWhatIsNotAPairAndChangesNothing()
{
    const QString before = dump();
    QVERIFY(!PaperMerge(*m_library).merge(m_keep, m_keep));
    QVERIFY(!PaperMerge(*m_library).merge(m_keep, 999));
    QVERIFY(!PaperMerge(*m_library).merge(m_keep, m_other, {u"colour"_s}));
    QCOMPARE(dump(), before);
}

void TestPaperMerge::merge_endsTheDuplicatePair()
{
    QCOMPARE(DuplicateStore(*m_library).pairs()->size(), 1);
    QVERIFY(PaperMerge(*m_library).merge(m_other, m_keep));
    QVERIFY(DuplicateStore(*m_library).pairs()->isEmpty());
    // The kept paper is found by both identifiers now.
    Paper again = paperTitled(u"Unrelated title"_s);
    again.arxivId = u"1706.03762v2"_s;
    const auto added = PaperStore(*m_library).add({again}, u"x"_s, u"test"_s);
    QCOMPARE(added->duplicates.size(), 1);
    QCOMPARE(added->duplicates.first().existingId, m_other);
}

void TestPaperMerge::capturedRows_undoAMergeExactly()
{
    QVERIFY(DuplicateStore(*m_library).dismiss(m_other, m_third));
    QVERIFY(DuplicateStore(*m_library).refreshStale());
    const QString before = dump();
    const auto rows = PaperRows::capture(*m_library, {m_keep, m_other});
    QVERIFY(rows);
    QVERIFY(PaperMerge(*m_library).merge(m_keep, m_other, {u"title"_s}));
    QVERIFY(dump() != before);
    QVERIFY(rows->restore(*m_library));
    QCOMPARE(dump(), before);
    QCOMPARE(DuplicateStore(*m_library).pairs()->size(), 1);
    QCOMPARE(m_library->damage(), QStringList());
}

QTEST_GUILESS_MAIN(TestPaperMerge)
#include "tst_papermerge.moc"
