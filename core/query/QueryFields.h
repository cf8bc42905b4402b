#pragma once

#include "query/QueryNode.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Lectern {

// Ratings run from 0 (none) to 5; years have four digits.
constexpr int HighestRating = 5;
constexpr int LastYear = 9999;

// The name typed before the colon ("title", "tag", "added"); Words prints as "word" but is never typed.
QString fieldName(QueryTerm::Field field);
// The field a user typed (case-insensitive), or nullopt. "added" gives AddedOn: fieldTerm() decides
// whether the value is a day or an age.
std::optional<QueryTerm::Field> fieldNamed(QStringView name);
// Every name that may be typed, for the "unknown field" message.
QStringList typedFieldNames();

// True when the text holds something the full-text index keeps: a letter or a digit.
bool isSearchable(QStringView text);

// The term for a value typed after "field:" (or a bare word, for Words), checked and normalised.
// quoted: the value was written in double quotes (a phrase, for the text fields). The error says
// what the field takes; its position is for the caller to add.
Expected<QueryTerm> fieldTerm(QueryTerm::Field field, const QString &value, bool quoted);

} // namespace Lectern
