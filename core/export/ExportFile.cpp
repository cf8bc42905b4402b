#include "export/ExportFile.h"

#include "library/PaperStore.h"

#include <QSaveFile>

namespace Lectern {

QList<Paper> papersForExport(Library &library, const QList<qint64> &ids)
{
    PaperStore store(library);
    QList<Paper> papers;
    papers.reserve(ids.size());
    for (const qint64 id : ids)
        if (auto paper = store.paper(id))
            papers.append(std::move(*paper));
    return papers;
}

Status writeExportFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the export: ") + file.errorString(), path};
    const QByteArray bytes = text.toUtf8();
    // Returning without commit() discards the temporary file.
    if (file.write(bytes) != bytes.size())
        return Error{QStringLiteral("cannot write the export: ") + file.errorString(), path};
    if (!file.commit())
        return Error{QStringLiteral("cannot write the export: ") + file.errorString(), path};
    return success();
}

} // namespace Lectern
