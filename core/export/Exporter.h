#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace Lectern {

// What the reader added to a paper, and chose to take along. Title, authors, dates, identifiers,
// links and the abstract are always written.
struct ExportOptions
{
    bool tags = false;
    bool status = false;
    bool rating = false;
    bool notes = false;
    bool highlights = false;
    QString title; // of the document, where the format has one: "Reading list: To read"
    // BibTeX: non-ASCII letters as LaTeX commands ({\"o}), for an 8-bit BibTeX; UTF-8 otherwise (biber, pandoc).
    bool latexAscii = false;

    static ExportOptions allFields();
};

// "tags", "status", "rating", "notes", "highlights": the names typed on the command line and printed
// in warnings, for the fields set in options.
QStringList fieldNames(const ExportOptions &options);
// The fields named in "tags,notes" (the title stays empty), or which name is not a field.
Expected<ExportOptions> fieldsFromNames(const QString &commaSeparated);

// Papers handed out a batch at a time, in the export's order, until an empty batch: an export of a whole
// library holds one batch in memory, never all of its papers.
using PaperBatches = std::function<QList<Paper>()>;

// What a document holds besides its papers' entries: what comes before them, between two of them and after them.
struct ExportFrame
{
    QString header;
    QString separator;
    QString footer;
};

// Writes papers, in the order given, in one file format. Each format is one subclass; exporters()
// lists them all. A document is its frame's header, one entry per paper with the separator between two, and the
// footer; an entry depends on its paper (and citation key) alone, so that a file kept up to date rewrites only the
// entries of the papers that changed and copies the others as they are (KeptExportStore).
class Exporter
{
public:
    virtual ~Exporter() = default;
    // A short stable name: "md", "bib", ...
    virtual QString name() const = 0;
    virtual QString displayName() const = 0;
    virtual QString fileExtension() const = 0;
    // The KSyntaxHighlighting definition that colours a preview: "Markdown", "BibTeX", ...
    virtual QString syntaxDefinition() const = 0;
    // Which of the reader's fields the format has a place for; the others are left out.
    virtual ExportOptions supportedFields() const = 0;
    // The whole document: the frame around entry() of each paper, with the keys ExportText::citationKeys gives.
    QString write(const QList<Paper> &papers, const ExportOptions &options) const;
    // The same document written to out a batch of papers at a time as they come; count is how many there are.
    void writeTo(QTextStream &out, qsizetype count, const PaperBatches &papers, const ExportOptions &options) const;
    // The frame of a document of count papers (some formats write an empty one differently).
    virtual ExportFrame frame(const ExportOptions &options, qsizetype count) const = 0;
    // One paper, whatever comes before or after it.
    virtual QString entry(const Paper &paper, const QString &key, const ExportOptions &options) const = 0;
};

// The chosen fields that this format would leave out, so that the user hears it before writing.
ExportOptions unsupportedFields(const Exporter &exporter, const ExportOptions &options);

// Every format Lectern writes, in the order a menu shows them.
const std::vector<std::unique_ptr<Exporter>> &exporters();
// The exporter with this short name, or nullptr.
const Exporter *exporterNamed(QStringView name);
QStringList exporterNames();

} // namespace Lectern
