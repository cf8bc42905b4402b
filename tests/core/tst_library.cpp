// The library file: it is created at the current schema, refuses files it must not touch, writes
// all or nothing, recognises papers it already has, and keeps its full-text index in step.

#include "TestKit.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "query/Query.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lectern::Paper)

namespace {

Paper makePaper(const QString &title, const QString &abstract = {}, const QString &arxivId = {},
                const QString &doi = {})
{
    Paper paper;
    paper.title = title;
    paper.abstract = abstract.isEmpty() ? u"An abstract. It says little."_s : abstract;
    paper.arxivId = arxivId;
    paper.doi = doi;
    return paper;
}

// The first column of the first row, or -1 when the statement fails or gives no row.
qint64 integerOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

QString textOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() ? query.text(0) : QString();
}

QStringList namesOf(Database &db, const char *type)
{
    Statement query(db, "SELECT name FROM sqlite_master WHERE type = ? ORDER BY name");
    query.bind(1, QString::fromLatin1(type));
    QStringList names;
    while (query.step())
        names.append(query.text(0));
    return names;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The papers the query finds, best match first.
QList<qint64> papersFound(Library &library, const QString &query, int limit = -1)
{
    return findPapers(library, Query::parse(query), {}, limit).value();
}

// Papers whose words the search tests look for: "spectral" is in the title of the first and only in the
// abstract of the second.
const QList<Paper> searchPapers{
    makePaper(u"Latent Spectral Models for PDEs"_s,
              u"We solve partial differential equations in a compact latent space."_s),
    makePaper(u"Graph Attention Networks"_s,
              u"Attention over neighbours replaces the spectral filters of earlier graph networks."_s),
    makePaper(u"Momentum for Federated Learning"_s,
              u"Clients drift apart, and we don't let them: momentum keeps a café-sized cluster in step."_s),
};

void addDuplicateRows()
{
    QTest::addColumn<Paper>("first");
    QTest::addColumn<Paper>("second");
    QTest::addColumn<QString>("reason"); // empty: the second is a different paper

    QTest::newRow("same arXiv id, other title")
        << makePaper(u"Latent Spectral Models"_s, {}, u"2306.01234"_s)
        << makePaper(u"LSM: A Solver for PDEs"_s, {}, u"2306.01234"_s) << u"arXiv id"_s;
    QTest::newRow("same DOI, other title")
        << makePaper(u"Reproducible Builds in Practice"_s, {}, {}, u"10.1145/3377811.3380330"_s)
        << makePaper(u"Reproducible Builds: Increasing the Integrity of Software Supply Chains"_s, {}, {},
                     u"10.1145/3377811.3380330"_s)
        << u"DOI"_s;
    QTest::newRow("title in other case and punctuation")
        << makePaper(u"Solving High-Dimensional PDEs with Latent Spectral Models"_s)
        << makePaper(u"solving high dimensional PDEs with latent-spectral models!"_s) << u"title/author/year"_s;
    QTest::newRow("title with and without accents")
        << makePaper(u"Naïve Bayes for Café Reviews"_s) << makePaper(u"Naive Bayes for Cafe Reviews"_s) << u"title/author/year"_s;
    QTest::newRow("DOI in another case")
        << makePaper(u"Reproducible Builds in Practice"_s, {}, {}, u"10.1145/ABC.1"_s)
        << makePaper(u"Reproducible Builds, the Journal Version"_s, {}, {}, u"10.1145/abc.1"_s) << u"DOI"_s;
    QTest::newRow("arXiv id is named before the title")
        << makePaper(u"Latent Spectral Models"_s, {}, u"2306.01234"_s)
        << makePaper(u"Latent Spectral Models"_s, {}, u"2306.01234"_s) << u"arXiv id"_s;
    QTest::newRow("different papers")
        << makePaper(u"Latent Spectral Models"_s, {}, u"2306.01234"_s, u"10.1000/one"_s)
        << makePaper(u"Latent Spectral Models 2"_s, {}, u"2306.99999"_s, u"10.1000/two"_s) << QString();
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newFile_getsCurrentSchemaWalAndForeignKeys();
    void reopenedFile_keepsItsPapers();
    void newerSchemaFile_isRefusedAndLeftAlone();
    void version3File_getsItsIndexes_andLowerCaseDois();
    void version7File_keepsItsPapers_withTheNewFieldsEmpty();
    void version14File_getsItsSearchIndexWithoutPrefixIndexes();
    void nonSqliteFile_isRefusedAndLeftAlone();
    void folderAsLibrary_isRefused();
    void defaultPath_prefersLecternLibraryVariable();

    void transactionNotCommitted_rollsBackOnDestruction();
    void cancelCheck_stopsAStatementMidway();
    void failedWriteInABatch_storesNoneOfIt_data();
    void failedWriteInABatch_storesNoneOfIt();

    void reimport_addsNothingAndNamesTheStoredPapers();
    void duplicateInLaterImport_isSkipped_data();
    void duplicateInLaterImport_isSkipped();
    void duplicateInOneBatch_isSkipped_data();
    void duplicateInOneBatch_isSkipped();

    void search_findsWhatItShould_data();
    void search_findsWhatItShould();
    void search_limitKeepsTheBestMatches();
    void searchIndex_followsRawUpdateAndDelete();

private:
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    std::unique_ptr<Library> openLibrary();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibrary::init()
{
    // "SQL does not prepare" and every other warning means the code under test went wrong.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_library = openLibrary();
    QVERIFY(m_library);
}

void TestLibrary::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

std::unique_ptr<Library> TestLibrary::openLibrary()
{
    auto library = Library::open(libraryPath());
    if (!library) {
        qInfo("cannot open the library: %s", qPrintable(library.error().toString()));
        return nullptr;
    }
    return std::move(*library);
}

void TestLibrary::newFile_getsCurrentSchemaWalAndForeignKeys()
{
    Database &db = m_library->db();
    QVERIFY(Schema::currentVersion() >= 1);
    QCOMPARE(integerOf(db, "PRAGMA user_version"), qint64(Schema::currentVersion()));
    QCOMPARE(textOf(db, "PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(integerOf(db, "PRAGMA foreign_keys"), qint64(1));

    const QStringList tables = namesOf(db, "table");
    for (const QString &table : {u"imports"_s, u"papers"_s, u"links"_s, u"papers_fts"_s})
        QVERIFY2(tables.contains(table), qPrintable(table + u" is missing; tables: "_s + tables.join(u", ")));
    const QStringList triggers = namesOf(db, "trigger");
    for (const QString &trigger : {u"papers_fts_insert"_s, u"papers_fts_update"_s, u"papers_fts_delete"_s})
        QVERIFY2(triggers.contains(trigger), qPrintable(trigger));
    QCOMPARE(textOf(db, "PRAGMA integrity_check"), u"ok"_s);
}

void TestLibrary::reopenedFile_keepsItsPapers()
{
    Paper paper = makePaper(u"Latent Spectral Models"_s, u"Code at https://github.com/thuml/LSM."_s, u"2306.01234"_s);
    paper.links = {{u"https://github.com/thuml/LSM"_s, Link::Kind::Code},
                   {u"https://example.org/lsm"_s, Link::Kind::Page}};
    paper.published = u"Jun 13"_s;
    const auto added = PaperStore(*m_library).add({paper, makePaper(u"Second Paper"_s)}, u"first.txt"_s, u"test"_s);
    QVERIFY(added.ok());
    QCOMPARE(added->added, 2);

    m_library.reset();
    m_library = openLibrary();
    QVERIFY(m_library);

    PaperStore store(*m_library);
    QCOMPARE(store.count(), 2);
    const auto reread = store.paper(added->addedIds.first());
    QVERIFY(reread);
    QCOMPARE(reread->title, paper.title);
    QCOMPARE(reread->abstract, paper.abstract);
    QCOMPARE(reread->arxivId, paper.arxivId);
    QCOMPARE(reread->published, paper.published);
    QCOMPARE(reread->links, paper.links);
    QCOMPARE(reread->sourceFile, u"first.txt"_s);
    QCOMPARE(integerOf(m_library->db(), "PRAGMA user_version"), qint64(Schema::currentVersion()));
}

void TestLibrary::newerSchemaFile_isRefusedAndLeftAlone()
{
    QVERIFY(PaperStore(*m_library).add({makePaper(u"Kept Paper"_s)}, u"a.txt"_s, u"test"_s).ok());
    QVERIFY(m_library->db().exec("PRAGMA user_version = 999").ok());
    m_library.reset();

    const auto refused = Library::open(libraryPath());
    QVERIFY2(!refused.ok(), "a library from a newer Lectern was opened");
    QCOMPARE(refused.error().file, libraryPath());
    QVERIFY2(refused.error().message.contains(u"newer"), qPrintable(refused.error().message));

    auto raw = Database::open(libraryPath());
    QVERIFY(raw.ok());
    QCOMPARE(integerOf(**raw, "PRAGMA user_version"), qint64(999));
    QCOMPARE(integerOf(**raw, "SELECT count(*) FROM papers"), qint64(1));
}

void TestLibrary::version3File_getsItsIndexes_andLowerCaseDois()
{
    // A file made by schema 3's steps: no index of later steps, and DOIs as they were given (two differing only
    // in case).
    m_library.reset();
    QVERIFY(QFile::remove(libraryPath()));
    {
        auto raw = Database::open(libraryPath());
        QVERIFY(raw.ok());
        Database &db = **raw;
        QVERIFY(Schema::migrate(db, 3).ok());
        QVERIFY(db.exec("INSERT INTO papers(title, title_key, doi, added_at) VALUES"
                        " ('Shouted DOI', 'shouted doi', '10.1000/ONE', '2023-01-01T00:00:00.000Z'),"
                        " ('Twin in Upper Case', 'twin in upper case', '10.1000/THREE', '2023-01-01T00:00:00.000Z'),"
                        " ('Twin in Lower Case', 'twin in lower case', '10.1000/three', '2023-01-01T00:00:00.000Z')")
                    .ok());
    }

    m_library = openLibrary();
    QVERIFY(m_library);
    Database &upgraded = m_library->db();
    QCOMPARE(integerOf(upgraded, "PRAGMA user_version"), qint64(Schema::currentVersion()));
    QVERIFY(namesOf(upgraded, "index").contains(u"papers_with_note"_s));
    QVERIFY(namesOf(upgraded, "index").contains(u"papers_authors"_s));
    QCOMPARE(textOf(upgraded, "SELECT doi FROM papers WHERE title = 'Shouted DOI'"), u"10.1000/one"_s);
    // Lower case would make it the twin's DOI: it stays as it was rather than fail the upgrade.
    QCOMPARE(textOf(upgraded, "SELECT doi FROM papers WHERE title = 'Twin in Upper Case'"), u"10.1000/THREE"_s);
}

// Issue 9: the paper's new fields (schema step 8) come to a library of before them with its papers as they were: what
// they had read back unchanged, everything new empty but the citation key, which every paper gets when it is opened.
void TestLibrary::version7File_keepsItsPapers_withTheNewFieldsEmpty()
{
    m_library.reset();
    QVERIFY(QFile::remove(libraryPath()));
    {
        auto raw = Database::open(libraryPath());
        QVERIFY(raw.ok());
        Database &db = **raw;
        QVERIFY(Schema::migrate(db, 7).ok());
        QVERIFY(db.exec("INSERT INTO imports(id, file, format, imported_at) VALUES"
                        " (1, 'old.txt', 'daily-papers', '2023-06-14T08:00:00.000Z')").ok());
        QVERIFY(db.exec("INSERT INTO papers(id, title, title_key, authors, abstract, note, published, published_sort,"
                        " arxiv_id, doi, import_id, added_at, status, rating) VALUES"
                        " (1, 'Latent Spectral Models', 'latent spectral models', 'Haixu Wu; Tengge Hu',"
                        "  'We solve PDEs in a latent space.', 'Read the appendix.', '2023-06-13', '2023-06-13',"
                        "  '2306.01234', '10.1000/lsm', 1, '2023-06-14T08:00:00.000Z', 'to-read', 4),"
                        " (2, 'A Paper With Nothing Else', 'a paper with nothing else', '', 'Only this.', '', NULL,"
                        "  NULL, NULL, NULL, NULL, '2023-06-15T08:00:00.000Z', 'inbox', 0)").ok());
        QVERIFY(db.exec("INSERT INTO links(paper_id, position, url, kind) VALUES"
                        " (1, 0, 'https://github.com/thuml/LSM', 'code')").ok());
        QVERIFY(db.exec("INSERT INTO tags(id, name, name_key) VALUES (1, 'ml/pde', 'ml/pde')").ok());
        QVERIFY(db.exec("INSERT INTO paper_tags(paper_id, tag_id) VALUES (1, 1)").ok());
    }

    m_library = openLibrary();
    QVERIFY(m_library);
    QCOMPARE(integerOf(m_library->db(), "PRAGMA user_version"), qint64(Schema::currentVersion()));
    PaperStore store(*m_library);
    QCOMPARE(store.count(), 2);
    const auto lsm = store.paper(1);
    QVERIFY(lsm);
    QCOMPARE(lsm->title, u"Latent Spectral Models"_s);
    QCOMPARE(lsm->authorNames(), (QStringList{u"Haixu Wu"_s, u"Tengge Hu"_s}));
    QCOMPARE(lsm->abstract, u"We solve PDEs in a latent space."_s);
    QCOMPARE(lsm->note, u"Read the appendix."_s);
    QCOMPARE(lsm->published, u"2023-06-13"_s);
    QCOMPARE(lsm->arxivId, u"2306.01234"_s);
    QCOMPARE(lsm->doi, u"10.1000/lsm"_s);
    QCOMPARE(lsm->status, ReadingStatus::ToRead);
    QCOMPARE(lsm->rating, 4);
    QCOMPARE(lsm->tags, QStringList{u"ml/pde"_s});
    QCOMPARE(lsm->links, (QList<Link>{{u"https://github.com/thuml/LSM"_s, Link::Kind::Code}}));
    QCOMPARE(lsm->sourceFile, u"old.txt"_s);
    for (const qint64 id : {1, 2}) {
        const auto paper = store.paper(id);
        QVERIFY(paper);
        const QStringList newFields{paper->type, paper->container, paper->volume, paper->issue, paper->pages,
                                    paper->publisher, paper->isbn, paper->issn, paper->language, paper->arxivCategory};
        QCOMPARE(newFields.join(QString()), QString());
        QVERIFY(paper->editors.isEmpty());
        QCOMPARE(paper->extraFields, QList<ExtraField>());
        QVERIFY2(!paper->citationKey.isEmpty(), qPrintable(paper->title));
    }
    QCOMPARE(papersFound(*m_library, u"latent"_s), QList<qint64>{1});
    QCOMPARE(textOf(m_library->db(), "PRAGMA integrity_check"), u"ok"_s);
    QCOMPARE(m_library->damage(), QStringList());
}

void TestLibrary::version14File_getsItsSearchIndexWithoutPrefixIndexes()
{
    m_library.reset();
    QVERIFY(QFile::remove(libraryPath()));
    {
        QVERIFY(TestKit::writeLibraryOfSchema(libraryPath(), 14));
        auto raw = Database::open(libraryPath());
        QVERIFY(raw.ok());
        Database &db = **raw;
        QVERIFY(textOf(db, "SELECT sql FROM sqlite_master WHERE name = 'papers_fts'").contains(u"prefix"_s));
        QVERIFY(db.exec("INSERT INTO papers(title, title_key, abstract, added_at) VALUES"
                        " ('Spectral Graphs', 'spectral graphs', 'Filters on graphs.', '2023-01-01T00:00:00.000Z'),"
                        " ('Latent Spaces', 'latent spaces', 'Mostly spectral.', '2023-01-01T00:00:00.000Z')")
                    .ok());
    }

    m_library = openLibrary();
    QVERIFY(m_library);
    QVERIFY(!textOf(m_library->db(), "SELECT sql FROM sqlite_master WHERE name = 'papers_fts'").contains(u"prefix"_s));
    // Made again from the papers: every paper is found, also by a prefix of two letters, and the index agrees.
    QCOMPARE(papersFound(*m_library, u"spectral"_s).size(), 2);
    QCOMPARE(papersFound(*m_library, u"sp*"_s).size(), 2);
    QCOMPARE(papersFound(*m_library, u"filters"_s).size(), 1);
    QCOMPARE(m_library->damage(), QStringList());
}

void TestLibrary::nonSqliteFile_isRefusedAndLeftAlone()
{
    const QString path = m_dir->filePath(u"notes.txt"_s);
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "These are notes, not a library. Lectern must not turn them into one.\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(text), text.size());
    }

    const auto refused = Library::open(path);
    QVERIFY2(!refused.ok(), "a text file was opened as a library");
    QCOMPARE(refused.error().file, path);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(contentsOf(path), text);
}

void TestLibrary::folderAsLibrary_isRefused()
{
    const auto refused = Library::open(m_dir->path());
    QVERIFY2(!refused.ok(), "a folder was opened as a library");
    QCOMPARE(refused.error().file, m_dir->path());
}

void TestLibrary::defaultPath_prefersLecternLibraryVariable()
{
    const QByteArray saved = qgetenv("LECTERN_LIBRARY");
    const auto restore = qScopeGuard([&] { qputenv("LECTERN_LIBRARY", saved); });

    qputenv("LECTERN_LIBRARY", QFile::encodeName(libraryPath()));
    QCOMPARE(Library::defaultPath(), libraryPath());

    qunsetenv("LECTERN_LIBRARY");
    const QString fallback = Library::defaultPath();
    QVERIFY2(fallback.endsWith(u"/library.sqlite"), qPrintable(fallback));
    QVERIFY(fallback.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestLibrary::transactionNotCommitted_rollsBackOnDestruction()
{
    Database &db = m_library->db();
    const char *insertSql = "INSERT INTO imports(file, format, imported_at) VALUES ('x.txt', 'test', '2023-06-13')";
    {
        Transaction transaction(db);
        Statement insert(db, insertSql);
        QVERIFY(insert.run().ok());
        QCOMPARE(integerOf(db, "SELECT count(*) FROM imports"), qint64(1));
    }
    QCOMPARE(integerOf(db, "SELECT count(*) FROM imports"), qint64(0));

    {
        Transaction transaction(db);
        Statement insert(db, insertSql);
        QVERIFY(insert.run().ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(integerOf(db, "SELECT count(*) FROM imports"), qint64(1));
}

void TestLibrary::cancelCheck_stopsAStatementMidway()
{
    Database &db = m_library->db();
    // A million rows: far more virtual-machine steps than the check's interval.
    const char *countToAMillion = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
                                  " SELECT count(*) FROM n";
    int checks = 0;
    db.setCancelCheck([&checks] { return ++checks > 3; });
    Statement cancelled(db, countToAMillion);
    QVERIFY(!cancelled.step());
    QVERIFY(cancelled.wasCancelled());
    QCOMPARE(checks, 4);

    db.setCancelCheck([] { return false; });
    Statement counted(db, countToAMillion);
    QVERIFY(counted.step());
    QVERIFY(!counted.wasCancelled());
    QCOMPARE(counted.integer(0), qint64(1000000));
}

void TestLibrary::failedWriteInABatch_storesNoneOfIt_data()
{
    // A trigger makes SQLite refuse one row, as a full disk or a broken constraint would.
    QTest::addColumn<QByteArray>("refusingTrigger");

    QTest::newRow("the third paper") << R"SQL(CREATE TRIGGER test_refuses BEFORE INSERT ON papers
        WHEN new.title = 'Third Paper' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END)SQL"_ba;
    QTest::newRow("a link of the third paper") << R"SQL(CREATE TRIGGER test_refuses BEFORE INSERT ON links
        WHEN new.url = 'https://example.org/third' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END)SQL"_ba;
}

void TestLibrary::failedWriteInABatch_storesNoneOfIt()
{
    QFETCH(QByteArray, refusingTrigger);

    QList<Paper> batch;
    for (const QString &name : {u"First"_s, u"Second"_s, u"Third"_s}) {
        Paper paper = makePaper(name + u" Paper"_s, u"Findable words about "_s + name.toLower() + u"ness."_s);
        paper.links = {{u"https://example.org/"_s + name.toLower(), Link::Kind::Page}};
        batch.append(paper);
    }
    Database &db = m_library->db();
    QVERIFY(db.exec(refusingTrigger.constData()).ok());

    PaperStore store(*m_library);
    const auto failed = store.add(batch, u"batch.txt"_s, u"test"_s);
    QVERIFY2(!failed.ok(), "the refused write was not reported");
    QVERIFY2(failed.error().message.contains(u"Third Paper"), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(u"refused by the test"), qPrintable(failed.error().message));
    QCOMPARE(store.count(), 0);
    QCOMPARE(integerOf(db, "SELECT count(*) FROM links"), qint64(0));
    QCOMPARE(integerOf(db, "SELECT count(*) FROM imports"), qint64(0));
    QCOMPARE(papersFound(*m_library, u"firstness"_s), QList<qint64>());

    // Nothing half-stored is left to pass for a duplicate: without the trigger the same batch goes in whole.
    QVERIFY(db.exec("DROP TRIGGER test_refuses").ok());
    const auto added = store.add(batch, u"batch.txt"_s, u"test"_s);
    QVERIFY(added.ok());
    QCOMPARE(added->added, 3);
    QCOMPARE(integerOf(db, "SELECT count(*) FROM links"), qint64(3));
}

void TestLibrary::reimport_addsNothingAndNamesTheStoredPapers()
{
    const QList<Paper> batch{
        makePaper(u"By arXiv Id"_s, {}, u"2306.01234"_s),
        makePaper(u"By DOI"_s, {}, {}, u"10.1145/3377811.3380330"_s),
        makePaper(u"By Title Only"_s),
    };
    PaperStore store(*m_library);
    const auto first = store.add(batch, u"a.txt"_s, u"test"_s);
    QVERIFY(first.ok());
    QCOMPARE(first->added, 3);

    const auto again = store.add(batch, u"a.txt"_s, u"test"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->added, 0);
    QVERIFY(again->addedIds.isEmpty());
    QCOMPARE(store.count(), 3);

    QStringList reasons;
    QList<qint64> twins;
    for (const Duplicate &duplicate : again->duplicates) {
        reasons.append(duplicate.reason);
        twins.append(duplicate.existingId);
    }
    QCOMPARE(reasons, (QStringList{u"arXiv id"_s, u"DOI"_s, u"title/author/year"_s}));
    QCOMPARE(twins, first->addedIds);
}

void TestLibrary::duplicateInLaterImport_isSkipped_data()
{
    addDuplicateRows();
}

void TestLibrary::duplicateInLaterImport_isSkipped()
{
    QFETCH(Paper, first);
    QFETCH(Paper, second);
    QFETCH(QString, reason);

    PaperStore store(*m_library);
    const auto earlier = store.add({first}, u"earlier.txt"_s, u"test"_s);
    QVERIFY(earlier.ok());
    QCOMPARE(earlier->added, 1);

    const auto later = store.add({second}, u"later.txt"_s, u"test"_s);
    QVERIFY(later.ok());
    if (reason.isEmpty()) {
        QCOMPARE(later->added, 1);
        QVERIFY(later->duplicates.isEmpty());
        return;
    }
    QCOMPARE(later->added, 0);
    QCOMPARE(later->duplicates.size(), 1);
    QCOMPARE(later->duplicates.first().title, second.title);
    QCOMPARE(later->duplicates.first().reason, reason);
    QCOMPARE(later->duplicates.first().existingId, earlier->addedIds.first());
}

void TestLibrary::duplicateInOneBatch_isSkipped_data()
{
    addDuplicateRows();
}

void TestLibrary::duplicateInOneBatch_isSkipped()
{
    QFETCH(Paper, first);
    QFETCH(Paper, second);
    QFETCH(QString, reason);

    PaperStore store(*m_library);
    const auto added = store.add({first, second}, u"one-file.txt"_s, u"test"_s);
    QVERIFY(added.ok());
    QCOMPARE(store.count(), reason.isEmpty() ? 2 : 1);
    if (reason.isEmpty()) {
        QVERIFY(added->duplicates.isEmpty());
        return;
    }
    QCOMPARE(added->added, 1);
    QCOMPARE(added->duplicates.size(), 1);
    QCOMPARE(added->duplicates.first().title, second.title);
    QCOMPARE(added->duplicates.first().reason, reason);
    QCOMPARE(added->duplicates.first().existingId, qint64(0)); // the twin is in the same batch
}

void TestLibrary::search_findsWhatItShould_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("found"); // indexes into searchPapers, best match first

    QTest::newRow("word in a title") << u"attention"_s << QList<int>{1};
    QTest::newRow("word in an abstract only") << u"neighbours"_s << QList<int>{1};
    QTest::newRow("title match ranks above abstract match") << u"spectral"_s << QList<int>{0, 1};
    QTest::newRow("prefix") << u"spectr*"_s << QList<int>{0, 1};
    QTest::newRow("every word must occur") << u"graph filters"_s << QList<int>{1};
    QTest::newRow("words from title and abstract") << u"momentum clients"_s << QList<int>{2};
    QTest::newRow("upper case") << u"LATENT"_s << QList<int>{0};
    QTest::newRow("accent in the text, none in the query") << u"cafe"_s << QList<int>{2};
    QTest::newRow("accent in the query") << u"Café"_s << QList<int>{2};
    QTest::newRow("apostrophe") << u"don't"_s << QList<int>{2};
    QTest::newRow("quoted phrase") << u"\"latent spectral\""_s << QList<int>{0};
    QTest::newRow("parentheses") << u"(latent)"_s << QList<int>{0};
    QTest::newRow("caret and colon") << u"^spectral:"_s << QList<int>{0, 1};
    QTest::newRow("absent word") << u"quantum"_s << QList<int>();
    QTest::newRow("one absent word among present ones") << u"latent quantum"_s << QList<int>();
}

void TestLibrary::search_findsWhatItShould()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, found);

    PaperStore store(*m_library);
    const auto added = store.add(searchPapers, u"search.txt"_s, u"test"_s);
    QVERIFY(added.ok());
    QCOMPARE(added->added, int(searchPapers.size()));

    QList<qint64> expected;
    for (const int index : found)
        expected.append(added->addedIds.at(index));
    QVERIFY(Query::parse(query).isValid());
    QCOMPARE(papersFound(*m_library, query), expected);
}

void TestLibrary::search_limitKeepsTheBestMatches()
{
    PaperStore store(*m_library);
    const auto added = store.add(searchPapers, u"search.txt"_s, u"test"_s);
    QVERIFY(added.ok());

    QCOMPARE(papersFound(*m_library, u"spectral"_s, 1), QList<qint64>{added->addedIds.at(0)});
    QCOMPARE(papersFound(*m_library, u"spectral"_s, 5).size(), 2);
}

void TestLibrary::searchIndex_followsRawUpdateAndDelete()
{
    PaperStore store(*m_library);
    const auto added = store.add(searchPapers, u"search.txt"_s, u"test"_s);
    QVERIFY(added.ok());
    const qint64 latent = added->addedIds.at(0);
    const qint64 graph = added->addedIds.at(1);
    Database &db = m_library->db();

    Statement update(db, "UPDATE papers SET title = 'Quantum Annealing Schedules' WHERE id = ?");
    QVERIFY(update.bind(1, latent).run().ok());
    QCOMPARE(papersFound(*m_library, u"quantum"_s), QList<qint64>{latent});
    QCOMPARE(papersFound(*m_library, u"pdes"_s), QList<qint64>()); // the old title's word
    QCOMPARE(papersFound(*m_library, u"spectral"_s), QList<qint64>{graph});

    Statement remove(db, "DELETE FROM papers WHERE id = ?");
    QVERIFY(remove.bind(1, latent).run().ok());
    QCOMPARE(papersFound(*m_library, u"quantum"_s), QList<qint64>());
    QCOMPARE(papersFound(*m_library, u"latent"_s), QList<qint64>());
    QCOMPARE(papersFound(*m_library, u"neighbours"_s), QList<qint64>{graph});

    // FTS5 compares its index with the papers table: any row the triggers missed fails this.
    Statement check(db, "INSERT INTO papers_fts(papers_fts, rank) VALUES ('integrity-check', 1)");
    const Status checked = check.run();
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
