#include "cli/Command.h"

#include "library/Backups.h"
#include "library/Library.h"

#include <QLocale>

namespace Lectern::CommandLine {

namespace {

int checkCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("takes no arguments"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const QStringList problems = library->damage();
    if (problems.isEmpty()) {
        out() << "ok: " << library->path() << " is whole\n";
        return Done;
    }
    for (const QString &problem : problems)
        out() << problem << "\n";
    return context.failure(QStringLiteral("%1 is damaged (%2 problems above); 'lectern backups' lists its backups and "
                                          "'lectern restore FILE' brings one back")
                               .arg(library->path())
                               .arg(problems.size()));
}

int backupCommand(Context &context)
{
    if (context.positional().size() > 1)
        return context.usageError(QStringLiteral("give at most one file to write the backup to"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    QString written = context.positional().value(0);
    if (written.isEmpty()) {
        const auto automatic = Backups::writeAutomatic(*library);
        if (!automatic)
            return context.failure(automatic.error().toString());
        written = *automatic;
    } else if (auto s = Backups::write(*library, written); !s) {
        return context.failure(s.error().toString());
    }
    out() << "backed up " << library->path() << " to " << written << "\n";
    return Done;
}

int backupsCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("takes no arguments"));
    const QString path = context.libraryPath();
    const QList<BackupFile> backups = Backups::list(path);
    if (backups.isEmpty())
        out() << "no backups of " << path << " in " << Backups::folderFor(path) << "\n";
    for (const BackupFile &backup : backups)
        out() << backup.written.toString(Qt::ISODate) << "  " << QLocale::c().formattedDataSize(backup.bytes) << "  "
              << backup.path << "\n";
    return Done;
}

int restoreCommand(Context &context)
{
    if (context.positional().size() != 1)
        return context.usageError(QStringLiteral("give the backup file to restore (as 'lectern backups' lists them)"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto aside = Backups::restore(*library, context.positional().first());
    if (!aside)
        return context.failure(aside.error().toString());
    out() << "restored " << context.positional().first() << " into " << library->path()
          << "\nwhat it held before is in " << *aside << "\n";
    return Done;
}

} // namespace

QList<Command> libraryCommands()
{
    return {
        {"check", "", "Check the whole library file for damage (SQLite's integrity check and the search index's).", {},
         checkCommand},
        {"backup", "[FILE]", "Write a backup of the library to FILE, or to its backups folder.", {}, backupCommand},
        {"backups", "", "List the library's automatic backups, newest first.", {}, backupsCommand},
        {"restore", "FILE", "Replace the library's content with a backup's; what it held is kept in a file beside it.",
         {}, restoreCommand},
    };
}

} // namespace Lectern::CommandLine
