#include "export/JsonArrayWriter.h"

#include <QJsonDocument>

namespace Lectern {

void JsonArrayWriter::append(const QJsonObject &object)
{
    // Inside the array each line of the object is one level (four spaces) deeper; a string's line breaks are
    // escapes, so every line break here is the layout's.
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    json.chop(1); // the document's final line break
    json.replace("\n", "\n    ");
    m_out << (m_empty ? "[\n    " : ",\n    ") << QString::fromUtf8(json);
    m_empty = false;
}

void JsonArrayWriter::finish()
{
    m_out << (m_empty ? "[\n]\n" : "\n]\n");
}

} // namespace Lectern
