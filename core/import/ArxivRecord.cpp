#include "import/ArxivRecord.h"

#include "import/ImportText.h"
#include "text/PaperText.h"

namespace Lectern {

namespace {

QString oneLine(const QString &text)
{
    return ImportText::decodeTexAccents(PaperText::singleLine(text));
}

// "v2" from the text just after the id, or empty.
QString versionAfter(QStringView rest)
{
    if (rest.size() < 2 || rest.front() != u'v')
        return {};
    qsizetype end = 1;
    while (end < rest.size() && rest[end].isDigit())
        ++end;
    return end > 1 ? rest.first(end).toString() : QString();
}

} // namespace

ArxivId splitArxivId(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    // PaperText::findArxivId finds ids after "arxiv.org/abs/" or "arXiv:", the forms running text gives them in.
    const QString id = PaperText::findArxivId(trimmed.contains(u"arxiv.org/", Qt::CaseInsensitive)
                                                  ? trimmed.toString()
                                                  : QStringLiteral("arXiv:") + trimmed);
    if (id.isEmpty())
        return {};
    const qsizetype end = trimmed.indexOf(id) + id.size();
    return {id, versionAfter(trimmed.sliced(end))};
}

Paper toPaper(const ArxivRecord &record, const ImportOptions &options)
{
    Paper paper;
    paper.type = QStringLiteral("preprint");
    const ArxivId id = splitArxivId(record.id);
    paper.arxivId = id.id;
    paper.title = oneLine(record.title);
    paper.abstract = oneLine(record.abstract);
    paper.authors = record.authors;
    paper.published = record.published;
    paper.arxivCategory = record.categories.value(0);
    if (options.categoryTags)
        for (const QString &category : record.categories)
            if (const QString tag = ImportText::keywordTag(QStringLiteral("arxiv/") + category); !tag.isEmpty())
                paper.tags.append(tag);
    paper.doi = PaperText::findDoi(record.doi);
    if (paper.doi.isEmpty() && !record.doi.isEmpty())
        paper.extraFields.append({QStringLiteral("doi"), record.doi});
    if (!paper.arxivId.isEmpty())
        paper.links.append({QStringLiteral("https://arxiv.org/abs/") + paper.arxivId, Link::Kind::Page});
    if (!record.pdfUrl.isEmpty())
        paper.links.append({record.pdfUrl, Link::Kind::Page});
    const QString version = record.version.isEmpty() ? id.version : record.version;
    if (!version.isEmpty())
        paper.extraFields.append({QStringLiteral("arxiv_version"), version});
    paper.extraFields += record.extraFields;
    return paper;
}

} // namespace Lectern
