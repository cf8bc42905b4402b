#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// RIS, as EndNote, Zotero, Scopus, Web of Science, Embase and PubMed write it: records of "XX  - value" lines
// from "TY  - " to "ER  - ". Read a line at a time.
const Format &risFormat();

} // namespace Lectern
