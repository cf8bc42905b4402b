#pragma once

#include "library/Paper.h"

#include <QJsonObject>

namespace Lectern {

// The stable JSON shape of a paper for the command line. Keys are only ever added, never renamed.
QJsonObject paperToJson(const Paper &paper);

} // namespace Lectern
