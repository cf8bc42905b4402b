#pragma once

#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QList>

namespace Lectern {

class Library;

// Deleted papers wait in the Trash until it is emptied. Trashing keeps every row of a paper (its tags, note,
// highlights, reading-list places, history) and only sets papers.trashed_at, so that a restore brings all of it
// back; meanwhile no search, smart list, count, export, related-papers look-up or the Inbox sees the paper.
// Each write is one transaction, recorded in the papers' history.
class PaperTrash
{
public:
    // The ids of the papers in the Trash, as one SELECT of a column id read from the partial index papers_trashed
    // (a few entries): what every statement that lists papers subtracts.
    static constexpr const char *TrashedIds = "SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL";

    explicit PaperTrash(Library &library, Clock clock = {}) : m_library(library), m_clock(std::move(clock)) {}

    // Moves the papers to the Trash; an error naming the first id no paper has, and nothing moved. Papers already
    // there stay as they are. The ids moved now, which restore() takes back.
    Expected<QList<qint64>> trash(const QList<qint64> &paperIds);
    // Brings papers back from the Trash; an error naming the first id that is not in it, and nothing restored.
    Status restore(const QList<qint64> &paperIds);
    // Removes the papers in the Trash for good, with everything of theirs; how many.
    Expected<int> empty();

    // The papers in the Trash, the latest deleted first.
    QList<qint64> ids();
    int count();
    bool contains(qint64 paperId);

private:
    Library &m_library;
    Clock m_clock;
};

} // namespace Lectern
