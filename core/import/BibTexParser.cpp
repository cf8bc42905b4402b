#include "import/BibTexParser.h"

#include <QCoreApplication>
#include <QSet>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct BibTexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::BibTexReader)
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// What ends a field, key or @string name: BibTeX's own list, and white space.
bool endsName(QChar c)
{
    static constexpr QStringView special = u"\"#%'(),={}";
    return c.isNull() || c.isSpace() || special.contains(c);
}

// The longest value read. BibTeX's own limit is far lower: a longer one is an unclosed brace or quote reading on
// through the file, or @string macros doubling each other.
constexpr qsizetype MaxValueLength = 1 << 20;

QStringView trimmedStart(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    return text.sliced(start);
}

// The macros every BibTeX style defines, so that month = jan reads as the month.
QHash<QString, QString> monthMacros()
{
    static const char16_t *const names[] = {u"January", u"February", u"March",     u"April",   u"May",      u"June",
                                            u"July",    u"August",   u"September", u"October", u"November", u"December"};
    QHash<QString, QString> macros;
    for (const char16_t *name : names) {
        const QString month = QString::fromUtf16(name);
        macros.insert(month.first(3).toLower(), month);
    }
    return macros;
}

} // namespace

BibTexParser::BibTexParser(TextInput &input, WarningFunction warn)
    : m_input(input), m_warn(std::move(warn)), m_macros(monthMacros())
{
}

bool BibTexParser::startsEntry(QStringView text)
{
    if (!text.startsWith(u'@'))
        return false;
    qsizetype i = 1;
    while (i < text.size() && isAsciiLetter(text[i]))
        ++i;
    if (i == 1)
        return false;
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return i < text.size() && (text[i] == u'{' || text[i] == u'(');
}

Expected<std::optional<BibTexEntry>> BibTexParser::next()
{
    while (findEntry()) {
        auto block = readBlock();
        if (!block || *block)
            return block;
    }
    if (m_input.error())
        return *m_input.error();
    return std::optional<BibTexEntry>();
}

// Skips free text up to the next "@word{" or "@word(", and leaves the scanner at its "@".
bool BibTexParser::findEntry()
{
    if (m_stop == Stop::NextEntry)
        m_stop = Stop::None;
    while (m_stop == Stop::None) {
        for (qsizetype at = m_text.indexOf(u'@', m_pos); at >= 0; at = m_text.indexOf(u'@', at + 1)) {
            if (startsEntry(QStringView(m_text).sliced(at))) {
                m_pos = at;
                return true;
            }
        }
        nextLine();
    }
    return false;
}

// Moves to the next line. Inside an entry, a line that starts another one stops the scanner there, the line kept
// for the next entry.
bool BibTexParser::nextLine()
{
    std::optional<QString> line;
    int number = 0;
    if (m_pendingLine) {
        line = std::exchange(m_pendingLine, std::nullopt);
        number = m_pendingLineNumber;
    } else {
        line = m_input.readLine();
        number = m_input.lineNumber();
    }
    m_text.clear();
    m_pos = 0;
    if (!line) {
        m_stop = Stop::EndOfInput;
        return false;
    }
    if (m_inBlock && startsEntry(trimmedStart(*line))) {
        m_pendingLine = std::move(line);
        m_pendingLineNumber = number;
        m_stop = Stop::NextEntry;
        return false;
    }
    if (!m_blockFound)
        readEncodingLine(*line, number);
    m_text = std::move(*line);
    m_lineNumber = number;
    return true;
}

// JabRef's "% Encoding: windows-1252" says how the lines after it are encoded.
void BibTexParser::readEncodingLine(QStringView line, int number)
{
    const QStringView text = line.trimmed();
    if (!text.startsWith(u'%'))
        return;
    const QStringView rest = text.sliced(1).trimmed();
    const QStringView label = u"Encoding:";
    if (!rest.startsWith(label, Qt::CaseInsensitive))
        return;
    const QStringView name = rest.sliced(label.size()).trimmed();
    if (!m_input.setEncoding(name))
        m_warn(BibTexText::tr("the file says it is in the encoding %1, which Lectern does not know; it is read as UTF-8")
                   .arg(name),
               number, 0);
}

// The character at the scanner: '\n' at the end of a line, a null QChar where the scanner stopped.
QChar BibTexParser::peek() const
{
    if (m_pos < m_text.size())
        return m_text[m_pos];
    return m_stop == Stop::None ? QChar(u'\n') : QChar();
}

void BibTexParser::advance()
{
    if (m_pos < m_text.size())
        ++m_pos;
    else if (m_stop == Stop::None)
        nextLine();
}

void BibTexParser::skipSpace()
{
    while (peek().isSpace())
        advance();
}

bool BibTexParser::fail(const QString &message)
{
    m_failure = m_input.errorAt(message, m_lineNumber, column());
    return false;
}

Expected<std::optional<BibTexEntry>> BibTexParser::readBlock()
{
    m_blockFound = true;
    BibTexEntry entry;
    entry.line = m_lineNumber;
    const int startColumn = column();
    advance(); // the "@"
    entry.type = readName().toLower();
    skipSpace();
    const QChar open = peek();
    const QChar close = open == u'(' ? u')' : u'}';
    advance();
    m_inBlock = true;
    bool ok = false;
    if (entry.type == u"comment") {
        ok = skipComment(open, close);
    } else if (entry.type == u"preamble") {
        ok = readPreamble(close);
    } else if (entry.type == u"string") {
        ok = readString(close);
    } else {
        ++m_entriesFound;
        ok = readEntry(close, entry);
    }
    m_inBlock = false;
    if (!ok)
        return brokenBlock(entry, startColumn);
    if (entry.type == u"comment" || entry.type == u"preamble" || entry.type == u"string")
        return std::optional<BibTexEntry>();
    return std::optional(std::move(entry));
}

// The error of an entry that could not be read. An entry cut off by the end of the input or by the next entry is
// reported where it starts; after any other error the lines up to the next entry are skipped.
Error BibTexParser::brokenBlock(const BibTexEntry &entry, int column)
{
    if (m_input.error())
        return *m_input.error();
    if (m_stop != Stop::None) {
        const QString message = entry.key.isEmpty()
            ? BibTexText::tr("the @%1 starting here is not closed: a brace is missing").arg(entry.type)
            : BibTexText::tr("the entry %1 starting here is not closed: a brace is missing").arg(entry.key);
        return m_input.errorAt(message, entry.line, column);
    }
    const Error error = *m_failure;
    m_inBlock = true;
    while (nextLine()) {
    }
    m_inBlock = false;
    return error;
}

bool BibTexParser::readEntry(QChar close, BibTexEntry &entry)
{
    if (!readKey(close, entry))
        return false;
    if (peek() == close) {
        advance();
        return true;
    }
    if (peek() != u',')
        return fail(BibTexText::tr("expected ',' after the key %1").arg(entry.key));
    advance();
    return readFields(close, entry.fields);
}

// The key runs to the comma; "doi:10.7554/elife.32822" and "Verwilghen+vanGalen+Wilke2011" are keys.
bool BibTexParser::readKey(QChar close, BibTexEntry &entry)
{
    skipSpace();
    for (QChar c = peek(); !c.isNull() && !c.isSpace() && c != u',' && c != close; c = peek()) {
        entry.key += c;
        advance();
    }
    skipSpace();
    return !peek().isNull();
}

bool BibTexParser::readFields(QChar close, QList<BibTexField> &fields)
{
    QSet<QString> names; // in lower case, as BibTeX compares them
    while (true) {
        skipSpace();
        if (peek() == close) {
            advance();
            return true;
        }
        BibTexField field;
        if (!readField(close, field))
            return false;
        const QString name = field.name;
        const qsizetype known = names.size();
        names.insert(name.toLower());
        if (names.size() == known)
            m_warn(BibTexText::tr("the field %1 is given twice; the first is kept").arg(field.name), field.line, 0);
        else
            fields.append(std::move(field));
        skipSpace();
        if (peek() == close) {
            advance();
            return true;
        }
        if (peek() != u',')
            return fail(BibTexText::tr("expected ',' or '%1' after the value of field %2").arg(close).arg(name));
        advance();
    }
}

bool BibTexParser::readField(QChar close, BibTexField &field)
{
    field.line = m_lineNumber;
    field.name = readName();
    if (field.name.isEmpty())
        return fail(BibTexText::tr("expected a field name or '%1'").arg(close));
    skipSpace();
    if (peek() != u'=')
        return fail(BibTexText::tr("expected '=' after the field name %1").arg(field.name));
    advance();
    skipSpace();
    return readValue(field.name, field.value);
}

bool BibTexParser::readString(QChar close)
{
    skipSpace();
    BibTexField macro;
    if (!readField(close, macro))
        return false;
    m_macros.insert(macro.name.toLower(), macro.value);
    return expectClose(close, macro.name);
}

bool BibTexParser::readPreamble(QChar close)
{
    skipSpace();
    QString text;
    const QString name = QStringLiteral("@preamble");
    return readValue(name, text) && expectClose(close, name);
}

bool BibTexParser::expectClose(QChar close, const QString &after)
{
    skipSpace();
    if (peek() == u',') { // a comma before the end, as after the last field of an entry
        advance();
        skipSpace();
    }
    if (peek() != close)
        return fail(BibTexText::tr("expected '%1' after the value of %2").arg(close).arg(after));
    advance();
    return true;
}

// A @comment's text is skipped as a whole, its braces (or parentheses) balanced.
bool BibTexParser::skipComment(QChar open, QChar close)
{
    int depth = 1;
    for (QChar c = peek(); !c.isNull(); c = peek()) {
        advance();
        if (c == open)
            ++depth;
        else if (c == close && --depth == 0)
            return true;
    }
    return false;
}

// A value: pieces joined by '#', each a {braced} or "quoted" text, a number or a @string name.
bool BibTexParser::readValue(const QString &field, QString &value)
{
    while (true) {
        if (!readPiece(field, value))
            return false;
        skipSpace();
        if (peek() != u'#')
            return true;
        advance();
        skipSpace();
    }
}

bool BibTexParser::readPiece(const QString &field, QString &value)
{
    const QChar c = peek();
    if (c == u'{')
        return readBraced(field, value);
    if (c == u'"')
        return readQuoted(field, value);
    if (c.isDigit()) {
        for (; peek().isDigit(); advance())
            value += peek();
        return true;
    }
    const int line = m_lineNumber;
    const int start = column();
    const QString name = readName();
    if (name.isEmpty())
        return fail(BibTexText::tr("expected the value of field %1: a {braced} or \"quoted\" text, a number or a "
                                   "@string name")
                        .arg(field));
    value += expand(name, line, start);
    return withinLimit(field, value);
}

bool BibTexParser::withinLimit(const QString &field, const QString &value)
{
    if (value.size() <= MaxValueLength)
        return true;
    return fail(BibTexText::tr("the value of field %1 is over %2 characters long: a closing brace or quote is probably "
                               "missing").arg(field).arg(MaxValueLength));
}

// Every brace counts, escaped or not, as BibTeX counts them. The text between braces is copied a line at a time.
bool BibTexParser::readBraced(const QString &field, QString &value)
{
    advance();
    int depth = 1;
    while (m_stop == Stop::None) {
        const qsizetype start = m_pos;
        for (; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text[m_pos];
            if (c == u'{') {
                ++depth;
            } else if (c == u'}' && --depth == 0) {
                value += QStringView(m_text).sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
        }
        value += QStringView(m_text).sliced(start);
        value += u'\n';
        if (!withinLimit(field, value))
            return false;
        nextLine();
    }
    return false;
}

bool BibTexParser::readQuoted(const QString &field, QString &value)
{
    advance();
    int depth = 0;
    for (QChar c = peek(); !c.isNull(); c = peek()) {
        if (c == u'"' && depth == 0) {
            advance();
            return true;
        }
        if (c == u'}' && depth == 0)
            return fail(BibTexText::tr("expected '\"' to end the value of field %1, found '}'").arg(field));
        depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        value += c;
        if (c == u'\n' && !withinLimit(field, value))
            return false;
        advance();
    }
    return false;
}

QString BibTexParser::readName()
{
    QString name;
    for (QChar c = peek(); !endsName(c); c = peek()) {
        name += c;
        advance();
    }
    return name;
}

QString BibTexParser::expand(const QString &name, int line, int column)
{
    const auto found = m_macros.constFind(name.toLower());
    if (found != m_macros.cend())
        return *found;
    m_warn(BibTexText::tr("the @string %1 is not defined; its name is kept as text").arg(name), line, column);
    return name;
}

} // namespace Lectern
