#include "library/Library.h"

#include "library/Backups.h"
#include "library/CitationKeys.h"
#include "library/DuplicateStore.h"
#include "library/TagStore.h"
#include "library/PaperImport.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lectern {

namespace {

// A file that exists but cannot be written, or whose folder cannot take the -wal and -shm files beside it.
bool mustOpenReadOnly(const QFileInfo &file)
{
    return file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
}

} // namespace

Expected<std::unique_ptr<Library>> Library::open(const QString &path, Access access)
{
    const QFileInfo file(path);
    // SQLite would make an empty file into a library; an empty file where a library should be is a mistake.
    if (file.isFile() && file.size() == 0)
        return Error{QCoreApplication::translate("Lectern::Library",
                                                 "is an empty file, not a Lectern library (delete it to start a new "
                                                 "library there)"),
                     path};
    const bool readOnly = access == Access::ReadOnly || mustOpenReadOnly(file);
    auto db = Database::open(path, readOnly ? Access::ReadOnly : Access::ReadWrite);
    if (!db)
        return db.error();
    // Nothing is written (not even the journal mode) before the file is known to be a library of this version.
    if (auto s = Schema::checkFile(**db); !s)
        return s.error();
    if (readOnly) {
        if (auto s = Schema::checkCurrent(**db); !s)
            return s.error();
        return std::unique_ptr<Library>(new Library(std::move(*db)));
    }
    if (auto s = (*db)->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"); !s)
        return Error{s.error().message, path};
    std::unique_ptr<Library> library(new Library(std::move(*db)));
    if (Schema::needsUpgrade(library->db())) {
        if (auto backup = Backups::writeAutomatic(*library); !backup)
            return backup.error();
    }
    if (auto s = Schema::migrate(library->db()); !s)
        return s.error();
    // A library busy for longer than the lock wait keeps a killed import's papers until the next open.
    (void)removeInterruptedImports(*library);
    // Papers from before keys were stored get theirs once; a busy library gets them at a later open.
    (void)CitationKeyStore(*library).assignMissing();
    (void)TagStore(*library).removeSeparators();
    // Papers from before schema 12, or changed since their keys were made, get their duplicate keys.
    (void)DuplicateStore(*library).refreshStale();
    return library;
}

Library::Upgrade Library::pendingUpgrade(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Upgrade::None;
    auto db = Database::open(path, Access::ReadOnly);
    if (!db || !Schema::checkFile(**db) || !Schema::needsUpgrade(**db))
        return Upgrade::None;
    Statement papers(**db, "SELECT count(*) FROM papers");
    return papers.step() && papers.integer(0) >= LongUpgradePapers ? Upgrade::Long : Upgrade::Short;
}

QStringList Library::damage(Check kind)
{
    QStringList problems;
    Statement check(*m_db, kind == Check::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check");
    while (check.step())
        if (check.text(0) != u"ok")
            problems.append(check.text(0));
    if (!check.error().isEmpty())
        problems.append(check.error());
    if (kind == Check::Quick || isReadOnly())
        return problems;
    // FTS5's check is a command written as an insert: it changes nothing, but wants a transaction.
    Transaction transaction(*m_db);
    if (!transaction)
        return problems << transaction.error().message;
    if (auto s = m_db->exec("INSERT INTO papers_fts(papers_fts) VALUES ('integrity-check')"); !s)
        problems.append(QCoreApplication::translate("Lectern::Library", "the search index: %1").arg(s.error().message));
    return problems;
}

bool Library::isReadOnly() const
{
    return m_db->isReadOnly();
}

QString Library::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("LECTERN_LIBRARY");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

Library::Library(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
Library::~Library() = default;

QString Library::path() const
{
    return m_db->path();
}

} // namespace Lectern
