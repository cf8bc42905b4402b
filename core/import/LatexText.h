#pragma once

#include <QString>
#include <QStringView>

namespace Lectern::LatexText {

// Text as BibTeX and biblatex files write it, read as a person reads it printed: accents and special letters
// ({\"o}, \'{e}, {\ss}, {\i}) become Unicode letters, "--" and "---" dashes, "~" a plain space, `` and '' curly
// quotes, \emph{...} and {\sc ...} their text, and the braces that protect case go. Math ($x^2$) and commands it
// does not know (\foo{bar}) are kept as written, so that nothing is lost. Runs of white space become one space,
// but a blank line stays a paragraph break ("\n\n").
QString toUnicode(QStringView latex);

// The index of the brace that closes the one at open, or text.size() when it is not closed.
qsizetype closingBrace(QStringView text, qsizetype open);

} // namespace Lectern::LatexText
