#include "export/ExportFile.h"

#include "library/PaperStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Lectern {

namespace {

// Papers an export reads at a time: enough that their statements are prepared once per batch.
constexpr qsizetype ExportBatchSize = 500;

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

PaperBatches exportBatches(Library &library, const QList<qint64> &ids)
{
    return [&library, ids, next = qsizetype(0)]() mutable {
        QList<Paper> batch;
        // A batch whose papers are all gone is skipped: only the end of the ids gives an empty one.
        while (batch.isEmpty() && next < ids.size()) {
            batch = papersForExport(library, ids.mid(next, ExportBatchSize));
            next += ExportBatchSize;
        }
        return batch;
    };
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

Status writeExportFile(const QString &path, const std::function<Status(QTextStream &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file, path);
    QTextStream out(&file); // UTF-8
    if (auto written = write(out); !written)
        return written;
    out.flush();
    // Returning without commit() discards the temporary file; a write that failed on the way fails the commit.
    if (out.status() != QTextStream::Ok || !file.commit())
        return writeError(file, path);
    return success();
}

} // namespace Lectern
