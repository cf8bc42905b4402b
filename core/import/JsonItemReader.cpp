#include "import/JsonItemReader.h"

#include "import/ImportText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct JsonItemText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::JsonItemReader)
};

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

// What ends a number or a literal (true, false, null) written as an item.
bool endsScalar(QChar c)
{
    return isJsonSpace(c) || c == u',' || c == u']' || c == u'}';
}

} // namespace

std::optional<QChar> JsonItemReader::peek()
{
    while (m_position >= m_chunk.size()) {
        auto chunk = m_input.readChunk();
        if (!chunk)
            return std::nullopt;
        m_chunk = std::move(*chunk);
        m_position = 0;
    }
    return m_chunk.at(m_position);
}

void JsonItemReader::advance()
{
    if (m_chunk.at(m_position) == u'\n') {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
    ++m_position;
}

void JsonItemReader::skipWhitespace()
{
    for (auto c = peek(); c && isJsonSpace(*c); c = peek())
        advance();
}

Error JsonItemReader::errorHere(const QString &message) const
{
    return m_input.errorAt(message, m_line, m_column);
}

Expected<std::optional<JsonItem>> JsonItemReader::next()
{
    for (;;) {
        skipWhitespace();
        const auto c = peek();
        if (m_input.error())
            return *m_input.error();
        if (!c) {
            if (m_inList && !m_ended) {
                m_ended = true;
                return errorHere(JsonItemText::tr("the list ends without its closing ]"));
            }
            return std::optional<JsonItem>();
        }
        if (m_ended) {
            const Error error = errorHere(JsonItemText::tr("expected nothing more after the end of the JSON document"));
            while (peek())
                advance();
            return error;
        }
        if (m_layout == Layout::Document && !m_started) {
            m_started = true;
            if (*c == u'[') {
                m_inList = true;
                advance();
                continue;
            }
        }
        if (m_inList && *c == u']') {
            advance();
            m_ended = true;
            continue;
        }
        if (m_inList && m_afterItem) {
            m_afterItem = false;
            if (*c == u',') {
                advance();
                continue;
            }
            // The next item is read from here: a missing comma loses nothing.
            return errorHere(JsonItemText::tr("expected a comma or ] after item %1 of the list").arg(m_index));
        }
        return readItem();
    }
}

Expected<std::optional<JsonItem>> JsonItemReader::readItem()
{
    const int line = m_line;
    const int column = m_column;
    ++m_index;
    const QChar first = *peek();
    if (first == u',' || first == u':' || first == u']' || first == u'}') {
        const Error error = errorHere(JsonItemText::tr("expected a value, found \"%1\"").arg(first));
        advance();
        return error;
    }
    const bool scalar = first != u'{' && first != u'[' && first != u'"';
    QString text;
    QString open; // the brackets open, the innermost last
    bool inString = false;
    bool escaped = false;
    bool broken = false;
    for (auto c = peek(); c; c = peek()) {
        const QChar ch = *c;
        if (inString) {
            // JSON writes a line end in a string as \n: a real one means the closing quote is missing.
            if (ch == u'\n') {
                broken = true;
                break;
            }
            text += ch;
            advance();
            if (escaped) {
                escaped = false;
            } else if (ch == u'\\') {
                escaped = true;
            } else if (ch == u'"') {
                inString = false;
                if (open.isEmpty())
                    break; // an item that is a string
            }
        } else if (scalar) {
            if (endsScalar(ch))
                break;
            text += ch;
            advance();
        } else {
            if (ch == u'\n' && m_layout == Layout::Lines) {
                broken = true;
                break;
            }
            text += ch;
            advance();
            if (ch == u'"') {
                inString = true;
            } else if (ch == u'{' || ch == u'[') {
                open += ch;
            } else if (ch == u'}' || ch == u']') {
                if (open.isEmpty() || open.back() != (ch == u'}' ? u'{' : u'[')) {
                    broken = true;
                    break;
                }
                open.chop(1);
                if (open.isEmpty())
                    break;
            }
        }
        if (text.size() > MaxJsonItemSize) {
            const Error error = m_input.errorAt(JsonItemText::tr("item %1 is over %2 MB, which no record is; is a closing "
                                                                 "bracket or quote missing?")
                                                    .arg(m_index)
                                                    .arg(MaxJsonItemSize >> 20),
                                                line, column);
            skipToNextItemLine(column);
            return error;
        }
    }
    if (m_input.error())
        return *m_input.error();
    broken = broken || inString || !open.isEmpty();
    auto item = parseItem(text, line, column);
    if (broken) {
        // Said, so that an import that skips broken items does not pass over the rest of a list in silence.
        if (!skipToNextItemLine(column) && m_layout == Layout::Document && !item) {
            Error error = item.error();
            error.message += JsonItemText::tr("; nothing after it could be read");
            return error;
        }
    } else if (m_inList) {
        m_afterItem = true;
    } else if (m_layout == Layout::Document) {
        m_ended = true;
    }
    return item;
}

Expected<std::optional<JsonItem>> JsonItemReader::parseItem(const QString &text, int line, int column)
{
    // QJsonDocument reads an object or an array; a number, string or literal is read as the element of one.
    const bool container = text.startsWith(u'{') || text.startsWith(u'[');
    const QByteArray json = container ? text.toUtf8() : '[' + text.toUtf8() + ']';
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return ImportText::jsonError(m_input, json, parsed, line, container ? column : column - 1);
    QJsonValue value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    if (!container)
        value = document.array().at(0);
    return std::optional(JsonItem{value, line, column, m_index});
}

// After an item whose brackets or quotes do not close: in Lines, the next line; in a list, the next line that starts
// with "{" no further right than the broken item did (so not an object inside it, in a file written one item to a
// few lines); of a single value, the end. False when it found no such place.
bool JsonItemReader::skipToNextItemLine(int column)
{
    for (;;) {
        for (auto c = peek(); c && *c != u'\n'; c = peek())
            advance();
        if (!peek())
            break;
        advance();
        if (m_layout == Layout::Lines)
            return true;
        if (!m_inList)
            continue;
        for (auto c = peek(); c && (*c == u' ' || *c == u'\t'); c = peek())
            advance();
        if (peek() == QChar(u'{') && m_column <= column) {
            m_afterItem = false;
            return true;
        }
    }
    // Nothing more can be read: the end of the input, without a second error for the list's missing "]".
    m_ended = true;
    return false;
}

} // namespace Lectern
