#pragma once

#include "library/Paper.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

// The stable JSON shape of a paper (the command line's --format json, Lectern JSON, the import tests'
// expectations). Keys are only ever added, never renamed; empty fields are null, or left out by the newer keys.
QJsonObject paperToJson(const Paper &paper);
// A paper back from paperToJson's shape: what a source file can give, and the id, the time it was added and
// the highlights of a Lectern JSON file (the source file and the import time are the new import's).
Paper paperFromJson(const QJsonObject &object);

// Names as objects with only the parts they have: {"family": "Hippel", "given": "Eric", "particle": "von"}.
QJsonArray peopleToJson(const QList<Person> &people);
QList<Person> peopleFromJson(const QJsonArray &array);

} // namespace Lectern
