#pragma once

#include "export/Exporter.h"

namespace Lectern {

// BibTeX that BibTeX, biber (biblatex) and pandoc read alike: an entry of the paper's type (@misc for a preprint,
// and for an article without a journal, which BibTeX's @article requires) under its stored citation key, with the fields both
// BibTeX and biblatex know (journal, number, archivePrefix, ... which biber maps to journaltitle, issue,
// eprinttype), and the source file's other BibTeX fields written back. Carries tags (keywords) and notes
// (annote: the field annotated bibliographies print, where note would end up in every reference). BibTeX has no
// field for a reading status, a rating or highlights, so those are left out. UTF-8, or with options.latexAscii
// the letters LaTeX has commands for written as them, for an 8-bit BibTeX.
class BibTexExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("bib"); }
    QString displayName() const override { return QStringLiteral("BibTeX"); }
    QString fileExtension() const override { return QStringLiteral("bib"); }
    QString syntaxDefinition() const override { return QStringLiteral("BibTeX"); }
    ExportOptions supportedFields() const override;
    ExportFrame frame(const ExportOptions &options, qsizetype count) const override;
    QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const override;

    // Text as BibTeX, biber and LaTeX print it as typed, whatever it holds: TeX's special characters
    // (\ { } % & $ # _ ~ ^ < > |) made literal, braces without a partner neutralised so that no value can end
    // early or run into the next field, ligatures (-- '' `` !` ?`) split.
    static QString escaped(const QString &text, const ExportOptions &options = {});
    // escaped(), with every word that holds a capital braced, so that styles and pandoc keep its case.
    static QString titleText(const QString &title, const ExportOptions &options = {});
};

} // namespace Lectern
