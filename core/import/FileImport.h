#pragma once

#include "library/PaperStore.h"
#include "util/Error.h"

#include <QString>

namespace Lectern {

class Library;

struct FileImportResult
{
    QString format;
    AddResult added;
};

// Reads one file, detects its format, parses it completely and only then stores it, in one
// transaction: a file with an error anywhere changes nothing in the library.
Expected<FileImportResult> importFile(Library &library, const QString &path,
                                      const PaperStore::Progress &progress = {});
// The same for text that is not in a file (pasted); name stands for the file in errors.
Expected<FileImportResult> importText(Library &library, const QString &text, const QString &name,
                                      const PaperStore::Progress &progress = {});

} // namespace Lectern
