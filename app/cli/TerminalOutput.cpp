#include "cli/TerminalOutput.h"

#include "text/PaperText.h"

namespace Lectern::CommandLine {

TerminalOutput::TerminalOutput(int fd)
{
    m_terminal.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalOutput::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = PaperText::forTerminal(text).toUtf8();
    return m_terminal.write(shown) == shown.size() ? size : -1;
}

} // namespace Lectern::CommandLine
