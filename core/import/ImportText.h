#pragma once

#include "import/TextInput.h"
#include "util/Error.h"

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>
#include <QStringView>

// What several readers read in the same way.
namespace Lectern::ImportText {

// "2019", "2019-05" or "2019-05-14": as much of the date as is known and real. A month or day of 0 (unknown) or
// one the calendar does not have ends the date before it; a year outside 1-9999 gives an empty text.
QString isoDate(int year, int month = 0, int day = 0);

// A date as the formats write it: "2019/05/14/" and "2019///" (RIS), "2019-05-14", "June 13, 2019", "2019 Spring"
// (the year alone is read) as an ISO date, "2019-05-14" or "2019"; empty when the text is no date Lectern reads.
QString dateFromText(QStringView text);

// A keyword as a tag ("Machine learning" stays, "AIDS/HIV" nests), or empty when it cannot be one ("a//b"):
// the reader keeps such a keyword as an extra field instead, so that a keyword never fails an import.
QString keywordTag(const QString &keyword);

// Accented letters written in TeX as the letters themselves: \"o, \'{e}, {\v S}, \c{c}, \o, \ss become ö, é,
// Š, ç, ø, ß. Everything else (math, other commands, braces) stays as written.
QString decodeTexAccents(QStringView text);

// HTML or JATS markup as plain text (an abstract as Crossref gives it, "<jats:p>...</jats:p>"): tags dropped,
// paragraphs kept apart by a blank line, entities decoded, whitespace runs made single spaces. A leading
// "Abstract" heading is dropped. A "<" that starts no tag ("a < b") stays.
QString textFromMarkup(QStringView markup);

// A title's text without the tags that only style its words (CSL's <i>, <sup>, <span class="nocase">, JATS's
// <jats:italic>, ...), entities decoded. Any other tag stays as written: "<script>" in a title is text to
// citeproc, and so to Lectern.
QString textFromInlineMarkup(QStringView markup);

// True when the text is HTML blocks from its first tag to its last ("<p>...</p>", "<div class=...>...</div>"): a
// note as Zotero writes it. A note that only starts with "<" ("<script> is a tag", "<5 ms", "<div>x</div> and
// more") is text.
bool isHtmlBlocks(QStringView text);

// The error QJsonDocument found, at its line and column in the input: json is the UTF-8 that was parsed
// (error.offset counts its bytes), starting in the input at firstLine, firstColumn.
Error jsonError(const TextInput &input, QByteArrayView json, const QJsonParseError &error, int firstLine = 1,
                int firstColumn = 1);

} // namespace Lectern::ImportText
