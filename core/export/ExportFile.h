#pragma once

#include "export/Exporter.h"
#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace Lectern {

class Library;

// The papers to export, complete and in the order of ids; an id whose paper is gone is skipped.
QList<Paper> papersForExport(Library &library, const QList<qint64> &ids);
// The same, read a batch at a time as an exporter asks for them: a whole library's export holds one batch.
PaperBatches exportBatches(Library &library, const QList<qint64> &ids);

// Writes text as UTF-8 to a temporary file beside path and renames it into place only when all of
// it was written: a failure says why and leaves an existing file as it was.
Status writeExportFile(const QString &path, const QString &text);
Status writeExportFile(const QString &path, const QByteArray &utf8);
// The same for text written as it is made (a whole library, a batch of papers at a time); when write fails, so
// does this, and the file stays as it was.
Status writeExportFile(const QString &path, const std::function<Status(QTextStream &)> &write);

} // namespace Lectern
