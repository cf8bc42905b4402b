#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// The arXiv metadata snapshot (arxiv-metadata-oai-snapshot.json): one JSON object per line with id, title,
// authors_parsed, abstract, categories, versions and the rest. Read a line at a time, so that a file of gigabytes
// takes the memory of one record.
const Format &arxivJsonLinesFormat();

} // namespace Lectern
