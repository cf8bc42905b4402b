#pragma once

#include "util/Error.h"

namespace Lectern {

class Database;

namespace Schema {

// The version a new or upgraded library file has (PRAGMA user_version).
int currentVersion();
// Whether the file is a library this program may open: an SQLite file that is empty, or Lectern's and not of
// a newer schema. Reads only, so that a file refused is left exactly as it was.
Status checkFile(Database &db);
// A library of an earlier schema (not a new, empty file): what migrate() would change.
bool needsUpgrade(Database &db);
// Whether the file is at currentVersion() already (a file that cannot be written cannot be upgraded).
Status checkCurrent(Database &db);
// Brings the file up to currentVersion(), each step in its own transaction.
// A file newer than this program is refused rather than touched.
Status migrate(Database &db, int toVersion);
inline Status migrate(Database &db) { return migrate(db, currentVersion()); }

} // namespace Schema
} // namespace Lectern
