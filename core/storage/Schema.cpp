#include "storage/Schema.h"

#include "storage/Database.h"

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

// Each entry takes the file from version (index) to version (index + 1).
constexpr const char *Steps[] = {Version1};

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

} // namespace

int currentVersion()
{
    return int(std::size(Steps));
}

Status migrate(Database &db)
{
    const int from = fileVersion(db);
    if (from < 0)
        return Error{QStringLiteral("cannot read the schema version: ") + db.lastError(), db.path()};
    if (from > currentVersion())
        return Error{QStringLiteral("this library was written by a newer Lectern (schema %1, this one knows %2)")
                         .arg(from)
                         .arg(currentVersion()),
                     db.path()};
    for (int version = from; version < currentVersion(); ++version) {
        Transaction transaction(db);
        if (auto s = db.exec(Steps[version]); !s)
            return Error{QStringLiteral("upgrading to schema %1 failed: %2").arg(version + 1).arg(s.error().message),
                         db.path()};
        if (auto s = setVersion(db, version + 1); !s)
            return Error{s.error().message, db.path()};
        if (auto s = transaction.commit(); !s)
            return Error{s.error().message, db.path()};
    }
    return success();
}

} // namespace Lectern::Schema
