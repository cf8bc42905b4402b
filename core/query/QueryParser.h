#pragma once

#include "query/Query.h"
#include "query/QueryNode.h"

#include <QString>

#include <optional>

namespace Lectern {

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
