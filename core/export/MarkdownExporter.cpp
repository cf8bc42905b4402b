#include "export/MarkdownExporter.h"

#include "export/ExportText.h"
#include "export/MarkdownNote.h"
#include "text/PaperText.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

constexpr int NoteHeadingLevel = 3; // "### Note", under the paper's "## Title"

// Backslash-escapes the characters that start inline markup, links, raw HTML, entities and (in
// renderers that have it) $math$.
QString escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>#&~|!$");
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            result += u'\\';
        result += c;
    }
    return result;
}

// A paragraph that starts like a list item, a numbered item or a setext underline would become one.
QString escapedBlock(const QString &text)
{
    static const QRegularExpression blockStart(QStringLiteral(R"(^(\d{1,9}(?=[.)])|(?=[-+=])))"));
    QString result = escaped(text);
    if (const auto match = blockStart.match(result); match.hasMatch())
        result.insert(match.capturedEnd(), u'\\');
    return result;
}

QString link(const QString &label, const QString &url)
{
    return u'[' + escaped(label) + QStringLiteral("](<") + ExportText::encodedUrl(url) + QStringLiteral(">)");
}

QStringList details(const Paper &paper, const ExportOptions &options)
{
    QStringList items;
    if (!paper.authors.isEmpty())
        items.append(QStringLiteral("**Authors:** ") + escaped(paper.authorNames().join(QStringLiteral(", "))));
    if (!paper.published.isEmpty())
        items.append(QStringLiteral("**Published:** ") + escaped(paper.published));
    if (!paper.arxivId.isEmpty())
        items.append(QStringLiteral("**arXiv:** ") + link(paper.arxivId, ExportText::arxivUrl(paper.arxivId)));
    if (!paper.doi.isEmpty())
        items.append(QStringLiteral("**DOI:** ") + link(paper.doi, ExportText::doiUrl(paper.doi)));
    QStringList links;
    for (const Link &paperLink : paper.links)
        if (PaperText::isWebUrl(paperLink.url))
            links.append(u'<' + ExportText::encodedUrl(paperLink.url) + u'>');
    if (!links.isEmpty())
        items.append(QStringLiteral("**Links:** ") + links.join(QStringLiteral(", ")));
    if (options.tags && !paper.tags.isEmpty())
        items.append(QStringLiteral("**Tags:** ") + escaped(paper.tags.join(QStringLiteral(", "))));
    if (options.status)
        items.append(QStringLiteral("**Status:** ") + statusName(paper.status));
    if (options.rating && paper.rating > 0)
        items.append(QStringLiteral("**Rating:** ") + ExportText::ratingStars(paper.rating));
    for (QString &item : items)
        item.prepend(QStringLiteral("- "));
    return items;
}

QStringList highlightBlocks(const Paper &paper)
{
    QStringList blocks{QStringLiteral("### Highlights")};
    for (const Highlight &highlight : paper.highlights) {
        blocks.append(QStringLiteral("> ") + escaped(highlight.quote.simplified()));
        if (!highlight.comment.trimmed().isEmpty())
            blocks.append(QStringLiteral("— ") + escaped(highlight.comment.simplified()));
    }
    return blocks;
}

QStringList paperBlocks(const Paper &paper, const ExportOptions &options)
{
    QStringList blocks{QStringLiteral("## ") + escaped(paper.title.simplified())};
    if (const QStringList items = details(paper, options); !items.isEmpty())
        blocks.append(items.join(u'\n'));
    for (const QString &paragraph : ExportText::paragraphs(paper.abstract))
        blocks.append(escapedBlock(paragraph));
    if (options.highlights && !paper.highlights.isEmpty())
        blocks.append(highlightBlocks(paper));
    // The note is the reader's own Markdown, not escaped: only nested under its heading, so that it cannot break
    // out of its paper.
    if (options.notes && !paper.note.trimmed().isEmpty())
        blocks.append({QStringLiteral("### Note"), MarkdownNote::nested(paper.note, NoteHeadingLevel)});
    return blocks;
}

} // namespace

// Blocks are separated by a blank line: the title's heading, then each paper's blocks.
ExportFrame MarkdownExporter::frame(const ExportOptions &options, qsizetype count) const
{
    const QString separator = QStringLiteral("\n\n");
    QString header;
    if (!options.title.isEmpty())
        header = QStringLiteral("# ") + escaped(options.title.simplified()) + (count > 0 ? separator : QString());
    return {header, separator, QStringLiteral("\n")};
}

QString MarkdownExporter::entry(const Paper &paper, const QString &, const ExportOptions &options) const
{
    return paperBlocks(paper, options).join(QStringLiteral("\n\n"));
}

} // namespace Lectern
