#pragma once

#include "storage/Database.h"
#include "util/Error.h"

#include <QString>

#include <memory>

namespace Lectern {

// One library file, open and at the current schema. The stores (PaperStore, ...) work on it.
// A Library is used from one thread; another thread opens its own (SQLite WAL lets them share).
class Library
{
public:
    // Refuses, and leaves as it was, a file that is not a library of this version (empty, not SQLite, another
    // program's database, a newer Lectern's). A file that cannot be written opens read-only.
    static Expected<std::unique_ptr<Library>> open(const QString &path, Access access = Access::ReadWrite);
    // LECTERN_LIBRARY when set, else library.sqlite in the application data folder.
    static QString defaultPath();
    // What open() would upgrade before the library can be used: a library of an earlier schema gets a backup of
    // the whole file and then each step since (search indexes made again from every paper): Long from
    // LongUpgradePapers papers on, seconds to minutes (100 s for a million papers). None for a library of this
    // version, a new file, or one open() refuses. Reads only.
    enum class Upgrade { None, Short, Long };
    static constexpr int LongUpgradePapers = 10000;
    static Upgrade pendingUpgrade(const QString &path);

    ~Library();
    Database &db() { return *m_db; }
    QString path() const;
    // Reads work; every write fails, saying so.
    bool isReadOnly() const;
    // What a check of the file finds wrong; empty when it is whole. Full: SQLite's integrity check and the search
    // index against the papers. Quick: SQLite's quick check (the pages and their structure, not the indexes'
    // content), a few times faster. Both read every page: seconds for a large library.
    enum class Check { Quick, Full };
    QStringList damage(Check check = Check::Full);

private:
    explicit Library(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace Lectern
