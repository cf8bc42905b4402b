// Export files kept up to date: tied to a list, a query or the whole library, rewritten when what they export
// changes and left alone when it has not, whoever changed it and whenever.

#include "export/KeptExports.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

Paper makePaper(const QString &title)
{
    Paper paper;
    paper.title = title;
    paper.abstract = u"An abstract."_s;
    paper.published = u"2024-05-01"_s;
    return paper;
}

QString contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestKeptExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void refresh_writesWhatChangedAndOnlyThat();
    void refresh_catchesUpWithChangesMadeWhileClosed();
    void refresh_writesADeletedFileAgain();
    void refresh_reportsABrokenTieAndWritesTheOthers();
    void keep_refusesATieThatCannotBeWritten();
    void remove_stopsRewriting();

private:
    std::unique_ptr<Library> openLibrary();
    KeptExport listTie(const QString &file, const QString &format = u"bib"_s) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<qint64> m_ids;
};

void TestKeptExports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = openLibrary();
    const auto added = PaperStore(*library).add({makePaper(u"Alpha Paper"_s), makePaper(u"Beta Paper"_s),
                                                 makePaper(u"Gamma Paper"_s)},
                                                u"a.txt"_s, u"daily"_s);
    QVERIFY(added);
    m_ids = added->addedIds;
    QVERIFY(ReadingListStore(*library).addPapersToNamedList(u"To cite"_s, {m_ids[0], m_ids[1]}));
}

std::unique_ptr<Library> TestKeptExports::openLibrary()
{
    auto library = Library::open(m_dir->filePath(u"lib.sqlite"_s));
    if (!library)
        qFatal("%s", qPrintable(library.error().toString()));
    return std::move(*library);
}

KeptExport TestKeptExports::listTie(const QString &file, const QString &format) const
{
    KeptExport kept;
    kept.path = m_dir->filePath(file);
    kept.format = format;
    kept.scope = KeptExport::Scope::List;
    kept.source = u"To cite"_s;
    kept.fields = u"tags"_s;
    return kept;
}

void TestKeptExports::refresh_writesWhatChangedAndOnlyThat()
{
    auto library = openLibrary();
    KeptExportStore store(*library);
    const KeptExport kept = listTie(u"cite.bib"_s);
    QVERIFY(store.keep(kept).ok());
    QCOMPARE(store.all(), QList<KeptExport>{kept});

    QCOMPARE(store.refresh().written, QStringList{kept.path});
    const QString first = contentsOf(kept.path);
    QVERIFY(first.contains(u"{Alpha} {Paper}"_s));
    QVERIFY(!first.contains(u"Gamma"_s));
    // Nothing changed: the file is not touched.
    QVERIFY(store.refresh().written.isEmpty());

    // A change outside the list leaves it; a tag on a listed paper and a paper added to the list do not.
    QVERIFY(TagStore(*library).edit({m_ids[2]}, {u"elsewhere"_s}));
    QVERIFY(store.refresh().written.isEmpty());
    QVERIFY(TagStore(*library).edit({m_ids[0]}, {u"cited"_s}));
    QCOMPARE(store.refresh().written, QStringList{kept.path});
    QVERIFY(contentsOf(kept.path).contains(u"keywords = {cited}"_s));
    QVERIFY(ReadingListStore(*library).addPapersToNamedList(u"To cite"_s, {m_ids[2]}));
    QCOMPARE(store.refresh().written, QStringList{kept.path});
    QVERIFY(contentsOf(kept.path).contains(u"{Gamma} {Paper}"_s));
}

void TestKeptExports::refresh_catchesUpWithChangesMadeWhileClosed()
{
    const KeptExport kept = listTie(u"cite.ris"_s, u"ris"_s);
    {
        auto library = openLibrary();
        QVERIFY(KeptExportStore(*library).keep(kept).ok());
        QVERIFY(!KeptExportStore(*library).refresh().written.isEmpty());
    }
    {
        auto library = openLibrary(); // another program, which knows nothing of ties
        QVERIFY(TagStore(*library).edit({m_ids[1]}, {u"while-closed"_s}));
    }
    auto library = openLibrary();
    QCOMPARE(KeptExportStore(*library).refresh().written, QStringList{kept.path});
    QVERIFY(contentsOf(kept.path).contains(u"KW  - while-closed"_s));
}

void TestKeptExports::refresh_writesADeletedFileAgain()
{
    auto library = openLibrary();
    KeptExport kept = listTie(u"all.jsonl"_s, u"lectern-json"_s);
    kept.scope = KeptExport::Scope::All;
    kept.source.clear();
    QVERIFY(KeptExportStore(*library).keep(kept).ok());
    QVERIFY(!KeptExportStore(*library).refresh().written.isEmpty());
    QVERIFY(QFile::remove(kept.path));
    QCOMPARE(KeptExportStore(*library).refresh().written, QStringList{kept.path});
    QVERIFY(contentsOf(kept.path).contains(u"Gamma Paper"_s));
}

void TestKeptExports::refresh_reportsABrokenTieAndWritesTheOthers()
{
    auto library = openLibrary();
    KeptExportStore store(*library);
    QVERIFY(store.keep(listTie(u"cite.bib"_s)).ok());
    KeptExport query = listTie(u"query.md"_s, u"md"_s);
    query.scope = KeptExport::Scope::Query;
    query.source = u"Gamma"_s;
    QVERIFY(store.keep(query).ok());
    const auto list = ReadingListStore(*library).find(u"To cite"_s);
    QVERIFY(list);
    QVERIFY(ReadingListStore(*library).remove(list->id));
    const KeptExportStore::Refresh refresh = store.refresh();
    QCOMPARE(refresh.written, QStringList{query.path});
    QCOMPARE(refresh.errors.size(), 1);
    QCOMPARE(refresh.errors.first().file, m_dir->filePath(u"cite.bib"_s));
    QVERIFY2(refresh.errors.first().message.contains(u"To cite"_s), qPrintable(refresh.errors.first().message));
}

void TestKeptExports::keep_refusesATieThatCannotBeWritten()
{
    auto library = openLibrary();
    KeptExport kept = listTie(u"x.bib"_s);
    kept.source = u"No such list"_s;
    QVERIFY(!KeptExportStore(*library).keep(kept).ok());
    kept = listTie(u"x.bib"_s, u"docx"_s);
    QVERIFY(!KeptExportStore(*library).keep(kept).ok());
    kept = listTie(u"x.bib"_s);
    kept.fields = u"tags,colour"_s;
    QVERIFY(!KeptExportStore(*library).keep(kept).ok());
    QVERIFY(KeptExportStore(*library).all().isEmpty());
}

void TestKeptExports::remove_stopsRewriting()
{
    auto library = openLibrary();
    KeptExportStore store(*library);
    const KeptExport kept = listTie(u"cite.bib"_s);
    QVERIFY(store.keep(kept).ok());
    QVERIFY(store.refresh().errors.isEmpty());
    QVERIFY(!store.remove(m_dir->filePath(u"other.bib"_s)).ok());
    QVERIFY(store.remove(kept.path).ok());
    QVERIFY(TagStore(*library).edit({m_ids[0]}, {u"after"_s}));
    QVERIFY(store.refresh().written.isEmpty());
    QVERIFY(!contentsOf(kept.path).contains(u"after"_s)); // the file stays as it was
}

QTEST_GUILESS_MAIN(TestKeptExports)
#include "tst_keptexports.moc"
