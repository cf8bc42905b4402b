#pragma once

#include "import/FileImport.h"
#include "import/PaperReader.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Lectern {

// A file, or text from the clipboard or a drop (then path is empty and name stands for it).
struct ImportInput
{
    QString path;
    QString text;
    QString name;
    bool skipInvalid = false; // import its valid records and list the others (ImportOptions::skipInvalid)

    static ImportInput file(const QString &path) { return {path, {}, path}; }
};

// An input that failed on broken records alone: without them it can be imported (ImportOptions::skipInvalid).
struct InvalidRecords
{
    ImportInput input;
    QStringList records; // "file:line:column: what was wrong", one per broken record
    int valid = 0;       // the records that would be imported
};

struct ImportSummary
{
    int added = 0;
    int duplicates = 0;
    int updated = 0; // papers whose empty fields a duplicate filled in
    bool cancelled = false;
    QStringList inputs; // per input that was imported: format, imported, duplicates, warnings
    QStringList errors; // one per input that could not be imported; such an input changed nothing
    QList<InvalidRecords> invalid; // inputs that changed nothing for their broken records (not in errors)
    QStringList leftOut; // with ImportOptions::skipInvalid: the broken records left out, "file:line: what"
    QStringList warnings; // what was odd but imported, "file:line: what"
};

// Imports on a worker thread, through its own connection to the library (SQLite WAL lets the window keep reading
// meanwhile). Move it to a QThread and call run() there; cancel() may be called from any thread.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &libraryPath, const QList<ImportInput> &inputs, const ImportOptions &options = {});

    void run();
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(int percent);
    void finished(const Lectern::ImportSummary &summary);

private:
    std::optional<InvalidRecords> findInvalidRecords(const ImportInput &input, const ImportProgressFunction &progress) const;

    const QString m_libraryPath;
    const QList<ImportInput> m_inputs;
    const ImportOptions m_options;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Lectern
