#pragma once

// Inputs that several import tests read. Header-only, Qt Core alone; apart from TestKit.h, which most tests include,
// so that a new input does not rebuild them all.

#include <QByteArray>

namespace Lectern::TestKit {

// A CSL-JSON list on one line, as pandoc and many tools write it: count items of about 600 bytes, "item1" to
// "itemN", titled "Paper N on \"quoted\" {braces} and [brackets]" (what a reader must not take for structure).
inline QByteArray cslJsonOnOneLine(int count)
{
    QByteArray json("[");
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            json.append(',');
        json.append("{\"id\":\"item").append(QByteArray::number(i));
        json.append("\",\"type\":\"article-journal\",\"title\":\"Paper ").append(QByteArray::number(i));
        json.append(" on \\\"quoted\\\" {braces} and [brackets]\",\"abstract\":\"");
        json.append(QByteArray("An abstract that goes on. ").repeated(20)).append("\"}");
    }
    return json.append(']');
}

} // namespace Lectern::TestKit
