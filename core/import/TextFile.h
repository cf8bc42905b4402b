#pragma once

#include "util/Error.h"

#include <QString>

namespace Lectern {

// Reads a file that must be UTF-8 text, refusing with a clear error (file, line, what) anything
// that is not: a missing path, a directory, an empty file, binary data, invalid UTF-8, a line too long.
Expected<QString> readTextFile(const QString &path);

// The same checks on bytes already in memory (pasted text, a dropped payload); name is used in errors.
Expected<QString> decodeText(const QByteArray &bytes, const QString &name);

// The longest line any import format needs; a longer one is a sign of a wrong or broken file.
constexpr qsizetype MaxLineLength = 256 * 1024;
// Files larger than this are refused before reading them into memory.
constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

} // namespace Lectern
