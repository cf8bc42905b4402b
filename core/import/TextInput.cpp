#include "import/TextInput.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct TextInputText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::TextInput)
};

// windows-1252 is Latin-1 except for 0x80-0x9f, where it has printable characters (0 marks the five it leaves
// undefined, read as Latin-1's control characters there, as Windows itself does).
constexpr char16_t Windows1252High[32] = {
    0x20ac, 0,      0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
    0,      0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = uchar(bytes[i]);
        const char16_t high = byte >= 0x80 && byte < 0xa0 ? Windows1252High[byte - 0x80] : 0;
        text[i] = QChar(high ? high : char16_t(byte));
    }
    return text;
}

// The length of bytes without a UTF-8 character that they end in the middle of.
qsizetype completeUtf8(QByteArrayView bytes)
{
    // A character is at most four bytes: its lead byte is among the last four.
    for (qsizetype back = 1; back <= 4 && back <= bytes.size(); ++back) {
        const auto byte = uchar(bytes[bytes.size() - back]);
        if ((byte & 0xc0) == 0x80)
            continue; // a continuation byte
        const qsizetype length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
        return length > back ? bytes.size() - back : bytes.size();
    }
    return bytes.size(); // no lead byte: not UTF-8, which decoding says
}

} // namespace

TextInput::TextInput(QIODevice &device, const QString &name) : m_device(device), m_name(name) {}

qint64 TextInput::totalBytes() const
{
    return m_device.isSequential() ? 0 : m_device.size();
}

Error TextInput::errorAt(const QString &message, int line, int column) const
{
    return Error{message, m_name, line > 0 ? line : m_line, column};
}

QString TextInput::head()
{
    const QByteArray start = m_device.peek(8192);
    if (start.startsWith("\xff\xfe"))
        return QStringDecoder(QStringDecoder::Utf16LE).decode(start.sliced(2));
    if (start.startsWith("\xfe\xff"))
        return QStringDecoder(QStringDecoder::Utf16BE).decode(start.sliced(2));
    return QString::fromUtf8(start.startsWith("\xef\xbb\xbf") ? start.sliced(3) : start);
}

bool TextInput::setEncoding(QStringView name)
{
    // A byte order mark settles the encoding: a UTF-16 text is decoded already, whatever its header line says.
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE)
        return true;
    const QString key = name.trimmed().toString().toLower().remove(u'-').remove(u'_');
    if (key == u"utf8") {
        m_encoding = Encoding::Utf8;
        return true;
    }
    static const QStringList western{QStringLiteral("windows1252"), QStringLiteral("cp1252"), QStringLiteral("latin1"),
                                     QStringLiteral("iso88591"), QStringLiteral("ascii"), QStringLiteral("usascii")};
    if (western.contains(key)) {
        m_encoding = Encoding::Windows1252;
        return true;
    }
    return false;
}

void TextInput::readByteOrderMark()
{
    m_startRead = true;
    const QByteArray mark = m_device.peek(3);
    if (mark.startsWith("\xef\xbb\xbf")) {
        m_bytesRead += m_device.skip(3);
        return;
    }
    const bool little = mark.startsWith("\xff\xfe");
    if (!little && !mark.startsWith("\xfe\xff"))
        return;
    m_encoding = little ? Encoding::Utf16LE : Encoding::Utf16BE;
    const QByteArray bytes = m_device.read(MaxDocumentSize + 1);
    m_bytesRead += bytes.size();
    if (bytes.size() > MaxDocumentSize) {
        m_error = errorAt(TextInputText::tr("a UTF-16 file over %1 MB; save it as UTF-8 to import it").arg(MaxDocumentSize >> 20), 1);
        return;
    }
    const QByteArrayView text = QByteArrayView(bytes).sliced(2);
    QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    m_utf16Text = decoder.decode(text);
    // The decoder keeps a character that the end cuts (an odd byte, the first half of a surrogate pair) for more
    // text that never comes: the file was cut, which is said rather than the character dropped.
    const auto lastUnit = [&] { return little ? uchar(text.back()) : uchar(text[text.size() - 2]); };
    const bool cut = text.size() % 2 != 0 || (!text.isEmpty() && lastUnit() >= 0xd8 && lastUnit() <= 0xdb);
    if (decoder.hasError() || cut)
        m_error = errorAt(TextInputText::tr("the text is not valid UTF-16"), 1);
    m_utf16Text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

std::optional<QByteArray> TextInput::nextRawLine()
{
    // Into a buffer kept from line to line: QIODevice::readLine(maxSize) allocates maxSize bytes for every line,
    // which for a file of millions of short lines costs more than reading them.
    if (m_lineBuffer.isEmpty())
        m_lineBuffer.resize(MaxLineLength + 3); // the longest line, its line end and readLine's terminating NUL
    const qint64 size = m_device.readLine(m_lineBuffer.data(), m_lineBuffer.size());
    if (size <= 0)
        return std::nullopt;
    QByteArray line(m_lineBuffer.constData(), size);
    m_bytesRead += line.size();
    ++m_line;
    if (!line.endsWith('\n') && line.size() > MaxLineLength) {
        m_error = errorAt(TextInputText::tr("the line is over %1 bytes long; no format Lectern reads has lines that long").arg(MaxLineLength));
        return std::nullopt;
    }
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// The bytes in the input's encoding; nothing when they are not valid UTF-8.
std::optional<QString> TextInput::decoded(const QByteArray &bytes) const
{
    if (m_encoding == Encoding::Windows1252)
        return fromWindows1252(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString TextInput::decode(const QByteArray &bytes)
{
    if (auto text = decoded(bytes))
        return *text;
    if (m_windows1252Allowed) {
        ++m_windows1252Lines;
        return fromWindows1252(bytes);
    }
    m_error = errorAt(TextInputText::tr("the text is not valid UTF-8"));
    return {};
}

std::optional<QString> TextInput::readLine()
{
    if (!m_startRead)
        readByteOrderMark();
    if (m_error)
        return std::nullopt;
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        if (m_utf16Position >= m_utf16Text.size())
            return std::nullopt;
        qsizetype end = m_utf16Text.indexOf(u'\n', m_utf16Position);
        if (end < 0)
            end = m_utf16Text.size();
        QString line = m_utf16Text.sliced(m_utf16Position, end - m_utf16Position);
        m_utf16Position = end + 1;
        ++m_line;
        return line;
    }
    const auto bytes = nextRawLine();
    if (!bytes)
        return std::nullopt;
    if (const qsizetype nul = bytes->indexOf('\0'); nul >= 0) {
        m_error = errorAt(TextInputText::tr("this is a binary file, not text"), m_line, int(nul) + 1);
        return std::nullopt;
    }
    QString line = decode(*bytes);
    if (m_error)
        return std::nullopt;
    return line;
}

QString TextInput::decodeChunk(const QByteArray &bytes)
{
    if (auto text = decoded(bytes))
        return *text;
    // The line of the first byte that is not UTF-8: the chunk's lines decoded one by one.
    int line = m_line;
    for (qsizetype start = 0; start < bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        [[maybe_unused]] const QString decoded = lineDecoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (lineDecoder.hasError())
            break;
        start = end + 1;
    }
    m_error = errorAt(TextInputText::tr("the text is not valid UTF-8"), line);
    return {};
}

std::optional<QString> TextInput::readChunk()
{
    if (!m_startRead) {
        readByteOrderMark();
        m_line = 1;
    }
    if (m_error)
        return std::nullopt;
    if (m_encoding == Encoding::Utf16LE || m_encoding == Encoding::Utf16BE) {
        if (m_utf16Position >= m_utf16Text.size())
            return std::nullopt;
        const QString chunk = m_utf16Text.sliced(m_utf16Position, std::min<qsizetype>(ChunkSize, m_utf16Text.size() - m_utf16Position));
        m_utf16Position += chunk.size();
        m_line += int(chunk.count(u'\n'));
        return chunk;
    }
    QByteArray bytes = m_device.read(ChunkSize);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        if (m_chunkTail.isEmpty())
            return std::nullopt;
        bytes = std::exchange(m_chunkTail, {}); // a character cut by the end of the input, which decoding refuses
    } else {
        bytes.prepend(std::exchange(m_chunkTail, {}));
        const qsizetype complete = completeUtf8(bytes);
        m_chunkTail = bytes.sliced(complete);
        bytes.truncate(complete);
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        m_error = errorAt(TextInputText::tr("this is a binary file, not text"),
                          m_line + int(QByteArrayView(bytes).first(nul).count('\n')));
        return std::nullopt;
    }
    QString chunk = decodeChunk(bytes);
    if (m_error)
        return std::nullopt;
    m_line += int(bytes.count('\n'));
    return chunk;
}

} // namespace Lectern
