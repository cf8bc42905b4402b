#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace Lectern {

enum class Access { ReadWrite, ReadOnly };

// One open SQLite connection. Owns the handle; closes it on destruction.
class Database
{
public:
    // Opens the file, creating it when it does not exist and access allows. Sets no journal mode: that is the
    // library's to choose once it knows the file is its own.
    static Expected<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs statements without results (schema, pragmas). Never pass user values here: bind them.
    Status exec(const char *sql);
    qint64 lastInsertId() const;
    int changes() const;
    // What SQLite said of the last failure; a write lock that stayed taken is said in words a user can act on.
    QString lastError() const;
    // How long a statement waits for another connection's write lock before it fails (default 5 s). The
    // window waits briefly, so a key never freezes it for long; the command line waits out another's import.
    // noticeAfterASecond, when given, is called once per wait that lasts over a second (to say why nothing
    // happens).
    void setLockWait(int milliseconds, std::function<void()> noticeAfterASecond = {});
    // True while a transaction (or savepoint) is open on this connection.
    bool inTransaction() const;
    // SQLite's online backup API: a consistent copy of the whole database into a new file at path / the
    // whole content of the database file at path in place of this one's, as one write that other
    // connections see as any other.
    Status copyTo(const QString &path);
    Status replaceWith(const QString &path);
    QString path() const { return m_path; }
    bool isReadOnly() const;
    sqlite3 *handle() const { return m_db; }
    // From now on, statements on this connection stop as interrupted whenever cancelled() returns true.
    // It is asked every thousand or so steps of SQLite's virtual machine, in the thread running them.
    void setCancelCheck(std::function<bool()> cancelled);
    // From now on, sql is called with the text of every statement as it was prepared (placeholders, not values):
    // the test that no value is ever written into SQL reads it.
    void setStatementTrace(std::function<void(const QString &sql)> sql);

private:
    friend class Statement;
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    // Statements prepared before, kept for the next Statement of the same SQL: the stores make a Statement per call,
    // and an import calls them per paper, where preparing was a good part of the time. A statement is in the cache
    // only while no Statement uses it.
    sqlite3_stmt *takePrepared(const QByteArray &sql);
    void keepPrepared(QByteArray sql, sqlite3_stmt *statement);
    struct Prepared
    {
        QByteArray sql;
        sqlite3_stmt *statement;
    };
    std::vector<Prepared> m_prepared; // the most recently used last

    sqlite3 *m_db;
    QString m_path;
    static int waitForLock(void *database, int attempt);

    std::function<bool()> m_cancelled;
    std::function<void(const QString &)> m_statementTrace;
    int m_lockWaitMs = 0;
    std::function<void()> m_lockWaitNotice;
    QElapsedTimer m_lockWaited;
    bool m_lockWaitNoticed = false;
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
    QByteArray m_sql;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
    bool m_cancelled = false;
};

// Begins a transaction, or a savepoint inside one that is open already, so that writes compose: a store's
// write is atomic on its own and a part of its caller's transaction when there is one. Rolls back on
// destruction unless commit() succeeded.
//
// A transaction that could not begin (another connection kept the write lock past the lock wait) is false:
// its owner must write nothing and return error(), since every statement would otherwise commit on its own.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    explicit operator bool() const { return m_open; }
    // Why it did not begin.
    const Error &error() const { return m_error; }
    Status commit();

private:
    Database &m_db;
    bool m_open = false;
    bool m_savepoint = false;
    Error m_error;
};

} // namespace Lectern
