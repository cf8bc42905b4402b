#include "import/ArxivAtomReader.h"

#include "import/ArxivRecord.h"
#include "import/ImportText.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct ArxivAtomText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArxivAtomReader)
};

constexpr QStringView AtomNamespace = u"http://www.w3.org/2005/Atom";
constexpr QStringView ArxivNamespace = u"http://arxiv.org/schemas/atom";

// The most text read without the parser handing over a piece of the feed, or kept for one element of an entry: no
// abstract comes near it, and a feed that goes past it has lost a closing tag or is no feed.
constexpr qsizetype MaxAtomTextSize = 16 * 1024 * 1024;

bool isAtom(const QXmlStreamReader &xml, QStringView name)
{
    return xml.namespaceUri() == AtomNamespace && xml.name() == name;
}

bool isArxiv(const QXmlStreamReader &xml, QStringView name)
{
    return xml.namespaceUri() == ArxivNamespace && xml.name() == name;
}

// The elements of an entry whose text the reader keeps.
enum class Field { None, Id, Title, Summary, Published, Updated, Doi, JournalRef, Comment, AuthorName };

Field fieldOf(const QXmlStreamReader &xml)
{
    if (isAtom(xml, u"id"))
        return Field::Id;
    if (isAtom(xml, u"title"))
        return Field::Title;
    if (isAtom(xml, u"summary"))
        return Field::Summary;
    if (isAtom(xml, u"published"))
        return Field::Published;
    if (isAtom(xml, u"updated"))
        return Field::Updated;
    if (isArxiv(xml, u"doi"))
        return Field::Doi;
    if (isArxiv(xml, u"journal_ref"))
        return Field::JournalRef;
    if (isArxiv(xml, u"comment"))
        return Field::Comment;
    return Field::None;
}

// What an Atom text holds (RFC 4287 3.1): text, HTML written as text ("&lt;i&gt;"), or XHTML elements.
enum class TextType { Text, Html, Xhtml };

// An entry as the feed has it; one that is an API error says what went wrong in its summary.
struct Entry
{
    ArxivRecord record;
    bool apiError = false;
    int line = 0;
};

// Where the text ends: the line and column just after its last character that is not a line end.
class TextEnd
{
public:
    void add(QStringView chunk)
    {
        const qsizetype last = lastContent(chunk);
        if (last >= 0) {
            const qsizetype lineStart = chunk.first(last).lastIndexOf(u'\n') + 1;
            const int lines = int(chunk.first(last).count(u'\n'));
            m_contentLine = m_line + lines;
            m_contentColumn = int(last - lineStart) + 1 + (lines == 0 ? m_column : 0);
        }
        const qsizetype lastBreak = chunk.lastIndexOf(u'\n');
        m_line += int(chunk.count(u'\n'));
        m_column = lastBreak < 0 ? m_column + int(chunk.size()) : int(chunk.size() - lastBreak - 1);
    }
    int line() const { return m_contentLine; }
    int column() const { return m_contentColumn + 1; } // 1-based, just after the character

private:
    static qsizetype lastContent(QStringView chunk)
    {
        for (qsizetype i = chunk.size() - 1; i >= 0; --i)
            if (chunk[i] != u'\n' && chunk[i] != u'\r')
                return i;
        return -1;
    }
    int m_line = 1;       // where the text read so far ends
    int m_column = 0;     // characters on that line so far
    int m_contentLine = 1;
    int m_contentColumn = 0;
};

// Reads the feed as it comes: QXmlStreamReader is given the input a chunk at a time (TextInput::readChunk) and
// asked for one token after another, so that a feed of any size, and with lines of any length (a whole feed on one
// line), is read holding the entry being read and a chunk, never the feed. When the parser needs more than it was
// given it says so (PrematureEndOfDocumentError), and reads on once more is added.
class ArxivAtomReader : public PaperReader
{
public:
    ArxivAtomReader(TextInput &input, const ImportOptions &options) : PaperReader(input), m_options(options) {}

    Expected<std::optional<Paper>> next() override
    {
        if (m_finished)
            return std::optional<Paper>();
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::Invalid) {
                if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && readMore())
                    continue;
                return end();
            }
            m_textSinceToken = 0;
            m_feedsSinceToken = 0;
            m_tokenEndLine = int(m_xml.lineNumber());
            m_tokenEndColumn = int(m_xml.columnNumber()) + 1;
            if (token == QXmlStreamReader::EndDocument)
                return stop(std::optional<Paper>());
            if (token == QXmlStreamReader::StartElement) {
                if (auto error = startElement())
                    return stop(*error);
            } else if (token == QXmlStreamReader::EndElement) {
                if (auto entry = endElement()) {
                    if (entry->apiError)
                        return m_input.errorAt(ArxivAtomText::tr("the arXiv API answered with an error: %1")
                                                   .arg(PaperText::singleLine(entry->record.abstract)),
                                               entry->line);
                    return std::optional(toPaper(entry->record, m_options));
                }
            } else if (m_field != Field::None
                       && (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference)) {
                // The element's text with that of any markup inside it; an XHTML text keeps its markup as HTML.
                m_text += m_fieldType == TextType::Xhtml ? m_xml.text().toString().toHtmlEscaped() : m_xml.text();
                if (m_text.size() > MaxAtomTextSize)
                    return stop(m_input.errorAt(ArxivAtomText::tr("<%1> holds over %2 MB of text, which no entry "
                                                                  "from arXiv does")
                                                    .arg(m_fieldName)
                                                    .arg(MaxAtomTextSize >> 20),
                                                m_fieldLine, m_fieldColumn));
            }
        }
    }

private:
    // Gives the parser more of the input; false at its end (or on an error in it). The parser starts a token it could
    // not finish over again when it is given more, so a long token (a megabyte abstract) is given twice as much each
    // time it asks again: read as chunks of one size, a token of n chunks would be scanned n times over.
    bool readMore()
    {
        const qsizetype wanted = ChunkSize << std::min(m_feedsSinceToken++, 8);
        QString more;
        while (more.size() < wanted) {
            const auto chunk = m_input.readChunk();
            if (!chunk)
                break;
            more += *chunk;
        }
        if (more.isEmpty())
            return false;
        m_end.add(more);
        m_textSinceToken += more.size();
        if (m_textSinceToken > MaxAtomTextSize)
            return false; // end() says so
        m_xml.addData(more);
        return true;
    }

    Expected<std::optional<Paper>> end()
    {
        m_finished = true;
        if (m_input.error())
            return *m_input.error();
        if (m_textSinceToken > MaxAtomTextSize)
            return m_input.errorAt(ArxivAtomText::tr("the feed goes on for over %1 MB after this place without a tag "
                                                     "or a text ending; is a closing quote, --> or ]]> missing?")
                                       .arg(MaxAtomTextSize >> 20),
                                   m_tokenEndLine, m_tokenEndColumn);
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
            // The parser cannot know that the input has ended: the feed is whole when its root was closed.
            if (m_feedClosed)
                return std::optional<Paper>();
            if (!m_feedFound)
                return m_input.errorAt(ArxivAtomText::tr("expected an Atom <feed>, found the end of the input"),
                                       m_end.line(), m_end.column());
            return m_input.errorAt(ArxivAtomText::tr("the feed ends before its elements are closed; "
                                                     "expected the rest of the feed, up to </feed>"),
                                   m_end.line(), m_end.column());
        }
        if (!m_xml.hasError())
            return std::optional<Paper>();
        return m_input.errorAt(ArxivAtomText::tr("expected well-formed XML: %1").arg(m_xml.errorString()),
                               int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1);
    }

    Expected<std::optional<Paper>> stop(Expected<std::optional<Paper>> last)
    {
        m_finished = true;
        return last;
    }

    // What a start tag begins, by its depth: the feed, an entry in it, an element of the entry, a name in an author.
    std::optional<Error> startElement()
    {
        const int depth = m_depth++;
        if (m_field != Field::None) {
            if (m_fieldType == TextType::Xhtml)
                m_text += u'<' + m_xml.name() + u'>';
        } else if (depth == 0) {
            if (!isAtom(m_xml, u"feed"))
                return m_input.errorAt(ArxivAtomText::tr("expected an Atom <feed>, found <%1>").arg(m_xml.qualifiedName()),
                                       int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1);
            m_feedFound = true;
        } else if (depth == 1) {
            if (isAtom(m_xml, u"entry"))
                m_entry.emplace().line = int(m_xml.lineNumber());
        } else if (m_entry && depth == 2) {
            entryElement();
        } else if (m_entry && depth == 3 && m_inAuthor && isAtom(m_xml, u"name")) {
            collect(Field::AuthorName); // arxiv:affiliation beside it: Lectern keeps no affiliations
        }
        return std::nullopt;
    }

    void entryElement()
    {
        ArxivRecord &record = m_entry->record;
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (isAtom(m_xml, u"author")) {
            m_inAuthor = true;
        } else if (isAtom(m_xml, u"link")) {
            if (attributes.value(u"title") == u"pdf")
                record.pdfUrl = attributes.value(u"href").toString();
        } else if (isAtom(m_xml, u"category")) {
            addCategory(record, attributes.value(u"term"));
        } else if (isArxiv(m_xml, u"primary_category")) {
            const QString term = attributes.value(u"term").toString();
            record.categories.removeAll(term);
            record.categories.prepend(term);
        } else {
            collect(fieldOf(m_xml));
        }
    }

    void collect(Field field)
    {
        if (field == Field::None)
            return;
        m_field = field;
        m_fieldDepth = m_depth;
        m_fieldName = m_xml.qualifiedName().toString();
        const QStringView type = m_xml.attributes().value(u"type");
        m_fieldType = type == u"html" ? TextType::Html : type == u"xhtml" ? TextType::Xhtml : TextType::Text;
        m_fieldLine = int(m_xml.lineNumber());
        m_fieldColumn = int(m_xml.columnNumber()) + 1;
        m_text.clear();
    }

    // The entry, when this end tag closes one.
    std::optional<Entry> endElement()
    {
        if (m_field != Field::None && m_depth == m_fieldDepth)
            finishField();
        else if (m_field != Field::None && m_fieldType == TextType::Xhtml)
            m_text += u"</" + m_xml.name() + u'>';
        const int depth = --m_depth;
        if (depth == 0)
            m_feedClosed = true;
        else if (depth == 2)
            m_inAuthor = false;
        else if (depth == 1 && m_entry) {
            Entry entry = *std::exchange(m_entry, std::nullopt);
            ArxivRecord &record = entry.record;
            // An old API answered errors with the title "Error" and no date rather than with an error id.
            entry.apiError = entry.apiError || (record.title.trimmed() == u"Error" && record.published.isEmpty());
            return entry;
        }
        return std::nullopt;
    }

    void finishField()
    {
        Entry &entry = *m_entry;
        ArxivRecord &record = entry.record;
        QString text = std::exchange(m_text, {});
        switch (std::exchange(m_field, Field::None)) {
        case Field::Id:
            entry.apiError = text.contains(u"/api/errors");
            record.id = std::move(text);
            break;
        case Field::Title:
            record.title = m_fieldType == TextType::Text ? std::move(text) : ImportText::textFromInlineMarkup(text);
            break;
        case Field::Summary:
            record.abstract = m_fieldType == TextType::Text ? std::move(text) : ImportText::textFromMarkup(text);
            break;
        case Field::Published:
            record.published = PaperText::sortableDate(text);
            break;
        case Field::Updated:
            record.extraFields.append({QStringLiteral("updated"), text.trimmed()});
            break;
        case Field::Doi:
            record.doi = std::move(text);
            break;
        case Field::JournalRef:
            record.extraFields.append({QStringLiteral("journal_ref"), PaperText::singleLine(text)});
            break;
        case Field::Comment:
            record.extraFields.append({QStringLiteral("comment"), PaperText::singleLine(text)});
            break;
        case Field::AuthorName:
            if (const Person person = Person::fromText(ImportText::decodeTexAccents(text)); !person.isEmpty())
                record.authors.append(person);
            break;
        case Field::None:
            break;
        }
    }

    // Categories are arXiv's ("cs.LG"); the feed lists ACM and MSC classes as categories too, some with spaces.
    static void addCategory(ArxivRecord &record, QStringView term)
    {
        if (!term.isEmpty() && !term.contains(u' ') && !term.contains(u';') && !record.categories.contains(term))
            record.categories.append(term.toString());
    }

    QXmlStreamReader m_xml;
    const ImportOptions m_options;
    TextEnd m_end;
    qsizetype m_textSinceToken = 0; // characters given to the parser since it last handed over a token
    int m_feedsSinceToken = 0;      // and the times it was given more since then
    int m_depth = 0;                // elements open
    bool m_feedFound = false;
    bool m_feedClosed = false;
    bool m_finished = false;
    std::optional<Entry> m_entry; // the entry being read
    bool m_inAuthor = false;
    Field m_field = Field::None; // the element whose text is being kept, and where it started
    TextType m_fieldType = TextType::Text;
    int m_fieldDepth = 0;
    int m_fieldLine = 0;
    int m_fieldColumn = 0;
    QString m_fieldName;
    QString m_text;
    int m_tokenEndLine = 1; // where the parser's last token ended
    int m_tokenEndColumn = 1;
};

// The start of an Atom feed that arXiv wrote: the feed element with Atom's namespace, arXiv named in the head.
bool recognizes(QStringView head)
{
    return head.contains(u"<feed") && head.contains(AtomNamespace) && head.contains(u"arxiv", Qt::CaseInsensitive);
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    return std::make_unique<ArxivAtomReader>(input, options);
}

} // namespace

const Format &arxivAtomFormat()
{
    static const Format format{"arxiv-atom", QT_TRANSLATE_NOOP("Lectern::Formats", "arXiv API feed (Atom)"),
                               "*.xml *.atom", recognizes, open};
    return format;
}

} // namespace Lectern
