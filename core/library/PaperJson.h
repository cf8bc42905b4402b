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

// How the papers table stores what is not one text: authors as display names joined by "; " in `authors` (what
// the list, the search index and author: read), and structured in `author_names`/`editor_names` as JSON; extra
// fields as a JSON array of [name, value]. An empty list is stored as NULL, so a paper without them costs nothing.
QString displayNamesColumn(const QList<Person> &people);
QString peopleColumn(const QList<Person> &people);
QString extraFieldsColumn(const QList<ExtraField> &fields);
// The structured names when the source gave them; otherwise the display names, split by the usual rules.
QList<Person> peopleFromColumns(const QString &json, const QString &displayNames = {});
QList<ExtraField> extraFieldsFromColumn(const QString &json);
// The first of the display names, without reading the others: what the list shows.
QString firstDisplayName(const QString &displayNames);

} // namespace Lectern
