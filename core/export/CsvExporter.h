#pragma once

#include "export/Exporter.h"

namespace Lectern {

// CSV as RFC 4180 has it: a header row, CRLF line ends, a field quoted when it holds a comma, a
// quote, CR or LF, quotes inside doubled; a field that a spreadsheet would run as a formula starts with
// a ' instead. A column per chosen field; carries every field (highlights one per line within their cell).
class CsvExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("csv"); }
    QString displayName() const override { return QStringLiteral("CSV"); }
    QString fileExtension() const override { return QStringLiteral("csv"); }
    QString syntaxDefinition() const override { return QStringLiteral("CSV"); }
    ExportOptions supportedFields() const override { return ExportOptions::allFields(); }
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;

    // One field, quoted when it has to be; "=1+1" becomes "'=1+1".
    static QString field(const QString &value);
};

} // namespace Lectern
