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

// The other way, for 8-bit BibTeX: each non-ASCII letter that LaTeX writes with ASCII as a command, so written
// ("ö" as {\"o}, "č" as {\v{c}}, "ß" as {\ss}, "–" as {\textendash}), in the braced form BibTeX reads as one
// letter; characters LaTeX has no such command for (日本語) stay as they are. The text's own TeX specials are the
// caller's to escape first: this adds commands, it does not escape.
QString fromUnicode(QStringView text);

// The index of the brace that closes the one at open, or text.size() when it is not closed.
qsizetype closingBrace(QStringView text, qsizetype open);

} // namespace Lectern::LatexText
