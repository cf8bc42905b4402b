#pragma once

#include "export/Exporter.h"

namespace Lectern {

// One standalone HTML page with its style inline, readable on screen and on paper. Carries every
// field. All text is escaped, links go out only to http and https, and the page's content security
// policy forbids scripts besides: a hostile title shows as the text it is.
class HtmlExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("html"); }
    QString displayName() const override { return QStringLiteral("HTML"); }
    QString fileExtension() const override { return QStringLiteral("html"); }
    QString syntaxDefinition() const override { return QStringLiteral("HTML"); }
    ExportOptions supportedFields() const override { return ExportOptions::allFields(); }
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;

    // Text made safe in element content and in quoted attribute values: & < > " '.
    static QString escaped(const QString &text);
};

} // namespace Lectern
