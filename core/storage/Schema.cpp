#include "storage/Schema.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern::Schema {

namespace {

// Version 1: papers, where they came from, their links, and a full-text index over their text.
// The index is an external-content FTS5 table: it stores no second copy of the text, and the
// triggers keep it in step with every insert, update and delete on papers.
constexpr const char *Version1 = R"SQL(
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE papers (
    id             INTEGER PRIMARY KEY,
    title          TEXT NOT NULL,
    title_key      TEXT NOT NULL,
    authors        TEXT NOT NULL DEFAULT '',
    abstract       TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    published      TEXT,
    published_sort TEXT,
    arxiv_id       TEXT,
    doi            TEXT,
    import_id      INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    added_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX papers_arxiv_id ON papers(arxiv_id) WHERE arxiv_id IS NOT NULL;
CREATE UNIQUE INDEX papers_doi ON papers(doi) WHERE doi IS NOT NULL;
CREATE INDEX papers_title_key ON papers(title_key);
CREATE INDEX papers_added_at ON papers(added_at);
CREATE INDEX papers_published_sort ON papers(published_sort);
CREATE INDEX papers_title ON papers(title COLLATE NOCASE);

CREATE TABLE links (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    url      TEXT NOT NULL,
    kind     TEXT NOT NULL,
    PRIMARY KEY (paper_id, position)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE papers_fts USING fts5(
    title, authors, abstract, note,
    content = 'papers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers BEGIN
    INSERT INTO papers_fts(rowid, title, authors, abstract, note)
    VALUES (new.id, new.title, new.authors, new.abstract, new.note);
END;
CREATE TRIGGER papers_fts_delete AFTER DELETE ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract, note)
    VALUES ('delete', old.id, old.title, old.authors, old.abstract, old.note);
END;
CREATE TRIGGER papers_fts_update AFTER UPDATE OF title, authors, abstract, note ON papers BEGIN
    INSERT INTO papers_fts(papers_fts, rowid, title, authors, abstract, note)
    VALUES ('delete', old.id, old.title, old.authors, old.abstract, old.note);
    INSERT INTO papers_fts(rowid, title, authors, abstract, note)
    VALUES (new.id, new.title, new.authors, new.abstract, new.note);
END;
)SQL";

// Version 2: what a reader does to a paper. Tags are paths ("ml/optimization"): the parents are
// implied by the names, so filtering by "ml" is name_key = 'ml' OR name_key LIKE 'ml/%'. name_key is
// the case-folded name (TagStore writes it): NOCASE folds ASCII only, and "Ökonomie" and "ökonomie"
// must be one tag. Colours are "#rrggbb" in lower case. Every change to a paper is an event; detail is
// the new value and previous the old one (the status history is the events of kind 'status').
constexpr const char *Version2 = R"SQL(
ALTER TABLE papers ADD COLUMN status TEXT NOT NULL DEFAULT 'inbox'
    CHECK (status IN ('inbox', 'to-read', 'reading', 'read', 'skipped'));
ALTER TABLE papers ADD COLUMN rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5);
ALTER TABLE papers ADD COLUMN note_updated_at TEXT;
CREATE INDEX papers_status ON papers(status);
CREATE INDEX papers_rating ON papers(rating);

CREATE TABLE tags (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL COLLATE NOCASE,
    name_key TEXT NOT NULL UNIQUE,
    color    TEXT CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]')
);
CREATE TABLE paper_tags (
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tags_tag ON paper_tags(tag_id, paper_id);

CREATE TABLE highlights (
    id         INTEGER PRIMARY KEY,
    paper_id   INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,
    length     INTEGER NOT NULL CHECK (length > 0),
    quote      TEXT NOT NULL,
    prefix     TEXT NOT NULL DEFAULT '',
    suffix     TEXT NOT NULL DEFAULT '',
    color      TEXT NOT NULL CHECK (color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
    comment    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX highlights_paper ON highlights(paper_id, start);

CREATE TABLE paper_events (
    id       INTEGER PRIMARY KEY,
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    at       TEXT NOT NULL,
    kind     TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT '',
    previous TEXT NOT NULL DEFAULT ''
);
CREATE INDEX paper_events_paper ON paper_events(paper_id, at);
CREATE INDEX paper_events_kind ON paper_events(kind, at);
)SQL";

// Version 3: saved searches (smart lists) and ordered reading lists.
constexpr const char *Version3 = R"SQL(
CREATE TABLE smart_lists (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE COLLATE NOCASE,
    query    TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reading_lists (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);
CREATE TABLE reading_list_items (
    list_id  INTEGER NOT NULL REFERENCES reading_lists(id) ON DELETE CASCADE,
    paper_id INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (list_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX reading_list_items_order ON reading_list_items(list_id, position);
CREATE INDEX reading_list_items_paper ON reading_list_items(paper_id);
)SQL";

// Version 4: has:note reads only the papers that have a note (a partial index, which the query
// language's "p.id IN (SELECT id FROM papers WHERE note <> '')" uses), and DOIs are stored lower-case
// (DOIs ignore case; PaperStore and the importers write them so), so that doi: compares with = and
// can use papers_doi. OR IGNORE: two papers whose DOIs differ only in case keep them as they are.
constexpr const char *Version4 = R"SQL(
CREATE INDEX papers_with_note ON papers(id) WHERE note <> '';
UPDATE OR IGNORE papers SET doi = lower(doi) WHERE doi <> lower(doi);
)SQL";

// Each entry takes the file from version (index) to version (index + 1). Never edit a released
// step: add the next one.
// Version 5: the list's first-author order, scanned like the other orders rather than sorted (the
// authors text starts with the first author).
constexpr const char *Version5 = R"SQL(
CREATE INDEX papers_authors ON papers(authors COLLATE NOCASE);
)SQL";

// Version 6: the order papers were added is their ids' order, which the table itself holds but only with
// every row's abstract; this narrow copy of the ids lets the whole list come out in that order from a
// few pages.
constexpr const char *Version6 = R"SQL(
CREATE INDEX papers_by_id ON papers(id);
)SQL";

// Version 7: the file says it is Lectern's (SQLite's header field for that; "LECT"), so that another
// program's SQLite file is told apart from a library even when it has tables of the same names.
constexpr const char *Version7 = R"SQL(
PRAGMA application_id = 1279607636;
)SQL";

// Version 8: what bibliographic formats carry. Authors stay in papers.authors as display names, which the list,
// the search index and author: read; author_names and editor_names hold them structured (JSON arrays of
// {"family", "given", "particle", "suffix", "literal"}) when the source gave them so. extra_fields keeps every
// other field of the source verbatim (a JSON array of [name, value]) so that it is written back. An import is
// 'running' while its papers come in over several transactions; process names who runs it ("host:pid:start"),
// and opening the library removes the papers of a running import whose process is gone (it was killed).
constexpr const char *Version8 = R"SQL(
ALTER TABLE papers ADD COLUMN entry_type TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN author_names TEXT;
ALTER TABLE papers ADD COLUMN editor_names TEXT;
ALTER TABLE papers ADD COLUMN container TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN volume TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN issue TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN pages TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN publisher TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN isbn TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN issn TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN arxiv_category TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN citation_key TEXT NOT NULL DEFAULT '';
ALTER TABLE papers ADD COLUMN extra_fields TEXT;
ALTER TABLE imports ADD COLUMN state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('running', 'done'));
ALTER TABLE imports ADD COLUMN process TEXT;
CREATE INDEX papers_import ON papers(import_id);
)SQL";

// Version 9: every paper has a citation key, unique ignoring case (BibTeX matches keys so). Keys the source files
// gave are kept where they are valid keys and the first of their spelling; the others are emptied here and made
// from the pattern when the library is opened (CitationKeyStore::assignMissing, which papers_without_key finds).
// library_settings holds what the library's users share, such as the key pattern.
constexpr const char *Version9 = R"SQL(
CREATE TABLE library_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
UPDATE papers SET citation_key = ''
    WHERE length(citation_key) > 200
       OR citation_key GLOB ('*[ ,{}()"#%''=\~' || char(9, 10, 11, 12, 13) || ']*');
CREATE INDEX papers_citation_key_any ON papers(citation_key COLLATE NOCASE);
UPDATE papers SET citation_key = ''
    WHERE citation_key <> ''
      AND id > (SELECT min(p.id) FROM papers p WHERE p.citation_key = papers.citation_key COLLATE NOCASE);
DROP INDEX papers_citation_key_any;
CREATE UNIQUE INDEX papers_citation_key ON papers(citation_key COLLATE NOCASE) WHERE citation_key <> '';
CREATE INDEX papers_without_key ON papers(id) WHERE citation_key = '';
)SQL";

// Version 10: export files kept up to date with what they export (KeptExportStore): the window and the command
// line rewrite them after changes that affect them.
constexpr const char *Version10 = R"SQL(
CREATE TABLE kept_exports (
    path        TEXT PRIMARY KEY,
    format      TEXT NOT NULL,
    scope       TEXT NOT NULL CHECK (scope IN ('all', 'list', 'query')),
    source      TEXT NOT NULL DEFAULT '',
    fields      TEXT NOT NULL DEFAULT '',
    latex_ascii INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)SQL";

// Version 11: papers deleted in the window or by lectern delete go to a Trash, keeping every row of theirs (tags, notes,
// highlights, list places, history) so that a restore is complete: trashed_at says since when. The partial index holds
// only the trashed papers' ids, so that every list statement subtracts them reading an index of a few entries.
// paper_events.value is a field edit's new value (kind 'field-edited': detail names the field, previous holds the
// old value).
constexpr const char *Version11 = R"SQL(
ALTER TABLE papers ADD COLUMN trashed_at TEXT;
CREATE INDEX papers_trashed ON papers(trashed_at) WHERE trashed_at IS NOT NULL;
ALTER TABLE paper_events ADD COLUMN value TEXT NOT NULL DEFAULT '';
)SQL";

// Version 12: what duplicates are recognised by (DuplicateStore). duplicate_keys holds each paper's normalised
// arXiv id, DOIs and title, keyed for lookup, with the year, whether it is an arXiv preprint, its journal reference
// and its first author's family name, which decide a pair sharing a title. PaperImport writes a new paper's keys; a change
// of what they are made from marks the paper stale (the trigger), and DuplicateStore makes them again before its
// next look, as it does here for every paper there is. duplicate_shared holds the keys more than one paper has
// (the trigger adds a key when a second paper gets it), so that the whole-library look reads those and not every
// key; a key left to one paper is taken out at the next look. not_duplicates remembers the pairs the user said
// are two papers (paper_a < paper_b).
constexpr const char *Version12 = R"SQL(
CREATE TABLE duplicate_keys (
    kind        TEXT NOT NULL CHECK (kind IN ('arxiv', 'doi', 'title')),
    key         TEXT NOT NULL,
    paper_id    INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL DEFAULT 0,
    preprint    INTEGER NOT NULL DEFAULT 0,
    journal_ref TEXT NOT NULL DEFAULT '',
    family      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (kind, key, paper_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_keys_paper ON duplicate_keys(paper_id);
CREATE TABLE duplicate_shared (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TRIGGER duplicate_keys_shared AFTER INSERT ON duplicate_keys
    WHEN EXISTS (SELECT 1 FROM duplicate_keys d WHERE d.kind = new.kind AND d.key = new.key AND d.paper_id <> new.paper_id)
BEGIN
    INSERT OR IGNORE INTO duplicate_shared(kind, key) VALUES (new.kind, new.key);
END;
CREATE TABLE duplicate_keys_stale (
    paper_id INTEGER PRIMARY KEY REFERENCES papers(id) ON DELETE CASCADE
);
INSERT INTO duplicate_keys_stale(paper_id) SELECT id FROM papers;
CREATE TRIGGER duplicate_keys_update AFTER UPDATE OF title, authors, author_names, published, arxiv_id, doi,
    extra_fields ON papers BEGIN
    INSERT OR IGNORE INTO duplicate_keys_stale(paper_id) VALUES (new.id);
END;
CREATE TABLE not_duplicates (
    paper_a    INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    paper_b    INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    decided_at TEXT NOT NULL,
    PRIMARY KEY (paper_a, paper_b),
    CHECK (paper_a < paper_b)
) WITHOUT ROWID;
CREATE INDEX not_duplicates_b ON not_duplicates(paper_b);
)SQL";

// Version 13: an import indexes its papers' text itself, all of a batch in one statement before the batch commits
// (PaperImport::indexBatch), instead of the trigger indexing each paper as it is stored. FTS5 writes what it has
// gathered to disk at every statement that opens a savepoint, and each insert with a trigger opens one: paper by
// paper, the index was written as one tiny segment per paper and merged again and again, over half of an import's
// time. Every batch commits with its papers indexed, so the index and the papers agree at every commit, also for
// the papers a killed import leaves to remove.
constexpr const char *Version13 = R"SQL(
DROP TRIGGER papers_fts_insert;
CREATE TRIGGER papers_fts_insert AFTER INSERT ON papers
    WHEN new.import_id IS NULL OR (SELECT state FROM imports WHERE id = new.import_id) IS NOT 'running'
BEGIN
    INSERT INTO papers_fts(rowid, title, authors, abstract, note)
    VALUES (new.id, new.title, new.authors, new.abstract, new.note);
END;
)SQL";

// Version 14: what lets a file kept up to date rewrite only the entries of the papers that changed (KeptExportStore).
// paper_revisions holds a number per paper that changes with every change to what any export writes of it: its row
// (fields, note, status, rating, key, the Trash), its links, tags (and a tag's new name), highlights and history.
// Triggers keep it, so that every writer, the window, the command line and other programs alike, is counted; a
// paper without a row has revision 0. A revision is never met again with other content: it is the time of the
// change in milliseconds, or one more than the last when that is later (two changes in a millisecond), so that a
// library brought back from a backup, whose revisions are older, counts on from now, not from where it was. The rows
// have no foreign key and outlive their paper, so that a paper stored again under the same id (an undone delete)
// counts on too, and PaperRows, which captures the rows that refer to a paper, leaves them alone. Each table's
// trigger names the paper in the view paper_changes, whose one trigger makes the new revision.
constexpr const char *Version14 = R"SQL(
CREATE TABLE paper_revisions (
    paper_id INTEGER PRIMARY KEY,
    revision INTEGER NOT NULL
);
CREATE VIEW paper_changes(paper_id) AS SELECT paper_id FROM paper_revisions WHERE 0;
CREATE TRIGGER paper_changes_revision INSTEAD OF INSERT ON paper_changes BEGIN
    INSERT INTO paper_revisions(paper_id, revision)
        VALUES (new.paper_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT(paper_id) DO UPDATE SET revision = max(revision + 1, excluded.revision);
END;
CREATE TRIGGER paper_revisions_paper_insert AFTER INSERT ON papers BEGIN
    INSERT INTO paper_changes VALUES (new.id);
END;
CREATE TRIGGER paper_revisions_paper_update AFTER UPDATE ON papers BEGIN
    INSERT INTO paper_changes VALUES (new.id);
END;
CREATE TRIGGER paper_revisions_link_insert AFTER INSERT ON links BEGIN
    INSERT INTO paper_changes VALUES (new.paper_id);
END;
CREATE TRIGGER paper_revisions_link_update AFTER UPDATE ON links BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id), (new.paper_id);
END;
CREATE TRIGGER paper_revisions_link_delete AFTER DELETE ON links BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id);
END;
CREATE TRIGGER paper_revisions_tag_insert AFTER INSERT ON paper_tags BEGIN
    INSERT INTO paper_changes VALUES (new.paper_id);
END;
CREATE TRIGGER paper_revisions_tag_update AFTER UPDATE ON paper_tags BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id), (new.paper_id);
END;
CREATE TRIGGER paper_revisions_tag_delete AFTER DELETE ON paper_tags BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id);
END;
CREATE TRIGGER paper_revisions_highlight_insert AFTER INSERT ON highlights BEGIN
    INSERT INTO paper_changes VALUES (new.paper_id);
END;
CREATE TRIGGER paper_revisions_highlight_update AFTER UPDATE ON highlights BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id), (new.paper_id);
END;
CREATE TRIGGER paper_revisions_highlight_delete AFTER DELETE ON highlights BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id);
END;
CREATE TRIGGER paper_revisions_event_insert AFTER INSERT ON paper_events BEGIN
    INSERT INTO paper_changes VALUES (new.paper_id);
END;
CREATE TRIGGER paper_revisions_event_update AFTER UPDATE ON paper_events BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id), (new.paper_id);
END;
CREATE TRIGGER paper_revisions_event_delete AFTER DELETE ON paper_events BEGIN
    INSERT INTO paper_changes VALUES (old.paper_id);
END;
CREATE TRIGGER paper_revisions_tag_rename AFTER UPDATE OF name ON tags BEGIN
    INSERT INTO paper_changes SELECT paper_id FROM paper_tags WHERE tag_id = new.id;
END;
)SQL";

// Version 15: the full-text index without prefix indexes (prefix = '2 3' since version 1). They kept every word's first
// two and three letters as words of their own, so every paper's text was indexed three times: measured on 20,000
// papers, rebuilding the index took 1.28 s of CPU with them and 0.51 s without, and 100,000 papers' library was 687 MB
// with them and 537 MB without. They serve only a query whose prefix is exactly two or three letters (ne*, mod*), which
// matches nearly every paper: at 100,000 papers counting the matches of ne* took 66 ms without them against 12 ms
// with; a longer prefix (model*) never used them. Every import and every edit pays for them; those queries are rare
// and show their first rows newest first without counting. The index is made again from the papers.
constexpr const char *Version15 = R"SQL(
DROP TABLE papers_fts;
CREATE VIRTUAL TABLE papers_fts USING fts5(
    title, authors, abstract, note,
    content = 'papers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO papers_fts(papers_fts) VALUES ('rebuild');
)SQL";

constexpr const char *Steps[] = {Version1, Version2, Version3, Version4, Version5, Version6, Version7, Version8,
                                 Version9, Version10, Version11, Version12, Version13, Version14,
                                 Version15};
constexpr qint64 ApplicationId = 1279607636;

Status setVersion(Database &db, int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer, never user input.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return db.exec(sql.constData());
}

int fileVersion(Database &db)
{
    Statement query(db, "PRAGMA user_version");
    return query.step() ? int(query.integer(0)) : -1;
}

qint64 integerOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

Status checkVersion(Database &db, int version)
{
    if (version < 0)
        return Error{QCoreApplication::translate("Lectern::Schema", "cannot read the schema version: %1")
                         .arg(db.lastError()),
                     db.path()};
    if (version > currentVersion())
        return Error{QCoreApplication::translate("Lectern::Schema",
                                                 "this library was written by a newer Lectern "
                                                 "(schema %1, this one knows %2)")
                         .arg(version)
                         .arg(currentVersion()),
                     db.path()};
    return success();
}

} // namespace

const std::vector<Index> &readingIndexes()
{
    static const std::vector<Index> indexes{
        {"papers_title_key", "CREATE INDEX papers_title_key ON papers(title_key)"},
        {"papers_published_sort", "CREATE INDEX papers_published_sort ON papers(published_sort)"},
        {"papers_title", "CREATE INDEX papers_title ON papers(title COLLATE NOCASE)"},
        {"papers_authors", "CREATE INDEX papers_authors ON papers(authors COLLATE NOCASE)"},
    };
    return indexes;
}

Status dropReadingIndexes(Database &db)
{
    for (const Index &index : readingIndexes()) {
        // DDL takes no bound parameters; the names are our own.
        const QByteArray sql = QByteArray("DROP INDEX IF EXISTS ") + index.name;
        if (auto s = db.exec(sql.constData()); !s)
            return s;
    }
    return success();
}

Status makeReadingIndexes(Database &db)
{
    Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?");
    for (const Index &index : readingIndexes()) {
        const bool there = exists.bind(1, QString::fromLatin1(index.name)).step();
        exists.reset();
        if (!there)
            if (auto s = db.exec(index.sql); !s)
                return s;
    }
    return success();
}

int currentVersion()
{
    return int(std::size(Steps));
}

Status checkFile(Database &db)
{
    // The first read of the header: a file that is not SQLite fails here.
    const int version = fileVersion(db);
    if (version < 0)
        return Error{QCoreApplication::translate("Lectern::Schema", "not a Lectern library: %1").arg(db.lastError()),
                     db.path()};
    if (auto s = checkVersion(db, version); !s)
        return s;
    const qint64 applicationId = integerOf(db, "PRAGMA application_id");
    if (applicationId == ApplicationId)
        return success();
    // Libraries from before schema 7 have no application id, but Lectern's tables; a new file has nothing yet.
    const bool empty = integerOf(db, "SELECT count(*) FROM sqlite_master") == 0;
    const bool earlierLectern = applicationId == 0 && version > 0
                                && integerOf(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'papers'") == 1;
    if ((applicationId == 0 && version == 0 && empty) || earlierLectern)
        return success();
    return Error{QCoreApplication::translate("Lectern::Schema",
                                             "this is an SQLite database of another program, not a Lectern library"),
                 db.path()};
}

bool needsUpgrade(Database &db)
{
    const int version = fileVersion(db);
    return version > 0 && version < currentVersion();
}

Status checkCurrent(Database &db)
{
    if (fileVersion(db) == currentVersion())
        return success();
    return Error{QCoreApplication::translate("Lectern::Schema",
                                             "this library is read-only and of an earlier schema: open it once where "
                                             "it can be written, so that it is upgraded"),
                 db.path()};
}

Status migrate(Database &db, int toVersion)
{
    for (;;) {
        const int from = fileVersion(db);
        if (auto s = checkVersion(db, from); !s)
            return s;
        if (from >= toVersion)
            return success();
        // The version is read again under the write lock: another process may have taken the same step while
        // this one waited for it.
        Transaction transaction(db);
        if (!transaction)
            return transaction.error();
        const int version = fileVersion(db);
        if (version != from)
            continue;
        if (auto s = db.exec(Steps[version]); !s)
            return Error{QCoreApplication::translate("Lectern::Schema", "upgrading to schema %1 failed: %2")
                             .arg(version + 1).arg(s.error().message),
                         db.path()};
        if (auto s = setVersion(db, version + 1); !s)
            return Error{s.error().message, db.path()};
        if (auto s = transaction.commit(); !s)
            return Error{s.error().message, db.path()};
    }
}

} // namespace Lectern::Schema
