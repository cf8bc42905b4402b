#pragma once

#include "library/Paper.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace Lectern::PaperText {

// The key under which two spellings of one title meet: case, accents, punctuation and spacing removed.
QString titleKey(QStringView title);

// http(s) links in running text, without the sentence punctuation that follows them
// (".../Latent-Spectral-Models." gives ".../Latent-Spectral-Models"), each once, in order.
QList<Link> findLinks(QStringView text);
Link::Kind linkKind(const QString &url);
// Whether a link may leave the library for a browser or a file: well-formed http or https with a host
// (never file:, javascript: or anything else imported text could carry).
bool isWebUrl(const QString &url);
// Where a link goes when the reader follows it: the one rule for every link Lectern opens (the reader, the
// O key, the note preview). A web link (isWebUrl) goes as it is, "doi:10.1000/xyz" to https://doi.org/10.1000/xyz;
// anything else gives an empty URL and opens nothing: javascript:, data:, file:, smb:, a path, another scheme.
QUrl browserUrl(const QString &link);

// The text on one line, as a title is shown in a list: line and paragraph separators, tabs and every other
// control character become spaces, runs of spaces one, and none is left at either end.
QString singleLine(QStringView text);

// The text as a terminal may be given it: every character a terminal obeys rather than shows becomes U+FFFD,
// shown in its place. Those are the C0 controls but tab and line feed (ESC starts the sequences that retitle the
// terminal, move the cursor or rewrite the screen; CR returns to the start of the line), DEL, the C1 controls
// (U+009B is CSI on its own) and the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), which reorder the rest of the line.
QString forTerminal(QStringView text);

// Identifiers mentioned in the text or links, or empty.
QString findArxivId(QStringView text);
QString findDoi(QStringView text);

// A sortable form of a published date: "2023-06-13", "2023-06", "2023", or "--06-13" when the year is
// missing (as in "Jun 13"); empty when the text is not a date.
QString sortableDate(QStringView published);

} // namespace Lectern::PaperText
