#include "query/QueryParser.h"

#include "query/QueryFields.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace Lectern {

namespace {

using Field = QueryTerm::Field;

struct Token
{
    enum class Kind { Term, Or, Minus, Open, Close, End };
    Kind kind = Kind::End;
    int position = 0;
    int length = 0;
    QueryTerm term; // Kind::Term
};

bool endsWord(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'"';
}

// Splits the text into tokens, checking each field value as it goes so that its errors point at it.
class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    // Every token, ending with End; on a mistake, what the error says.
    QList<Token> tokens()
    {
        QList<Token> result;
        while (!m_error && skipSpace()) {
            if (auto token = next(); token && !isTermTooMany(*token))
                result.append(*token);
        }
        result.append({Token::Kind::End, int(m_text.size()), 0});
        return result;
    }
    const std::optional<QueryError> &error() const { return m_error; }

private:
    struct Quoted
    {
        QString value;
        int position = 0;
        int length = 0;
    };

    bool skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        return m_pos < m_text.size();
    }

    QChar at(int position) const { return position < m_text.size() ? m_text[position] : QChar(); }

    std::optional<Token> fail(const QString &message, int position, int length)
    {
        m_error = QueryError{message, position, std::max(length, 1)};
        return std::nullopt;
    }

    // Counts the terms; past MaxQueryTerms, the error points at the first term too many.
    bool isTermTooMany(const Token &token)
    {
        if (token.kind != Token::Kind::Term || ++m_terms <= MaxQueryTerms)
            return false;
        fail(QCoreApplication::translate("Lectern::QueryParser", "the query has more than %1 terms").arg(MaxQueryTerms),
             token.position, token.length);
        return true;
    }

    // The token at m_pos, or nullopt for skipped punctuation and for errors.
    std::optional<Token> next()
    {
        const int start = m_pos;
        const QChar c = m_text[m_pos];
        if (c == u'(' || c == u')') {
            ++m_pos;
            return Token{c == u'(' ? Token::Kind::Open : Token::Kind::Close, start, 1};
        }
        if (c == u'-') {
            ++m_pos;
            if (const QChar after = at(m_pos); after.isNull() || after.isSpace() || after == u')')
                return fail(QCoreApplication::translate("Lectern::QueryParser",
                                                        "'-' must be followed by what to leave out"),
                            start, 1);
            return Token{Token::Kind::Minus, start, 1};
        }
        if (c == u'"') {
            const auto quoted = readQuoted();
            if (!quoted)
                return std::nullopt;
            return termToken(Field::Words, *quoted, true);
        }
        return wordToken();
    }

    // A double-quoted string starting at m_pos. Inside, \" is a quote and \\ a backslash, so that any
    // list name can be written (Query::quoted()); any other backslash is itself ("C:\papers").
    std::optional<Quoted> readQuoted()
    {
        const int start = m_pos;
        QString value;
        for (int i = start + 1; i < m_text.size(); ++i) {
            const QChar c = m_text[i];
            if (c == u'"') {
                m_pos = i + 1;
                return Quoted{value, start, m_pos - start};
            }
            if (c == u'\\' && (at(i + 1) == u'"' || at(i + 1) == u'\\'))
                ++i;
            value += m_text[i];
        }
        fail(QCoreApplication::translate("Lectern::QueryParser", "the quote is not closed"), start,
             int(m_text.size()) - start);
        return std::nullopt;
    }

    std::optional<Token> termToken(Field field, const Quoted &value, bool quoted)
    {
        auto term = fieldTerm(field, value.value, quoted);
        if (!term)
            return fail(term.error().message, value.position, value.length);
        return Token{Token::Kind::Term, value.position, value.length, *term};
    }

    std::optional<Token> wordToken()
    {
        const int start = m_pos;
        while (m_pos < m_text.size() && !endsWord(m_text[m_pos]))
            ++m_pos;
        const QString word = m_text.mid(start, m_pos - start);
        if (word == u"OR")
            return Token{Token::Kind::Or, start, 2};
        static const QRegularExpression fieldPrefix(QStringLiteral(R"(^([A-Za-z]+):(?!/))"));
        if (const auto match = fieldPrefix.match(word); match.hasMatch())
            return fieldToken(match.captured(1), start);
        if (!isSearchable(word))
            return std::nullopt;
        return termToken(Field::Words, {word, start, m_pos - start}, false);
    }

    // "name:value" or "name:"quoted value"", with m_pos after the word.
    std::optional<Token> fieldToken(const QString &name, int start)
    {
        const int valueStart = start + int(name.size()) + 1;
        const bool quotedValue = valueStart == m_pos && at(m_pos) == u'"';
        const auto field = fieldNamed(name);
        if (!field) {
            if (valueStart == m_pos && !quotedValue) // "Conclusion:" is a word that ends with a colon
                return termToken(Field::Words, {m_text.mid(start, m_pos - start), start, m_pos - start}, false);
            return fail(QCoreApplication::translate("Lectern::QueryParser", "unknown field '%1:' (fields: %2)")
                            .arg(name, typedFieldNames().join(QStringLiteral(", "))),
                        start, int(name.size()) + 1);
        }
        if (quotedValue) {
            const auto quoted = readQuoted();
            if (!quoted)
                return std::nullopt;
            return termToken(*field, *quoted, true);
        }
        if (valueStart == m_pos)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "'%1:' needs a value").arg(name), start,
                        m_pos - start);
        return termToken(*field, {m_text.mid(valueStart, m_pos - valueStart), valueStart, m_pos - valueStart}, false);
    }

    const QString &m_text;
    int m_pos = 0;
    int m_terms = 0;
    std::optional<QueryError> m_error;
};

QueryNode negated(QueryNode node)
{
    if (node.kind == QueryNode::Kind::Not)
        return std::move(node.children.front());
    return QueryNode{QueryNode::Kind::Not, {}, {std::move(node)}};
}

// One child stays itself; children of the same kind are merged into this one: (a b) c is AND(a, b, c).
QueryNode combined(QueryNode::Kind kind, std::vector<QueryNode> children)
{
    if (children.size() == 1)
        return std::move(children.front());
    QueryNode node{kind};
    for (QueryNode &child : children) {
        if (child.kind == kind)
            std::move(child.children.begin(), child.children.end(), std::back_inserter(node.children));
        else
            node.children.push_back(std::move(child));
    }
    return node;
}

// Recursive descent over the tokens: or := and (OR and)*; and := unary+; unary := '-'* primary;
// primary := term | '(' or ')'. Only a group recurses, at most MaxQueryDepth deep.
class Parser
{
public:
    explicit Parser(const QList<Token> &tokens) : m_tokens(tokens) {}

    std::optional<QueryNode> parse()
    {
        auto root = parseOr();
        if (root && peek().kind != Token::Kind::End)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "this ')' has no matching '('"), peek());
        return root;
    }
    const std::optional<QueryError> &error() const { return m_error; }

private:
    const Token &peek() const { return m_tokens[m_index]; }
    const Token &take() { return m_tokens[m_index++]; }

    static bool startsOperand(const Token &token)
    {
        return token.kind == Token::Kind::Term || token.kind == Token::Kind::Minus || token.kind == Token::Kind::Open;
    }

    std::nullopt_t fail(const QString &message, int position, int length)
    {
        m_error = QueryError{message, position, std::max(length, 1)};
        return std::nullopt;
    }
    std::nullopt_t fail(const QString &message, const Token &token)
    {
        return fail(message, token.position, token.length);
    }

    std::nullopt_t failOr(const Token &orToken)
    {
        return fail(QCoreApplication::translate("Lectern::QueryParser", "OR needs a term on both sides"), orToken);
    }

    std::optional<QueryNode> parseOr()
    {
        std::vector<QueryNode> children;
        while (true) {
            auto operand = parseAnd();
            if (!operand)
                return std::nullopt;
            children.push_back(std::move(*operand));
            if (peek().kind != Token::Kind::Or)
                return combined(QueryNode::Kind::Or, std::move(children));
            if (!startsOperand(m_tokens[m_index + 1]))
                return failOr(peek());
            take();
        }
    }

    std::optional<QueryNode> parseAnd()
    {
        std::vector<QueryNode> children;
        while (startsOperand(peek())) {
            auto operand = parseUnary();
            if (!operand)
                return std::nullopt;
            children.push_back(std::move(*operand));
        }
        if (!children.empty())
            return combined(QueryNode::Kind::And, std::move(children));
        if (peek().kind == Token::Kind::Or)
            return failOr(peek());
        return fail(QCoreApplication::translate("Lectern::QueryParser", "this ')' has no matching '('"), peek());
    }

    // A loop rather than recursion: a run of ten thousand '-' is text someone can paste.
    std::optional<QueryNode> parseUnary()
    {
        bool negative = false;
        while (peek().kind == Token::Kind::Minus) {
            const Token &minus = take();
            if (!startsOperand(peek()))
                return fail(QCoreApplication::translate("Lectern::QueryParser",
                                                        "'-' must be followed by what to leave out"),
                            minus);
            negative = !negative;
        }
        auto operand = parsePrimary();
        if (!operand || !negative)
            return operand;
        return negated(std::move(*operand));
    }

    std::optional<QueryNode> parsePrimary()
    {
        const Token &token = take();
        if (token.kind == Token::Kind::Term)
            return QueryNode{QueryNode::Kind::Term, token.term};
        if (peek().kind == Token::Kind::Close)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "the parentheses are empty"),
                        token.position, peek().position - token.position + 1);
        if (peek().kind == Token::Kind::End)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "this '(' is not closed"), token);
        if (m_depth == MaxQueryDepth)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "the groups are nested more than %1 deep")
                            .arg(MaxQueryDepth),
                        token);
        ++m_depth;
        auto inner = parseOr();
        --m_depth;
        if (!inner)
            return std::nullopt;
        if (peek().kind != Token::Kind::Close)
            return fail(QCoreApplication::translate("Lectern::QueryParser", "this '(' is not closed"), token);
        take();
        return inner;
    }

    const QList<Token> &m_tokens;
    qsizetype m_index = 0;
    int m_depth = 0; // groups open
    std::optional<QueryError> m_error;
};

} // namespace

ParsedQuery parseQueryText(const QString &text)
{
    if (text.size() > MaxQueryLength)
        return {std::nullopt,
                QueryError{QCoreApplication::translate("Lectern::QueryParser",
                                                       "the query is %1 characters long; the longest Lectern takes is %2")
                               .arg(text.size())
                               .arg(MaxQueryLength),
                           MaxQueryLength, int(text.size()) - MaxQueryLength}};
    Lexer lexer(text);
    const QList<Token> tokens = lexer.tokens();
    if (lexer.error())
        return {std::nullopt, lexer.error()};
    if (tokens.size() == 1) {
        if (text.trimmed().isEmpty())
            return {};
        return {std::nullopt,
                QueryError{QCoreApplication::translate("Lectern::QueryParser",
                                                       "there are no letters or digits to search for"),
                           0, int(text.size())}};
    }
    Parser parser(tokens);
    auto root = parser.parse();
    return {std::move(root), parser.error()};
}

} // namespace Lectern
