#pragma once

#include <QJsonObject>
#include <QTextStream>

namespace Lectern {

// A JSON array written one object at a time, byte for byte as QJsonDocument(array).toJson(Indented) writes the
// whole array: a list or an export of a large library never holds all of its objects.
class JsonArrayWriter
{
public:
    explicit JsonArrayWriter(QTextStream &out) : m_out(out) {}

    void append(const QJsonObject &object);
    // Closes the array ("[\n]\n" when nothing was appended).
    void finish();

private:
    QTextStream &m_out;
    bool m_empty = true;
};

} // namespace Lectern
