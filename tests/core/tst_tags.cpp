// Tags: nested paths, one spelling per name, and every write undoable.

#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QList<Paper> papers(int count)
{
    QList<Paper> result;
    for (int i = 1; i <= count; ++i) {
        Paper paper;
        paper.title = u"Paper number %1"_s.arg(i);
        paper.abstract = u"Abstract %1."_s.arg(i);
        result.append(paper);
    }
    return result;
}

} // namespace

namespace Lectern {
// Readable QCOMPARE failures.
char *toString(const TagSummary &tag)
{
    return QTest::toString(u"%1 %2 %3/%4"_s.arg(tag.path, tag.color).arg(tag.directCount).arg(tag.totalCount));
}
} // namespace Lectern

class TestTags : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void normalizedName_trimsPartsAndRefusesEmptyOnes_data();
    void normalizedName_trimsPartsAndRefusesEmptyOnes();
    void addingTags_toSeveralPapers_tagsEachOnce();
    void addingAnExistingTagInAnotherCase_keepsTheFirstSpelling();
    void newChildOfAnExistingParent_takesTheParentsSpelling();
    void anUnknownPaperId_changesNothing();
    void removingATagNoPaperHas_isAnErrorAndChangesNothing();
    void addingAndRemovingOneTag_isRefused();
    void undoingAnEdit_givesBackExactlyTheTagsBefore();
    void filteringByAParent_findsPapersTaggedBelowIt();
    void filtering_takesLikeWildcardsInNamesLiterally();
    void summaries_countDistinctPapersUnderEachPrefix();
    void renamingAParent_renamesItsSubtree();
    void renamingOntoAnExistingTag_mergesAndKeepsEveryPapersTags();
    void undoingAMerge_splitsTheTagsAgain();
    void renamingOnlyTheCase_keepsTheNewSpelling();
    void renamingOntoAnAncestor_passesNamesAlongTheChain();
    void renamingATagBelowItself_isRefused();
    void renamingAMissingTag_isAnError();
    void colouringATag_returnsThePreviousColour();
    void colouringAnImpliedParent_storesIt();
    void aColourThatIsNotRgb_isRefused_data();
    void aColourThatIsNotRgb_isRefused();
    void deletingATagAndRestoringIt_roundTrips();
    void tagChanges_areInThePapersHistory();

private:
    QStringList tagsOf(qint64 id) { return TagStore(*m_library).tagsOf(id); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids; // three papers
};

void TestTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
    m_library = std::move(*library);
    const auto added = PaperStore(*m_library).add(papers(3), u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
}

void TestTags::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

void TestTags::normalizedName_trimsPartsAndRefusesEmptyOnes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalized"); // empty: refused

    QTest::newRow("plain") << u"ml"_s << u"ml"_s;
    QTest::newRow("outer spaces") << u"  ml  "_s << u"ml"_s;
    QTest::newRow("spaces around slashes") << u" ml / optimization "_s << u"ml/optimization"_s;
    QTest::newRow("inner runs of spaces") << u"machine \t learning"_s << u"machine learning"_s;
    QTest::newRow("composed and decomposed accents meet") << u"O\u0308konomie"_s << u"\u00d6konomie"_s;
    QTest::newRow("empty") << u""_s << QString();
    QTest::newRow("only spaces") << u"   "_s << QString();
    QTest::newRow("leading slash") << u"/ml"_s << QString();
    QTest::newRow("trailing slash") << u"ml/"_s << QString();
    QTest::newRow("double slash") << u"ml//optimization"_s << QString();
    QTest::newRow("blank part") << u"ml/ /optimization"_s << QString();
    QTest::newRow("control character") << u"ml\u0001x"_s << QString();
}

void TestTags::normalizedName_trimsPartsAndRefusesEmptyOnes()
{
    QFETCH(QString, name);
    QFETCH(QString, normalized);
    const auto result = TagStore::normalizedName(name);
    if (normalized.isEmpty()) {
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
    } else {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, normalized);
    }
}

void TestTags::addingTags_toSeveralPapers_tagsEachOnce()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0], m_ids[1]}, {u"ml"_s, u"to-cite"_s}));
    const auto again = tags.edit({m_ids[0], m_ids[1]}, {u"ml"_s});
    QVERIFY(again);
    QVERIFY(again->added.isEmpty()); // they had it already

    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ml"_s, u"to-cite"_s}));
    QCOMPARE(tagsOf(m_ids[1]), (QStringList{u"ml"_s, u"to-cite"_s}));
    QCOMPARE(tagsOf(m_ids[2]), QStringList());
}

void TestTags::addingAnExistingTagInAnotherCase_keepsTheFirstSpelling()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ML"_s, u"\u00d6konomie"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"ml"_s, u"\u00f6KONOMIE"_s}));

    QCOMPARE(tagsOf(m_ids[1]), (QStringList{u"ML"_s, u"\u00d6konomie"_s}));
    QCOMPARE(tags.summaries().size(), 2);
}

void TestTags::newChildOfAnExistingParent_takesTheParentsSpelling()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ML/Vision"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"ml/optimization"_s}));

    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"ML/optimization"_s});
    QCOMPARE(tags.summaries().first().path, u"ML"_s);
}

void TestTags::anUnknownPaperId_changesNothing()
{
    TagStore tags(*m_library);
    const auto edit = tags.edit({m_ids[0], 999}, {u"ml"_s});
    QVERIFY(!edit);
    QVERIFY(edit.error().message.contains(u"999"_s));
    QCOMPARE(tagsOf(m_ids[0]), QStringList());
    QVERIFY(tags.summaries().isEmpty());
}

void TestTags::removingATagNoPaperHas_isAnErrorAndChangesNothing()
{
    TagStore tags(*m_library);
    const auto edit = tags.edit({m_ids[0]}, {u"ml"_s}, {u"nonexistent"_s});
    QVERIFY(!edit);
    QVERIFY(edit.error().message.contains(u"nonexistent"_s));
    QCOMPARE(tagsOf(m_ids[0]), QStringList());
}

void TestTags::addingAndRemovingOneTag_isRefused()
{
    QVERIFY(!TagStore(*m_library).edit({m_ids[0]}, {u"ml"_s}, {u"ML"_s}));
}

void TestTags::undoingAnEdit_givesBackExactlyTheTagsBefore()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s, u"old"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"old"_s}));

    const auto edit = tags.edit({m_ids[0], m_ids[1]}, {u"ml"_s, u"new"_s}, {u"old"_s});
    QVERIFY(edit);
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ml"_s, u"new"_s}));
    QCOMPARE(tagsOf(m_ids[1]), (QStringList{u"ml"_s, u"new"_s}));

    QVERIFY(tags.undo(*edit));
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ml"_s, u"old"_s})); // had ml before: keeps it
    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"old"_s});
}

void TestTags::filteringByAParent_findsPapersTaggedBelowIt()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml/optimization"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"ml"_s}));
    QVERIFY(tags.edit({m_ids[2]}, {u"mlops"_s}));

    QCOMPARE(tags.paperIds(u"ml"_s), (QList<qint64>{m_ids[0], m_ids[1]}));
    QCOMPARE(tags.paperIds(u"ML"_s), (QList<qint64>{m_ids[0], m_ids[1]}));
    QCOMPARE(tags.paperIds(u"ml/optimization"_s), QList<qint64>{m_ids[0]});
    QCOMPARE(tags.paperIds(u"optimization"_s), QList<qint64>());
}

void TestTags::filtering_takesLikeWildcardsInNamesLiterally()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"a_b/c"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"axb/c"_s}));
    QVERIFY(tags.edit({m_ids[2]}, {u"100%/done"_s}));

    QCOMPARE(tags.paperIds(u"a_b"_s), QList<qint64>{m_ids[0]});
    QCOMPARE(tags.paperIds(u"100%"_s), QList<qint64>{m_ids[2]});
    QCOMPARE(tags.paperIds(u"1%"_s), QList<qint64>());
}

void TestTags::summaries_countDistinctPapersUnderEachPrefix()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0], m_ids[1]}, {u"ml/optimization"_s}));
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s, u"ml/vision/3d"_s}));
    QVERIFY(tags.edit({m_ids[2]}, {u"biology"_s}));
    QVERIFY(tags.setColor(u"ml/optimization"_s, u"#FF8800"_s));

    const QList<TagSummary> expected{
        {u"biology"_s, {}, 1, 1},
        {u"ml"_s, {}, 1, 2}, // paper 0 carries three tags below ml and counts once
        {u"ml/optimization"_s, u"#ff8800"_s, 2, 2},
        {u"ml/vision"_s, {}, 0, 1}, // implied by ml/vision/3d
        {u"ml/vision/3d"_s, {}, 1, 1},
    };
    QCOMPARE(tags.summaries(), expected);
}

void TestTags::renamingAParent_renamesItsSubtree()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s, u"ml/optimization"_s, u"mlops"_s}));
    QVERIFY(tags.setColor(u"ml/optimization"_s, u"#123456"_s));

    const auto rename = tags.rename(u"ml"_s, u"ai"_s);
    QVERIFY2(rename, qPrintable(rename ? QString() : rename.error().message));
    QCOMPARE(rename->moves.size(), 2);
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ai"_s, u"ai/optimization"_s, u"mlops"_s}));
    QCOMPARE(tags.summaries().at(1).color, u"#123456"_s); // the tag itself moved, colour and all

    QVERIFY(tags.undo(*rename));
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ml"_s, u"ml/optimization"_s, u"mlops"_s}));
}

void TestTags::renamingOntoAnExistingTag_mergesAndKeepsEveryPapersTags()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"deep-learning"_s, u"ml"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"deep-learning"_s, u"other"_s}));
    QVERIFY(tags.edit({m_ids[2]}, {u"ml"_s}));

    const auto merge = tags.rename(u"deep-learning"_s, u"ML"_s);
    QVERIFY(merge);
    QCOMPARE(merge->moves.size(), 1);
    QVERIFY(merge->moves.first().merged);
    QCOMPARE(merge->moves.first().to, u"ml"_s); // the existing spelling

    QCOMPARE(tagsOf(m_ids[0]), QStringList{u"ml"_s}); // had both: ends with one
    QCOMPARE(tagsOf(m_ids[1]), (QStringList{u"ml"_s, u"other"_s}));
    QCOMPARE(tagsOf(m_ids[2]), QStringList{u"ml"_s});
    QCOMPARE(tags.summaries().size(), 2);
}

void TestTags::undoingAMerge_splitsTheTagsAgain()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"dl"_s, u"ml"_s, u"dl/vision"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"dl"_s}));
    QVERIFY(tags.edit({m_ids[2]}, {u"ml/vision"_s}));
    QVERIFY(tags.setColor(u"dl"_s, u"#aa0000"_s));
    const QList<TagSummary> before = tags.summaries();

    const auto merge = tags.rename(u"dl"_s, u"ml"_s);
    QVERIFY(merge);
    QCOMPARE(merge->moves.size(), 2); // dl into ml, dl/vision into ml/vision
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ml"_s, u"ml/vision"_s}));

    QVERIFY(tags.undo(*merge));
    QCOMPARE(tags.summaries(), before);
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"dl"_s, u"dl/vision"_s, u"ml"_s}));
    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"dl"_s});
    QCOMPARE(tagsOf(m_ids[2]), QStringList{u"ml/vision"_s});
}

void TestTags::renamingOnlyTheCase_keepsTheNewSpelling()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s, u"ml/opt"_s}));
    QVERIFY(tags.rename(u"ml"_s, u"ML"_s));
    QCOMPARE(tagsOf(m_ids[0]), (QStringList{u"ML"_s, u"ML/opt"_s}));
}

void TestTags::renamingOntoAnAncestor_passesNamesAlongTheChain()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"a/b/c"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"a/b/b/c"_s}));

    const auto rename = tags.rename(u"a/b"_s, u"a"_s);
    QVERIFY2(rename, qPrintable(rename ? QString() : rename.error().message));
    QCOMPARE(tagsOf(m_ids[0]), QStringList{u"a/c"_s});
    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"a/b/c"_s});

    QVERIFY(tags.undo(*rename));
    QCOMPARE(tagsOf(m_ids[0]), QStringList{u"a/b/c"_s});
    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"a/b/b/c"_s});
}

void TestTags::renamingATagBelowItself_isRefused()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s}));
    QVERIFY(!tags.rename(u"ml"_s, u"ml/sub"_s));
    QCOMPARE(tagsOf(m_ids[0]), QStringList{u"ml"_s});
}

void TestTags::renamingAMissingTag_isAnError()
{
    const auto rename = TagStore(*m_library).rename(u"nothing"_s, u"something"_s);
    QVERIFY(!rename);
    QVERIFY(rename.error().message.contains(u"nothing"_s));
}

void TestTags::colouringATag_returnsThePreviousColour()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s}));
    const auto first = tags.setColor(u"ml"_s, u"#00ff00"_s);
    QVERIFY(first);
    QCOMPARE(*first, QString());
    const auto second = tags.setColor(u"ML"_s, QString());
    QVERIFY(second);
    QCOMPARE(*second, u"#00ff00"_s);
    QCOMPARE(tags.summaries().first().color, QString());
    QVERIFY(!tags.setColor(u"missing"_s, u"#00ff00"_s));
}

void TestTags::colouringAnImpliedParent_storesIt()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml/optimization"_s}));
    QVERIFY(tags.setColor(u"ml"_s, u"#0000ff"_s));
    const QList<TagSummary> summaries = tags.summaries();
    QCOMPARE(summaries.first(), (TagSummary{u"ml"_s, u"#0000ff"_s, 0, 1}));
}

void TestTags::aColourThatIsNotRgb_isRefused_data()
{
    QTest::addColumn<QString>("color");
    QTest::newRow("no hash") << u"ff0000"_s;
    QTest::newRow("short form") << u"#f00"_s;
    QTest::newRow("name") << u"red"_s;
    QTest::newRow("not hex") << u"#gg0000"_s;
    QTest::newRow("with alpha") << u"#ff000080"_s;
}

void TestTags::aColourThatIsNotRgb_isRefused()
{
    QFETCH(QString, color);
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s}));
    const auto result = tags.setColor(u"ml"_s, color);
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(color));
}

void TestTags::deletingATagAndRestoringIt_roundTrips()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0], m_ids[1]}, {u"ml"_s}));
    QVERIFY(tags.edit({m_ids[1]}, {u"ml/optimization"_s, u"keep"_s}));
    QVERIFY(tags.setColor(u"ml"_s, u"#abcdef"_s));
    const QList<TagSummary> before = tags.summaries();

    const auto snapshots = tags.deleteTag(u"ml"_s);
    QVERIFY(snapshots);
    QCOMPARE(snapshots->size(), 2);
    QCOMPARE(snapshots->first().name, u"ml"_s);
    QCOMPARE(snapshots->first().color, u"#abcdef"_s);
    QCOMPARE(snapshots->first().paperIds, (QList<qint64>{m_ids[0], m_ids[1]}));
    QCOMPARE(tagsOf(m_ids[1]), QStringList{u"keep"_s});
    QCOMPARE(tags.summaries().size(), 1);

    QVERIFY(tags.restore(*snapshots));
    QCOMPARE(tags.summaries(), before);
    QCOMPARE(tagsOf(m_ids[1]), (QStringList{u"keep"_s, u"ml"_s, u"ml/optimization"_s}));
}

void TestTags::tagChanges_areInThePapersHistory()
{
    TagStore tags(*m_library);
    QVERIFY(tags.edit({m_ids[0]}, {u"ml"_s, u"other"_s}));
    QVERIFY(tags.edit({m_ids[0]}, {}, {u"other"_s}));
    QVERIFY(tags.rename(u"ml"_s, u"ai"_s));
    QVERIFY(tags.deleteTag(u"ai"_s));

    QStringList seen;
    for (const PaperEvent &event : PaperHistory(*m_library).forPaper(m_ids[0]))
        seen.append(eventKindName(event.kind) + u' ' + event.previous + u'>' + event.detail);
    QCOMPARE(seen, (QStringList{u"tag-added >ml"_s, u"tag-added >other"_s, u"tag-removed >other"_s,
                                u"tag-renamed ml>ai"_s, u"tag-removed >ai"_s}));
    QVERIFY(PaperHistory(*m_library).forPaper(m_ids[1]).isEmpty());
}

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
