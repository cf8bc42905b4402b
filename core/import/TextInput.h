#pragma once

#include "util/Error.h"

#include <QIODevice>
#include <QString>

#include <optional>

namespace Lectern {

// Text read from a file, standard input or the clipboard one line (or one chunk) at a time, so that an import holds
// one record in memory and not the file. It finds the encoding (UTF-8 with or without a byte order mark, UTF-16 with one,
// and, where a format allows it, windows-1252 for lines that are not UTF-8), counts lines and bytes for errors
// and progress, and refuses what is not text: a NUL byte, a line over MaxLineLength.
class TextInput
{
public:
    // name is how errors name the input: a path, "standard input", "pasted text".
    TextInput(QIODevice &device, const QString &name);

    const QString &name() const { return m_name; }
    // The start of the input (about 8 KB), decoded, without reading past it: what formats are recognised by.
    QString head();
    // The next line without its line end; std::nullopt at the end, or on an error (error() says which).
    std::optional<QString> readLine();
    // The next piece of the input (about ChunkSize bytes), decoded, whatever its lines: for formats read by their
    // own structure (JSON), where a record may be longer than a line may be, or a whole file one line. A piece never
    // ends inside a character. std::nullopt at the end, or on an error. Do not mix with readLine().
    std::optional<QString> readChunk();

    // Lines that are not UTF-8 are read as windows-1252 (each one counted) instead of being an error.
    void allowWindows1252(bool allow) { m_windows1252Allowed = allow; }
    // From now on the bytes are in this encoding (a BibTeX file's "% Encoding:" line); false for one it does not know.
    // After a UTF-16 byte order mark it changes nothing.
    bool setEncoding(QStringView name);
    int windows1252Lines() const { return m_windows1252Lines; }

    int lineNumber() const { return m_line; } // of the last line read, 1-based (chunks: where the last one ends)
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const; // 0 when the input does not know (a pipe)
    const std::optional<Error> &error() const { return m_error; }
    // An error at the current line (or the given one), in this input.
    Error errorAt(const QString &message, int line = 0, int column = 0) const;

private:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    void readByteOrderMark();
    std::optional<QByteArray> nextRawLine();
    std::optional<QString> decoded(const QByteArray &bytes) const;
    QString decode(const QByteArray &bytes);
    QString decodeChunk(const QByteArray &bytes);

    QIODevice &m_device;
    const QString m_name;
    Encoding m_encoding = Encoding::Utf8;
    bool m_startRead = false;
    bool m_windows1252Allowed = false;
    int m_windows1252Lines = 0;
    int m_line = 0;
    qint64 m_bytesRead = 0;
    QByteArray m_lineBuffer; // where lines are read into
    QByteArray m_chunkTail; // the start of a UTF-8 character that the last chunk read ended in
    QString m_utf16Text; // a UTF-16 input is decoded whole (it is rare and small) and served from here
    qsizetype m_utf16Position = 0;
    std::optional<Error> m_error;
};

// The longest line any import format needs; a longer one is a sign of a wrong or broken file.
constexpr qsizetype MaxLineLength = 256 * 1024;
// The largest UTF-16 input, which is decoded whole: UTF-8 has no limit.
constexpr qint64 MaxDocumentSize = 256 * 1024 * 1024;
// How much readChunk() reads at a time.
constexpr qint64 ChunkSize = 64 * 1024;

} // namespace Lectern
