#include "export/ExportText.h"

#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QHash>
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

namespace {

// Letters and digits only, accents dropped, lower case: "Schrödinger" gives "schrodinger".
QString asciiKey(QStringView text)
{
    QString key;
    for (const QChar c : text.toString().normalized(QString::NormalizationForm_KD))
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c.toLower();
    return key;
}

QString surname(const QString &author)
{
    const qsizetype comma = author.indexOf(u',');
    if (comma >= 0) // "Schrödinger, Erwin"
        return author.left(comma);
    return author.trimmed().section(u' ', -1);
}

QString firstTitleWord(const QString &title)
{
    static const QStringList articles{QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("the")};
    for (const QString &word : PaperText::titleKey(title).split(u' ', Qt::SkipEmptyParts)) {
        const QString key = asciiKey(word);
        if (!key.isEmpty() && !articles.contains(key))
            return key;
    }
    return {};
}

QString baseKey(const Paper &paper)
{
    QString key = asciiKey(surname(paper.firstAuthor()));
    if (key.isEmpty())
        key = firstTitleWord(paper.title);
    if (key.isEmpty())
        key = QStringLiteral("paper");
    return key + year(paper);
}

// "", "a", ..., "z", then "27", "28": what tells apart papers that would share a key.
QString suffix(int repeat)
{
    if (repeat == 0)
        return {};
    if (repeat <= 26)
        return QChar(u'a' + repeat - 1);
    return QString::number(repeat);
}

} // namespace

QStringList citationKeys(const QList<Paper> &papers)
{
    QHash<QString, int> repeats;
    QSet<QString> used;
    QStringList keys;
    for (const Paper &paper : papers) {
        const QString base = baseKey(paper);
        QString key;
        do {
            key = base + suffix(repeats[base]++);
        } while (used.contains(key));
        used.insert(key);
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
    static const QRegularExpression blankLine(QStringLiteral(R"(\n[ \t\r]*\n)"));
    QStringList result;
    for (const QString &paragraph : text.split(blankLine))
        if (const QString simplified = paragraph.simplified(); !simplified.isEmpty())
            result.append(simplified);
    return result;
}

} // namespace Lectern::ExportText
