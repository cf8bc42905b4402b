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

// The input's lines as a device, so that QXmlStreamReader pulls the feed as it parses it: the feed is never in
// memory as a whole, and the parser's line numbers are the file's.
class LineDevice : public QIODevice
{
public:
    explicit LineDevice(TextInput &input) : m_input(input) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    // In characters, without the line end: where a text that stops short stops.
    qsizetype lastLineLength() const { return m_lastLineLength; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position == m_line.size()) {
            const auto line = m_input.readLine();
            if (!line)
                return 0; // the end, or an error the reader finds in the input
            m_line = line->toUtf8() + '\n';
            m_lastLineLength = line->size();
            m_position = 0;
        }
        const qint64 size = qMin(maxSize, qint64(m_line.size() - m_position));
        std::copy_n(m_line.constData() + m_position, size, data);
        m_position += size;
        return size;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    TextInput &m_input;
    QByteArray m_line;
    qsizetype m_position = 0;
    qsizetype m_lastLineLength = 0;
};

bool isAtom(const QXmlStreamReader &xml, QStringView name)
{
    return xml.namespaceUri() == AtomNamespace && xml.name() == name;
}

bool isArxiv(const QXmlStreamReader &xml, QStringView name)
{
    return xml.namespaceUri() == ArxivNamespace && xml.name() == name;
}

// An entry as the feed has it; one that is an API error says what went wrong in its summary.
struct Entry
{
    ArxivRecord record;
    bool apiError = false;
    int line = 0;
};

class ArxivAtomReader : public PaperReader
{
public:
    ArxivAtomReader(TextInput &input, const ImportOptions &options)
        : PaperReader(input), m_device(input), m_xml(&m_device), m_options(options)
    {
    }

    Expected<std::optional<Paper>> next() override
    {
        if (m_finished)
            return std::optional<Paper>();
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (!m_xml.isStartElement())
                continue;
            if (!m_feedFound) {
                if (!isAtom(m_xml, u"feed"))
                    return stop(m_input.errorAt(ArxivAtomText::tr("expected an Atom <feed>, found <%1>")
                                                    .arg(m_xml.qualifiedName()),
                                                int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1));
                m_feedFound = true;
            } else if (isAtom(m_xml, u"entry")) {
                const Entry entry = readEntry();
                if (m_xml.hasError())
                    break;
                if (entry.apiError)
                    return m_input.errorAt(ArxivAtomText::tr("the arXiv API answered with an error: %1")
                                               .arg(PaperText::singleLine(entry.record.abstract)),
                                           entry.line);
                return std::optional(toPaper(entry.record, m_options));
            }
        }
        return end();
    }

private:
    Expected<std::optional<Paper>> end()
    {
        m_finished = true;
        if (m_input.error())
            return *m_input.error();
        if (!m_xml.hasError())
            return std::optional<Paper>();
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return m_input.errorAt(ArxivAtomText::tr("the feed ends before its elements are closed; "
                                                     "expected the rest of the feed, up to </feed>"),
                                   m_input.lineNumber(), int(m_device.lastLineLength()) + 1);
        return m_input.errorAt(ArxivAtomText::tr("expected well-formed XML: %1").arg(m_xml.errorString()),
                               int(m_xml.lineNumber()), int(m_xml.columnNumber()) + 1);
    }

    Expected<std::optional<Paper>> stop(const Error &error)
    {
        m_finished = true;
        return error;
    }

    Entry readEntry()
    {
        Entry entry;
        entry.line = int(m_xml.lineNumber());
        ArxivRecord &record = entry.record;
        while (m_xml.readNextStartElement()) {
            if (isAtom(m_xml, u"id")) {
                record.id = text();
                entry.apiError = record.id.contains(u"/api/errors");
            } else if (isAtom(m_xml, u"title")) {
                record.title = text();
            } else if (isAtom(m_xml, u"summary")) {
                record.abstract = text();
            } else if (isAtom(m_xml, u"published")) {
                record.published = PaperText::sortableDate(text());
            } else if (isAtom(m_xml, u"updated")) {
                record.extraFields.append({QStringLiteral("updated"), text().trimmed()});
            } else if (isAtom(m_xml, u"author")) {
                readAuthor(record);
            } else if (isAtom(m_xml, u"link")) {
                if (m_xml.attributes().value(u"title") == u"pdf")
                    record.pdfUrl = m_xml.attributes().value(u"href").toString();
                m_xml.skipCurrentElement();
            } else if (isAtom(m_xml, u"category")) {
                addCategory(record, m_xml.attributes().value(u"term"));
                m_xml.skipCurrentElement();
            } else if (isArxiv(m_xml, u"primary_category")) {
                const QString term = m_xml.attributes().value(u"term").toString();
                record.categories.removeAll(term);
                record.categories.prepend(term);
                m_xml.skipCurrentElement();
            } else if (isArxiv(m_xml, u"doi")) {
                record.doi = text();
            } else if (isArxiv(m_xml, u"journal_ref") || isArxiv(m_xml, u"comment")) {
                const QString name = m_xml.name().toString();
                record.extraFields.append({name, PaperText::singleLine(text())});
            } else {
                m_xml.skipCurrentElement();
            }
        }
        // An old API answered errors with the title "Error" and no date rather than with an error id.
        entry.apiError = entry.apiError || (record.title.trimmed() == u"Error" && record.published.isEmpty());
        return entry;
    }

    // The element's text, with that of any markup inside it (an XHTML summary), rather than an error.
    QString text() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    void readAuthor(ArxivRecord &record)
    {
        while (m_xml.readNextStartElement()) {
            if (isAtom(m_xml, u"name")) {
                const QString name = ImportText::decodeTexAccents(text());
                if (const Person person = Person::fromText(name); !person.isEmpty())
                    record.authors.append(person);
            } else {
                m_xml.skipCurrentElement(); // arxiv:affiliation: Lectern keeps no affiliations
            }
        }
    }

    // Categories are arXiv's ("cs.LG"); the feed lists ACM and MSC classes as categories too, some with spaces.
    static void addCategory(ArxivRecord &record, QStringView term)
    {
        if (!term.isEmpty() && !term.contains(u' ') && !term.contains(u';') && !record.categories.contains(term))
            record.categories.append(term.toString());
    }

    LineDevice m_device;
    QXmlStreamReader m_xml;
    const ImportOptions m_options;
    bool m_feedFound = false;
    bool m_finished = false;
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
