#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// CSL-JSON, as Zotero, pandoc, citeproc and Crossref write it: an array of items (or one item) with CSL's keys.
// Its items are read one at a time (JsonItemReader), in constant memory however long the file or its lines.
const Format &cslJsonFormat();

} // namespace Lectern
