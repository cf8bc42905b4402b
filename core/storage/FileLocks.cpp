#include "storage/FileLocks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <limits>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#endif

namespace Lectern {

#if defined(__linux__) && defined(F_OFD_SETLK)

namespace {

// The unix VFS's own system calls, called by the replacements below (SQLite's syscall table types).
using OpenCall = int (*)(const char *, int, int);
using CloseCall = int (*)(int);
using FcntlCall = int (*)(int, int, ...);
OpenCall sqliteOpen = nullptr;
CloseCall sqliteClose = nullptr;
FcntlCall sqliteFcntl = nullptr;

struct FileId
{
    dev_t device;
    ino_t inode;
    auto operator<=>(const FileId &) const = default;
};

// A file SQLite has open in this process: how many descriptors of it SQLite holds, and the one open file
// description (a duplicate of the first descriptor locked) that holds every lock of the process on it.
struct LockedFile
{
    int openDescriptors = 0;
    int lockDescriptor = -1;
};

std::mutex filesMutex;
std::map<FileId, LockedFile> files;
bool kernelRefusesOfdLocks = false;

std::optional<FileId> idOf(int fd)
{
    struct stat status;
    if (fstat(fd, &status) != 0)
        return std::nullopt;
    return FileId{status.st_dev, status.st_ino};
}

int countedOpen(const char *path, int flags, int mode)
{
    const int fd = sqliteOpen(path, flags, mode);
    if (fd >= 0) {
        if (const auto id = idOf(fd)) {
            const std::lock_guard lock(filesMutex);
            ++files[*id].openDescriptors;
        }
    }
    return fd;
}

// POSIX drops a process's locks on a file when any of its descriptors closes. SQLite counts on that only for
// its last descriptor of the file (it keeps the others open while it holds locks), so that is when the
// locks go here.
int countedClose(int fd)
{
    if (const auto id = idOf(fd)) {
        const std::lock_guard lock(filesMutex);
        if (auto it = files.find(*id); it != files.end() && --it->second.openDescriptors <= 0) {
            if (it->second.lockDescriptor >= 0)
                ::close(it->second.lockDescriptor); // the last descriptor of the description: its locks go
            files.erase(it);
        }
    }
    return sqliteClose(fd);
}

int ofdCommand(int command)
{
    switch (command) {
    case F_GETLK:
        return F_OFD_GETLK;
    case F_SETLK:
        return F_OFD_SETLK;
    case F_SETLKW:
        return F_OFD_SETLKW;
    default:
        return 0;
    }
}

// A description of the file's own, open for writing where the file allows: whichever connection's descriptor
// comes first (a read-only one could take no write lock), the locks of all go through it.
int newLockDescriptor(int fd)
{
    char path[32];
    std::snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    const int own = ::open(path, O_RDWR | O_CLOEXEC);
    return own >= 0 ? own : ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

// Under filesMutex.
int lockDescriptorOf(int fd)
{
    const auto id = idOf(fd);
    if (!id)
        return -1;
    LockedFile &file = files[*id];
    if (file.lockDescriptor < 0)
        file.lockDescriptor = newLockDescriptor(fd);
    return file.lockDescriptor;
}

int ofdLock(int fd, int command, struct flock *lock)
{
    std::unique_lock guard(filesMutex);
    const int lockFd = lockDescriptorOf(fd);
    if (lockFd < 0)
        return sqliteFcntl(fd, command, lock);
    lock->l_pid = 0; // required of open-file-description locks
    if (command == F_OFD_SETLKW)
        guard.unlock(); // a wait must not hold up the other connections' locking
    return ::fcntl(lockFd, command, lock);
}

int fcntlWithOfdLocks(int fd, int command, ...)
{
    va_list arguments;
    va_start(arguments, command);
    const int ofd = kernelRefusesOfdLocks ? 0 : ofdCommand(command);
    if (!ofd && !ofdCommand(command)) {
        // SQLite's other fcntl calls (F_GETFD, F_SETFD) take an int.
        const int value = va_arg(arguments, int);
        va_end(arguments);
        return sqliteFcntl(fd, command, value);
    }
    auto *lock = va_arg(arguments, struct flock *);
    va_end(arguments);
    if (!ofd)
        return sqliteFcntl(fd, command, lock);
    const int result = ofdLock(fd, ofd, lock);
    if (result != 0 && errno == EINVAL) {
        // An old kernel or a file system without them: POSIX locks, as SQLite would take them.
        kernelRefusesOfdLocks = true;
        return sqliteFcntl(fd, command, lock);
    }
    return result;
}

template<typename Call>
Call systemCall(sqlite3_vfs *vfs, const char *name)
{
    return reinterpret_cast<Call>(vfs->xGetSystemCall(vfs, name));
}

void replace(sqlite3_vfs *vfs, const char *name, auto call)
{
    vfs->xSetSystemCall(vfs, name, reinterpret_cast<sqlite3_syscall_ptr>(call));
}

} // namespace

void useLocksThatSurviveOtherCloses()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *vfs = sqlite3_vfs_find(nullptr);
        if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall)
            return;
        sqliteOpen = systemCall<OpenCall>(vfs, "open");
        sqliteClose = systemCall<CloseCall>(vfs, "close");
        sqliteFcntl = systemCall<FcntlCall>(vfs, "fcntl");
        if (!sqliteOpen || !sqliteClose || !sqliteFcntl)
            return;
        replace(vfs, "fcntl", fcntlWithOfdLocks);
        replace(vfs, "open", countedOpen);
        replace(vfs, "close", countedClose);
    });
}

#else

void useLocksThatSurviveOtherCloses() {}

#endif

#if defined(__linux__)

namespace {

// The byte of the -shm file whose exclusive lock is the WAL write lock: SQLite's unix VFS locks the shared memory
// from byte (22 + SQLITE_SHM_NLOCK) * 4 = 120, and the writer's lock is the first.
constexpr qint64 WalWriteLockByte = 120;

// A "lock:" line of /proc/PID/fdinfo/FD that writes over the writer's byte:
// "lock:\t1: OFDLCK  ADVISORY  WRITE -1 00:1f:1234 120 120" (the end may be EOF).
bool locksWriterByte(const QByteArray &fdinfo)
{
    for (const QByteArray &line : fdinfo.split('\n')) {
        if (!line.startsWith("lock:"))
            continue;
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() < 8 || !words.contains("WRITE"))
            continue;
        bool startOk = false;
        bool endOk = false;
        const qint64 start = words[words.size() - 2].toLongLong(&startOk);
        const QByteArray &endWord = words.last();
        const qint64 end = endWord == "EOF" ? std::numeric_limits<qint64>::max() : endWord.toLongLong(&endOk);
        if (startOk && (endOk || endWord == "EOF") && start <= WalWriteLockByte && WalWriteLockByte <= end)
            return true;
    }
    return false;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "lectern import big.bib (pid 4242)": the program's name and its first arguments.
QString processName(const QString &pid)
{
    QList<QByteArray> arguments = fileContents(QStringLiteral("/proc/%1/cmdline").arg(pid)).split('\0');
    while (!arguments.isEmpty() && arguments.last().isEmpty())
        arguments.removeLast();
    if (arguments.isEmpty())
        return QStringLiteral("pid %1").arg(pid);
    QStringList words{QFileInfo(QString::fromLocal8Bit(arguments.first())).fileName()};
    constexpr int ShownArguments = 3;
    for (qsizetype i = 1; i < arguments.size() && i <= ShownArguments; ++i)
        words.append(QString::fromLocal8Bit(arguments[i]));
    QString name = words.join(u' ');
    constexpr int Longest = 80;
    if (name.size() > Longest)
        name = name.first(Longest - 1) + u'…';
    return QStringLiteral("%1 (pid %2)").arg(name, pid);
}

} // namespace

QString writeLockHolder(const QString &databasePath)
{
    const QString shm = QFileInfo(databasePath + QStringLiteral("-shm")).canonicalFilePath();
    if (shm.isEmpty())
        return {};
    const QString self = QString::number(QCoreApplication::applicationPid());
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (pid == self || !pid.front().isDigit())
            continue;
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
            if (QFile::symLinkTarget(fds.filePath(fd)) != shm)
                continue;
            if (locksWriterByte(fileContents(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid, fd))))
                return processName(pid);
        }
    }
    return {};
}

#else

QString writeLockHolder(const QString &) { return {}; }

#endif

} // namespace Lectern
