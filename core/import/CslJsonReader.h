#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// CSL-JSON, as Zotero, pandoc, citeproc and Crossref write it: an array of items (or one item) with CSL's keys.
// The document is read whole (it is one JSON value), its items handed over one at a time.
const Format &cslJsonFormat();

} // namespace Lectern
