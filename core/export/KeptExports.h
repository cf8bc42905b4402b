#pragma once

#include "util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Lectern {

class Library;

// An export file tied to what it exports, rewritten whenever that changes (Better BibTeX's "keep updated"): the
// whole library, a reading list or smart list by name, or a query's papers. Stored in the library, so that the
// window and the command line keep the same files, and a change made while neither ran shows at the next start.
struct KeptExport
{
    enum class Scope { All, List, Query };
    QString path;   // absolute
    QString format; // an exporter's name, or "lectern-json"
    Scope scope = Scope::All;
    QString source; // the list's name, or the query; empty for All
    QString fields; // the reader's fields, as --fields takes them: "tags,notes"
    bool latexAscii = false;

    bool operator==(const KeptExport &) const = default;
};

// The papers an export writes, in their order, and what the document is called ("Reading list: To read").
struct ExportSelection
{
    QList<qint64> ids;
    QString title;
};
// A reading list by that name (in its order), else a smart list (its papers as its query finds them now).
Expected<ExportSelection> namedListSelection(Library &library, const QString &name);
Expected<ExportSelection> querySelection(Library &library, const QString &query);
Expected<ExportSelection> exportSelection(Library &library, KeptExport::Scope scope, const QString &source);

// The export's text as the file would hold it now.
Expected<QString> exportText(Library &library, const KeptExport &kept);
// The same for papers already chosen, so that a caller that needs them too finds them once.
Expected<QString> exportText(Library &library, const KeptExport &kept, const ExportSelection &selection);
// The same text written to out as the papers are read, a batch at a time (lectern export of a whole library).
Status writeExport(Library &library, const KeptExport &kept, const ExportSelection &selection, QTextStream &out);

class KeptExportStore
{
public:
    explicit KeptExportStore(Library &library) : m_library(library) {}

    QList<KeptExport> all();
    // Ties the file (made absolute) to what it exports, replacing an earlier tie of the same file.
    Status keep(KeptExport kept);
    // An error naming the file when no tie has it.
    Status remove(const QString &path);
    // The files kept up to date with the reading list or smart list of this name (ignoring case, as list names are).
    QStringList pathsForList(const QString &name);

    // Writes (atomically) each kept file whose content is not what its export gives now: after any change that
    // affects it, a deleted file, or changes made while no Lectern ran. A file that holds it already is not touched.
    // Only the entries of the papers that changed since the file was written are made again, the others are copied
    // from the file (KeptExportIndex); a file changed outside Lectern is made whole. Lectern JSON, which holds the
    // library's lists and the time it was made besides its papers, is made whole each time.
    struct Refresh
    {
        QStringList written;
        QList<Error> errors; // one per file that could not be made or written; the other files are still written
        qsizetype entriesMade = 0; // papers formatted in an exporter's format, over all files (not those copied)
    };
    Refresh refresh();

private:
    Library &m_library;
};

// "all", "list", "query": the names stored and printed.
QString scopeName(KeptExport::Scope scope);

} // namespace Lectern
