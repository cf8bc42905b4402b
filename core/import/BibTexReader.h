#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// BibTeX and biblatex: .bib files as JabRef, Zotero, Better BibTeX and biblatex itself write them, one paper per
// entry. @string macros, crossref and xdata are followed where what they name came earlier in the file.
const Format &bibtexFormat();

} // namespace Lectern
