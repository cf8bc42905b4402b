#pragma once

#include "export/Exporter.h"

namespace Lectern {

// OPML 2.0, for outliners: an outline per paper (linked to the paper, the abstract as its _note,
// the convention outliners share), with child outlines for the details and the chosen fields.
// Carries every field.
class OpmlExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("opml"); }
    QString displayName() const override { return QStringLiteral("OPML"); }
    QString fileExtension() const override { return QStringLiteral("opml"); }
    QString syntaxDefinition() const override { return QStringLiteral("XML"); }
    ExportOptions supportedFields() const override { return ExportOptions::allFields(); }
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;
};

} // namespace Lectern
