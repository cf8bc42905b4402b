#pragma once

#include "util/Error.h"

#include <QString>

#include <memory>

namespace Lectern {

class Database;

// One library file, open and at the current schema. The stores (PaperStore, ...) work on it.
// A Library is used from one thread; another thread opens its own (SQLite WAL lets them share).
class Library
{
public:
    static Expected<std::unique_ptr<Library>> open(const QString &path);
    // LECTERN_LIBRARY when set, else library.sqlite in the application data folder.
    static QString defaultPath();

    ~Library();
    Database &db() { return *m_db; }
    QString path() const;

private:
    explicit Library(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
};

} // namespace Lectern
