// libFuzzer target: arbitrary bytes through text decoding (TextInput: byte order marks, UTF-8, UTF-16, windows-1252),
// format recognition and every reader, each reading the bytes as if forced with --format. Any crash, hang or
// sanitizer report is a finding; an error is the expected answer to most inputs.

#include "import/PaperReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        Lectern::TextInput input(buffer, QStringLiteral("fuzz"));
        (void)Lectern::recognizeFormat(input.head());
    }
    for (const Lectern::Format &format : Lectern::formats()) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        (void)Lectern::readPapers(format, buffer, QStringLiteral("fuzz"));
    }
    return 0;
}
