#pragma once

#include "util/Error.h"

#include <QString>

#include <functional>

namespace Lectern::Synth {

// Writes count papers of PaperGenerator(seed) as the arXiv metadata snapshot does (one JSON object a line:
// id, submitter, authors, title, comments, journal-ref, doi, report-no, categories, license, abstract, versions,
// update_date, authors_parsed), for the bulk import's benchmark: the same papers a synthetic library holds, as a
// file. Every record has an id, as every snapshot record does: a paper the generator gave none gets an old-style
// one ("synth-b/1203042"), which cannot meet a new-style id.
Status writeSnapshot(const QString &path, int count, quint64 seed, const std::function<void(int done)> &progress = {});

} // namespace Lectern::Synth
