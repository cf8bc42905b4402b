#include "library/Backups.h"

#include "library/Library.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Lectern::Backups {

namespace {

const QString Suffix = QStringLiteral(".sqlite");

// A name that sorts in time order and says when: 2026-12-01T17-35-00-123.sqlite (UTC).
QString timestampName(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH-mm-ss-zzz")) + Suffix;
}

// The folder's name for a backup written now; a millisecond later for each one written in the same millisecond,
// so that names keep the order they were written in.
QString newBackupName(const QString &folder)
{
    QDateTime time = QDateTime::currentDateTimeUtc();
    while (QFileInfo::exists(folder + u'/' + timestampName(time)))
        time = time.addMSecs(1);
    return folder + u'/' + timestampName(time);
}

// path itself when nothing is there yet, else path with "-2", "-3" ... before its suffix: never over a file.
QString unusedName(const QString &path)
{
    if (!QFileInfo::exists(path))
        return path;
    const QString stem = path.chopped(Suffix.size());
    for (int n = 2;; ++n)
        if (const QString candidate = stem + u'-' + QString::number(n) + Suffix; !QFileInfo::exists(candidate))
            return candidate;
}

// When the library was last written: its WAL takes the writes until a checkpoint moves them into the file.
QDateTime lastWritten(const QString &libraryPath)
{
    const QDateTime file = QFileInfo(libraryPath).lastModified();
    const QFileInfo wal(libraryPath + QStringLiteral("-wal"));
    return wal.exists() && wal.lastModified() > file ? wal.lastModified() : file;
}

void removeAllButNewest(const QString &libraryPath)
{
    const QList<BackupFile> backups = list(libraryPath);
    for (qsizetype i = Kept; i < backups.size(); ++i)
        QFile::remove(backups[i].path);
}

} // namespace

QString folderFor(const QString &libraryPath)
{
    const QFileInfo library(libraryPath);
    const QByteArray pathHash = QCryptographicHash::hash(QFile::encodeName(library.absoluteFilePath()),
                                                         QCryptographicHash::Sha1).toHex().left(8);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups/")
           + library.completeBaseName() + u'-' + QString::fromLatin1(pathHash);
}

QList<BackupFile> list(const QString &libraryPath)
{
    QList<BackupFile> backups;
    const QDir folder(folderFor(libraryPath));
    for (const QFileInfo &file : folder.entryInfoList({u'*' + Suffix}, QDir::Files, QDir::Name | QDir::Reversed))
        backups.append({file.absoluteFilePath(), file.lastModified(), file.size()});
    return backups;
}

Status write(Library &library, const QString &target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto s = library.db().copyTo(partial); !s) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("Lectern::Backups", "cannot write the backup: %1").arg(s.error().message), target};
    }
    // rename() replaces the target in one step: a reader of target sees the old backup or the new one, whole.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return Error{QCoreApplication::translate("Lectern::Backups", "cannot write the backup: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                     target};
    }
    return success();
}

Expected<QString> writeAutomatic(Library &library)
{
    const QString folder = folderFor(library.path());
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("Lectern::Backups", "cannot create the folder for backups"), folder};
    const QString target = newBackupName(folder);
    if (auto s = write(library, target); !s)
        return s.error();
    removeAllButNewest(library.path());
    return target;
}

Expected<QString> writeIfDue(Library &library)
{
    const QList<BackupFile> backups = list(library.path());
    if (!backups.isEmpty()) {
        const QDateTime newest = backups.first().written;
        const bool changedSince = lastWritten(library.path()) > newest;
        if (!changedSince || newest.secsTo(QDateTime::currentDateTime()) < 24 * 60 * 60)
            return QString();
    }
    return writeAutomatic(library);
}

Expected<QString> restore(Library &library, const QString &backupPath)
{
    // The backup must be a library this program can open, whole, before anything is replaced by it.
    {
        auto backup = Library::open(backupPath, Access::ReadOnly);
        if (!backup)
            return backup.error();
        if (const QStringList damage = (*backup)->damage(Library::Check::Quick); !damage.isEmpty())
            return Error{QCoreApplication::translate("Lectern::Backups", "the backup is damaged: %1")
                             .arg(damage.join(QStringLiteral("; "))),
                         backupPath};
    }
    const QString aside = unusedName(library.path() + QStringLiteral(".before-restore-")
                                     + timestampName(QDateTime::currentDateTimeUtc()));
    if (auto s = write(library, aside); !s)
        return s.error();
    if (auto s = library.db().replaceWith(backupPath); !s)
        return Error{QCoreApplication::translate("Lectern::Backups", "cannot restore the backup: %1").arg(s.error().message), backupPath};
    // A backup from before an upgrade has the schema of then.
    if (auto s = Schema::migrate(library.db()); !s)
        return s.error();
    return aside;
}

Expected<QString> replaceFile(const QString &libraryPath, const QString &backupPath)
{
    {
        auto backup = Library::open(backupPath, Access::ReadOnly);
        if (!backup)
            return backup.error();
    }
    const QString aside = unusedName(libraryPath + QStringLiteral(".unusable-")
                                     + timestampName(QDateTime::currentDateTimeUtc()));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(libraryPath + suffix) && !QFile::rename(libraryPath + suffix, aside + suffix))
            return Error{QCoreApplication::translate("Lectern::Backups", "cannot move the library aside"), libraryPath + suffix};
    }
    const QString partial = libraryPath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial) || !QFile::rename(partial, libraryPath))
        return Error{QCoreApplication::translate("Lectern::Backups", "cannot copy the backup into place"), libraryPath};
    return aside;
}

} // namespace Lectern::Backups
