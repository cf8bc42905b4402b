#pragma once

#include "library/Paper.h"

#include <QList>
#include <QStringView>

namespace Lectern::BibTexNames {

// The people of an author or editor field, split by BibTeX's rules: "and" (in any case, outside braces) between
// names, and each name in one of the forms "First von Last", "von Last, First" or "von Last, Jr, First", where
// "von" is the run of words that start in lower case. A name wholly in braces ("{World Health Organization}") is a
// literal. "others" (BibTeX's "et al.") is kept as the literal "others", so that the list does not pass for
// complete and an export writes it back. The parts are decoded from LaTeX.
QList<Person> parse(QStringView value);

} // namespace Lectern::BibTexNames
