#pragma once

#include "util/Error.h"

namespace Lectern {

class Database;

namespace Schema {

// The version a new or upgraded library file has (PRAGMA user_version).
int currentVersion();
// Brings the file up to currentVersion(), each step in its own transaction.
// A file newer than this program is refused rather than touched.
Status migrate(Database &db);

} // namespace Schema
} // namespace Lectern
