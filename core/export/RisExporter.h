#pragma once

#include "export/Exporter.h"

namespace Lectern {

// RIS, as reference managers import it: one record per paper from TY to ER, CRLF line ends.
// Carries tags (a KW line each) and notes (N1); RIS has no tag for a status, a rating or highlights.
class RisExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("ris"); }
    QString displayName() const override { return QStringLiteral("RIS"); }
    QString fileExtension() const override { return QStringLiteral("ris"); }
    // KSyntaxHighlighting has no RIS definition; "None" shows it as plain text.
    QString syntaxDefinition() const override { return QStringLiteral("None"); }
    ExportOptions supportedFields() const override;
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;
};

} // namespace Lectern
