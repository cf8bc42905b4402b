#include "text/Anchor.h"

#include <QList>

#include <cstdlib>

namespace Lectern::Anchor {

namespace {

// Text with each run of whitespace collapsed to one space, and for each of its characters the range
// of the original text it stands for.
struct Collapsed
{
    QString text;
    QList<int> begin;
    QList<int> end;
};

Collapsed collapse(QStringView original)
{
    Collapsed result;
    for (int i = 0; i < original.size(); ++i) {
        const bool space = original[i].isSpace();
        if (space && result.text.endsWith(u' ')) {
            result.end.last() = i + 1;
            continue;
        }
        result.text.append(space ? QChar(u' ') : original[i]);
        result.begin.append(i);
        result.end.append(i + 1);
    }
    return result;
}

int commonPrefixLength(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}

int commonSuffixLength(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

} // namespace

void capture(Highlight &highlight, QStringView text, Span span)
{
    highlight.start = span.start;
    highlight.length = span.length;
    highlight.quote = text.mid(span.start, span.length).toString();
    const int prefixStart = std::max(0, span.start - ContextLength);
    highlight.prefix = text.mid(prefixStart, span.start - prefixStart).toString();
    highlight.suffix = text.mid(span.start + span.length, ContextLength).toString();
}

std::optional<Span> locate(const Highlight &highlight, QStringView text)
{
    if (highlight.quote.isEmpty())
        return std::nullopt;
    if (text.mid(highlight.start, highlight.length) == highlight.quote)
        return Span{highlight.start, highlight.length};

    const Collapsed collapsed = collapse(text);
    const QString quote = collapse(highlight.quote).text;
    const QString prefix = collapse(highlight.prefix).text;
    const QString suffix = collapse(highlight.suffix).text;
    std::optional<Span> best;
    int bestContext = -1;
    for (qsizetype at = collapsed.text.indexOf(quote); at >= 0; at = collapsed.text.indexOf(quote, at + 1)) {
        const qsizetype after = at + quote.size();
        const int context = commonSuffixLength(prefix, QStringView(collapsed.text).first(at))
            + commonPrefixLength(suffix, QStringView(collapsed.text).sliced(after));
        const Span span{collapsed.begin[at], collapsed.end[after - 1] - collapsed.begin[at]};
        const bool nearer = best && std::abs(span.start - highlight.start) < std::abs(best->start - highlight.start);
        if (context > bestContext || (context == bestContext && nearer)) {
            best = span;
            bestContext = context;
        }
    }
    return best;
}

} // namespace Lectern::Anchor
