#pragma once

// What tests share, so that each does not write its own copy: reading one value with SQL, a paper made from a
// title, and the real lectern command line run on a library. Header-only: it needs Qt Core and lectern_core.

#include "library/Library.h"
#include "library/Paper.h"
#include "library/PaperFields.h"
#include "library/PaperStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDate>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Lectern::TestKit {

// The first column of the first row, or -1 / an empty string when the statement fails or gives no row.
inline qint64 integerOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() ? query.integer(0) : -1;
}

inline QString textOf(Database &db, const char *sql)
{
    Statement query(db, sql);
    return query.step() ? query.text(0) : QString();
}

inline Paper paperTitled(const QString &title)
{
    Paper paper;
    paper.title = title;
    paper.abstract = QStringLiteral("An abstract about ") + title + u'.';
    return paper;
}

// Stores the paper even when the library has it already, as a library from before duplicates were recognised (or
// an edit since) may hold it twice: it is imported under a title of its own without identifiers, then its record
// is written as it is. Returns its id, or 0 when it could not be stored.
inline qint64 addWithoutDuplicateCheck(Library &library, const Paper &paper)
{
    static int placeholders = 0;
    Paper placeholder = paperTitled(QStringLiteral("Placeholder %1 of a paper stored twice").arg(++placeholders));
    placeholder.tags = paper.tags;
    placeholder.note = paper.note;
    const auto added = PaperStore(library).add({placeholder}, QStringLiteral("test"), QStringLiteral("test"));
    if (!added || added->addedIds.size() != 1)
        return 0;
    Paper stored = paper;
    stored.id = added->addedIds.first();
    QStringList names;
    for (const PaperField &field : paperFields())
        names.append(field.name);
    return PaperFields::store(library, stored, names) ? stored.id : 0;
}

// The date a day's list dated "month day" without a year gets today: the most recent such day not in the future,
// as ISO ("2026-06-13"). What the real lectern infers, for tests that cannot give it a clock.
inline QString listDateToday(int month, int day)
{
    const QDate today = QDate::currentDate();
    const QDate thisYear(today.year(), month, day);
    return (thisYear <= today ? thisYear : QDate(today.year() - 1, month, day)).toString(Qt::ISODate);
}

// A library file left by an earlier Lectern: its schema only up to version, in WAL as Lectern writes it, with the
// papers as raw rows ("Paper 1" to "Paper N", about spectral filters), that version's import being gone. Opening it
// upgrades it. False when it could not be written.
inline bool writeLibraryOfSchema(const QString &path, int version, int papers = 0)
{
    auto raw = Database::open(path);
    if (!raw || !(*raw)->exec("PRAGMA journal_mode = WAL") || !Schema::migrate(**raw, version))
        return false;
    if (papers <= 0)
        return true;
    Statement insert(**raw, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)"
                            " INSERT INTO papers(title, title_key, abstract, added_at)"
                            " SELECT 'Paper ' || i, 'paper ' || i, 'Spectral filters on graphs.',"
                            " '2023-01-01T00:00:00.000Z' FROM n");
    return insert.bind(1, papers).run().ok();
}

struct CommandResult
{
    int exitCode = -1; // -1: did not finish by itself, in time
    QString out;
    QString err;
};

// Runs "lectern COMMAND --library LIBRARY ARGUMENTS..." (arguments.first() is the command) and waits for it.
inline CommandResult runLectern(const QString &library, const QStringList &arguments,
                                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY),
                  QStringList{arguments.first(), QStringLiteral("--library"), library} + arguments.mid(1));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace Lectern::TestKit
