#pragma once

#include "library/Paper.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// What several export formats read from a paper in the same way.
namespace Lectern::ExportText {

// The year, month and day the paper was published, as far as they are known: empty when the year
// is not ("Jun 13"), [2023] or [2023, 6] or [2023, 6, 13] otherwise.
QList<int> dateParts(const Paper &paper);
QString year(const Paper &paper);

// The URL with everything outside the URL character set percent-encoded (no spaces, quotes or angle
// brackets are left), ready for a link target.
QString encodedUrl(const QString &url);
QString arxivUrl(const QString &arxivId);
QString doiUrl(const QString &doi);
// Where the paper itself is read: its arXiv page, its DOI, else its first web link; empty if none.
// Encoded, as every URL these functions give.
QString paperUrl(const Paper &paper);
// The paper's web links other than paperUrl(), in order, each once.
QStringList otherUrls(const Paper &paper);

// True when the paper has a publisher's DOI (not arXiv's own 10.48550 one): a journal article, then,
// rather than a preprint.
bool isJournalArticle(const Paper &paper);
// The paper's EntryType name, which every format writes its type from. A paper whose source gave none (one stored
// before Lectern kept types) is an article when it has a publisher's DOI and otherwise a preprint, as the daily
// list and arXiv give; a name EntryType does not know is "misc".
QString entryType(const Paper &paper);

// The first and last page of "12--34" (BibTeX), "12-34" or "12–34"; pages that are no such range ("e1234",
// "12, 15") are the first, as written, and the last is empty.
struct PageRange
{
    QString first;
    QString last;
};
PageRange pageRange(const QString &pages);

// One citation key per paper: its stored key (see CitationKeys), or for a paper without one the default pattern's,
// unique within the list: "schrodinger2023cat", "schrodinger2023cata".
QStringList citationKeys(const QList<Paper> &papers);
// The same for a list written a batch at a time: the keys made for papers without one stay unique across the
// batches (made holds them, lower-case). Papers from a library all have keys, so nothing is made for them.
QStringList citationKeys(const QList<Paper> &papers, QSet<QString> &made);

// "★★★☆☆" for 3; empty for 0 (not rated).
QString ratingStars(int rating);

// The text's paragraphs (split at blank lines), each with its whitespace runs made single spaces.
QStringList paragraphs(const QString &text);

} // namespace Lectern::ExportText
