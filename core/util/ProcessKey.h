#pragma once

#include <QString>

namespace Lectern {

// "host:pid:start": names this process so that another one can tell later whether it still runs. The start time
// (from /proc) tells a process apart from a later one that got the same pid.
QString currentProcessKey();
// False only when the key is of this machine and no process with that pid and start runs: a key of another host
// (a library on a shared folder) may well be running.
bool processMayBeRunning(const QString &key);

} // namespace Lectern
