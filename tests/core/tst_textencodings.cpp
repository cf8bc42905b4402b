// The encodings an import reads (TextInput): UTF-8 with or without a byte order mark, UTF-16 little and big endian
// with one, CRLF line ends, windows-1252 for lines that are not UTF-8 where the format allows it (counted), and the
// errors for what is not text, at their line; by lines and by chunks alike.

#include "import/TextInput.h"

#include <QBuffer>
#include <QStringEncoder>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf16(const QString &text, bool bigEndian)
{
    QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE);
    return (bigEndian ? QByteArray("\xfe\xff") : QByteArray("\xff\xfe")) + QByteArray(encoder(text));
}

// What the input gives, a line a string, or "error at <line>: <message>" last.
QStringList readByLines(QByteArray bytes, bool windows1252, int *windows1252Lines = nullptr)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, u"test"_s);
    input.allowWindows1252(windows1252);
    QStringList lines;
    while (const auto line = input.readLine())
        lines.append(*line);
    if (input.error())
        lines.append(u"error at %1: %2"_s.arg(input.error()->line).arg(input.error()->message));
    if (windows1252Lines)
        *windows1252Lines = input.windows1252Lines();
    return lines;
}

// The same read by chunks (as the JSON and Atom readers read), split into lines afterwards.
QStringList readByChunks(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, u"test"_s);
    QString text;
    while (const auto chunk = input.readChunk())
        text += *chunk;
    QStringList lines = text.split(u'\n');
    if (lines.last().isEmpty())
        lines.removeLast();
    for (QString &line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    if (input.error())
        lines = {u"error at %1: %2"_s.arg(input.error()->line).arg(input.error()->message)};
    return lines;
}

} // namespace

class TestTextEncodings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachEncoding_givesTheSameText_byLinesAndByChunks_data();
    void eachEncoding_givesTheSameText_byLinesAndByChunks();
    void windows1252Lines_areReadOnlyWhereAllowed_andCounted();
    void theHead_isDecodedWithoutReadingPastIt_data();
    void theHead_isDecodedWithoutReadingPastIt();
};

void TestTextEncodings::eachEncoding_givesTheSameText_byLinesAndByChunks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("lines");
    const QString text = u"Zoë Łukasz\r\n“quoted” 日本 📖\r\nlast"_s;
    const QStringList lines{u"Zoë Łukasz"_s, u"“quoted” 日本 📖"_s, u"last"_s};
    QTest::newRow("UTF-8") << text.toUtf8() << lines;
    QTest::newRow("UTF-8 with a byte order mark") << QByteArray("\xef\xbb\xbf") + text.toUtf8() << lines;
    QTest::newRow("UTF-8, LF") << QString(text).remove(u'\r').toUtf8() << lines;
    QTest::newRow("UTF-16 LE with a byte order mark") << utf16(text, false) << lines;
    QTest::newRow("UTF-16 BE with a byte order mark") << utf16(text, true) << lines;
    QTest::newRow("not UTF-8 in line 2") << QByteArray("one\ncaf\xe9\nthree\n") << QStringList{u"one"_s, u"error at 2: the text is not valid UTF-8"_s};
    QTest::newRow("a NUL byte in line 3") << QByteArray("one\ntwo\nth\0ree\n", 15)
                                          << QStringList{u"one"_s, u"two"_s, u"error at 3: this is a binary file, not text"_s};
    QTest::newRow("UTF-16 LE cut in a character") << utf16(u"ab"_s, false).chopped(1)
                                                  << QStringList{u"error at 1: the text is not valid UTF-16"_s};
    QTest::newRow("UTF-16 BE cut in a surrogate pair") << utf16(u"a📖"_s, true).chopped(2)
                                                       << QStringList{u"error at 1: the text is not valid UTF-16"_s};
}

void TestTextEncodings::eachEncoding_givesTheSameText_byLinesAndByChunks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, lines);
    QCOMPARE(readByLines(bytes, false), lines);
    // Chunks stop at the first error: the lines before it are not handed over apart.
    const QStringList chunked = readByChunks(bytes);
    if (lines.last().startsWith(u"error at "_s))
        QCOMPARE(chunked, QStringList{lines.last()});
    else
        QCOMPARE(chunked, lines);
}

void TestTextEncodings::windows1252Lines_areReadOnlyWhereAllowed_andCounted()
{
    const QByteArray bytes("caf\xe9\nUTF-8 caf\xc3\xa9\n\x93quoted\x94 \x80 5\n");
    int counted = 0;
    QCOMPARE(readByLines(bytes, true, &counted), (QStringList{u"café"_s, u"UTF-8 café"_s, u"“quoted” € 5"_s}));
    QCOMPARE(counted, 2);
    QCOMPARE(readByLines(bytes, false), QStringList{u"error at 1: the text is not valid UTF-8"_s});
}

void TestTextEncodings::theHead_isDecodedWithoutReadingPastIt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QString text = u"TY  - JOUR\nTI  - Zoë\n"_s;
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 with a byte order mark") << QByteArray("\xef\xbb\xbf") + text.toUtf8();
    QTest::newRow("UTF-16 LE") << utf16(text, false);
    QTest::newRow("UTF-16 BE") << utf16(text, true);
}

void TestTextEncodings::theHead_isDecodedWithoutReadingPastIt()
{
    QFETCH(QByteArray, bytes);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TextInput input(buffer, u"test"_s);
    QCOMPARE(input.head(), u"TY  - JOUR\nTI  - Zoë\n"_s);
    QCOMPARE(input.bytesRead(), qint64(0));
    QCOMPARE(input.readLine(), std::optional(u"TY  - JOUR"_s));
}

QTEST_GUILESS_MAIN(TestTextEncodings)
#include "tst_textencodings.moc"
