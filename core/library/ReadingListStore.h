#pragma once

#include "util/Error.h"

#include <QList>
#include <QString>

#include <optional>

namespace Lectern {

class Library;

// A named, ordered collection of papers the reader put together by hand. A paper can be in many.
struct ReadingList
{
    qint64 id = 0;
    QString name;
    int count = 0;
};

// What deleting a list takes away, so that an undo can put it back as it was.
struct RemovedReadingList
{
    QString name;
    QList<qint64> paperIds; // in the list's order
    qint64 id = 0;
};

// The outcome of adding papers to a list found (or created) by its name.
struct ListAddResult
{
    qint64 listId = 0;
    bool created = false;
    int added = 0;
    int alreadyThere = 0;
};

// Reads and writes reading lists. Names are trimmed, non-empty and unique regardless of case.
// Every write that touches more than one row is one transaction: it all lands or none of it does.
class ReadingListStore
{
public:
    explicit ReadingListStore(Library &library) : m_library(library) {}

    Expected<qint64> create(const QString &name);
    Status rename(qint64 listId, const QString &name);
    Expected<RemovedReadingList> remove(qint64 listId);
    // Undoes remove(): the list again, with its name and its papers in their order (papers deleted
    // from the library in the meantime are left out), under its old id when no list has taken it since
    // (so that the undo steps before the delete still find it). Returns the id.
    Expected<qint64> restore(const RemovedReadingList &removed);

    // Appends the papers at the end, in the order given, skipping those already in the list.
    // An id that names no paper is an error, and then nothing changes. Returns how many were added.
    Expected<int> addPapers(qint64 listId, const QList<qint64> &paperIds);
    // addPapers() to the list with this name, creating it first when there is none; all or nothing.
    Expected<ListAddResult> addPapersToNamedList(const QString &name, const QList<qint64> &paperIds);
    // Returns how many were in the list; ids not in it are ignored.
    Expected<int> removePapers(qint64 listId, const QList<qint64> &paperIds);
    // Moves papers of the list so that they come before the paper now at targetIndex (0..count,
    // count meaning the end), keeping their order among themselves: what a drop between two rows
    // does. Every id must be in the list.
    Status movePapers(qint64 listId, const QList<qint64> &paperIds, int targetIndex);
    // Puts the list's papers in exactly this order (what undoing a move needs): paperIds must be the
    // papers of the list, each once.
    Status setOrder(qint64 listId, const QList<qint64> &paperIds);

    QList<qint64> paperIds(qint64 listId);
    // The same without the papers in the Trash (which keep their places for a restore): what a list shows,
    // counts and exports.
    QList<qint64> shownPaperIds(qint64 listId);
    // Every list with the number of papers in it, by name.
    QList<ReadingList> lists();
    std::optional<ReadingList> find(const QString &name);

private:
    Library &m_library;
};

} // namespace Lectern
