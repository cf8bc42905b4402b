#include "library/PaperImport.h"

#include "library/CitationKeys.h"
#include "library/DuplicateStore.h"
#include "library/PaperFields.h"
#include "library/PaperHistory.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "text/PaperText.h"
#include "util/ProcessKey.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Lectern {

namespace {

QString kindName(Link::Kind kind)
{
    return kind == Link::Kind::Code ? QStringLiteral("code") : QStringLiteral("page");
}

QString sourceOf(Database &db, qint64 importId)
{
    Statement q(db, "SELECT file FROM imports WHERE id = ?");
    return q.bind(1, importId).step() ? q.text(0) : QString();
}

Status removeImport(Database &db, qint64 importId)
{
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement papers(db, "DELETE FROM papers WHERE import_id = ?");
    if (auto s = papers.bind(1, importId).run(); !s)
        return s;
    Statement import(db, "DELETE FROM imports WHERE id = ?");
    if (auto s = import.bind(1, importId).run(); !s)
        return s;
    return transaction.commit();
}

// PRAGMA takes no bound parameters: names and values are our own.
qint64 pragma(Database &db, const char *name)
{
    const QByteArray sql = "PRAGMA " + QByteArray(name);
    Statement q(db, sql.constData());
    return q.step() ? q.integer(0) : 0;
}

Status setPragma(Database &db, const char *name, qint64 value)
{
    const QByteArray sql = "PRAGMA " + QByteArray(name) + " = " + QByteArray::number(value);
    return db.exec(sql.constData());
}

// How much the full-text index gathers in memory before it writes it as a segment (FTS5's 'hashsize', kept in the
// index's config table). FTS5's default, 1 MiB, made some twenty small segments of each batch of ten thousand
// papers, merged again and again: the sqlite3 shell indexing 100,000 papers in ten batches took 4.6 s of CPU with
// it, 3.4 s with 64 MiB. An import sets what its size is worth (128 bytes per paper expected, at most 32 MiB: a
// batch of the arXiv snapshot's records gathers about 15 MB) and gives the default back when it ends; an edit
// indexes a paper at a time and never comes near it.
Status setIndexMemory(Database &db, qint64 bytes)
{
    Statement set(db, "INSERT INTO papers_fts(papers_fts, rank) VALUES ('hashsize', ?)");
    return set.bind(1, bytes).run();
}

constexpr qint64 DefaultIndexMemory = 1024 * 1024;

} // namespace

PaperImport::PaperImport(Library &library, qint64 importId, qint64 expectedPapers)
    : m_library(library), m_importId(importId), m_keys(std::make_unique<CitationKeyStore>(library))
{
    // Only speed depends on these; each is the connection's own again when the import ends (restoreSettings).
    Database &db = library.db();
    for (const char *name : {"cache_size", "wal_autocheckpoint", "threads"})
        m_settings.emplace_back(name, pragma(db, name));
    // Half a KiB per paper expected: a small import keeps its memory small.
    const qint64 cacheKiB = -m_settings.front().second; // a negative cache_size is in KiB
    if (const qint64 kib = qMin(qint64(CacheKiB), expectedPapers / 2); kib > cacheKiB)
        (void)setPragma(db, "cache_size", -kib);
    // A checkpoint writes the WAL's pages into the file and waits for the disk: after every batch, pages the next
    // batch writes again (the full-text index's, the tables' last) were written twice over. The WAL still stays
    // far smaller than the import.
    (void)setPragma(db, "wal_autocheckpoint", CheckpointPages);
    // Making the dropped indexes again at the end sorts every paper's keys: a second thread sorts while the first
    // reads (the reading thread is done by then). 4 indexes of 100,000 papers: 5.2-7.3 s instead of 6.8-8.8 s.
    (void)setPragma(db, "threads", 2);
}

void PaperImport::restoreSettings()
{
    for (const auto &[name, value] : m_settings)
        (void)setPragma(m_library.db(), name, value);
}

PaperImport::~PaperImport()
{
    if (!m_finished)
        (void)abandon(); // what fails here the next open removes
    restoreSettings();
}

Expected<std::unique_ptr<PaperImport>> PaperImport::begin(Library &library, const QString &source, const QString &format,
                                                        qint64 expectedPapers)
{
    Database &db = library.db();
    // Papers edited since their duplicate keys were made are found by what they are now.
    if (auto s = DuplicateStore(library).refreshStale(); !s)
        return s.error();
    // The mark is committed before any paper, so that a kill at any later moment leaves it to find.
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement insert(db, "INSERT INTO imports(file, format, imported_at, state, process) VALUES (?, ?, ?, 'running', ?)");
    if (auto s = insert.bind(1, source).bind(2, format).bind(3, storedTime(QDateTime::currentDateTimeUtc()))
                     .bind(4, currentProcessKey()).run();
        !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    // The highest id stands for the library's size: counting a million papers would cost more than it tells.
    Statement highest(db, "SELECT coalesce(max(id), 0) FROM papers");
    const qint64 papers = highest.step() ? highest.integer(0) : 0;
    highest.reset(); // a statement still reading would keep DROP INDEX from running
    if (expectedPapers >= LargeImport && expectedPapers > papers)
        if (auto s = Schema::dropReadingIndexes(db); !s)
            return s.error();
    if (auto s = setIndexMemory(db, qBound(DefaultIndexMemory, expectedPapers * 128, IndexMemory)); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return std::unique_ptr<PaperImport>(new PaperImport(library, id, expectedPapers));
}

Status PaperImport::beginBatch()
{
    m_batch = std::make_unique<Transaction>(m_library.db());
    if (!*m_batch) {
        const Error error = m_batch->error();
        m_batch.reset();
        return error;
    }
    m_inBatch = 0;
    return success();
}

Status PaperImport::commitBatch()
{
    if (auto s = indexBatch(); !s)
        return s;
    auto batch = std::move(m_batch);
    return batch ? batch->commit() : success();
}

// The papers stored since the last call, into the full-text index in one statement (which the insert trigger
// leaves to a running import: schema step 13). Before a batch commits, and before any other work in the import's
// transaction could change a paper's text (an update indexes the text it replaces, which must be there).
Status PaperImport::indexBatch()
{
    Statement index(m_library.db(), "INSERT INTO papers_fts(rowid, title, authors, abstract, note)"
                                    " SELECT id, title, authors, abstract, note FROM papers"
                                    " WHERE import_id = ? AND id > ? ORDER BY id");
    if (auto s = index.bind(1, m_importId).bind(2, m_lastIndexed).run(); !s)
        return s;
    if (!m_result.addedIds.isEmpty())
        m_lastIndexed = m_result.addedIds.constLast();
    return success();
}

PaperImport::Columns PaperImport::prepare(Paper &paper, const QString &keyPattern)
{
    // DOIs ignore case. Stored lower-case, a DOI typed in another case is still a twin, and doi: compares with =.
    paper.doi = paper.doi.toLower();
    return Columns{PaperText::titleKey(paper.title),
                   DuplicateKeys::of(paper),
                   displayNamesColumn(paper.authors),
                   peopleColumn(paper.authors),
                   peopleColumn(paper.editors),
                   extraFieldsColumn(paper.extraFields),
                   PaperText::sortableDate(paper.published),
                   CitationKeys::wantedKey(paper, keyPattern)};
}

QString PaperImport::keyPattern()
{
    return m_keys->pattern();
}

Expected<qint64> PaperImport::add(const Paper &original)
{
    Paper paper = original;
    const Columns columns = prepare(paper, keyPattern());
    return add(paper, columns);
}

Expected<qint64> PaperImport::add(const Paper &paper, const Columns &columns)
{
    if (!m_batch)
        if (auto s = beginBatch(); !s)
            return s.error();
    const DuplicateKeys &keys = columns.keys;
    DuplicateStore duplicates(m_library);
    const auto twin = duplicates.find(paper, keys);
    if (!twin)
        return twin.error();
    qint64 id = 0;
    if (*twin) {
        // A twin stored by this same import is one the input lists twice.
        const bool earlier = (*twin)->importId != m_importId;
        Duplicate duplicate{paper.title, earlier ? (*twin)->paperId : 0, duplicateReasonName((*twin)->reason), {}};
        id = (*twin)->paperId;
        if (earlier && m_updateDuplicates) {
            auto filled = fillIn(id, paper);
            if (!filled)
                return filled.error();
            duplicate.filled = *filled;
        }
        m_result.duplicates.append(duplicate);
    } else {
        auto inserted = insert(paper, columns);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        if (auto s = duplicates.insertKeys(id, keys, !keys.arxivId.isEmpty()); !s)
            return s.error();
    }
    if (++m_inBatch >= BatchSize)
        if (auto s = commitBatch(); !s)
            return s.error();
    return id;
}

Expected<QStringList> PaperImport::fillIn(qint64 storedId, const Paper &paper)
{
    auto stored = PaperStore(m_library).paper(storedId);
    if (!stored)
        return QStringList();
    QStringList names = PaperFields::fillable(m_library, *stored, paper);
    // An identifier another paper has stays where it is (the two would be one paper, which a merge decides).
    Statement taken(m_library.db(), "SELECT 1 FROM papers WHERE (doi = ? OR arxiv_id = ?) AND id <> ?");
    names.removeIf([&](const QString &name) {
        if (name != u"doi" && name != u"arxiv")
            return false;
        const QString value = name == u"doi" ? paper.doi : paper.arxivId;
        const bool isTaken = taken.bind(1, value).bind(2, value).bind(3, storedId).step();
        taken.reset();
        return isTaken;
    });
    if (names.isEmpty())
        return names;
    for (const QString &name : names)
        paperField(name)->copy(*stored, paper);
    if (auto s = PaperFields::store(m_library, *stored, names); !s)
        return s.error();
    const DuplicateKeys keys = DuplicateKeys::of(*stored);
    if (auto s = DuplicateStore(m_library).storeKeys(storedId, keys, !keys.arxivId.isEmpty()); !s)
        return s.error();
    // The history says which fields came from where: the file's name, as the import recorded it.
    const QString source = QFileInfo(sourceOf(m_library.db(), m_importId)).fileName();
    for (const QString &name : names)
        if (auto s = PaperHistory(m_library).record({storedId}, EventKind::FieldFilled, name, source); !s)
            return s.error();
    if (!m_result.updatedIds.contains(storedId)) {
        m_result.updatedIds.append(storedId);
        ++m_result.updated;
    }
    return names;
}

Status PaperImport::run(const std::function<Status()> &work)
{
    if (!m_batch)
        if (auto s = beginBatch(); !s)
            return s;
    if (auto s = indexBatch(); !s)
        return s;
    return work();
}

Expected<qint64> PaperImport::insert(const Paper &paper, const Columns &columns)
{
    Database &db = m_library.db();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    // A Lectern JSON file says when each paper was added and its note last written; other formats do not.
    const QString added = paper.added.isValid() ? storedTime(paper.added) : now;
    const QString noteUpdated = paper.note.isEmpty() ? QString()
                                : paper.noteUpdated.isValid() ? storedTime(paper.noteUpdated) : now;
    Statement insertPaper(db, "INSERT INTO papers(title, title_key, authors, abstract, note, note_updated_at, published,"
                              " published_sort, arxiv_id, doi, import_id, added_at, status, rating, entry_type,"
                              " author_names, editor_names, container, volume, issue, pages, publisher, isbn, issn,"
                              " language, arxiv_category, citation_key, extra_fields)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insertPaper.bind(1, paper.title).bind(2, columns.titleKey).bind(3, columns.authors);
    insertPaper.bind(4, paper.abstract).bind(5, paper.note).bindOptional(6, noteUpdated);
    insertPaper.bindOptional(7, paper.published).bindOptional(8, columns.publishedSort);
    insertPaper.bindOptional(9, paper.arxivId).bindOptional(10, paper.doi).bind(11, m_importId).bind(12, added);
    insertPaper.bind(13, statusName(paper.status)).bind(14, qBound(0, paper.rating, 5)).bind(15, paper.type);
    insertPaper.bindOptional(16, columns.authorNames).bindOptional(17, columns.editorNames);
    const QString key = m_keys->freeKey(columns.wantedKey);
    const QString *texts[] = {&paper.container, &paper.volume, &paper.issue, &paper.pages, &paper.publisher,
                              &paper.isbn, &paper.issn, &paper.language, &paper.arxivCategory, &key};
    int column = 18;
    for (const QString *text : texts)
        insertPaper.bind(column++, *text);
    insertPaper.bindOptional(column, columns.extraFields);
    if (auto s = insertPaper.run(); !s)
        return Error{QCoreApplication::translate("Lectern::PaperStore", "cannot store \"%1\": %2")
                         .arg(paper.title, s.error().message)};
    const qint64 id = db.lastInsertId();

    Statement insertLink(db, "INSERT INTO links(paper_id, position, url, kind) VALUES (?, ?, ?, ?)");
    for (qsizetype position = 0; position < paper.links.size(); ++position) {
        const Link &link = paper.links[position];
        insertLink.bind(1, id).bind(2, qint64(position)).bind(3, link.url).bind(4, kindName(link.kind));
        if (auto s = insertLink.run(); !s)
            return Error{QCoreApplication::translate("Lectern::PaperStore", "cannot store a link of \"%1\": %2")
                             .arg(paper.title, s.error().message)};
    }
    if (!paper.tags.isEmpty())
        if (auto tagged = TagStore(m_library).edit({id}, paper.tags); !tagged)
            return tagged.error();
    if (auto s = insertHighlights(id, paper.highlights); !s)
        return s.error();
    m_result.addedIds.append(id);
    ++m_result.added;
    return id;
}

// As they were, times and comments included (HighlightStore::add would make new ones, now).
Status PaperImport::insertHighlights(qint64 paperId, const QList<Highlight> &highlights)
{
    Statement insert(m_library.db(), "INSERT INTO highlights(paper_id, start, length, quote, prefix, suffix, color,"
                                     " comment, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const Highlight &h : highlights) {
        insert.bind(1, paperId).bind(2, h.start).bind(3, h.length).bind(4, h.quote).bind(5, h.prefix);
        insert.bind(6, h.suffix).bind(7, h.color).bind(8, h.comment);
        insert.bind(9, storedTime(h.created.isValid() ? h.created : QDateTime::currentDateTimeUtc()));
        if (auto s = insert.run(); !s)
            return s;
    }
    return success();
}

Expected<AddResult> PaperImport::finish()
{
    if (!m_batch)
        if (auto s = beginBatch(); !s)
            return s.error();
    if (auto s = makeIndexes(); !s)
        return s.error();
    Statement done(m_library.db(), "UPDATE imports SET state = 'done', process = NULL WHERE id = ?");
    if (auto s = done.bind(1, m_importId).run(); !s)
        return s.error();
    if (auto s = setIndexMemory(m_library.db(), DefaultIndexMemory); !s)
        return s.error();
    // The last commit moves the WAL into the file, as any commit does.
    restoreSettings();
    if (auto s = commitBatch(); !s)
        return s.error();
    m_finished = true;
    return m_result;
}

Status PaperImport::abandon()
{
    m_batch.reset(); // rolls the open batch back
    m_finished = true;
    if (auto s = removeImport(m_library.db(), m_importId); !s)
        return s;
    if (auto s = setIndexMemory(m_library.db(), DefaultIndexMemory); !s)
        return s;
    return makeIndexes();
}

Status PaperImport::makeIndexes()
{
    // The look-ups are over, and SQLite's sorter keeps up to the cache's size of keys in memory per list, with three
    // lists at once on two threads: a million papers' import peaked at 277 MB of RSS there with the 64 MiB cache
    // (165 MB before). The cache is the connection's own again when the import ends.
    if (pragma(m_library.db(), "cache_size") < -SortingCacheKiB)
        (void)setPragma(m_library.db(), "cache_size", -SortingCacheKiB);
    return Schema::makeReadingIndexes(m_library.db());
}

Status removeInterruptedImports(Library &library)
{
    Database &db = library.db();
    QList<qint64> gone;
    qsizetype running = 0;
    {
        Statement imports(db, "SELECT id, process FROM imports WHERE state = 'running'");
        for (; imports.step(); ++running)
            if (!processMayBeRunning(imports.text(1)))
                gone.append(imports.integer(0));
    }
    for (const qint64 id : gone)
        if (auto s = removeImport(db, id); !s)
            return s;
    // A running import may have dropped them on purpose: they are made when it ends.
    if (gone.size() < running)
        return success();
    return Schema::makeReadingIndexes(db);
}

} // namespace Lectern
