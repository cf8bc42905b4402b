// The Trash: a deleted paper is in no search, list, count or export, comes back with everything it had, and goes
// for good only when the Trash is emptied.

#include "export/KeptExports.h"
#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include "TestKit.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestPaperTrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aTrashedPaper_isFoundByNoQueryListOrCount();
    void aTrashedPaper_isInNoExportOrRelatedPapers();
    void restoring_bringsBackEveryAnnotationAndListPlace();
    void trashAndRestore_areInTheHistory();
    void unknownIds_areErrorsAndChangeNothing();
    void restoringAPaperNotInTheTrash_isAnError();
    void emptying_removesThePapersAndAllOfTheirsForGood();

private:
    QList<qint64> found(const QString &query) { return findPapers(*m_library, Query::parse(query)).value(); }
    qint64 count(const char *sql) { return integerOf(m_library->db(), sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids; // 0 is trashed in the tests, 1 stays
    qint64 m_list = 0;
};

void TestPaperTrash::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    Paper gone = paperTitled(u"Graph networks for molecules"_s);
    gone.abstract = u"Graph message passing predicts molecular properties of graph data."_s;
    Paper kept = paperTitled(u"Graph networks for proteins"_s);
    kept.abstract = u"Graph message passing predicts protein properties of graph data."_s;
    Paper third = paperTitled(u"Graph kernels"_s);
    third.abstract = u"Kernels on graph data compare molecular graph properties."_s;
    const auto added = PaperStore(*m_library).add({gone, kept, third}, u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
    QVERIFY(TagStore(*m_library).edit({m_ids[0], m_ids[1]}, {u"ml/graphs"_s}));
    QVERIFY(AnnotationStore(*m_library).setNote(m_ids[0], u"A note to keep."_s));
    QVERIFY(AnnotationStore(*m_library).setRating(m_ids[0], 4));
    QVERIFY(HighlightStore(*m_library).add(m_ids[0], 0, 5, u"#ffee00"_s, u"a comment"_s));
    ReadingListStore lists(*m_library);
    const auto list = lists.addPapersToNamedList(u"To read"_s, {m_ids[1], m_ids[0], m_ids[2]});
    QVERIFY(list);
    m_list = lists.find(u"To read"_s)->id;
    QVERIFY(SmartListStore(*m_library).create(u"Graphs"_s, u"tag:ml"_s));
}

void TestPaperTrash::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestPaperTrash::aTrashedPaper_isFoundByNoQueryListOrCount()
{
    const auto moved = PaperTrash(*m_library).trash({m_ids[0]});
    QVERIFY(moved);
    QCOMPARE(*moved, QList<qint64>{m_ids[0]});

    QCOMPARE(found(u"molecules"_s), QList<qint64>());
    QCOMPARE(found(u"tag:ml"_s), QList<qint64>{m_ids[1]});
    QCOMPARE(found(u"status:inbox"_s), (QList<qint64>{m_ids[1], m_ids[2]}));
    QCOMPARE(found(u"has:note OR has:highlight OR rating:4"_s), QList<qint64>());
    QCOMPARE(found(QString()), (QList<qint64>{m_ids[1], m_ids[2]}));
    QCOMPARE(PaperStore(*m_library).count(), 2);
    QCOMPARE(PaperStore(*m_library).ids(PaperSort::Title), (QList<qint64>{m_ids[2], m_ids[1]}));
    QCOMPARE(AnnotationStore(*m_library).paperIds(ReadingStatus::Inbox), (QList<qint64>{m_ids[1], m_ids[2]}));
    for (const StatusCount &status : AnnotationStore(*m_library).statusCounts())
        QCOMPARE(status.count, status.status == ReadingStatus::Inbox ? 2 : 0);
    for (const TagSummary &tag : TagStore(*m_library).summaries())
        QCOMPARE(tag.totalCount, 1); // "ml" and "ml/graphs"
    QCOMPARE(SmartListStore(*m_library).listsWithCounts().first().count, 1);
    QCOMPARE(ReadingListStore(*m_library).lists().first().count, 2);
    QCOMPARE(ReadingListStore(*m_library).shownPaperIds(m_list), (QList<qint64>{m_ids[1], m_ids[2]}));
    QCOMPARE(PaperTrash(*m_library).ids(), QList<qint64>{m_ids[0]});
    QCOMPARE(PaperTrash(*m_library).count(), 1);
}

void TestPaperTrash::aTrashedPaper_isInNoExportOrRelatedPapers()
{
    // Related papers need words that few papers share: more papers, about something else.
    QList<Paper> others;
    for (int i = 0; i < 6; ++i)
        others.append(paperTitled(u"Cooking pasta, recipe %1"_s.arg(i)));
    QVERIFY(PaperStore(*m_library).add(others, u"others.txt"_s, u"test"_s));
    QVERIFY(relatedPapers(*m_library, m_ids[1]).contains(m_ids[0]));
    QVERIFY(PaperTrash(*m_library).trash({m_ids[0]}));
    QVERIFY(!relatedPapers(*m_library, m_ids[1]).contains(m_ids[0]));
    const KeptExport exports[] = {{u"/tmp/a.md"_s, u"md"_s, KeptExport::Scope::All},
                                  {u"/tmp/b.md"_s, u"md"_s, KeptExport::Scope::List, u"To read"_s},
                                  {u"/tmp/c.md"_s, u"md"_s, KeptExport::Scope::List, u"Graphs"_s},
                                  {u"/tmp/d.md"_s, u"md"_s, KeptExport::Scope::Query, u"graph"_s}};
    for (const KeptExport &kept : exports) {
        const auto text = exportText(*m_library, kept);
        QVERIFY(text);
        QVERIFY2(text->contains(u"Graph networks for proteins"_s), qPrintable(*text));
        QVERIFY2(!text->contains(u"molecules"_s), qPrintable(*text));
    }
}

void TestPaperTrash::restoring_bringsBackEveryAnnotationAndListPlace()
{
    const Paper before = *PaperStore(*m_library).paper(m_ids[0]);
    QVERIFY(PaperTrash(*m_library).trash({m_ids[0]}));
    QVERIFY(PaperTrash(*m_library).restore({m_ids[0]}));
    const Paper after = *PaperStore(*m_library).paper(m_ids[0]);
    QCOMPARE(after.tags, before.tags);
    QCOMPARE(after.note, u"A note to keep."_s);
    QCOMPARE(after.rating, 4);
    QCOMPARE(after.highlights.size(), 1);
    QCOMPARE(after.highlights.first().comment, u"a comment"_s);
    QCOMPARE(ReadingListStore(*m_library).shownPaperIds(m_list), (QList<qint64>{m_ids[1], m_ids[0], m_ids[2]}));
    QCOMPARE(found(u"molecules"_s), QList<qint64>{m_ids[0]});
    QCOMPARE(PaperTrash(*m_library).count(), 0);
    QCOMPARE(m_library->damage(), QStringList());
}

void TestPaperTrash::trashAndRestore_areInTheHistory()
{
    const qsizetype before = PaperHistory(*m_library).forPaper(m_ids[0]).size();
    QVERIFY(PaperTrash(*m_library).trash({m_ids[0]}));
    QVERIFY(PaperTrash(*m_library).restore({m_ids[0]}));
    const QList<PaperEvent> events = PaperHistory(*m_library).forPaper(m_ids[0]);
    QCOMPARE(events.size(), before + 2);
    QCOMPARE(events[before].kind, EventKind::Trashed);
    QCOMPARE(events[before + 1].kind, EventKind::Restored);
    // Trashing a paper already in the Trash moves nothing and records nothing.
    QVERIFY(PaperTrash(*m_library).trash({m_ids[1]}));
    QCOMPARE(PaperTrash(*m_library).trash({m_ids[1]}).value(), QList<qint64>());
    QCOMPARE(PaperHistory(*m_library).forPaper(m_ids[1]).last().kind, EventKind::Trashed);
    QCOMPARE(PaperHistory(*m_library).forPaper(m_ids[1]).size(), 2); // tagged, trashed
}

void TestPaperTrash::unknownIds_areErrorsAndChangeNothing()
{
    const auto moved = PaperTrash(*m_library).trash({m_ids[0], 999999});
    QVERIFY(!moved);
    QVERIFY(moved.error().message.contains(u"999999"_s));
    QCOMPARE(PaperTrash(*m_library).count(), 0);
}

void TestPaperTrash::restoringAPaperNotInTheTrash_isAnError()
{
    QVERIFY(PaperTrash(*m_library).trash({m_ids[0]}));
    const auto restored = PaperTrash(*m_library).restore({m_ids[0], m_ids[1]});
    QVERIFY(!restored);
    QVERIFY(restored.error().message.contains(QString::number(m_ids[1])));
    QCOMPARE(PaperTrash(*m_library).ids(), QList<qint64>{m_ids[0]}); // the first is not restored either
}

void TestPaperTrash::emptying_removesThePapersAndAllOfTheirsForGood()
{
    QVERIFY(PaperTrash(*m_library).trash({m_ids[0]}));
    QCOMPARE(PaperTrash(*m_library).empty().value(), 1);
    QVERIFY(!PaperStore(*m_library).paper(m_ids[0]));
    QCOMPARE(count("SELECT count(*) FROM papers"), qint64(2));
    QCOMPARE(count("SELECT count(*) FROM highlights"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM paper_events WHERE paper_id = 1"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM paper_tags WHERE paper_id = 1"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM reading_list_items WHERE paper_id = 1"), qint64(0));
    QCOMPARE(count("SELECT count(*) FROM papers_fts WHERE papers_fts MATCH 'molecules'"), qint64(0));
    QCOMPARE(m_library->damage(), QStringList());
    QCOMPARE(PaperTrash(*m_library).empty().value(), 0);
}

QTEST_GUILESS_MAIN(TestPaperTrash)
#include "tst_papertrash.moc"
