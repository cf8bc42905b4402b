#pragma once

#include "library/DuplicateKeys.h"
#include "util/Error.h"

#include <QList>

#include <optional>

namespace Lectern {

class Library;

// Two papers of the library that are one, and why; first < second.
struct DuplicatePair
{
    qint64 first = 0;
    qint64 second = 0;
    DuplicateReason reason = DuplicateReason::TitleAuthorYear;

    bool operator==(const DuplicatePair &) const = default;
};

// A stored paper that a new record is, and why.
struct DuplicateMatch
{
    qint64 paperId = 0;
    qint64 importId = 0; // the import that stored it
    DuplicateReason reason = DuplicateReason::TitleAuthorYear;
};

// Finds the papers that are one over the whole library. Each paper's DuplicateKeys are stored in duplicate_keys,
// keyed (kind, key), so that both the whole-library scan (one pass over the keys that more than one paper shares)
// and an import's check of one record (an index lookup per key) cost nothing like comparing papers in pairs.
// A paper whose title, authors, date or identifiers change is marked stale by a trigger (schema 12) and its keys
// are made again before the next look. Papers in the Trash take no part; pairs marked "not a duplicate" never
// come back.
class DuplicateStore
{
public:
    explicit DuplicateStore(Library &library) : m_library(library) {}

    // Every pair, each once, in the order of their first paper; a group of three gives its three pairs.
    Expected<QList<DuplicatePair>> pairs();
    int count();
    // The stored paper this record duplicates, if any (arXiv id first, then DOI, then title/author/year).
    Expected<std::optional<DuplicateMatch>> find(const Paper &paper, const DuplicateKeys &keys);
    // Why these two papers are one, or nothing when they are not (or are marked not to be).
    Expected<std::optional<DuplicateReason>> reasonFor(qint64 first, qint64 second);

    // "Not a duplicate": the pair is left out from now on.
    Status dismiss(qint64 first, qint64 second);

    // Stores the keys of a paper (a merged one, a filled-in one), replacing what it had.
    Status storeKeys(qint64 paperId, const DuplicateKeys &keys, bool isPreprint);
    // The keys of a paper just inserted, which has none yet: only the inserts, as an import stores many.
    Status insertKeys(qint64 paperId, const DuplicateKeys &keys, bool isPreprint);
    // Makes the keys of the papers marked stale; called when a library is opened and before each look.
    Status refreshStale();

private:
    Library &m_library;
};

} // namespace Lectern
