#pragma once

#include "export/Exporter.h"

namespace Lectern {

// Markdown (CommonMark): a heading per paper, its details as a list, the abstract, then the chosen
// fields; highlights as block quotes, the note (Markdown already) nested below its paper (MarkdownNote). Carries
// every field.
// All other text is escaped, so a title never turns into markup (or into raw HTML a viewer would run).
class MarkdownExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("md"); }
    QString displayName() const override { return QStringLiteral("Markdown"); }
    QString fileExtension() const override { return QStringLiteral("md"); }
    QString syntaxDefinition() const override { return QStringLiteral("Markdown"); }
    ExportOptions supportedFields() const override { return ExportOptions::allFields(); }
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;
};

} // namespace Lectern
