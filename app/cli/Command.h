#pragma once

#include "util/Error.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

#include <functional>
#include <memory>
#include <optional>

namespace Lectern {
class Library;
}

namespace Lectern::CommandLine {

enum ExitStatus { Done = 0, Failed = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();
bool isTerminal(FILE *file);

// What every subcommand gets: its parsed options and the way to the library.
struct Context
{
    const char *command;
    QCommandLineParser &parser;

    QStringList positional() const { return parser.positionalArguments(); }
    QString format() const { return parser.value(QStringLiteral("format")); }
    // --library, or the default library.
    QString libraryPath() const;
    // Opens --library (or the default library); prints the error and returns null when it cannot.
    std::unique_ptr<Library> openLibrary() const;
    // Prints "lectern COMMAND: message" on stderr and returns Usage, for wrong arguments.
    int usageError(const QString &message) const;
    int failure(const QString &message) const;
};

struct Command
{
    const char *name;
    const char *arguments; // for the synopsis
    const char *description;
    QStringList formats; // accepted --format values, first is the default; empty: no --format
    std::function<int(Context &)> run;
    QList<QCommandLineOption> options = {}; // beyond --library, --format and --help
    // Everything after the first argument is an argument, so that "-TAG" is not read as an option.
    bool argumentsEndOptions = false;
    // Anywhere on the line, a "-word" that is none of the command's options is an argument (a query's
    // "-tag:ml"); options may still come before or after the arguments.
    bool dashedWordsAreArguments = false;
    // --format names what the command reads, not what it writes.
    bool readsFormat = false;
};

// Each area of the command line contributes its commands; CommandLine.cpp lists them all.
QList<Command> paperCommands(); // import, list, search, show
QList<Command> annotationCommands(); // tag, tags, note, status
QList<Command> listCommands(); // export, lists, list-add
QList<Command> libraryCommands(); // check, backup, backups, restore
QList<Command> citeCommands(); // cite, key, key-pattern
QList<Command> duplicateCommands(); // duplicates, merge, not-duplicate
QList<Command> editCommands(); // edit, delete, trash

// A paper id as typed: a positive number.
std::optional<qint64> paperId(const QString &text);
// Paper ids as typed, at least one; else an error naming the first that is not one.
Expected<QList<qint64>> paperIds(const QStringList &arguments);

} // namespace Lectern::CommandLine
