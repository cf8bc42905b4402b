#include "export/ExportFile.h"

#include "library/PaperStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Lectern {

namespace {

Error writeError(const QSaveFile &file, const QString &path)
{
    return Error{QCoreApplication::translate("Lectern::ExportFile", "cannot write the export: %1")
                     .arg(file.errorString()),
                 path};
}

} // namespace

QList<Paper> papersForExport(Library &library, const QList<qint64> &ids)
{
    return PaperStore(library).papers(ids);
}

Status writeExportFile(const QString &path, const QString &text)
{
    return writeExportFile(path, text.toUtf8());
}

Status writeExportFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file, path);
    // Returning without commit() discards the temporary file.
    if (file.write(bytes) != bytes.size())
        return writeError(file, path);
    if (!file.commit())
        return writeError(file, path);
    return success();
}

} // namespace Lectern
