#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Lectern {

class Library;

// A paper that was not added because the library (or the same batch) already has it.
struct Duplicate
{
    QString title;
    qint64 existingId = 0; // 0 when the twin came earlier in the same batch
    QString reason;        // "arXiv id", "DOI", "preprint of" or "title/author/year" (duplicateReasonName)
    QStringList filled;    // the fields of the stored paper this record filled in (PaperFields), if any
};

struct AddResult
{
    int added = 0;
    QList<qint64> addedIds;
    QList<Duplicate> duplicates;
    int updated = 0; // stored papers whose empty fields a duplicate filled in
    QList<qint64> updatedIds;
};

// What the paper list shows of a paper, loaded a page at a time.
struct PaperRow
{
    qint64 id = 0;
    QString title;
    QString firstAuthor;
    QString published;
    ReadingStatus status = ReadingStatus::Inbox;
    int rating = 0;
    QStringList tags; // full paths, sorted ignoring case
};

// Reads and writes papers. Every multi-row write is one transaction: it all lands or none of it does.
class PaperStore
{
public:
    explicit PaperStore(Library &library) : m_library(library) {}

    using Progress = std::function<void(int done, int total)>;
    // Adds the papers that are not already there; sourceFile and format describe where they came from.
    Expected<AddResult> add(const QList<Paper> &papers, const QString &sourceFile, const QString &format,
                            const Progress &progress = {});

    // The papers not in the Trash.
    int count();
    // An error naming the first id that no paper has; the stores check with it before they write.
    Status checkIds(const QList<qint64> &ids);
    // With its tags, status, rating and highlights (re-anchored in the current abstract).
    std::optional<Paper> paper(qint64 id);
    // The same for many, in the order given (ids no paper has are left out); much faster than paper() in a loop.
    QList<Paper> papers(const QList<qint64> &ids);
    QList<qint64> ids(PaperSort sort = PaperSort::Added, bool ascending = true);
    QList<PaperRow> rows(const QList<qint64> &ids);

private:
    Library &m_library;
};

} // namespace Lectern
