// A paper's history: every store's changes, in the order they happened, as kind and values.

#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestPaperHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eventKindNames_roundTrip();
    void forPaper_listsEveryKindOfChangeInOrder();
    void eachPaper_hasItsOwnHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids; // two papers
};

void TestPaperHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    Paper first;
    first.title = u"First"_s;
    first.abstract = u"A short abstract."_s;
    Paper second;
    second.title = u"Second"_s;
    const auto added = PaperStore(*m_library).add({first, second}, u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
}

void TestPaperHistory::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestPaperHistory::eventKindNames_roundTrip()
{
    const QList<EventKind> kinds{EventKind::Status,     EventKind::Rating,     EventKind::Note,
                                 EventKind::TagAdded,   EventKind::TagRemoved, EventKind::TagRenamed,
                                 EventKind::TagMerged,  EventKind::HighlightAdded, EventKind::HighlightRemoved};
    QSet<QString> names;
    for (const EventKind kind : kinds) {
        const QString name = eventKindName(kind);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        QCOMPARE(eventKindFromName(name), std::optional(kind));
    }
    QCOMPARE(names.size(), kinds.size());
    QVERIFY(!eventKindFromName(u"unheard-of"_s));
}

void TestPaperHistory::forPaper_listsEveryKindOfChangeInOrder()
{
    const qint64 id = m_ids[0];
    const QDateTime start(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::UTC);
    int minutes = 0;
    // Each change one minute after the one before, from every store.
    const Clock clock = [&] { return start.addSecs(60 * minutes++); };
    AnnotationStore annotations(*m_library, clock);
    TagStore tags(*m_library, clock);
    HighlightStore highlights(*m_library, clock);

    QVERIFY(annotations.setStatus({id}, ReadingStatus::Reading));
    QVERIFY(tags.edit({id}, {u"ml"_s, u"dl"_s}));
    QVERIFY(annotations.setRating(id, 4));
    QVERIFY(annotations.setNote(id, u"Good."_s));
    const auto highlight = highlights.add(id, 2, 5, u"#ffee00"_s);
    QVERIFY(highlight);
    QVERIFY(highlights.remove(highlight->id));
    QVERIFY(tags.rename(u"ml"_s, u"ai"_s));
    QVERIFY(tags.rename(u"dl"_s, u"ai"_s));
    QVERIFY(tags.edit({id}, {}, {u"ai"_s}));

    QStringList seen;
    QDateTime previousTime;
    for (const PaperEvent &event : PaperHistory(*m_library).forPaper(id)) {
        QCOMPARE(event.paperId, id);
        QVERIFY(event.at >= previousTime);
        previousTime = event.at;
        seen.append(eventKindName(event.kind) + u' ' + event.previous + u'>' + event.detail);
    }
    QCOMPARE(seen, (QStringList{u"status inbox>reading"_s, u"tag-added >dl"_s, u"tag-added >ml"_s, u"rating 0>4"_s,
                                u"note >"_s, u"highlight-added >short"_s, u"highlight-removed >short"_s,
                                u"tag-renamed ml>ai"_s, u"tag-merged dl>ai"_s, u"tag-removed >ai"_s}));
    QCOMPARE(PaperHistory(*m_library).forPaper(id).first().at, start);
}

void TestPaperHistory::eachPaper_hasItsOwnHistory()
{
    QVERIFY(TagStore(*m_library).edit({m_ids[0]}, {u"only-first"_s}));
    QCOMPARE(PaperHistory(*m_library).forPaper(m_ids[0]).size(), 1);
    QVERIFY(PaperHistory(*m_library).forPaper(m_ids[1]).isEmpty());
}

QTEST_GUILESS_MAIN(TestPaperHistory)
#include "tst_paperhistory.moc"
