#pragma once

#include "import/BibTexParser.h"
#include "import/PaperReader.h"
#include "library/Paper.h"

namespace Lectern {

// The paper a BibTeX or biblatex entry describes, its fields decoded from LaTeX. Fields Lectern has no place for,
// and those it could not read (a month of "Summer"), are kept as written in extraFields.
Paper paperFromEntry(const BibTexEntry &entry, const ImportOptions &options);

} // namespace Lectern
