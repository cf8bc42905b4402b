#pragma once

#include "export/Exporter.h"

namespace Lectern {

// CSL-JSON, what Zotero, Pandoc and citeproc read: an array of items with the citation keys of the
// BibTeX export as ids. Carries tags (keyword, comma-separated as CSL has it) and notes (note);
// CSL has no variable for a status, a rating or highlights.
class CslJsonExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("csljson"); }
    QString displayName() const override { return QStringLiteral("CSL-JSON"); }
    QString fileExtension() const override { return QStringLiteral("json"); }
    QString syntaxDefinition() const override { return QStringLiteral("JSON"); }
    ExportOptions supportedFields() const override;
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;
};

} // namespace Lectern
