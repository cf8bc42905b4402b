// A file kept up to date is rewritten from what changed: the entries of the papers whose revision moved are made
// again and the others copied from the file. After every kind of change, in every format a file can be kept in,
// the file so written is byte for byte the export made whole; and only the changed papers were made again.

#include "ExportFixture.h"
#include "TestKit.h"

#include "export/Exporter.h"
#include "export/KeptExportIndex.h"
#include "export/KeptExports.h"
#include "library/AnnotationStore.h"
#include "library/CitationKeys.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperEditor.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

const QString ListName = u"To cite"_s;
const QString AllFields = u"tags,status,rating,notes,highlights"_s;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

struct Step
{
    const char *what;
    std::function<bool(Library &, const QList<qint64> &, const QString &file)> change;
};

// Each step changes what the exports write of one paper or more, or of the file, and says whether it could.
QList<Step> steps()
{
    return {
        {"first write", [](Library &, const QList<qint64> &, const QString &) { return true; }},
        {"nothing changed", [](Library &, const QList<qint64> &, const QString &) { return true; }},
        {"field edited", [](Library &library, const QList<qint64> &ids, const QString &) {
             return PaperEditor(library).edit(ids[0], {{u"title"_s, u"An Edited {Title} -- Now"_s}, {u"volume"_s, u"7"_s}}).ok();
         }},
        {"tag added", [](Library &library, const QList<qint64> &ids, const QString &) {
             return TagStore(library).edit({ids[1], ids[2]}, {u"fresh"_s}).ok();
         }},
        {"tag renamed", [](Library &library, const QList<qint64> &, const QString &) {
             return TagStore(library).rename(u"fresh"_s, u"ml/renamed"_s).ok();
         }},
        {"note written", [](Library &library, const QList<qint64> &ids, const QString &) {
             return AnnotationStore(library).setNote(ids[2], u"# Mine\n\nA *note* with {braces} & <tags>."_s).ok();
         }},
        {"highlight added", [](Library &library, const QList<qint64> &ids, const QString &) {
             return HighlightStore(library).add(ids[1], 0, 5, u"#ffcc00"_s, u"why"_s).ok();
         }},
        {"status set", [](Library &library, const QList<qint64> &ids, const QString &) {
             return AnnotationStore(library).setStatus({ids[0]}, ReadingStatus::Read).ok();
         }},
        {"rating set", [](Library &library, const QList<qint64> &ids, const QString &) {
             return AnnotationStore(library).setRating(ids[3], 4).ok();
         }},
        {"paper trashed", [](Library &library, const QList<qint64> &ids, const QString &) {
             return PaperTrash(library).trash({ids[1]}).ok();
         }},
        {"paper restored", [](Library &library, const QList<qint64> &ids, const QString &) {
             return PaperTrash(library).restore({ids[1]}).ok();
         }},
        {"reading list reordered", [](Library &library, const QList<qint64> &ids, const QString &) {
             ReadingListStore lists(library);
             return lists.movePapers(lists.find(ListName)->id, {ids[3]}, 0).ok();
         }},
        {"removed from the list", [](Library &library, const QList<qint64> &ids, const QString &) {
             ReadingListStore lists(library);
             return lists.removePapers(lists.find(ListName)->id, {ids[0]}).ok();
         }},
        {"citation key edited", [](Library &library, const QList<qint64> &ids, const QString &) {
             return CitationKeyStore(library).setKey(ids[2], u"mine2024edited"_s).ok();
         }},
        {"import adds papers", [](Library &library, const QList<qint64> &, const QString &) {
             const auto added = PaperStore(library).add({TestKit::paperTitled(u"Imported Later"_s),
                                                         TestKit::paperTitled(u"Also Imported"_s)},
                                                        u"new.txt"_s, u"daily"_s);
             return added && added->addedIds.size() == 2
                 && ReadingListStore(library).addPapersToNamedList(ListName, {added->addedIds.last()}).ok();
         }},
        {"tag deleted", [](Library &library, const QList<qint64> &, const QString &) {
             return TagStore(library).deleteTag(u"ml/renamed"_s).ok();
         }},
        {"file edited outside, same size", [](Library &, const QList<qint64> &, const QString &file) {
             QByteArray bytes = bytesOf(file);
             bytes[bytes.size() / 2] = bytes[bytes.size() / 2] == 'x' ? 'y' : 'x';
             return overwrite(file, bytes);
         }},
        {"file edited outside, cut short", [](Library &, const QList<qint64> &, const QString &file) {
             return overwrite(file, bytesOf(file).left(100));
         }},
        {"file deleted outside", [](Library &, const QList<qint64> &, const QString &file) { return QFile::remove(file); }},
        {"trash emptied", [](Library &library, const QList<qint64> &ids, const QString &) {
             return PaperTrash(library).trash({ids[4]}).ok() && PaperTrash(library).empty().ok();
         }},
        {"list emptied", [](Library &library, const QList<qint64> &, const QString &) {
             ReadingListStore lists(library);
             const qint64 list = lists.find(ListName)->id;
             return lists.removePapers(list, lists.paperIds(list)).ok();
         }},
        {"list filled again", [](Library &library, const QList<qint64> &ids, const QString &) {
             return ReadingListStore(library).addPapersToNamedList(ListName, {ids[2], ids[0]}).ok();
         }},
    };
}

} // namespace

class TestKeptExportRewrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void refresh_writesWhatAWholeExportWritesAfterEveryChange_data();
    void refresh_writesWhatAWholeExportWritesAfterEveryChange();
    void refresh_makesOnlyTheChangedPapersEntries();
    void refresh_makesAFileChangedOutsideWhole();
    void index_readsWhatItWrote();

private:
    KeptExport tie(const QString &format, KeptExport::Scope scope) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_ids;
};

void TestKeptExportRewrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"lib.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    QList<Paper> papers = TestKit::exportFixture(u"papers.json"_s);
    QVERIFY(!papers.isEmpty());
    for (Paper &paper : papers)
        paper.highlights.clear(); // a fixture's hold no place in the abstract; the steps add one
    for (int i = 0; i < 6; ++i)
        papers.append(TestKit::paperTitled(u"Plain Paper %1"_s.arg(i)));
    const auto added = PaperStore(*m_library).add(papers, u"fixture.json"_s, u"csljson"_s);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().toString()));
    m_ids = added->addedIds;
    QVERIFY(m_ids.size() >= 6);
    QVERIFY(TagStore(*m_library).edit({m_ids[0], m_ids[3]}, {u"ml/start"_s, u"two words"_s}));
    QVERIFY(ReadingListStore(*m_library).addPapersToNamedList(ListName, {m_ids[0], m_ids[1], m_ids[2], m_ids[3]}));
}

KeptExport TestKeptExportRewrite::tie(const QString &format, KeptExport::Scope scope) const
{
    KeptExport kept;
    kept.path = m_dir->filePath(u"kept."_s + format);
    kept.format = format;
    kept.scope = scope;
    kept.source = scope == KeptExport::Scope::List ? ListName : QString();
    kept.fields = AllFields;
    return kept;
}

void TestKeptExportRewrite::refresh_writesWhatAWholeExportWritesAfterEveryChange_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<KeptExport::Scope>("scope");
    for (const QString &format : exporterNames()) {
        QTest::addRow("%s, the library", qPrintable(format)) << format << KeptExport::Scope::All;
        QTest::addRow("%s, a reading list", qPrintable(format)) << format << KeptExport::Scope::List;
    }
    QTest::addRow("lectern-json, a reading list") << u"lectern-json"_s << KeptExport::Scope::List;
}

void TestKeptExportRewrite::refresh_writesWhatAWholeExportWritesAfterEveryChange()
{
    QFETCH(QString, format);
    QFETCH(KeptExport::Scope, scope);
    KeptExportStore store(*m_library);
    const KeptExport kept = tie(format, scope);
    QVERIFY(store.keep(kept).ok());
    for (const Step &step : steps()) {
        QVERIFY2(step.change(*m_library, m_ids, kept.path), step.what);
        const KeptExportStore::Refresh refresh = store.refresh();
        QVERIFY2(refresh.errors.isEmpty(), qPrintable(refresh.errors.value(0).toString()));
        const auto whole = exportText(*m_library, kept);
        QVERIFY(whole);
        // Lectern JSON says when it was made, to the millisecond: the file holds an earlier time.
        if (format == u"lectern-json") {
            QCOMPARE(bytesOf(kept.path).count('\n'), whole->toUtf8().count('\n'));
            continue;
        }
        const QByteArray written = bytesOf(kept.path);
        if (written != whole->toUtf8()) {
            QCOMPARE(QString::fromUtf8(written), *whole); // prints where they differ
            QFAIL(step.what);
        }
    }
}

void TestKeptExportRewrite::refresh_makesOnlyTheChangedPapersEntries()
{
    KeptExportStore store(*m_library);
    const KeptExport kept = tie(u"bib"_s, KeptExport::Scope::All);
    QVERIFY(store.keep(kept).ok());
    const qsizetype papers = PaperStore(*m_library).count();
    QCOMPARE(store.refresh().entriesMade, papers);

    const KeptExportStore::Refresh nothing = store.refresh();
    QVERIFY(nothing.written.isEmpty());
    QCOMPARE(nothing.entriesMade, 0);

    QVERIFY(AnnotationStore(*m_library).setNote(m_ids[4], u"Read again."_s));
    const KeptExportStore::Refresh note = store.refresh();
    QCOMPARE(note.written, QStringList{kept.path});
    QCOMPARE(note.entriesMade, 1);

    QVERIFY(TagStore(*m_library).edit({m_ids[0], m_ids[3]}, {u"both"_s}));
    QCOMPARE(store.refresh().entriesMade, 2);
    QVERIFY(TagStore(*m_library).rename(u"both"_s, u"renamed-both"_s));
    QCOMPARE(store.refresh().entriesMade, 2);

    // A change the format does not write (BibTeX has no status) makes the entry again, which comes out the same:
    // the file is not touched.
    QVERIFY(AnnotationStore(*m_library).setStatus({m_ids[5]}, ReadingStatus::Skipped));
    const KeptExportStore::Refresh status = store.refresh();
    QCOMPARE(status.entriesMade, 1);
    QVERIFY(status.written.isEmpty());
    QCOMPARE(bytesOf(kept.path), exportText(*m_library, kept)->toUtf8());
}

void TestKeptExportRewrite::refresh_makesAFileChangedOutsideWhole()
{
    KeptExportStore store(*m_library);
    const KeptExport kept = tie(u"ris"_s, KeptExport::Scope::All);
    QVERIFY(store.keep(kept).ok());
    const qsizetype papers = store.refresh().entriesMade;
    QVERIFY(papers > 6);
    // The same size, written at once (the same millisecond, as often as not): the hash tells.
    QByteArray bytes = bytesOf(kept.path);
    bytes.replace("TY  - ", "TY  * ");
    QVERIFY(overwrite(kept.path, bytes));
    QVERIFY(AnnotationStore(*m_library).setNote(m_ids[4], u"Read again."_s));
    const KeptExportStore::Refresh refresh = store.refresh();
    QCOMPARE(refresh.entriesMade, papers);
    QCOMPARE(bytesOf(kept.path), exportText(*m_library, kept)->toUtf8());
    // Its index lost: made whole too.
    QVERIFY(QFile::remove(KeptExportIndex::pathFor(m_library->path(), kept.path)));
    QVERIFY(AnnotationStore(*m_library).setRating(m_ids[4], 2));
    QCOMPARE(store.refresh().entriesMade, papers);
    QVERIFY(AnnotationStore(*m_library).setNote(m_ids[4], u"And again."_s));
    QCOMPARE(store.refresh().entriesMade, 1);
}

void TestKeptExportRewrite::index_readsWhatItWrote()
{
    KeptExportIndex index;
    index.stamp = {1234, 5678};
    index.hash = KeptExportIndex::hashOf("text");
    index.frame = KeptExportIndex::frameBytes("head", ",", "foot");
    index.probe = "probe";
    index.entries = {{7, 3, 4, 10}, {2, 0, 15, 20}};
    QCOMPARE(KeptExportIndex::fromSerialized(index.serialized()), index);
    QVERIFY(!KeptExportIndex::fromSerialized(index.serialized().left(40)));
    QVERIFY(!KeptExportIndex::fromSerialized("not an index"));
}

QTEST_GUILESS_MAIN(TestKeptExportRewrite)
#include "tst_keptexportrewrite.moc"
