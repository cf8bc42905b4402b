#pragma once

#include "export/Exporter.h"

namespace Lectern {

// BibTeX: an @misc entry per paper (@article when it has a publisher's DOI), arXiv ids as
// eprint/archivePrefix, with unique citation keys. Carries tags (keywords) and notes (annote: the
// field annotated bibliographies print, where note would end up in every reference). BibTeX has no
// field for a reading status, a rating or highlights, so those are left out.
class BibTexExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("bib"); }
    QString displayName() const override { return QStringLiteral("BibTeX"); }
    QString fileExtension() const override { return QStringLiteral("bib"); }
    QString syntaxDefinition() const override { return QStringLiteral("BibTeX"); }
    ExportOptions supportedFields() const override;
    QString write(const QList<Paper> &papers, const ExportOptions &options) const override;

    // Text with BibTeX's special characters made literal: { } % & $ # _ ~ ^ and the backslash.
    static QString escaped(const QString &text);
};

} // namespace Lectern
