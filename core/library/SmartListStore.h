#pragma once

#include "util/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

class Library;

// A saved search: its papers are whatever the query finds at the moment it is shown.
struct SmartList
{
    qint64 id = 0;
    QString name;
    QString query;
    int position = 0;
};

struct SmartListCount
{
    SmartList list;
    int count = 0; // -1: the library could not run the query
};

// Reads and writes smart lists. Names are trimmed, non-empty and unique regardless of case; a query
// is stored only when Query::parse accepts it, and the error says where it is wrong when it does not.
class SmartListStore
{
public:
    explicit SmartListStore(Library &library) : m_library(library) {}

    // Adds the list after the others.
    Expected<qint64> create(const QString &name, const QString &query);
    Status rename(qint64 listId, const QString &name);
    Status setQuery(qint64 listId, const QString &query);
    // Returns the list as it was, for an undo.
    Expected<SmartList> remove(qint64 listId);
    // Undoes remove(): the list again with its name, query and place, under its old id when no list
    // has taken it since (so that the undo steps before the delete still find it). Returns the id.
    Expected<qint64> restore(const SmartList &removed);

    // Every list, by position.
    QList<SmartList> lists();
    std::optional<SmartList> find(const QString &name);
    // Every list with the number of papers its query finds now.
    QList<SmartListCount> listsWithCounts();

private:
    Library &m_library;
};

} // namespace Lectern
