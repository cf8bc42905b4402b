#pragma once

#include "import/TextInput.h"
#include "util/Error.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace Lectern {

// One value of a JSON input and where it starts.
struct JsonItem
{
    QJsonValue value;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in UTF-16 units as QJsonParseError counts them
    int index = 0;  // 1-based: the item's place in the list, or among the input's values
};

// The values of a JSON input one at a time, holding one of them and not the input, whatever its size or its lines
// (a minified file is one line): the input is read in chunks, each item's extent found by its brackets (strings
// and their escapes respected) and only that text parsed by QJsonDocument. Errors say the line and column.
class JsonItemReader
{
public:
    enum class Layout {
        // One JSON document: an array, whose elements are the items (CSL-JSON's list), or one value, the only item.
        Document,
        // A value on each line (Lectern JSON): a value ends with its line at the latest, so a line cut short is one
        // broken item and the next line is read.
        Lines,
    };

    JsonItemReader(TextInput &input, Layout layout) : m_input(input), m_layout(layout) {}

    // The next item, std::nullopt at the end, or an error for a broken one, after which the reader has moved on to
    // where the next item can start: the next line (Lines), or in a list the next line that starts an object no
    // further right than the broken one did. A list that is one line has no such place: its end ends the input.
    Expected<std::optional<JsonItem>> next();

private:
    std::optional<QChar> peek();
    void advance();
    void skipWhitespace();
    bool skipToNextItemLine(int column);
    Expected<std::optional<JsonItem>> readItem();
    Expected<std::optional<JsonItem>> parseItem(const QString &text, int line, int column);
    Error errorHere(const QString &message) const;

    TextInput &m_input;
    const Layout m_layout;
    QString m_chunk; // the piece of the input being read
    qsizetype m_position = 0;
    int m_line = 1;
    int m_column = 1;
    bool m_started = false;   // the first value (or the list's "[") was read
    bool m_inList = false;    // inside the document's top-level array
    bool m_afterItem = false; // in the list, an item was read and a comma or "]" comes next
    bool m_ended = false;     // the document's value is read: only whitespace may follow
    int m_index = 0;
};

// The largest item read: a larger one is a sign of a closing bracket missing.
constexpr qsizetype MaxJsonItemSize = 16 * 1024 * 1024;

} // namespace Lectern
