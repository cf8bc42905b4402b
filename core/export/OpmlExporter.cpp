#include "export/OpmlExporter.h"

#include "export/ExportText.h"
#include "export/HtmlExporter.h"
#include "text/PaperText.h"

#include <QXmlStreamWriter>

namespace Lectern {

namespace {

// XML 1.0 has no way to write most control characters, not even escaped: they are dropped.
QString xmlText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            result += c;
            result += text[++i];
            continue;
        }
        const char16_t u = c.unicode();
        const bool allowed = u == u'\t' || u == u'\n' || u == u'\r' || (u >= 0x20 && u < 0xD800) || (u >= 0xE000 && u < 0xFFFE);
        if (allowed)
            result += c;
    }
    return result;
}

const QString EmptyBody = QStringLiteral("<body/>");
const QString BodyEnd = QStringLiteral("\n    </body>");

class OutlineWriter
{
public:
    explicit OutlineWriter(QByteArray *output) : m_xml(output) { m_xml.setAutoFormatting(true); }

    // OPML 2.0's text "may contain encoded HTML markup", and readers (pandoc) take it, and the _note beside it, as
    // markup: both are HTML-escaped, then the XML writer escapes that again, so that "<script>" stays text.
    void start(const QString &text, const QString &url = {}, const QString &note = {})
    {
        m_xml.writeStartElement(QStringLiteral("outline"));
        m_xml.writeAttribute(QStringLiteral("text"), xmlText(HtmlExporter::escaped(text)));
        if (PaperText::isWebUrl(url)) {
            m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("link"));
            m_xml.writeAttribute(QStringLiteral("url"), ExportText::encodedUrl(url));
        }
        if (!note.isEmpty())
            m_xml.writeAttribute(QStringLiteral("_note"), xmlText(HtmlExporter::escaped(note)));
    }
    void end() { m_xml.writeEndElement(); }
    void leaf(const QString &text, const QString &url = {}, const QString &note = {})
    {
        start(text, url, note);
        end();
    }
    QXmlStreamWriter &xml() { return m_xml; }

private:
    QXmlStreamWriter m_xml;
};

void writeHighlights(OutlineWriter &writer, const Paper &paper)
{
    writer.start(QStringLiteral("Highlights"));
    for (const Highlight &highlight : paper.highlights)
        writer.leaf(highlight.quote.simplified(), {}, highlight.comment.trimmed());
    writer.end();
}

void writePaper(OutlineWriter &writer, const Paper &paper, const ExportOptions &options)
{
    writer.start(paper.title.simplified(), ExportText::paperUrl(paper), ExportText::paragraphs(paper.abstract).join(u"\n\n"));
    if (!paper.authors.isEmpty())
        writer.leaf(QStringLiteral("Authors: ") + paper.authorNames().join(QStringLiteral(", ")));
    if (!paper.published.isEmpty())
        writer.leaf(QStringLiteral("Published: ") + paper.published);
    for (const QString &url : ExportText::otherUrls(paper))
        writer.leaf(url, url);
    if (options.tags && !paper.tags.isEmpty())
        writer.leaf(QStringLiteral("Tags: ") + paper.tags.join(QStringLiteral(", ")));
    if (options.status)
        writer.leaf(QStringLiteral("Status: ") + statusName(paper.status));
    if (options.rating && paper.rating > 0)
        writer.leaf(QStringLiteral("Rating: ") + ExportText::ratingStars(paper.rating));
    if (options.highlights && !paper.highlights.isEmpty())
        writeHighlights(writer, paper);
    if (options.notes && !paper.note.trimmed().isEmpty())
        writer.leaf(QStringLiteral("Note"), {}, paper.note.trimmed());
    writer.end();
}

} // namespace

// QXmlStreamWriter indents by depth and writes an element with no content as <body/>: the frame is the document
// written without papers, its body opened and closed around them when there are some, and an entry is a paper's
// outline as it stands in the body.
ExportFrame OpmlExporter::frame(const ExportOptions &options, qsizetype count) const
{
    QByteArray utf8; // written as bytes, the declaration names its encoding
    OutlineWriter writer(&utf8);
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), xmlText(options.title.isEmpty() ? QStringLiteral("Papers") : options.title));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("body"));
    xml.writeEndDocument(); // closes opml
    const QString document = QString::fromUtf8(utf8);
    const qsizetype body = document.lastIndexOf(EmptyBody);
    if (count == 0)
        return {document.left(body + EmptyBody.size()), {}, document.mid(body + EmptyBody.size())};
    return {document.left(body) + u"<body>", {}, BodyEnd + document.mid(body + EmptyBody.size())};
}

QString OpmlExporter::entry(const Paper &paper, const QString &, const ExportOptions &options) const
{
    QByteArray utf8;
    OutlineWriter writer(&utf8);
    QXmlStreamWriter &xml = writer.xml();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeStartElement(QStringLiteral("body"));
    writePaper(writer, paper, options);
    xml.writeEndDocument();
    // No attribute holds a '<' (the writer escapes it): the first <body> and the last </body> are the body's.
    const QString document = QString::fromUtf8(utf8);
    const qsizetype start = document.indexOf(u"<body>") + qsizetype(std::size(u"<body>")) - 1;
    return document.mid(start, document.lastIndexOf(BodyEnd) - start);
}

} // namespace Lectern
