#include "library/Library.h"

#include "storage/Database.h"
#include "storage/Schema.h"

#include <QStandardPaths>

namespace Lectern {

Expected<std::unique_ptr<Library>> Library::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (auto s = Schema::migrate(**db); !s)
        return s.error();
    return std::unique_ptr<Library>(new Library(std::move(*db)));
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
