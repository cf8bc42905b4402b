// A paper's status (with its history), rating and note.

#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestAnnotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importedPapers_areInTheInbox();
    void settingStatus_onSeveralPapers_returnsWhatTheyHadBefore();
    void anUnknownPaperId_changesNoStatus();
    void statusHistory_listsEveryChangeWithItsTime();
    void statusCounts_countEveryStatus();
    void rating_outsideZeroToFive_isRefused_data();
    void rating_outsideZeroToFive_isRefused();
    void rating_returnsThePreviousOneAndIsRecorded();
    void aWordInTheNote_isFoundBySearch();
    void savingTheNote_storesWhenItWasSaved();
    void noteSaves_closeTogether_makeOneHistoryEntry();
    void savingTheSameNote_changesNothing();
    void theNoteOfAnUnknownPaper_isAnError();
    void paperAndRows_carryStatusRatingAndTags();

private:
    AnnotationStore store() { return AnnotationStore(*m_library, [this] { return m_now; }); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids; // three papers
    QDateTime m_now = QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::UTC);
};

void TestAnnotations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    QList<Paper> papers;
    for (const QString &title : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}) {
        Paper paper;
        paper.title = title;
        paper.abstract = u"About "_s + title;
        papers.append(paper);
    }
    const auto added = PaperStore(*m_library).add(papers, u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
}

void TestAnnotations::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestAnnotations::importedPapers_areInTheInbox()
{
    QCOMPARE(PaperStore(*m_library).paper(m_ids[0])->status, ReadingStatus::Inbox);
    QCOMPARE(store().paperIds(ReadingStatus::Inbox), m_ids);
}

void TestAnnotations::settingStatus_onSeveralPapers_returnsWhatTheyHadBefore()
{
    QVERIFY(store().setStatus({m_ids[1]}, ReadingStatus::Reading));
    const auto before = store().setStatus({m_ids[0], m_ids[1]}, ReadingStatus::Read);
    QVERIFY(before);
    QCOMPARE(*before, (QList<PaperStatus>{{m_ids[0], ReadingStatus::Inbox}, {m_ids[1], ReadingStatus::Reading}}));
    QCOMPARE(store().paperIds(ReadingStatus::Read), (QList<qint64>{m_ids[0], m_ids[1]}));

    QVERIFY(store().setStatus(*before)); // undo
    QCOMPARE(store().paperIds(ReadingStatus::Inbox), (QList<qint64>{m_ids[0], m_ids[2]}));
    QCOMPARE(store().paperIds(ReadingStatus::Reading), QList<qint64>{m_ids[1]});
}

void TestAnnotations::anUnknownPaperId_changesNoStatus()
{
    const auto result = store().setStatus({m_ids[0], 999}, ReadingStatus::Skipped);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(u"999"_s));
    QCOMPARE(store().paperIds(ReadingStatus::Skipped), QList<qint64>());
    QVERIFY(store().statusHistory(m_ids[0]).isEmpty());
}

void TestAnnotations::statusHistory_listsEveryChangeWithItsTime()
{
    const QDateTime start = m_now;
    QVERIFY(store().setStatus({m_ids[0]}, ReadingStatus::ToRead));
    m_now = start.addSecs(3600);
    QVERIFY(store().setStatus({m_ids[0]}, ReadingStatus::Reading));
    m_now = start.addDays(2);
    QVERIFY(store().setStatus({m_ids[0]}, ReadingStatus::Reading)); // no change, no entry
    QVERIFY(store().setStatus({m_ids[0]}, ReadingStatus::Read));

    const QList<StatusChange> history = store().statusHistory(m_ids[0]);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history[0].status, ReadingStatus::ToRead);
    QCOMPARE(history[0].at, start);
    QCOMPARE(history[1].status, ReadingStatus::Reading);
    QCOMPARE(history[1].at, start.addSecs(3600));
    QCOMPARE(history[2].status, ReadingStatus::Read);
    QCOMPARE(history[2].at, start.addDays(2));
    const PaperEvent last = PaperHistory(*m_library).forPaper(m_ids[0]).last();
    QCOMPARE(last.previous, u"reading"_s);
    QVERIFY(store().statusHistory(m_ids[1]).isEmpty());
}

void TestAnnotations::statusCounts_countEveryStatus()
{
    QVERIFY(store().setStatus({m_ids[0], m_ids[1]}, ReadingStatus::ToRead));
    QList<int> counts;
    for (const StatusCount &count : store().statusCounts())
        counts.append(count.count);
    QCOMPARE(counts, (QList<int>{1, 2, 0, 0, 0})); // inbox, to-read, reading, read, skipped
}

void TestAnnotations::rating_outsideZeroToFive_isRefused_data()
{
    QTest::addColumn<int>("rating");
    QTest::newRow("-1") << -1;
    QTest::newRow("6") << 6;
    QTest::newRow("100") << 100;
}

void TestAnnotations::rating_outsideZeroToFive_isRefused()
{
    QFETCH(int, rating);
    const auto result = store().setRating(m_ids[0], rating);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QString::number(rating)));
    QCOMPARE(PaperStore(*m_library).paper(m_ids[0])->rating, 0);
}

void TestAnnotations::rating_returnsThePreviousOneAndIsRecorded()
{
    QCOMPARE(*store().setRating(m_ids[0], 4), 0);
    QCOMPARE(*store().setRating(m_ids[0], 5), 4);
    QCOMPARE(*store().setRating(m_ids[0], 0), 5);
    QVERIFY(!store().setRating(999, 3));

    const QList<PaperEvent> events = PaperHistory(*m_library).forPaper(m_ids[0]);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[1].kind, EventKind::Rating);
    QCOMPARE(events[1].detail, u"5"_s);
    QCOMPARE(events[1].previous, u"4"_s);
}

void TestAnnotations::aWordInTheNote_isFoundBySearch()
{
    const auto search = [this](const QString &words) { return findPapers(*m_library, Query::parse(words)).value(); };
    QVERIFY(store().setNote(m_ids[1], u"# Thoughts\n\nReminds me of **zeppelins**."_s));
    QCOMPARE(search(u"zeppelins"_s), QList<qint64>{m_ids[1]});

    QVERIFY(store().setNote(m_ids[1], u"Rewritten."_s));
    QCOMPARE(search(u"zeppelins"_s), QList<qint64>());
    QCOMPARE(search(u"rewritten"_s), QList<qint64>{m_ids[1]});
}

void TestAnnotations::savingTheNote_storesWhenItWasSaved()
{
    const auto before = store().setNote(m_ids[0], u"text"_s);
    QVERIFY(before);
    QCOMPARE(*before, QString());
    QCOMPARE(*store().note(m_ids[0]), u"text"_s);
    Statement q(m_library->db(), "SELECT note_updated_at FROM papers WHERE id = ?");
    QVERIFY(q.bind(1, m_ids[0]).step());
    QCOMPARE(QDateTime::fromString(q.text(0), Qt::ISODateWithMs), m_now);
}

void TestAnnotations::noteSaves_closeTogether_makeOneHistoryEntry()
{
    const QDateTime start = m_now;
    const auto noteEvents = [this] {
        QList<QDateTime> times;
        for (const PaperEvent &event : PaperHistory(*m_library).forPaper(m_ids[0]))
            if (event.kind == EventKind::Note)
                times.append(event.at);
        return times;
    };
    QVERIFY(store().setNote(m_ids[0], u"a"_s));
    m_now = start.addSecs(5 * 60);
    QVERIFY(store().setNote(m_ids[0], u"ab"_s));
    m_now = start.addSecs(14 * 60); // 9 minutes after the last save
    QVERIFY(store().setNote(m_ids[0], u"abc"_s));
    QCOMPARE(noteEvents(), QList<QDateTime>{start.addSecs(14 * 60)});

    m_now = start.addSecs(25 * 60); // 11 minutes after the last save: a new sitting
    QVERIFY(store().setNote(m_ids[0], u"abcd"_s));
    QCOMPARE(noteEvents(), (QList<QDateTime>{start.addSecs(14 * 60), start.addSecs(25 * 60)}));
}

void TestAnnotations::savingTheSameNote_changesNothing()
{
    QVERIFY(store().setNote(m_ids[0], u"same"_s));
    m_now = m_now.addDays(1);
    const auto before = store().setNote(m_ids[0], u"same"_s);
    QVERIFY(before);
    QCOMPARE(*before, u"same"_s);
    QCOMPARE(PaperHistory(*m_library).forPaper(m_ids[0]).size(), 1);
    QCOMPARE(PaperHistory(*m_library).forPaper(m_ids[0]).first().at, m_now.addDays(-1));
}

void TestAnnotations::theNoteOfAnUnknownPaper_isAnError()
{
    QVERIFY(!store().note(999));
    const auto set = store().setNote(999, u"x"_s);
    QVERIFY(!set);
    QVERIFY(set.error().message.contains(u"999"_s));
}

void TestAnnotations::paperAndRows_carryStatusRatingAndTags()
{
    QVERIFY(store().setStatus({m_ids[2]}, ReadingStatus::Skipped));
    QVERIFY(store().setRating(m_ids[2], 3));
    QVERIFY(store().setNote(m_ids[2], u"meh"_s));
    QVERIFY(TagStore(*m_library).edit({m_ids[2]}, {u"b"_s, u"A/x"_s}));

    const auto paper = PaperStore(*m_library).paper(m_ids[2]);
    QVERIFY(paper);
    QCOMPARE(paper->status, ReadingStatus::Skipped);
    QCOMPARE(paper->rating, 3);
    QCOMPARE(paper->note, u"meh"_s);
    QCOMPARE(paper->tags, (QStringList{u"A/x"_s, u"b"_s}));

    const QList<PaperRow> rows = PaperStore(*m_library).rows({m_ids[2], m_ids[0]});
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].status, ReadingStatus::Skipped);
    QCOMPARE(rows[0].rating, 3);
    QCOMPARE(rows[0].tags, (QStringList{u"A/x"_s, u"b"_s}));
    QCOMPARE(rows[1].status, ReadingStatus::Inbox);
    QCOMPARE(rows[1].tags, QStringList());
}

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
