#include "util/ProcessKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

namespace Lectern {

namespace {

// Field 22 of /proc/PID/stat, the start time in clock ticks after boot; empty when there is no such process.
QString startTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    constexpr int StartTimeAfterName = 22 - 3;
    return fields.size() > StartTimeAfterName ? QString::fromLatin1(fields[StartTimeAfterName]) : QString();
}

QString host()
{
    return QSysInfo::machineHostName();
}

} // namespace

QString currentProcessKey()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return host() + u':' + QString::number(pid) + u':' + startTime(pid);
}

bool processMayBeRunning(const QString &key)
{
    const QStringList parts = key.split(u':');
    if (parts.size() != 3)
        return false; // not a key this code wrote
    if (parts[0] != host())
        return true;
    return startTime(parts[1].toLongLong()) == parts[2] && !parts[2].isEmpty();
}

} // namespace Lectern
