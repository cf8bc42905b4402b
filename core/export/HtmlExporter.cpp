#include "export/HtmlExporter.h"

#include "export/ExportText.h"
#include "text/PaperText.h"

#include <QLocale>
#include <QRegularExpression>

namespace Lectern {

namespace {

// The page is in English, the language of its own words ("Published", "Note", the headings); a paper whose language
// is known says it on its title and abstract, which are in that language, rather than on the page, whose words are not.
constexpr auto PageStart = uR"HTML(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="Lectern">
<title>)HTML";

constexpr auto PageStyle = uR"HTML(</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; background: #fff; }
h1 { font-size: 1.6em; }
article { border-top: 1px solid #ccc; padding: 1em 0; }
h2 { font-size: 1.25em; margin: 0 0 .3em; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
a { color: #1a5fb4; overflow-wrap: anywhere; }
.authors { font-style: italic; margin: 0; }
.details { color: #555; font-size: .9em; margin: .3em 0; padding: 0; list-style: none; }
.details li { display: inline; }
.details li + li::before { content: " · "; }
.tag { display: inline-block; border: 1px solid #bbb; border-radius: 3px; padding: 0 .4em; font-size: .85em; }
.links { font-size: .9em; padding-left: 1.2em; }
blockquote { margin: .5em 0; padding: .2em .8em; border-left: 4px solid #e5a50a; background: #fdf6e3; }
.comment { color: #555; font-size: .9em; margin: 0 0 .5em 1.2em; }
.note { background: #f4f4f4; padding: .1em 1em; border-radius: 4px; }
.note-text { white-space: pre-wrap; margin-bottom: 1em; } /* the note is Markdown source: keep its lines */
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; color: #000; }
  article { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
  .details a::after { content: " (" attr(href) ")"; }
  blockquote, .note { background: none; }
}
</style>
</head>
<body>
)HTML";

QString anchor(const QString &label, const QString &url)
{
    if (!PaperText::isWebUrl(url))
        return HtmlExporter::escaped(label);
    return QStringLiteral("<a href=\"") + HtmlExporter::escaped(ExportText::encodedUrl(url)) + QStringLiteral("\">")
        + HtmlExporter::escaped(label) + QStringLiteral("</a>");
}

QString element(const QString &tag, const QString &text, const QString &className = {}, const QString &language = {})
{
    QString attributes;
    if (!className.isEmpty())
        attributes += QStringLiteral(" class=\"%1\"").arg(className);
    if (!language.isEmpty())
        attributes += QStringLiteral(" lang=\"%1\"").arg(HtmlExporter::escaped(language));
    return u'<' + tag + attributes + u'>' + HtmlExporter::escaped(text) + QStringLiteral("</") + tag + QStringLiteral(">\n");
}

QString paragraphs(const QString &text, const QString &language = {})
{
    QString html;
    for (const QString &paragraph : ExportText::paragraphs(text))
        html += element(QStringLiteral("p"), paragraph, {}, language);
    return html;
}

// A lang attribute must be a BCP 47 tag, where papers hold what their source wrote: "en-GB" and "de" are kept, "eng"
// (PubMed's ISO 639-2) becomes "en" and a language's English name ("English", "german", as BibTeX has them) its code;
// anything else gives no attribute rather than a wrong one.
QString languageTag(const QString &language)
{
    static const QRegularExpression tag(QRegularExpression::anchoredPattern(QStringLiteral("([A-Za-z]{2,3})((?:-[A-Za-z0-9]{1,8})*)")));
    const QString text = language.trimmed();
    if (const auto match = tag.match(text); match.hasMatch()) {
        const QString primary = match.captured(1).toLower();
        const QLocale::Language known = QLocale::codeToLanguage(primary);
        const QString shortest = QLocale::languageToCode(known, QLocale::ISO639Part1);
        if (known != QLocale::AnyLanguage)
            return (shortest.isEmpty() ? primary : shortest) + match.captured(2);
    }
    for (int value = QLocale::C + 1; value <= QLocale::LastLanguage; ++value) {
        const auto named = QLocale::Language(value);
        if (QLocale::languageToString(named).compare(text, Qt::CaseInsensitive) == 0)
            return QLocale::languageToCode(named);
    }
    return {};
}

QString details(const Paper &paper, const ExportOptions &options)
{
    QStringList items;
    if (!paper.published.isEmpty())
        items.append(QStringLiteral("Published ") + HtmlExporter::escaped(paper.published));
    if (!paper.arxivId.isEmpty())
        items.append(QStringLiteral("arXiv ") + anchor(paper.arxivId, ExportText::arxivUrl(paper.arxivId)));
    if (!paper.doi.isEmpty())
        items.append(QStringLiteral("DOI ") + anchor(paper.doi, ExportText::doiUrl(paper.doi)));
    if (options.status)
        items.append(QStringLiteral("Status: ") + statusName(paper.status));
    if (options.rating && paper.rating > 0)
        items.append(QStringLiteral("Rating: ") + ExportText::ratingStars(paper.rating));
    if (items.isEmpty())
        return {};
    return QStringLiteral("<ul class=\"details\"><li>") + items.join(QStringLiteral("</li><li>"))
        + QStringLiteral("</li></ul>\n");
}

QString tags(const Paper &paper)
{
    QStringList spans;
    for (const QString &tag : paper.tags)
        spans.append(QStringLiteral("<span class=\"tag\">") + HtmlExporter::escaped(tag) + QStringLiteral("</span>"));
    return QStringLiteral("<p class=\"tags\">") + spans.join(u' ') + QStringLiteral("</p>\n");
}

QString links(const Paper &paper)
{
    QString html;
    for (const Link &link : paper.links)
        if (PaperText::isWebUrl(link.url))
            html += QStringLiteral("<li>") + anchor(link.url, link.url) + QStringLiteral("</li>\n");
    return html.isEmpty() ? html : QStringLiteral("<ul class=\"links\">\n") + html + QStringLiteral("</ul>\n");
}

QString highlights(const Paper &paper)
{
    // The colour goes into a style attribute: only a plain "#rrggbb" is let through.
    static const QRegularExpression plainColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    QString html = QStringLiteral("<h3>Highlights</h3>\n");
    for (const Highlight &highlight : paper.highlights) {
        const bool colored = plainColor.match(highlight.color).hasMatch();
        html += colored ? QStringLiteral("<blockquote style=\"border-left-color: %1\">").arg(highlight.color)
                        : QStringLiteral("<blockquote>");
        html += HtmlExporter::escaped(highlight.quote.simplified()) + QStringLiteral("</blockquote>\n");
        if (!highlight.comment.trimmed().isEmpty())
            html += element(QStringLiteral("p"), highlight.comment.simplified(), QStringLiteral("comment"));
    }
    return html;
}

QString article(const Paper &paper, const ExportOptions &options)
{
    const QString language = languageTag(paper.language);
    QString html = QStringLiteral("<article>\n") + element(QStringLiteral("h2"), paper.title.simplified(), {}, language);
    if (!paper.authors.isEmpty())
        html += element(QStringLiteral("p"), paper.authorNames().join(QStringLiteral(", ")), QStringLiteral("authors"));
    html += details(paper, options);
    if (options.tags && !paper.tags.isEmpty())
        html += tags(paper);
    html += paragraphs(paper.abstract, language) + links(paper);
    if (options.highlights && !paper.highlights.isEmpty())
        html += highlights(paper);
    if (options.notes && !paper.note.trimmed().isEmpty())
        html += QStringLiteral("<section class=\"note\">\n<h3>Note</h3>\n")
            + element(QStringLiteral("div"), paper.note.trimmed(), QStringLiteral("note-text")) + QStringLiteral("</section>\n");
    return html + QStringLiteral("</article>\n");
}

} // namespace

QString HtmlExporter::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': result += QStringLiteral("&amp;"); break;
        case u'<': result += QStringLiteral("&lt;"); break;
        case u'>': result += QStringLiteral("&gt;"); break;
        case u'"': result += QStringLiteral("&quot;"); break;
        case u'\'': result += QStringLiteral("&#39;"); break;
        default: result += c;
        }
    }
    return result;
}

ExportFrame HtmlExporter::frame(const ExportOptions &options, qsizetype) const
{
    const QString title = options.title.isEmpty() ? QStringLiteral("Papers") : options.title.simplified();
    return {QString::fromUtf16(PageStart) + escaped(title) + QString::fromUtf16(PageStyle) + element(QStringLiteral("h1"), title),
            {}, QStringLiteral("</body>\n</html>\n")};
}

QString HtmlExporter::entry(const Paper &paper, const QString &, const ExportOptions &options) const
{
    return article(paper, options);
}

} // namespace Lectern
