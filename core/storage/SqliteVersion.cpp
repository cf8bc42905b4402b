#include "storage/SqliteVersion.h"

#include <sqlite3.h>

namespace Lectern {

QString sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Lectern
