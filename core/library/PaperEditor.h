#pragma once

#include "library/Paper.h"
#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Lectern {

class Library;

// Changes a paper's details (PaperFieldText): every changed field in one transaction, which keeps the search index
// (the triggers on papers), the list's display names and first-author order, the title key and the links in step,
// re-anchors the highlights when the abstract changed, and records each field in the paper's history with its old
// and new value (EventKind::FieldEdited; the citation key through CitationKeyStore, as EventKind::KeyChanged).
// A bad value, a taken key, DOI or arXiv id: an error naming it, and nothing stored.
class PaperEditor
{
public:
    explicit PaperEditor(Library &library, Clock clock = {}) : m_library(library), m_clock(std::move(clock)) {}

    // Stores the fields of edited (whose id names the paper) that differ from the stored paper; their names, in
    // PaperFieldText's order (empty when nothing differed). Tags, note, status, rating and highlights are not its to
    // change: theirs are ignored.
    Expected<QStringList> save(const Paper &edited);
    // FIELD=VALUE assignments as typed (lectern edit), applied in order to the stored paper, then saved.
    using Assignment = std::pair<QString, QString>;
    Expected<QStringList> edit(qint64 paperId, const QList<Assignment> &assignments);

private:
    Status checkUnique(const Paper &edited, const Paper &stored);

    Library &m_library;
    Clock m_clock;
};

} // namespace Lectern
