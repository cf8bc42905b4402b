#include "export/ExportText.h"

#include "library/CitationKeys.h"
#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Lectern::ExportText {

QList<int> dateParts(const Paper &paper)
{
    const QString sortable = PaperText::sortableDate(paper.published);
    if (sortable.isEmpty() || !sortable.front().isDigit())
        return {};
    QList<int> parts;
    for (const QStringView part : QStringView(sortable).split(u'-'))
        parts.append(part.toInt());
    return parts;
}

QString year(const Paper &paper)
{
    const QList<int> parts = dateParts(paper);
    return parts.isEmpty() ? QString() : QString::number(parts.first());
}

QString encodedUrl(const QString &url)
{
    return QString::fromLatin1(QUrl(url).toEncoded(QUrl::FullyEncoded));
}

QString arxivUrl(const QString &arxivId)
{
    return encodedUrl(QStringLiteral("https://arxiv.org/abs/") + arxivId);
}

QString doiUrl(const QString &doi)
{
    return encodedUrl(QStringLiteral("https://doi.org/") + doi);
}

QString paperUrl(const Paper &paper)
{
    if (!paper.arxivId.isEmpty())
        return arxivUrl(paper.arxivId);
    if (!paper.doi.isEmpty())
        return doiUrl(paper.doi);
    for (const Link &link : paper.links)
        if (PaperText::isWebUrl(link.url))
            return encodedUrl(link.url);
    return {};
}

QStringList otherUrls(const Paper &paper)
{
    const QString main = paperUrl(paper);
    QStringList urls;
    for (const Link &link : paper.links) {
        if (!PaperText::isWebUrl(link.url))
            continue;
        const QString url = encodedUrl(link.url);
        if (url != main && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

bool isJournalArticle(const Paper &paper)
{
    return !paper.doi.isEmpty() && !paper.doi.startsWith(u"10.48550/");
}

QString entryType(const Paper &paper)
{
    if (paper.type.isEmpty())
        return isJournalArticle(paper) ? QStringLiteral("article") : QStringLiteral("preprint");
    return EntryType::names().contains(paper.type) ? paper.type : QStringLiteral("misc");
}

PageRange pageRange(const QString &pages)
{
    static const QRegularExpression range(
        QRegularExpression::anchoredPattern(QStringLiteral(R"(\s*([^\s\-–—]+)\s*(?:--?|–|—)\s*([^\s\-–—]+)\s*)")));
    if (const auto match = range.match(pages); match.hasMatch())
        return {match.captured(1), match.captured(2)};
    return {pages.simplified(), {}};
}

QStringList citationKeys(const QList<Paper> &papers)
{
    QSet<QString> made;
    return citationKeys(papers, made);
}

QStringList citationKeys(const QList<Paper> &papers, QSet<QString> &made)
{
    // Papers from a library carry their keys, unique there; others (a file not yet stored) get the default
    // pattern's, kept unique within this list as a library would.
    QSet<QString> used = made;
    for (const Paper &paper : papers)
        used.insert(paper.citationKey.toLower());
    QStringList keys;
    for (const Paper &paper : papers) {
        if (!paper.citationKey.isEmpty()) {
            keys.append(paper.citationKey);
            continue;
        }
        const QString base = CitationKeys::fromPattern(paper, CitationKeys::defaultPattern());
        QString key = base;
        for (int repeat = 1; used.contains(key.toLower()); ++repeat)
            key = base + CitationKeys::clashSuffix(repeat);
        used.insert(key.toLower());
        made.insert(key.toLower());
        keys.append(key);
    }
    return keys;
}

QString ratingStars(int rating)
{
    constexpr int MaxRating = 5;
    if (rating <= 0)
        return {};
    return QString(qMin(rating, MaxRating), u'★') + QString(MaxRating - qMin(rating, MaxRating), u'☆');
}

QStringList paragraphs(const QString &text)
{
    // Most abstracts are one paragraph: no regular expression for them (a whole library's export asks for each).
    if (text.count(u'\n') < 2) {
        const QString simplified = text.simplified();
        return simplified.isEmpty() ? QStringList() : QStringList{simplified};
    }
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t\r]*\n)"));
    QStringList result;
    for (const QString &paragraph : text.split(blankLine))
        if (const QString simplified = paragraph.simplified(); !simplified.isEmpty())
            result.append(simplified);
    return result;
}

} // namespace Lectern::ExportText
