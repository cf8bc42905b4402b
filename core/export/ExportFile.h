#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QString>

namespace Lectern {

class Library;

// The papers to export, complete and in the order of ids; an id whose paper is gone is skipped.
QList<Paper> papersForExport(Library &library, const QList<qint64> &ids);

// Writes text as UTF-8 to a temporary file beside path and renames it into place only when all of
// it was written: a failure says why and leaves an existing file as it was.
Status writeExportFile(const QString &path, const QString &text);
Status writeExportFile(const QString &path, const QByteArray &utf8);

} // namespace Lectern
