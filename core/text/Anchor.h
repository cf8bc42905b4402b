#pragma once

#include "library/Paper.h"

#include <QStringView>

#include <optional>

// Finding a highlight again in an abstract that may have changed since it was made (a re-import that
// wraps lines differently, doubles a space). A highlight keeps its quote and some text either side.
namespace Lectern::Anchor {

// How much text before and after the quote a highlight keeps to tell repeated quotes apart.
constexpr int ContextLength = 32;

struct Span
{
    int start = 0;
    int length = 0;
    bool operator==(const Span &) const = default;
};

// Sets the highlight's start, length, quote, prefix and suffix to span of text.
void capture(Highlight &highlight, QStringView text, Span span);

// Where the highlight's quote is in text: at its stored offset if it is still there; otherwise the
// quote found ignoring how whitespace is spelled (a run of spaces, tabs and newlines equals any
// other run), and of several such places the one whose surrounding text matches the stored context
// best, then the one nearest the stored offset. Nothing when the quote is gone (the highlight is
// orphaned).
std::optional<Span> locate(const Highlight &highlight, QStringView text);

} // namespace Lectern::Anchor
