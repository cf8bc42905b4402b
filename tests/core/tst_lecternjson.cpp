// Lectern JSON is the migration and backup format: a library exported whole and imported into an empty library
// gives the same library, table by table and column by column (only the surrogate ids and the record of the
// import itself differ). A table this test does not compare fails it, so that a new table is not forgotten.

#include "export/LecternJson.h"
#include "import/FileImport.h"
#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/PaperEditor.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/CitationKeys.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "TestKit.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

// Each table's rows by content, papers named by their titles (ids are the libraries' own). The imports table says
// where papers came from, which for the copy is the Lectern JSON file: it is not compared.
struct Table
{
    const char *name;
    int columns;
    const char *sql;
};
const QList<Table> Tables = {
    {"papers", 27, "SELECT title, title_key, authors, abstract, note, note_updated_at, published, published_sort, arxiv_id,"
               " doi, added_at, status, rating, entry_type, author_names, editor_names, container, volume, issue, pages,"
               " publisher, isbn, issn, language, arxiv_category, citation_key, extra_fields FROM papers ORDER BY title"},
    {"links", 4, "SELECT p.title, l.position, l.url, l.kind FROM links l JOIN papers p ON p.id = l.paper_id"
              " ORDER BY p.title, l.position"},
    {"tags", 3, "SELECT name, name_key, color FROM tags ORDER BY name_key"},
    {"paper_tags", 2, "SELECT p.title, t.name_key FROM paper_tags pt JOIN papers p ON p.id = pt.paper_id"
                   " JOIN tags t ON t.id = pt.tag_id ORDER BY p.title, t.name_key"},
    {"highlights", 9, "SELECT p.title, h.start, h.length, h.quote, h.prefix, h.suffix, h.color, h.comment, h.created_at"
                   " FROM highlights h JOIN papers p ON p.id = h.paper_id ORDER BY p.title, h.start"},
    {"paper_events", 6, "SELECT p.title, e.at, e.kind, e.detail, e.previous, e.value FROM paper_events e"
                     " JOIN papers p ON p.id = e.paper_id ORDER BY p.title, e.at, e.kind, e.detail"},
    {"smart_lists", 3, "SELECT name, query, position FROM smart_lists ORDER BY name"},
    {"library_settings", 2, "SELECT name, value FROM library_settings ORDER BY name"},
    {"reading_lists", 2, "SELECT name, created_at FROM reading_lists ORDER BY name"},
    // The order, not the numbers: positions may be renumbered.
    {"reading_list_items", 3, "SELECT l.name, p.title, i.added_at FROM reading_list_items i"
                           " JOIN reading_lists l ON l.id = i.list_id JOIN papers p ON p.id = i.paper_id"
                           " ORDER BY l.name, i.position"},
};
// The files kept up to date are paths of this machine, which a library moved elsewhere has no use for: Lectern JSON
// does not carry them.
// Duplicate keys are made from the papers again by the import; which pairs are not duplicates is the library's
// own decision about its own ids, which a Lectern JSON file does not carry. Revisions count the changes made in
// this library, for the files it keeps up to date.
const QStringList NotCompared = {u"imports"_s, u"kept_exports"_s, u"duplicate_keys"_s, u"duplicate_keys_stale"_s,
                                 u"duplicate_shared"_s, u"not_duplicates"_s, u"paper_revisions"_s};

QStringList rowsOf(Database &db, const Table &table)
{
    Statement q(db, table.sql);
    QStringList rows;
    while (q.step()) {
        QStringList columns;
        for (int i = 0; i < table.columns; ++i)
            columns.append(q.isNull(i) ? u"NULL"_s : q.text(i));
        rows.append(columns.join(u" | "));
    }
    return rows;
}

QStringList userTables(Database &db)
{
    Statement q(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                    " AND name NOT LIKE 'papers_fts%' ORDER BY name");
    QStringList names;
    while (q.step())
        names.append(q.text(0));
    return names;
}

} // namespace

class TestLecternJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wholeLibrary_intoAnEmptyLibrary_givesTheSameLibrary();
    void intoALibraryWithTwins_mergesAsAnyImport();
    void newerVersion_isRefusedAndChangesNothing();
    void aPaperLongerThanAnyTextLine_isReadBack();

private:
    // A library with something in every table: fields of every kind, tags with a colour, a note, statuses and a
    // rating with their history, highlights with comments, a reading list out of order, smart lists.
    void fillSource();
    QString exportSource();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_source;
};

void TestLecternJson::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto source = Library::open(m_dir->filePath(u"source.sqlite"_s));
    QVERIFY(source);
    m_source = std::move(*source);
    fillSource();
}

void TestLecternJson::fillSource()
{
    Paper full = paperTitled(u"A Full Paper"_s);
    full.type = u"inproceedings"_s;
    full.authors = {Person{u"Hippel"_s, u"Eric"_s, u"von"_s, {}, {}}, Person::literalName(u"World Health Organization"_s)};
    full.editors = {Person::fromText(u"Doe, Jane")};
    full.published = u"2021-05"_s;
    full.doi = u"10.1000/full"_s;
    full.arxivId = u"2101.00001"_s;
    full.container = u"Proceedings of Things"_s;
    full.volume = u"3"_s;
    full.pages = u"1–10"_s;
    full.citationKey = u"hippel2021"_s;
    full.extraFields = {{u"file"_s, u"C:\\papers\\full.pdf"_s}, {u"groups"_s, u"reading"_s}};
    full.links = {{u"https://example.org/full"_s, Link::Kind::Page}, {u"https://github.com/x/full"_s, Link::Kind::Code}};
    full.abstract = u"We highlight this sentence. And another one here."_s;
    const auto added = PaperStore(*m_source).add({full, paperTitled(u"Second Paper"_s), paperTitled(u"Third Paper"_s)},
                                                 u"a.bib"_s, u"bibtex"_s);
    QVERIFY(added && added->added == 3);
    const QList<qint64> ids = added->addedIds;

    TagStore tags(*m_source);
    QVERIFY(tags.edit({ids[0], ids[1]}, {u"ml/optimization"_s, u"to-cite"_s}));
    QVERIFY(tags.setColor(u"ml/optimization"_s, u"#aa3300"_s));
    AnnotationStore annotations(*m_source);
    QVERIFY(annotations.setNote(ids[0], u"A note with *markdown*."_s));
    QVERIFY(annotations.setStatus({ids[0]}, ReadingStatus::Reading));
    QVERIFY(annotations.setStatus({ids[0]}, ReadingStatus::Read));
    QVERIFY(annotations.setRating(ids[0], 4));
    QVERIFY(HighlightStore(*m_source).add(ids[0], 3, 9, u"#ffd54f"_s, u"the key claim"_s));
    QVERIFY(PaperEditor(*m_source).edit(ids[1], {{u"volume"_s, u"12"_s}})); // a field edit: old and new value
    ReadingListStore lists(*m_source);
    const auto list = lists.create(u"To read"_s);
    QVERIFY(list);
    QVERIFY(lists.addPapers(*list, {ids[2], ids[0]}));
    QVERIFY(lists.create(u"Empty list"_s));
    SmartListStore smart(*m_source);
    QVERIFY(smart.create(u"Read"_s, u"status:read"_s));
    QVERIFY(smart.create(u"ML"_s, u"tag:ml"_s));
    QVERIFY(CitationKeyStore(*m_source).setPattern(u"[auth]:[year]"_s).ok());
}

QString TestLecternJson::exportSource()
{
    const QString path = m_dir->filePath(u"library.jsonl"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(writeLecternJson(*m_source, PaperStore(*m_source).ids()).toUtf8());
    return path;
}

void TestLecternJson::wholeLibrary_intoAnEmptyLibrary_givesTheSameLibrary()
{
    const QString file = exportSource();
    auto copy = Library::open(m_dir->filePath(u"copy.sqlite"_s));
    QVERIFY(copy);
    const auto imported = importFile(**copy, file);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->format, u"lectern-json"_s);
    QCOMPARE(imported->added.added, 3);

    Database &from = m_source->db();
    Database &to = (*copy)->db();
    QStringList compared = NotCompared;
    for (const Table &table : Tables) {
        compared.append(QString::fromLatin1(table.name));
        const QStringList expected = rowsOf(from, table);
        QVERIFY2(!expected.isEmpty(), table.name); // the source fills every table, or the comparison proves nothing
        QCOMPARE(rowsOf(to, table), expected);
    }
    compared.sort();
    QCOMPARE(compared, userTables(from));
}

void TestLecternJson::intoALibraryWithTwins_mergesAsAnyImport()
{
    const QString file = exportSource();
    const auto again = importFile(*m_source, file);
    QVERIFY(again);
    QCOMPARE(again->added.added, 0);
    QCOMPARE(again->added.duplicates.size(), 3);
    QCOMPARE(PaperStore(*m_source).count(), 3);
    // The list gained nothing it had, and kept its order.
    const auto list = ReadingListStore(*m_source).find(u"To read"_s);
    QVERIFY(list);
    QCOMPARE(list->count, 2);
}

void TestLecternJson::newerVersion_isRefusedAndChangesNothing()
{
    const QString path = m_dir->filePath(u"newer.jsonl"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"lectern\":\"library\",\"version\":99}\n{\"paper\":{\"title\":\"From the future\"}}\n");
    file.close();
    const auto refused = importFile(*m_source, path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().toString().contains(u"newer.jsonl:1:"_s), qPrintable(refused.error().toString()));
    QCOMPARE(PaperStore(*m_source).count(), 3);
}

// A paper is one line of the file, as long as its note and highlights make it: a line reader's limit (256 KB) is not
// the format's, or a backup of a library with a long note could not be restored.
void TestLecternJson::aPaperLongerThanAnyTextLine_isReadBack()
{
    const auto ids = PaperStore(*m_source).ids();
    const QString longNote = u"A long note, written over many evenings. "_s.repeated(10'000); // 410 KB
    QVERIFY(AnnotationStore(*m_source).setNote(ids.first(), longNote));
    const QString file = exportSource();
    auto copy = Library::open(m_dir->filePath(u"copy.sqlite"_s));
    QVERIFY(copy);
    const auto imported = importFile(**copy, file);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->added.added, 3);
    QCOMPARE(textOf((*copy)->db(), "SELECT note FROM papers WHERE length(note) > 400000"), longNote);
}

QTEST_GUILESS_MAIN(TestLecternJson)
#include "tst_lecternjson.moc"
