#pragma once

#include "util/Error.h"

#include <QString>

namespace Lectern {

class Database;

// Reading lists and smart lists are named alike: trimmed, not empty, unique regardless of case.
// SQLite's NOCASE folds ASCII only, and "Schrödinger" and "SCHRÖDINGER" must still be one name, so
// the names are compared with Qt's full case folding, over the few there are.
struct ListNames
{
    // Whole sentences per kind, so that translations need not fit "a %1" to either.
    enum class Kind { ReadingList, SmartList };

    const char *idAndNameSql; // selects (id, name) of every list of the kind
    const char *renameSql;    // sets the name (1) of the list with the id (2)
    Kind kind;

    // The list with this name, or 0.
    qint64 idOf(Database &db, const QString &name) const;
    // The trimmed name, or why it cannot be one; exceptId is the list being renamed.
    Expected<QString> checked(Database &db, const QString &name, qint64 exceptId = 0) const;
    // Gives an existing list the checked name; within the caller's transaction.
    Status rename(Database &db, qint64 listId, const QString &name) const;
};

} // namespace Lectern
