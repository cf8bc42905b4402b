#include "library/ChangeWatcher.h"

#include "storage/Database.h"

namespace Lectern {

ChangeWatcher::ChangeWatcher(Database &db, QObject *parent) : QObject(parent), m_db(db), m_version(dataVersion())
{
    m_timer.setInterval(Interval);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_timer.start();
}

void ChangeWatcher::check()
{
    const qint64 version = dataVersion();
    if (version == m_version || version < 0)
        return;
    m_version = version;
    Q_EMIT changedElsewhere();
}

qint64 ChangeWatcher::dataVersion() const
{
    Statement query(m_db, "PRAGMA data_version");
    return query.step() ? query.integer(0) : -1;
}

} // namespace Lectern
