#pragma once

#include "util/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lectern {

class Library;

struct BackupFile
{
    QString path;
    QDateTime written;
    qint64 bytes = 0;
};

// Copies of a library, made with SQLite's online backup API: a consistent snapshot while other connections
// go on reading and writing. Each is written to a temporary name and renamed into place once complete.
//
// The automatic ones go to the data folder, one folder per library file (by its name and a hash of its
// path, so that two libraries of the same name keep their own): one after each day with changes and one
// before every schema upgrade, the last seven kept.
namespace Backups {

constexpr int Kept = 7;

// The folder of library's automatic backups.
QString folderFor(const QString &libraryPath);
// Its backups, newest first.
QList<BackupFile> list(const QString &libraryPath);

// Writes a backup of library to target (a new file; an existing one is replaced only once the copy is whole).
Status write(Library &library, const QString &target);
// Writes an automatic backup now, then removes all but the newest Kept. Returns the new file.
Expected<QString> writeAutomatic(Library &library);
// Writes an automatic backup when the library changed since the newest one and that one is over a day old
// (or there is none). Returns the new file, or an empty string when none was due.
Expected<QString> writeIfDue(Library &library);

// Replaces what library holds with the backup's content, through library's own connection, so that other
// processes with the library open see it as any other write. What the library held before is first
// written to a file beside it (never over an existing one), whose name is returned.
Expected<QString> restore(Library &library, const QString &backupPath);

// For a library file that cannot be opened at all (damaged, emptied, overwritten): moves it (with its -wal
// and -shm) aside under a new name and puts a copy of the backup in its place. Returns the name it was moved
// to. Nothing may have the file open.
Expected<QString> replaceFile(const QString &libraryPath, const QString &backupPath);

} // namespace Backups
} // namespace Lectern
