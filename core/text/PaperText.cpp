#include "text/PaperText.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Lectern::PaperText {

QString titleKey(QStringView title)
{
    const QString decomposed = title.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !key.isEmpty())
                key += u' ';
            key += c.toCaseFolded();
            pendingSpace = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            pendingSpace = true;
        }
    }
    return key;
}

namespace {

// Characters that end a URL in prose: whitespace, quotes and brackets that wrap it.
bool endsUrl(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'<' || c == u'>' || c == u'{' || c == u'}' || c == u'|' || c == u'\\'
        || c == u'^' || c == u'`';
}

bool isTrailingPunctuation(QChar c)
{
    return QStringView(u".,;:!?'\"*").contains(c);
}

// Drops sentence punctuation and closing brackets that the URL did not open.
QString trimUrl(QString url)
{
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (isTrailingPunctuation(last)) {
            url.chop(1);
        } else if ((last == u')' && url.count(u'(') < url.count(u')'))
                   || (last == u']' && url.count(u'[') < url.count(u']'))) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url;
}

} // namespace

Link::Kind linkKind(const QString &url)
{
    static const QRegularExpression codeHosts(
        QStringLiteral(R"(^https?://(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|sr\.ht|git\.)/?)"),
        QRegularExpression::CaseInsensitiveOption);
    return codeHosts.match(url).hasMatch() ? Link::Kind::Code : Link::Kind::Page;
}

QList<Link> findLinks(QStringView text)
{
    QList<Link> links;
    QSet<QString> seen;
    qsizetype from = 0;
    while (true) {
        const qsizetype http = text.indexOf(u"http", from, Qt::CaseInsensitive);
        if (http < 0)
            break;
        qsizetype end = http;
        while (end < text.size() && !endsUrl(text[end]))
            ++end;
        from = end;
        const QStringView candidate = text.mid(http, end - http);
        if (!candidate.startsWith(u"http://", Qt::CaseInsensitive) && !candidate.startsWith(u"https://", Qt::CaseInsensitive))
            continue;
        const QString url = trimUrl(candidate.toString());
        const qsizetype schemeEnd = url.indexOf(u"://") + 3;
        if (url.size() <= schemeEnd || seen.contains(url))
            continue;
        seen.insert(url);
        links.append({url, linkKind(url)});
    }
    return links;
}

QString findArxivId(QStringView text)
{
    static const QRegularExpression arxiv(QStringLiteral(
        R"((?:arxiv\.org/(?:abs|pdf)/|arXiv:\s*)(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = arxiv.matchView(text);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString findDoi(QStringView text)
{
    static const QRegularExpression doi(QStringLiteral(R"(\b(10\.\d{4,9}/[^\s"<>]+))"));
    const auto match = doi.matchView(text);
    return match.hasMatch() ? trimUrl(match.captured(1)).toLower() : QString();
}

namespace {

// Without a year the day is checked in a leap year, so that "Feb 29" is a date.
bool isDay(int year, int month, int day)
{
    return QDate(year > 0 ? year : 2000, month, day).isValid();
}

} // namespace

QString sortableDate(QStringView published)
{
    const QString text = published.trimmed().toString();
    // The whole text, or the date of a date and time ("2023-06-13T17:59:58Z", "2023-06-13 17:59"):
    // "2048" in "2048 Tokens" is no date.
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|T|\s\d{1,2}:\d{2}))"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
        const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
        return isDay(m.captured(1).toInt(), month, day) ? m.captured(0) : QString();
    }
    // "Jun 13" or "June 13, 2023" as the daily list and many feeds write it.
    static const QRegularExpression monthDay(QStringLiteral(R"(^([A-Za-z]{3,9})\.? (\d{1,2})(?:,? (\d{4}))?$)"));
    const auto m = monthDay.match(text);
    if (!m.hasMatch())
        return {};
    const QLocale c = QLocale::c();
    for (int month = 1; month <= 12; ++month) {
        // The month's name or an abbreviation of it ("Sept"), not a word that starts like one ("Decoder").
        if (c.monthName(month, QLocale::LongFormat).startsWith(m.captured(1), Qt::CaseInsensitive)) {
            if (!isDay(m.captured(3).toInt(), month, m.captured(2).toInt()))
                return {};
            const QString monthDayPart = QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'));
            return (m.captured(3).isEmpty() ? QStringLiteral("-") : m.captured(3)) + u'-' + monthDayPart;
        }
    }
    return {};
}

bool isWebUrl(const QString &url)
{
    // Tolerant: a quote or a space in a link is encoded on the way out rather than a reason to drop it.
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() && (scheme == u"http" || scheme == u"https") && !parsed.host().isEmpty();
}

QString singleLine(QStringView text)
{
    QString line = text.toString();
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
            || c.category() == QChar::Separator_Paragraph)
            c = u' ';
    return line.simplified();
}

namespace {

bool isTerminalControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString forTerminal(QStringView text)
{
    QString shown = text.toString();
    for (QChar &c : shown)
        if (isTerminalControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    return shown;
}

QUrl browserUrl(const QString &link)
{
    if (isWebUrl(link))
        return QUrl(link);
    const QString trimmed = link.trimmed();
    if (!trimmed.startsWith(u"doi:", Qt::CaseInsensitive))
        return {};
    const QString doi = trimmed.sliced(4);
    if (!doi.startsWith(u"10.") || !doi.contains(u'/'))
        return {};
    // The whole DOI in the path: one may hold a "?" or a "#", which are its own, not a query or a fragment.
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("doi.org"));
    url.setPath(u'/' + doi);
    return url;
}

} // namespace Lectern::PaperText
