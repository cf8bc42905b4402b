#pragma once

#include "query/Query.h"
#include "query/QueryNode.h"

#include <QString>

#include <optional>

namespace Lectern {

// How large a query may be. Far beyond what anyone types or saves, and within what SQLite and FTS5 take, so
// that a query is refused here, at its position, rather than by them at run time (or by the stack):
// - groups: FTS5's parser holds at most 100 symbols, and a group nested after an operator takes three, so
//   some thirty nested groups overflow it; 16 leaves room for the '-' and column filters around them.
// - terms: the filters of an AND or an OR are combined in one compound SELECT (SQLite takes 500 arms) and
//   tested as a chain of conditions (SQLite refuses expressions over 1,000 deep): 256 stays within half.
// - characters: 256 terms with long phrases fit; a pasted file does not.
constexpr int MaxQueryDepth = 16;
constexpr int MaxQueryTerms = 256;
constexpr int MaxQueryLength = 10000;

// The tree of a query's text (no root for blank text), or where and why the text is not a query.
struct ParsedQuery
{
    std::optional<QueryNode> root;
    std::optional<QueryError> error;
};

// Precedence: '-' (NOT) binds tightest, then the implicit AND, then OR. Only upper-case OR is a keyword.
// A word is a field term when it starts with letters and a colon ("tag:ml"); "http://..." and "C++:" are
// words, and so is a lone "Unknown:" with nothing after the colon. Words without letters or digits ("&")
// are skipped like the punctuation the index skips.
ParsedQuery parseQueryText(const QString &text);

} // namespace Lectern
