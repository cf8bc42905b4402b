#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// What the arXiv API's Atom feed and the arXiv metadata snapshot both say about a paper, as they say it, so that
// the two readers make the same paper of the same record.
struct ArxivRecord
{
    QString id;             // "2306.01234", "hep-th/9901001v1", "http://arxiv.org/abs/2306.01234v2"
    QString version;        // the latest version, "v2", when the source lists it apart from the id
    QString title;          // as arXiv has it: wrapped, with TeX accents
    QString abstract;
    QList<Person> authors;
    QString published;      // the first version's date, "2007-04-02"
    QStringList categories; // the primary category first
    QString doi;
    QString pdfUrl;
    QList<ExtraField> extraFields; // named as the source spells them ("journal-ref", "journal_ref")
};

// The id without the version and a URL around it ("2306.01234", "hep-th/9901001") and the version ("v2", or
// empty); an empty id when the text holds no arXiv id.
struct ArxivId
{
    QString id;
    QString version;
};
ArxivId splitArxivId(QStringView text);

// A preprint: what Lectern holds of an arXiv record is the preprint's title, abstract and first date, even when a
// journal version exists (its reference and DOI are kept). Title and abstract on one line, TeX accents decoded; the
// abstract page as link, then the PDF; categories as tags under "arxiv/" when the options ask for them.
Paper toPaper(const ArxivRecord &record, const ImportOptions &options);

} // namespace Lectern
