#include "gui/search/QueryMatches.h"

#include "text/PaperText.h"

#include <algorithm>

namespace Lectern {

namespace {

// One word of the text: where it is and how the index keeps it.
struct Token
{
    int start = 0;
    int end = 0;
    QString key;
};

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QList<Token> tokens(const QString &text)
{
    QList<Token> result;
    int i = 0;
    while (i < text.size()) {
        if (!isWordCharacter(text[i])) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < text.size() && isWordCharacter(text[i]))
            ++i;
        const QString key = PaperText::titleKey(QStringView(text).sliced(start, i - start));
        if (!key.isEmpty())
            result.append({start, i, key});
    }
    return result;
}

void collect(const QueryNode &node, QList<MatchTerm> &terms)
{
    if (node.kind == QueryNode::Kind::Not)
        return;
    for (const QueryNode &child : node.children)
        collect(child, terms);
    if (node.kind != QueryNode::Kind::Term || !isTextField(node.term.field))
        return;
    const QStringList words = PaperText::titleKey(node.term.value).split(u' ', Qt::SkipEmptyParts);
    if (!words.isEmpty())
        terms.append({node.term.field, words, node.term.prefix});
}

bool wordMatches(const QString &key, const QString &word, bool prefix)
{
    return prefix ? key.startsWith(word) : key == word;
}

// The number of tokens from `at` that the term matches, or 0.
int matchAt(const QList<Token> &tokens, qsizetype at, const MatchTerm &term)
{
    if (at + term.words.size() > tokens.size())
        return 0;
    for (qsizetype i = 0; i < term.words.size(); ++i) {
        const bool last = i == term.words.size() - 1;
        if (!wordMatches(tokens[at + i].key, term.words[i], last && term.prefix))
            return 0;
    }
    return int(term.words.size());
}

} // namespace

QList<MatchTerm> matchTerms(const QueryNode *root)
{
    QList<MatchTerm> terms;
    if (root)
        collect(*root, terms);
    return terms;
}

QList<MatchSpan> findMatches(const QString &text, QueryTerm::Field column, const QList<MatchTerm> &terms)
{
    QList<MatchTerm> relevant;
    std::copy_if(terms.cbegin(), terms.cend(), std::back_inserter(relevant),
                 [column](const MatchTerm &term) { return term.field == QueryTerm::Field::Words || term.field == column; });
    QList<MatchSpan> spans;
    if (relevant.isEmpty())
        return spans;
    const QList<Token> words = tokens(text);
    for (qsizetype at = 0; at < words.size(); ++at) {
        int longest = 0;
        for (const MatchTerm &term : std::as_const(relevant))
            longest = std::max(longest, matchAt(words, at, term));
        if (longest == 0)
            continue;
        const int start = words[at].start;
        spans.append({start, words[at + longest - 1].end - start});
        at += longest - 1;
    }
    return spans;
}

} // namespace Lectern
