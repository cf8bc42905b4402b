#pragma once

#include <QString>

namespace Lectern::MarkdownNote {

// The reader's Markdown note, made safe to place under a heading of headingLevel in a longer document, as CommonMark
// and GitHub's Markdown read it: its headings (ATX and setext) are moved below that level (at most to ######), raw
// HTML is escaped so that it shows as text (links to web pages in angle brackets stay links), and a code fence the
// note leaves open is closed at its end. Nothing in the note can run on into what follows it; the rest is as written.
QString nested(const QString &note, int headingLevel);

} // namespace Lectern::MarkdownNote
