#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace Lectern {

namespace {

constexpr int BusyTimeoutMs = 5000;

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

} // namespace

Expected<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Error{QCoreApplication::translate("Lectern::Database", "is a directory, not a library file"), path};
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QCoreApplication::translate("Lectern::Database", "cannot create the folder for the library"),
                     path};

    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("out of memory");
        sqlite3_close(handle);
        return Error{QCoreApplication::translate("Lectern::Database", "cannot open the library: %1")
                         .arg(message), path};
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
    sqlite3_create_function_v2(handle, "casefold", 1, SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               casefold, nullptr, nullptr, nullptr);
    std::unique_ptr<Database> db(new Database(handle, path));
    // The header check makes a non-SQLite file fail here rather than on first use.
    if (auto s = db->exec("PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"); !s)
        return Error{QCoreApplication::translate("Lectern::Database", "not a Lectern library: %1")
                         .arg(s.error().message),
                     path};
    return db;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::setCancelCheck(std::function<bool()> cancelled)
{
    constexpr int StepsBetweenChecks = 1000; // a few microseconds
    m_cancelled = std::move(cancelled);
    sqlite3_progress_handler(
        m_db, StepsBetweenChecks, [](void *database) { return int(static_cast<Database *>(database)->m_cancelled()); },
        this);
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return success();
    Error error{QString::fromUtf8(message ? message : sqlite3_errmsg(m_db))};
    sqlite3_free(message);
    return error;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Statement::Statement(Database &db, const char *sql, Failure failure) : m_db(db)
{
    if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = db.lastError();
        if (failure == Failure::Logged)
            qWarning("SQL does not prepare: %s\n%s", qPrintable(m_error), sql);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
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

Transaction::Transaction(Database &db) : m_db(db)
{
    // IMMEDIATE takes the write lock up front, so a second writer waits (busy timeout) instead of failing mid-way.
    m_open = bool(m_db.exec("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_open)
        return Error{QStringLiteral("no transaction is open: ") + m_db.lastError()};
    auto status = m_db.exec("COMMIT");
    if (status)
        m_open = false;
    return status;
}

} // namespace Lectern
