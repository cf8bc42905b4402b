#include "import/TextFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace Lectern {

namespace {

int lineOf(const QByteArray &bytes, qsizetype offset)
{
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Decoding line by line finds the line; a valid file costs one pass.
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        // decode() is lazy: only turning its result into a QString decodes, and sets hasError().
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return start;
        start = end + 1;
    }
    return -1;
}

} // namespace

Expected<QString> decodeText(const QByteArray &bytes, const QString &name)
{
    if (bytes.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Lectern::TextFile", "the file is empty"), name};
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error{QCoreApplication::translate("Lectern::TextFile", "this is a binary file, not text"),
                     name, lineOf(bytes, nul)};
    if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0)
        return Error{QCoreApplication::translate("Lectern::TextFile", "the text is not valid UTF-8"),
                     name, lineOf(bytes, bad)};

    qsizetype start = 0;
    int line = 1;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (end - start > MaxLineLength)
            return Error{QCoreApplication::translate("Lectern::TextFile",
                                                     "the line is %1 bytes long; "
                                                     "no format Lectern reads has lines over %2 bytes")
                             .arg(end - start)
                             .arg(MaxLineLength),
                         name, line};
        start = end + 1;
        ++line;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QByteArray readAtMost(QIODevice &device, qint64 limit)
{
    constexpr qint64 ChunkSize = 1024 * 1024;
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray chunk = device.read(std::min(ChunkSize, limit + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    return bytes;
}

Expected<QString> readTextFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("Lectern::TextFile", "no such file"), path};
    if (info.isDir())
        return Error{QCoreApplication::translate("Lectern::TextFile", "is a folder, not a file"), path};
    // A pipe without a writer would keep the import waiting for ever, and a device like /dev/zero never
    // ends: only a file that is all there can be read whole, checked and then stored.
    if (!info.isFile())
        return Error{QCoreApplication::translate("Lectern::TextFile",
                                                 "is a pipe or a device, not a file; save what it gives to a file first"),
                     path};
    const QString tooLarge = QCoreApplication::translate("Lectern::TextFile",
                                                         "the file is over %1 MB, the largest Lectern imports")
                                 .arg(MaxFileSize / (1024 * 1024));
    if (info.size() > MaxFileSize)
        return Error{tooLarge, path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Lectern::TextFile", "cannot read the file: %1")
                         .arg(file.errorString()), path};
    // The size a file reports is not what it holds (files in /proc report 0; a file may grow meanwhile).
    const QByteArray bytes = readAtMost(file, MaxFileSize);
    if (file.error() != QFileDevice::NoError)
        return Error{QCoreApplication::translate("Lectern::TextFile", "cannot read the file: %1")
                         .arg(file.errorString()), path};
    if (bytes.size() > MaxFileSize)
        return Error{tooLarge, path};
    return decodeText(bytes, path);
}

} // namespace Lectern
