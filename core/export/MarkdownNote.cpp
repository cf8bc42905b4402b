#include "export/MarkdownNote.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Lectern::MarkdownNote {

namespace {

// Markdown's rules, as far as they decide where a block starts and ends (CommonMark 0.31, and GitHub's footnotes).
// Columns count tabs to the next multiple of four; the lines are measured with their tabs expanded.
constexpr int TabStop = 4;
constexpr int CodeIndent = 4;      // this much indentation makes code, not a new block
constexpr int MaxHeadingLevel = 6;

QString expandedTabs(const QString &line)
{
    if (!line.contains(u'\t'))
        return line;
    QString result;
    for (const QChar c : line)
        result += c == u'\t' ? QString(TabStop - result.size() % TabStop, u' ') : QString(c);
    return result;
}

QStringView restOf(const QString &line, qsizetype position)
{
    return QStringView(line).sliced(qMin(position, line.size()));
}

int indentation(QStringView text)
{
    int spaces = 0;
    while (spaces < text.size() && text[spaces] == u' ')
        ++spaces;
    return spaces;
}

bool isBlank(QStringView text)
{
    return text.trimmed().isEmpty();
}

int runLength(QStringView text, QChar c)
{
    int length = 0;
    while (length < text.size() && text[length] == c)
        ++length;
    return length;
}

struct Fence
{
    QChar marker;
    int length = 0;
};

// "```" or "~~~ python", at most three spaces in: the fence it opens. A backtick fence's info string has no backticks.
std::optional<Fence> fenceOpening(QStringView text)
{
    const int indent = indentation(text);
    if (indent >= CodeIndent || indent == text.size() || (text[indent] != u'`' && text[indent] != u'~'))
        return std::nullopt;
    const QChar marker = text[indent];
    const int length = runLength(text.sliced(indent), marker);
    if (length < 3 || (marker == u'`' && text.sliced(indent + length).contains(u'`')))
        return std::nullopt;
    return Fence{marker, length};
}

bool closesFence(QStringView text, const Fence &fence)
{
    const int indent = indentation(text);
    if (indent >= CodeIndent)
        return false;
    const int length = runLength(text.sliced(indent), fence.marker);
    return length >= fence.length && isBlank(text.sliced(indent + length));
}

// "# Title" to "###### Title": its level, or 0 for no ATX heading.
int atxLevel(QStringView text)
{
    const int indent = indentation(text);
    if (indent >= CodeIndent)
        return 0;
    const int level = runLength(text.sliced(indent), u'#');
    const qsizetype after = indent + level;
    return level >= 1 && level <= MaxHeadingLevel && (after == text.size() || text[after] == u' ') ? level : 0;
}

// "===" under a paragraph makes it a heading of level 1, "---" of level 2.
int setextLevel(QStringView text)
{
    static const QRegularExpression underline(QStringLiteral("^ {0,3}(=+|-+) *$"));
    const auto match = underline.matchView(text);
    return match.hasMatch() ? (match.capturedView(1).front() == u'=' ? 1 : 2) : 0;
}

bool isThematicBreak(QStringView text)
{
    static const QRegularExpression rule(QStringLiteral(R"(^ {0,3}(?:(?:- *){3,}|(?:\* *){3,}|(?:_ *){3,})$)"));
    return rule.matchView(text).hasMatch();
}

struct ListMarker
{
    int width = 0;       // the columns of the item's first line before its content: what its other lines are indented by
    bool mayInterrupt = true; // whether it may start while a paragraph goes on: not empty, and numbered from 1 if numbered
};

// "- ", "* ", "1. ", "2) ": a list item starting.
std::optional<ListMarker> listMarker(QStringView text)
{
    static const QRegularExpression marker(QStringLiteral(R"(^( {0,3})([-+*]|([0-9]{1,9})[.)])( *)(.?))"));
    const auto match = marker.matchView(text);
    if (!match.hasMatch() || (match.capturedLength(4) == 0 && match.capturedLength(5) > 0))
        return std::nullopt;
    const bool empty = isBlank(text.sliced(match.capturedEnd(2)));
    const bool numberedFromOne = !match.hasCaptured(3) || match.capturedView(3).toInt() == 1;
    const int spaces = int(match.capturedLength(4));
    // Content indented five or more is code inside the item, which then starts one column after the marker.
    const int width = int(match.capturedEnd(2)) + (empty || spaces > CodeIndent ? 1 : spaces);
    return ListMarker{width, !empty && numberedFromOne};
}

// "> ": the column after a block quote's marker and its optional space.
std::optional<int> quoteMarkerEnd(QStringView text)
{
    const int indent = indentation(text);
    if (indent >= CodeIndent || indent == text.size() || text[indent] != u'>')
        return std::nullopt;
    return indent + 1 + (indent + 1 < text.size() && text[indent + 1] == u' ' ? 1 : 0);
}

// "[^1]: ": a footnote's definition, which GitHub's Markdown holds as a container of lines indented by four.
std::optional<int> footnoteMarkerEnd(QStringView text)
{
    static const QRegularExpression footnote(QStringLiteral(R"(^ {0,3}\[\^[^\]\s]+\]: ?)"));
    const auto match = footnote.matchView(text);
    return match.hasMatch() ? std::optional<int>(int(match.capturedEnd())) : std::nullopt;
}

// "<https://example.org>": a link to a web page, which stays one.
bool isWebAutolink(QStringView text)
{
    static const QRegularExpression autolink(QStringLiteral(R"(^<https?://[^\s<>]*>)"),
                                             QRegularExpression::CaseInsensitiveOption);
    return autolink.matchView(text).hasMatch();
}

// Where the code span that a run of backticks at start opens ends, or the run's own end if nothing closes it (then it
// is text). A run of the same length closes it; backslashes inside are code.
qsizetype codeSpanEnd(QStringView text, qsizetype start)
{
    const int opening = runLength(text.sliced(start), u'`');
    for (qsizetype end = start + opening; end < text.size();) {
        const int run = runLength(text.sliced(end), u'`');
        if (run == opening)
            return end + run;
        end += qMax(run, 1);
    }
    return start + opening;
}

// A '<' that starts a tag, a comment, a declaration or a processing instruction (raw HTML, inline or a block) gets a
// backslash, which makes it a plain '<'; code spans are code, where a backslash would show, and stay as they are.
QString escapedHtml(const QString &text)
{
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        qsizetype next = i + 1;
        if (c == u'\\') { // an escape, which already makes what follows literal
            next = qMin(i + 2, text.size());
        } else if (c == u'`') {
            next = codeSpanEnd(text, i);
        } else if (c == u'<' && next < text.size()) {
            const QChar after = text[next];
            const bool startsHtml = (after.isLetter() && after.unicode() < 128) || QStringView(u"/!?").contains(after);
            if (startsHtml && !isWebAutolink(QStringView(text).sliced(i)))
                result += u'\\';
        }
        result += QStringView(text).sliced(i, next - i);
        i = next;
    }
    return result;
}

// Reads the note a line at a time, keeping track of the containers (block quotes, list items, footnotes) and of the
// block each line belongs to, as a Markdown reader would, and writes the lines out changed where they must be.
class Nesting
{
public:
    explicit Nesting(int headingLevel) : m_shift(headingLevel) {}

    void addLine(const QString &original)
    {
        const QString line = expandedTabs(original);
        qsizetype position = 0;
        const qsizetype matched = matchContainers(line, position);
        const bool allMatched = matched == m_containers.size();
        if (m_leaf == Leaf::Fence && allMatched) {
            if (closesFence(restOf(line, position), m_fence))
                m_leaf = Leaf::None;
            m_lines.append(original);
            return;
        }
        if (m_leaf == Leaf::IndentedCode && allMatched) {
            const QStringView rest = restOf(line, position);
            if (isBlank(rest) || indentation(rest) >= CodeIndent) {
                m_lines.append(original);
                return;
            }
        }
        // A paragraph's line may leave out the markers and indentation of its containers ("lazy" lines).
        if (!allMatched && m_leaf == Leaf::Paragraph && !startsBlock(restOf(line, position))) {
            addParagraphLine(line, position);
            return;
        }
        if (!allMatched)
            closeContainers(matched); // and a fence inside them: it ends with its container
        openContainers(line, position);
        addLeaf(original, line, position);
    }

    QString finish()
    {
        // Only a fence of the note itself runs on: one in a quote or a list ends with it, at the next line that is
        // not indented, which the heading after the note is.
        const bool openFence = m_leaf == Leaf::Fence && m_containers.isEmpty();
        closeLeaf();
        if (openFence)
            m_lines.append(QString(m_fence.length, m_fence.marker));
        while (!m_lines.isEmpty() && isBlank(m_lines.last()))
            m_lines.removeLast();
        return m_lines.join(u'\n');
    }

private:
    enum class Leaf { None, Paragraph, IndentedCode, Fence };
    struct Container
    {
        bool quote = false;
        int indent = 0; // a list item's or a footnote's: the columns its lines are indented by
    };

    qsizetype matchContainers(const QString &line, qsizetype &position) const
    {
        qsizetype matched = 0;
        for (const Container &container : m_containers) {
            const QStringView rest = restOf(line, position);
            if (container.quote) {
                const auto end = quoteMarkerEnd(rest);
                if (!end)
                    break;
                position += *end;
            } else if (!isBlank(rest)) { // a blank line stays in a list item
                if (indentation(rest) < container.indent)
                    break;
                position += container.indent;
            }
            ++matched;
        }
        return matched;
    }

    bool startsBlock(QStringView rest) const
    {
        const auto marker = listMarker(rest);
        return isBlank(rest) || fenceOpening(rest) || atxLevel(rest) > 0 || isThematicBreak(rest)
            || quoteMarkerEnd(rest) || (marker && marker->mayInterrupt) || footnoteMarkerEnd(rest);
    }

    void openContainers(const QString &line, qsizetype &position)
    {
        for (;;) {
            const QStringView rest = restOf(line, position);
            if (indentation(rest) >= CodeIndent || isThematicBreak(rest))
                return;
            const std::optional<Opening> opening = containerOpening(rest);
            if (!opening)
                return;
            closeLeaf();
            m_containers.append(opening->container);
            position += opening->markerWidth;
        }
    }

    struct Opening
    {
        Container container;
        int markerWidth = 0; // the columns of its marker on this line
    };

    std::optional<Opening> containerOpening(QStringView rest) const
    {
        if (const auto end = quoteMarkerEnd(rest))
            return Opening{{true, 0}, *end};
        if (const auto marker = listMarker(rest)) {
            // "-" under a paragraph underlines it; an empty item or one numbered from 2 cannot cut a paragraph short.
            if (m_leaf == Leaf::Paragraph && (setextLevel(rest) > 0 || !marker->mayInterrupt))
                return std::nullopt;
            return Opening{{false, marker->width}, marker->width};
        }
        if (const auto end = footnoteMarkerEnd(rest)) // its lines are indented by four, whatever its label's length
            return Opening{{false, CodeIndent}, *end};
        return std::nullopt;
    }

    void addLeaf(const QString &original, const QString &line, qsizetype position)
    {
        const QStringView rest = restOf(line, position);
        const int indent = indentation(rest);
        if (isBlank(rest)) {
            closeLeaf();
            m_lines.append(original);
        } else if (indent >= CodeIndent && m_leaf != Leaf::Paragraph) {
            closeLeaf();
            m_leaf = Leaf::IndentedCode;
            m_lines.append(original);
        } else if (const auto fence = fenceOpening(rest)) {
            closeLeaf();
            m_leaf = Leaf::Fence;
            m_fence = *fence;
            m_lines.append(original);
        } else if (const int level = atxLevel(rest)) {
            closeLeaf();
            m_lines.append(escapedHtml(demoted(line, position + indent, level)));
        } else if (const int level = m_leaf == Leaf::Paragraph ? setextLevel(rest) : 0) {
            paragraphToHeading(level);
        } else if (isThematicBreak(rest)) {
            closeLeaf();
            m_lines.append(original);
        } else {
            addParagraphLine(line, position);
        }
    }

    // "# Title" at hashes becomes "#### Title" under a heading of level 3.
    QString demoted(const QString &line, qsizetype hashes, int level) const
    {
        const int added = qMin(level + m_shift, MaxHeadingLevel) - level;
        return line.left(hashes) + QString(added, u'#') + line.mid(hashes);
    }

    void addParagraphLine(const QString &line, qsizetype position)
    {
        if (m_leaf != Leaf::Paragraph) {
            m_leaf = Leaf::Paragraph;
            m_paragraphStart = m_lines.size();
            m_paragraphPrefix = line.left(position + indentation(restOf(line, position)));
            m_paragraphText.clear();
        }
        m_lines.append(line);
        m_paragraphText.append(restOf(line, position).trimmed().toString());
    }

    // A setext heading may take several lines; an ATX heading, which the demoted one must be, takes one.
    void paragraphToHeading(int level)
    {
        const QString heading = m_paragraphPrefix + QString(qMin(level + m_shift, MaxHeadingLevel), u'#') + u' '
            + m_paragraphText.join(u' ');
        m_lines.resize(m_paragraphStart);
        m_lines.append(escapedHtml(heading));
        m_leaf = Leaf::None;
    }

    void closeLeaf()
    {
        if (m_leaf == Leaf::Paragraph) {
            // Escaped as one text: a code span may go on over the paragraph's lines.
            const QString paragraph = escapedHtml(m_lines.sliced(m_paragraphStart).join(u'\n'));
            m_lines.resize(m_paragraphStart);
            m_lines.append(paragraph.split(u'\n'));
        }
        m_leaf = Leaf::None;
    }

    void closeContainers(qsizetype kept)
    {
        closeLeaf();
        m_containers.resize(kept);
    }

    const int m_shift;
    QList<Container> m_containers;
    Leaf m_leaf = Leaf::None;
    Fence m_fence;
    QStringList m_lines;
    qsizetype m_paragraphStart = 0;
    QString m_paragraphPrefix;   // the first line's markers and indentation
    QStringList m_paragraphText; // each line without them
};

} // namespace

QString nested(const QString &note, int headingLevel)
{
    QString text = note;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    Nesting nesting(headingLevel);
    bool started = false;
    for (const QString &line : text.split(u'\n')) {
        started = started || !isBlank(line);
        if (started)
            nesting.addLine(line);
    }
    return nesting.finish();
}

} // namespace Lectern::MarkdownNote
