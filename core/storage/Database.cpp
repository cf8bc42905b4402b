#include "storage/Database.h"

#include "storage/FileLocks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace Lectern {

namespace {

constexpr int DefaultLockWaitMs = 5000;

// SQL's casefold(text): the text case-folded as QString::toCaseFolded() does it, so that comparisons of
// names ignore case beyond A-Z ("Über" and "über"), where SQLite's NOCASE and lower() stop.
void casefold(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = static_cast<const char16_t *>(sqlite3_value_text16(arguments[0]));
    const QString folded = QString::fromUtf16(text, sqlite3_value_bytes16(arguments[0]) / 2).toCaseFolded();
    sqlite3_result_text16(context, folded.utf16(), int(folded.size() * 2), SQLITE_TRANSIENT);
}

// How SQLite is to open the file. Read-only files are opened immutable when no WAL holds changes: SQLite then
// creates no -shm beside them (which a read-only folder would refuse, and which would keep the file's
// read-only mode after the file is made writable again).
QByteArray openName(const QString &path, Access access)
{
    if (access == Access::ReadWrite)
        return QFile::encodeName(path);
    const bool walHoldsChanges = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
           + (walHoldsChanges ? "?mode=ro" : "?mode=ro&immutable=1");
}

} // namespace

Expected<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{QCoreApplication::translate("Lectern::Database", "is a directory, not a library file"), path};
    if (access == Access::ReadWrite && !QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Lectern::Database", "cannot create the folder for the library"),
                     path};

    useLocksThatSurviveOtherCloses();
    sqlite3 *handle = nullptr;
    const int flags = access == Access::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                                  : SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    const int rc = sqlite3_open_v2(openName(path, access).constData(), &handle, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
        sqlite3_close(handle);
        return Error{QCoreApplication::translate("Lectern::Database", "cannot open the library: %1")
                         .arg(message), path};
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_create_function_v2(handle, "casefold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               casefold, nullptr, nullptr, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    db->setLockWait(DefaultLockWaitMs);
    if (auto s = db->exec("PRAGMA foreign_keys = ON"); !s)
        return Error{s.error().message, path};
    return db;
}

Database::~Database()
{
    for (const Prepared &prepared : m_prepared)
        sqlite3_finalize(prepared.statement);
    sqlite3_close_v2(m_db);
}

sqlite3_stmt *Database::takePrepared(const QByteArray &sql)
{
    for (auto it = m_prepared.rbegin(); it != m_prepared.rend(); ++it) {
        if (it->sql == sql) {
            sqlite3_stmt *statement = it->statement;
            m_prepared.erase(std::next(it).base());
            return statement;
        }
    }
    return nullptr;
}

void Database::keepPrepared(QByteArray sql, sqlite3_stmt *statement)
{
    // Enough for every statement of an import and of the window's edits; a query's own SQL, made per query, passes
    // through and is finalized when it is the oldest.
    constexpr size_t Kept = 64;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    m_prepared.push_back({std::move(sql), statement});
    if (m_prepared.size() > Kept) {
        sqlite3_finalize(m_prepared.front().statement);
        m_prepared.erase(m_prepared.begin());
    }
}

void Database::setCancelCheck(std::function<bool()> cancelled)
{
    constexpr int StepsBetweenChecks = 1000; // a few microseconds
    m_cancelled = std::move(cancelled);
    sqlite3_progress_handler(
        m_db, StepsBetweenChecks, [](void *database) { return int(static_cast<Database *>(database)->m_cancelled()); },
        this);
}

void Database::setStatementTrace(std::function<void(const QString &sql)> sql)
{
    m_statementTrace = std::move(sql);
    sqlite3_trace_v2(
        m_db, SQLITE_TRACE_STMT,
        [](unsigned, void *database, void *statement, void *) {
            const char *text = sqlite3_sql(static_cast<sqlite3_stmt *>(statement));
            static_cast<Database *>(database)->m_statementTrace(QString::fromUtf8(text ? text : ""));
            return 0;
        },
        this);
}

Status Database::exec(const char *sql)
{
    // lastError() is SQLite's message for the failing statement, in words a user can act on where it can be.
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return success();
    return Error{lastError()};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

QString Database::lastError() const
{
    if ((sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_READONLY)
        return QCoreApplication::translate("Lectern::Database",
                                           "the library is read-only (the file or its folder cannot be "
                                           "written): nothing was changed");
    if ((sqlite3_extended_errcode(m_db) & 0xff) == SQLITE_BUSY) {
        const QString seconds = QString::number(m_lockWaitMs / 1000.0, 'g', 3);
        if (const QString holder = writeLockHolder(m_path); !holder.isEmpty())
            return QCoreApplication::translate("Lectern::Database",
                                               "the library is busy: %1 has been writing to it for %2 s. Nothing "
                                               "was changed; try again when it has finished")
                .arg(holder, seconds);
        return QCoreApplication::translate("Lectern::Database",
                                           "the library is busy: another program has been writing to it for "
                                           "%1 s. Nothing was changed; try again when it has finished")
            .arg(seconds);
    }
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void Database::setLockWait(int milliseconds, std::function<void()> noticeAfterASecond)
{
    m_lockWaitMs = milliseconds;
    m_lockWaitNotice = std::move(noticeAfterASecond);
    sqlite3_busy_handler(m_db, waitForLock, this);
}

// SQLite's busy handler: true to try again. Polls every 10 ms, as often as a writer's commits can free the lock.
int Database::waitForLock(void *database, int attempt)
{
    constexpr int PollMs = 10;
    constexpr int NoticeAfterMs = 1000;
    auto *db = static_cast<Database *>(database);
    if (attempt == 0) {
        db->m_lockWaited.start();
        db->m_lockWaitNoticed = false;
    }
    const qint64 waited = db->m_lockWaited.elapsed();
    if (waited >= db->m_lockWaitMs)
        return 0;
    if (waited >= NoticeAfterMs && !db->m_lockWaitNoticed && db->m_lockWaitNotice) {
        db->m_lockWaitNoticed = true;
        db->m_lockWaitNotice();
    }
    sqlite3_sleep(PollMs);
    return 1;
}

namespace {

// Copies all of from's main database into to's, waiting (to's lock wait) for the write lock when to is shared.
QString copyDatabase(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished));
    return {};
}

} // namespace

Status Database::copyTo(const QString &path)
{
    sqlite3 *copy = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const QString problem = copy ? copyDatabase(copy, m_db) : QStringLiteral("out of memory");
    sqlite3_close(copy);
    if (!problem.isEmpty())
        return Error{problem, path};
    return success();
}

Status Database::replaceWith(const QString &path)
{
    sqlite3 *source = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    const QString problem = source ? copyDatabase(m_db, source) : QStringLiteral("out of memory");
    sqlite3_close(source);
    if (!problem.isEmpty())
        return Error{problem, path};
    return success();
}

bool Database::inTransaction() const
{
    return !sqlite3_get_autocommit(m_db);
}

Statement::Statement(Database &db, const char *sql, Failure failure) : m_db(db), m_sql(sql)
{
    m_stmt = db.takePrepared(m_sql);
    if (m_stmt)
        return;
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = db.lastError();
        if (failure == Failure::Logged)
            qWarning("SQL does not prepare: %s\n%s", qPrintable(m_error), sql);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_stmt)
        m_db.keepPrepared(std::move(m_sql), m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    m_cancelled = rc == SQLITE_INTERRUPT;
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = m_db.lastError();
    return false;
}

Status Statement::run()
{
    if (!m_stmt)
        return Error{m_error};
    m_error.clear();
    step();
    reset();
    if (!m_error.isEmpty())
        return Error{m_error};
    return success();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString storedTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Statement::dateTime(int column) const
{
    return QDateTime::fromString(text(column), Qt::ISODateWithMs);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db) : m_db(db), m_savepoint(db.inTransaction())
{
    // IMMEDIATE takes the write lock up front, so a second writer waits (the lock wait) instead of failing
    // mid-way. A savepoint's name may repeat: each RELEASE and ROLLBACK TO takes the innermost one.
    auto begun = m_db.exec(m_savepoint ? "SAVEPOINT lectern" : "BEGIN IMMEDIATE");
    m_open = begun.ok();
    if (!m_open)
        m_error = Error{m_db.lastError(), m_db.path()};
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec(m_savepoint ? "ROLLBACK TO lectern; RELEASE lectern" : "ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return m_error;
    auto status = m_db.exec(m_savepoint ? "RELEASE lectern" : "COMMIT");
    if (status)
        m_open = false;
    return status;
}

} // namespace Lectern
