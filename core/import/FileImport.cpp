#include "import/FileImport.h"

#include "import/Importer.h"
#include "import/TextFile.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Lectern {

namespace {

// errorName is how the user named the file; source is what the library records.
Expected<FileImportResult> importNamed(Library &library, const QString &text, const QString &errorName,
                                       const QString &source, const PaperStore::Progress &progress)
{
    const Importer *importer = importerFor(text);
    if (!importer)
        return Error{QCoreApplication::translate("Lectern::FileImport",
                                                 "the format of this file is not one Lectern reads"),
                     errorName};
    auto papers = importer->parse(text, errorName);
    if (!papers)
        return papers.error();
    auto added = PaperStore(library).add(*papers, source, importer->formatName(), progress);
    // The file was read whole: what fails now is the library's (busy, read-only, full), and names it.
    if (!added)
        return Error{added.error().message, library.path()};
    return FileImportResult{importer->formatName(), *added};
}

} // namespace

Expected<FileImportResult> importText(Library &library, const QString &text, const QString &name,
                                      const PaperStore::Progress &progress)
{
    return importNamed(library, text, name, name, progress);
}

Expected<FileImportResult> importFile(Library &library, const QString &path, const PaperStore::Progress &progress)
{
    auto text = readTextFile(path);
    if (!text)
        return text.error();
    return importNamed(library, *text, path, QFileInfo(path).absoluteFilePath(), progress);
}

} // namespace Lectern
