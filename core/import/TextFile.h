#pragma once

#include "import/TextInput.h"
#include "util/Error.h"

#include <QIODevice>
#include <QString>

namespace Lectern {

// Reads a whole file that must be UTF-8 text (a note from a file: imports read through TextInput), refusing with a clear error (file, line, what) anything
// that is not: a missing path, a directory, a pipe or a device, a file over MaxFileSize (by the bytes
// read, not the size it reports), an empty file, binary data, invalid UTF-8, a line too long.
Expected<QString> readTextFile(const QString &path);

// What the device gives until its end, but never more than limit + 1 bytes: more than limit says that
// it holds too much, whatever its size said.
QByteArray readAtMost(QIODevice &device, qint64 limit);

// The same checks on bytes already in memory (pasted text, a dropped payload); name is used in errors.
Expected<QString> decodeText(const QByteArray &bytes, const QString &name);

// Files larger than this are refused, before reading them into memory when their size says so.
constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

} // namespace Lectern
