#pragma once

#include "library/DuplicateKeys.h"
#include "library/PaperStore.h"
#include "util/Error.h"

#include <QString>

#include <functional>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Lectern {

class CitationKeyStore;
class Library;
class Statement;
class Transaction;

// Stores the papers of one import as a reader hands them over, BatchSize papers per transaction, so that neither
// memory nor the WAL grows with the file. Until finish() the import is marked running: abandon(), destroying it
// unfinished, and opening the library after the importing process was killed remove every paper it stored, so
// that an import is all of its input or none of it. Meanwhile other connections see the batches as they land.
class PaperImport
{
public:
    static constexpr int BatchSize = 10000;
    // SQLite's page cache while importing, at most, in KiB (the default is 2 MB): the indexes an import looks up and
    // extends at random (citation keys, duplicate keys, titles) stay in memory instead of being read again and again.
    static constexpr int CacheKiB = 64 * 1024;
    // While importing, the WAL is moved into the library file when it has this many pages (256 MiB at 4 KiB), not
    // SQLite's default 1000 (4 MiB, every batch).
    static constexpr int CheckpointPages = 65536;
    // The page cache while the dropped indexes are made again, at most, in KiB (makeIndexes).
    static constexpr int SortingCacheKiB = 16 * 1024;
    // What the full-text index may gather in memory before writing, at most (setIndexMemory).
    static constexpr qint64 IndexMemory = 32 * 1024 * 1024;

    // An import expected to bring at least this many papers, and more than the library has, drops the indexes that
    // only make reading faster and makes them again at its end (Schema::readingIndexes).
    static constexpr qint64 LargeImport = 5000;

    // source and format describe where the papers come from (a file's absolute path, "bibtex"); expectedPapers, how
    // many the input holds as far as the caller can tell (0: unknown, few).
    static Expected<std::unique_ptr<PaperImport>> begin(Library &library, const QString &source, const QString &format,
                                                        qint64 expectedPapers = 0);
    ~PaperImport();
    PaperImport(const PaperImport &) = delete;
    PaperImport &operator=(const PaperImport &) = delete;

    // What storing a paper takes that is worked out from the paper alone (its columns as stored, its duplicate keys,
    // the citation key it asks for). ReadAhead makes them on the reading thread, so that the thread that stores the
    // papers spends its time storing them.
    struct Columns
    {
        QString titleKey;
        DuplicateKeys keys;
        QString authors; // the list's column: display names
        QString authorNames;
        QString editorNames;
        QString extraFields;
        QString publishedSort;
        QString wantedKey;
    };
    // The paper's columns, with the paper made as it is stored (a DOI in lower case). keyPattern: keyPattern().
    static Columns prepare(Paper &paper, const QString &keyPattern);
    // The library's citation key pattern, for prepare().
    QString keyPattern();

    // Stores the paper unless the library (or this import) has it already (DuplicateStore), which counts as a
    // duplicate; the id of the stored paper, or of its twin. A paper's highlights, note, status, rating and time
    // added are kept. A duplicate of a paper stored before this import fills that paper's empty fields, except
    // those the user edited (PaperFields::fillable), and counts as updated; never its tags, note, status or rating.
    Expected<qint64> add(const Paper &paper);
    // The same, for a paper prepare() made ready.
    Expected<qint64> add(const Paper &paper, const Columns &columns);
    // false: a duplicate is only skipped (lectern import --no-update).
    void setUpdateDuplicates(bool update) { m_updateDuplicates = update; }
    // Runs work inside this import's current transaction, so that what it writes goes or stays with the papers.
    Status run(const std::function<Status()> &work);
    // Commits the last batch and marks the import done.
    Expected<AddResult> finish();
    // Removes whatever this import stored; the library is as it was before begin().
    Status abandon();

    const AddResult &result() const { return m_result; }
    qint64 importId() const { return m_importId; }

private:
    PaperImport(Library &library, qint64 importId, qint64 expectedPapers);
    void restoreSettings();
    Status makeIndexes();
    Status beginBatch();
    Status commitBatch();
    Status indexBatch();
    Expected<qint64> insert(const Paper &paper, const Columns &columns);
    Expected<QStringList> fillIn(qint64 storedId, const Paper &paper);
    Status insertHighlights(qint64 paperId, const QList<Highlight> &highlights);

    Library &m_library;
    qint64 m_importId;
    std::vector<std::pair<const char *, qint64>> m_settings; // the connection's own PRAGMAs, back when it ends
    std::unique_ptr<Transaction> m_batch;
    int m_inBatch = 0;
    qint64 m_lastIndexed = 0; // the highest id of this import's papers in the full-text index
    bool m_finished = false;
    bool m_updateDuplicates = true;
    AddResult m_result;
    std::unique_ptr<CitationKeyStore> m_keys; // one for the import: it remembers the clash suffixes it gave
};

// Removes the papers of imports whose process ended before they were done (a killed import); called when a
// library is opened for writing. Imports whose process may still be running are left alone.
Status removeInterruptedImports(Library &library);

} // namespace Lectern
