#include "text/PaperText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

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

QString sortableDate(QStringView published)
{
    const QString text = published.trimmed().toString();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)"));
    if (const auto m = iso.match(text); m.hasMatch())
        return m.captured(0);
    // "Jun 13" or "June 13, 2023" as the daily list and many feeds write it.
    static const QRegularExpression monthDay(QStringLiteral(R"(^([A-Za-z]{3,9})\.? (\d{1,2})(?:,? (\d{4}))?$)"));
    const auto m = monthDay.match(text);
    if (!m.hasMatch())
        return {};
    const QLocale c = QLocale::c();
    for (int month = 1; month <= 12; ++month) {
        if (m.captured(1).startsWith(c.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive)) {
            const QString monthDayPart = QStringLiteral("%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(m.captured(2).toInt(), 2, 10, QLatin1Char('0'));
            return (m.captured(3).isEmpty() ? QStringLiteral("-") : m.captured(3)) + u'-' + monthDayPart;
        }
    }
    return {};
}

} // namespace Lectern::PaperText
