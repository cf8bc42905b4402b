#pragma once

#include "util/Error.h"

#include <vector>

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

// The indexes of papers that only make reading faster (none is unique) and whose keys come in no order as papers
// are added (titles, authors, dates), as the steps above made them. An import much larger than the library drops
// them and makes them again at its end: making an index of all the rows at once is faster than extending it paper by
// paper at random places, which at a million papers is mostly reading its pages back from disk. The other indexes
// are extended at their end (the id, the time added) or not at all (partial ones an import's papers are not in),
// which costs less than reading the whole table again to make each of them.
struct Index
{
    const char *name;
    const char *sql;
};
const std::vector<Index> &readingIndexes();
Status dropReadingIndexes(Database &db);
// Makes those that are missing (all of them after an import that dropped them; none after one killed meanwhile).
Status makeReadingIndexes(Database &db);

} // namespace Schema
} // namespace Lectern
