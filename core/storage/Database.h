#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Lectern {

// One open SQLite connection. Owns the handle; closes it on destruction.
class Database
{
public:
    static Expected<std::unique_ptr<Database>> open(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs statements without results (schema, pragmas). Never pass user values here: bind them.
    Status exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    // From now on, statements on this connection stop as interrupted whenever cancelled() returns true.
    // It is asked every thousand or so steps of SQLite's virtual machine, in the thread running them.
    void setCancelCheck(std::function<bool()> cancelled);

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db;
    QString m_path;
    std::function<bool()> m_cancelled;
};

// Times are stored as UTC in ISO 8601 with milliseconds: as text they sort in time order.
QString storedTime(const QDateTime &time);

// A prepared statement: bind by 1-based index, step through rows, read columns by 0-based index.
class Statement
{
public:
    // Our own SQL that does not prepare is a mistake in the program, and is logged with the statement.
    // The statements of a user's query may fail by the user's doing (SQLite refuses some it cannot take);
    // their callers report that as an error of the query, without the SQL.
    enum class Failure { Logged, ReportedByCaller };

    Statement(Database &db, const char *sql, Failure failure = Failure::Logged);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value); // empty string binds NULL
    Statement &bind(int index, const QDateTime &value) { return bind(index, storedTime(value)); }

    // Advances to the next row; false when done or on error (see error()).
    bool step();
    // Runs a statement that returns no rows; resets it so it can run again.
    Status run();
    void reset();

    QString text(int column) const;
    QDateTime dateTime(int column) const; // as storedTime() wrote it
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

    const QString &error() const { return m_error; }
    // The last step failed because the connection's cancel check stopped it.
    bool wasCancelled() const { return m_cancelled; }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    bool m_cancelled = false;
};

// Begins a transaction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace Lectern
