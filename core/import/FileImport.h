#pragma once

#include "import/PaperReader.h"
#include "library/PaperStore.h"
#include "util/Error.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace Lectern {

class Library;

struct ImportProgress
{
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // 0 when the input does not know its size (standard input)
    int records = 0;
};
// Called every few records; returning false cancels the import, which then changes nothing.
using ImportProgressFunction = std::function<bool(const ImportProgress &)>;

struct FileImportResult
{
    QString format; // the Format's name
    AddResult added;
    QList<Error> warnings;
    QList<Error> skipped; // invalid records left out, with ImportOptions::skipInvalid
    int windows1252Lines = 0; // lines that were not UTF-8 and were read as windows-1252
};

// Reads one input with the format the options name or the one its content is, and stores its papers as they
// are read (PaperImport). All of it or nothing: an error anywhere (unless skipInvalid, for broken records),
// a cancel or a kill leaves the library as it was. Errors name the input, its line and column; what fails in
// the library names the library.
Expected<FileImportResult> importFile(Library &library, const QString &path, const ImportOptions &options = {},
                                      const ImportProgressFunction &progress = {});
// name stands for the input in errors ("standard input"); source is what the library records of where papers came from.
Expected<FileImportResult> importDevice(Library &library, QIODevice &device, const QString &name, const QString &source,
                                        const ImportOptions &options = {}, const ImportProgressFunction &progress = {});
// Text that is not in a file (pasted, dropped); name stands for the file.
Expected<FileImportResult> importText(Library &library, const QString &text, const QString &name,
                                      const ImportOptions &options = {}, const ImportProgressFunction &progress = {});

// What an import with skipInvalid would leave out of an input, found by reading all of it and storing nothing: for
// the window, which lists the broken records of a file that failed and offers to import the valid ones. An input
// that cannot be read to its end (not text, a format not recognised, a reader that cannot find the next record)
// is the error.
struct RecordCheck
{
    int valid = 0;         // records that would be imported (or be duplicates)
    QList<Error> invalid;  // the broken ones, with their lines
};
Expected<RecordCheck> checkRecords(QIODevice &device, const QString &name, const ImportOptions &options = {},
                                   const ImportProgressFunction &progress = {});

// "a.bib (bibtex): imported 3, skipped 1 duplicate, 2 warnings": what the summaries say of one input. Its counts
// are "%n" plurals: in English too they need the English translation (lectern_en) to say "1 duplicate".
QString describeImport(const QString &name, const FileImportResult &result);

} // namespace Lectern
