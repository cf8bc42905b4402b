#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Lectern {

class Database;

// Notices what other connections commit to the library: the command line, a second window, an import on
// another thread. SQLite's PRAGMA data_version changes on a connection whenever another connection has
// committed since it was last asked, and costs a look at the shared memory, so it is asked twice a second:
// changes made elsewhere show within a second, and this process's own writes never count.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds Interval{500};

    explicit ChangeWatcher(Database &db, QObject *parent = nullptr);

    // Asks at once rather than at the next tick (a test, or a window that was just activated).
    void check();

Q_SIGNALS:
    void changedElsewhere();

private:
    qint64 dataVersion() const;

    Database &m_db;
    qint64 m_version;
    QTimer m_timer;
};

} // namespace Lectern
