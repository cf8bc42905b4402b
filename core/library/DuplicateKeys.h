#pragma once

#include "library/Paper.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Lectern {

// Why two papers are one. The names are what `lectern duplicates` prints and the import summary says.
enum class DuplicateReason {
    ArxivId,        // the same arXiv id, its version left out
    Doi,            // the same DOI, however written
    PreprintOf,     // an arXiv preprint whose DOI or journal reference names the published paper
    TitleAuthorYear // the same normalised title and first author's family name, years at most one apart (what a
                    // record does not have, authors or a year, is not taken to differ)
};
// "arXiv id", "DOI", "preprint of", "title/author/year".
QString duplicateReasonName(DuplicateReason reason);

// What a paper is recognised by, normalised so that every format's spelling of it meets: the keys are stored per
// paper (DuplicateStore) and looked up through an index, never compared pairwise.
struct DuplicateKeys
{
    QString arxivId;     // "2101.00001", "hep-th/9901001": no "arXiv:", no version
    QStringList dois;    // lower case, no https://doi.org/, doi: or dx.doi.org; also a DOI in the journal reference
    QString title;       // the title's key
    QString family;      // the first author's family name, keyed like the title; empty without authors
    int year = 0;        // 0 when the paper has no year
    QString journalRef;  // an arXiv record's journal reference (the published version it names), or empty

    static DuplicateKeys of(const Paper &paper);
};

namespace DuplicateText {

// "https://doi.org/10.1000/ABC", "doi:10.1000/abc", "http://dx.doi.org/10.1000%2Fabc": "10.1000/abc". Empty when
// the text holds no DOI.
QString doi(QStringView text);
// "arXiv:2101.00001v2", "https://arxiv.org/abs/2101.00001v2", "2101.00001v3", "hep-th/9901001v1" and arXiv's own
// DOI "10.48550/arXiv.2101.00001": the id without its version. Empty when the text is no arXiv id.
QString arxivId(QStringView text);
// A title as two spellings of it meet: LaTeX accents and case-protecting braces read, then case, accents,
// punctuation and spacing gone ("Sci-{Hub} provides" and "SCI-HUB  Provides" are one).
QString titleKey(QStringView title);
// The first author's family name ("particle Family", or an organisation), keyed like a title; empty without authors.
QString familyKey(const QList<Person> &authors);
// The year of a published date ("2018-03-01", "2018"), or 0.
int year(QStringView published);
// Whether an arXiv record's journal reference ("Phys. Rev. D 76, 013009 (2007)") names this published paper: its
// volume and first page (each that it has) are numbers of the reference, or, with neither, its year is.
bool journalRefNames(QStringView journalRef, const QString &volume, const QString &pages, int year);

} // namespace DuplicateText

} // namespace Lectern
