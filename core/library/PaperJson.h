#pragma once

#include "library/Paper.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Lectern {

// The stable JSON shape of a paper (the command line's --format json, Lectern JSON, the import tests'
// expectations). Keys are only ever added, never renamed; empty fields are null, or left out by the newer keys.
QJsonObject paperToJson(const Paper &paper);
// The fields a source file can give, back from paperToJson's shape (ids, dates added and the like are not read).
Paper paperFromJson(const QJsonObject &object);

// Names as objects with only the parts they have: {"family": "Hippel", "given": "Eric", "particle": "von"}.
QJsonArray peopleToJson(const QList<Person> &people);
QList<Person> peopleFromJson(const QJsonArray &array);

} // namespace Lectern
