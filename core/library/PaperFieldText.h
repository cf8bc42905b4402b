#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>

namespace Lectern::PaperFieldText {

// The fields of a paper a user edits, by the names `lectern edit FIELD=VALUE` takes and the history records
// (EventKind::FieldEdited's detail), in the order the editor shows them: "type", "title", "authors", "editors",
// "date", "container", "volume", "issue", "pages", "publisher", "isbn", "issn", "language", "doi", "arxiv",
// "arxiv-category", "links", "abstract", "key". An extra field is "extra.NAME" (its name as the source spelled it).
QStringList names();
// The name a typed field goes by: "year" is "date" (one stored date), "url" and "urls" are "links", "citation-key"
// is "key"; "extra.NAME" stays as typed. Empty when no field has the name.
QString canonicalName(const QString &typed);
inline const QString ExtraPrefix = QStringLiteral("extra.");
inline const QString Key = QStringLiteral("key");

// A field's value as one text: what `lectern edit` takes, the editor shows and the history stores. Names are
// "Family, Given" separated by "; " (an organisation in braces: "{World Health Organization}"); links one a line.
QString text(const Paper &paper, const QString &field);
// Sets the field from text as a user typed it; an error naming the field and what is wrong with the value (a year
// that is not one, an unknown type, a DOI that is none), and the paper unchanged. "year" keeps the month and day
// of a date that has them ("Jun 13" and year=2025 make 2025-06-13).
Status set(Paper &paper, const QString &field, const QString &text);
// The extra fields' names "extra.NAME" the paper has.
QStringList extraNames(const Paper &paper);

// Names typed one a line or separated by ";": "Family, Given", "Given Family" (Person::fromText), "{Literal}".
QList<Person> peopleFromText(QStringView text);
QString peopleText(const QList<Person> &people);

} // namespace Lectern::PaperFieldText
