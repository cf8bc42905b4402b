#pragma once

#include <QString>

namespace Lectern {

// The version of the SQLite library Lectern runs on ("3.46.1"), for About.
QString sqliteVersion();

} // namespace Lectern
