#pragma once

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

namespace Lectern::CommandLine {

// Standard output or error when it is a terminal. The text goes through PaperText::forTerminal on its way,
// so that an escape sequence in a title, an abstract or a note is shown rather than obeyed: "ESC ] 0 ; ... BEL"
// would retitle the terminal, others move the cursor, rewrite the screen or answer back as if typed.
class TerminalOutput : public QIODevice
{
public:
    // fd: an open terminal, which stays open after this device.
    explicit TerminalOutput(int fd);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_terminal;
    // Stateful: a character whose UTF-8 bytes come in two writes is read whole.
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace Lectern::CommandLine
