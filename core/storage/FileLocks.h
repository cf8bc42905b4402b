#pragma once

#include <QString>

namespace Lectern {

// SQLite's unix VFS locks the library with POSIX advisory locks, which belong to the process and the file:
// closing ANY descriptor of the file in the process drops them all. A file dialog that peeks into
// library.sqlite, an import of the library file itself, a completer reading -wal: after any of them the
// window held no lock, a command-line run believed it was alone, deleted the live WAL and reset the
// shared memory, and the library was corrupted.
//
// This makes SQLite take open-file-description locks instead (Linux's F_OFD_SETLK), all on one
// description per file, opened for the purpose, that only SQLite's own last close of the file releases, so
// no other code in the process can drop them. They conflict with other processes' POSIX locks as before (the sqlite3 shell, other tools).
// Where the kernel or file system refuses them, locking falls back to plain POSIX locks.
//
// Called by Database::open before its first file is opened; does nothing on other systems.
void useLocksThatSurviveOtherCloses();

// The program that holds the write lock of the library at databasePath, in WAL mode, as a person would name it:
// "lectern import big.bib (pid 4242)"; empty when no other process of this user holds it or this system cannot
// say. Read from /proc: the process with a write lock on the -shm file's writer byte, whichever kind of lock it
// took (Lectern's open-file-description locks show no pid in /proc/locks, so the descriptors are looked at).
QString writeLockHolder(const QString &databasePath);

} // namespace Lectern
