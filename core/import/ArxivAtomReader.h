#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// The arXiv API's answer (export.arxiv.org/api/query): an Atom feed with an <entry> per paper, arXiv's own
// elements (primary_category, doi, journal_ref, comment) beside Atom's. An error the API reports comes as a feed
// with one entry titled "Error"; it is read as that error, not as a paper.
const Format &arxivAtomFormat();

} // namespace Lectern
