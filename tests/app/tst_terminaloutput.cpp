// What the command line writes to a terminal: the real lectern executable on a real pseudo-terminal, on a
// library whose titles, abstracts, notes, tags and list names carry escape sequences and other controls.

#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/TagStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

// "ESC ] 0 ; pwned BEL" retitles the terminal; "ESC [ 2 J" clears it; U+009B is CSI in one character;
// U+202E turns what follows right to left.
const QString hostileTitle = u"Retitled \x1b]0;pwned\x07 paper"_s;
const QString hostileAbstract = u"Cleared \x1b[2J screen, CSI \u009b31m red, carriage\rreturn, \u202eevil\u202c text."_s;
const QString hostileNote = u"A note \x1b[31mred\x1b[0m."_s;
const QString hostileTag = u"bidi\u202etag"_s;
const QString hostileList = u"List \x1b]0;pwned\x07"_s;
const QString titleOnLines = u"Two\nlines\u2028and\u2029paragraphs"_s;

// A file descriptor, closed when it goes.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// The bytes a terminal would obey rather than show: C0 but tab and line feed, DEL, C1 (UTF-8 C2 80..9F), and
// the bidirectional embeddings, overrides (E2 80 AA..AE) and isolates (E2 81 A6..A9).
QString firstControl(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = uchar(bytes[i]);
        const auto next = i + 1 < bytes.size() ? uchar(bytes[i + 1]) : 0;
        const auto third = i + 2 < bytes.size() ? uchar(bytes[i + 2]) : 0;
        const bool c0 = (b < 0x20 && b != '\n' && b != '\t') || b == 0x7f;
        const bool c1 = b == 0xc2 && next >= 0x80 && next <= 0x9f;
        const bool bidi = b == 0xe2
            && ((next == 0x80 && third >= 0xaa && third <= 0xae) || (next == 0x81 && third >= 0xa6 && third <= 0xa9));
        if (c0 || c1 || bidi)
            return u"byte %1 (0x%2) in: %3"_s.arg(i)
                .arg(int(b), 2, 16, QLatin1Char('0'))
                .arg(QString::fromUtf8(bytes.toPercentEncoding(" \n")));
    }
    return {};
}

} // namespace

class TestTerminalOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void onATerminal_controlCharactersAreShownNotObeyed_data();
    void onATerminal_controlCharactersAreShownNotObeyed();
    void onATerminal_eachControlIsShownInItsPlace();
    void onATerminal_errorsAreShownNotObeyed();
    void toAPipe_textAndTsvAreExact_data();
    void toAPipe_textAndTsvAreExact();
    void toAPipe_jsonHoldsTheExactText();
    void listText_givesOneLinePerPaper();

private:
    QProcessEnvironment environment() const;
    // Runs lectern with its standard output and error on a new pseudo-terminal; returns what the terminal got.
    QByteArray onTerminal(const QStringList &arguments) const;
    QByteArray toPipe(const QStringList &arguments) const;
    QStringList onLibrary(QStringList arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTerminalOutput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(LECTERN_BINARY)), LECTERN_BINARY " is not built");
}

void TestTerminalOutput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    Paper paper;
    paper.title = hostileTitle;
    paper.abstract = hostileAbstract;
    Paper onLines;
    onLines.title = titleOnLines;
    onLines.abstract = u"Its title has line breaks."_s;
    const auto added = PaperStore(**library).add({paper, onLines}, u"hostile.txt"_s, u"daily-papers"_s);
    QVERIFY(added && added->addedIds.size() == 2);
    const qint64 id = added->addedIds.first();
    QCOMPARE(id, qint64(1)); // as the tables name it
    QVERIFY(AnnotationStore(**library).setNote(id, hostileNote));
    QVERIFY(TagStore(**library).edit({id}, {hostileTag}));
    QVERIFY(ReadingListStore(**library).addPapersToNamedList(hostileList, {id}));
}

QProcessEnvironment TestTerminalOutput::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"LECTERN_LIBRARY"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    return environment;
}

QStringList TestTerminalOutput::onLibrary(QStringList arguments) const
{
    return arguments << u"--library"_s << m_dir->filePath(u"library.sqlite"_s);
}

QByteArray TestTerminalOutput::onTerminal(const QStringList &arguments) const
{
    const Descriptor terminal{::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK)};
    if (terminal.fd < 0 || ::grantpt(terminal.fd) != 0 || ::unlockpt(terminal.fd) != 0)
        qFatal("no pseudo-terminal: %s", strerror(errno));
    const QByteArray name = ::ptsname(terminal.fd);
    // This end stays open, so that the terminal keeps what lectern wrote after it exits. Raw: the bytes
    // arrive as written, without a carriage return put before each line feed.
    const Descriptor side{::open(name.constData(), O_RDWR | O_NOCTTY)};
    termios mode{};
    if (side.fd < 0 || ::tcgetattr(side.fd, &mode) != 0)
        qFatal("cannot open %s: %s", name.constData(), strerror(errno));
    ::cfmakeraw(&mode);
    ::tcsetattr(side.fd, TCSANOW, &mode);

    QProcess process;
    process.setProcessEnvironment(environment());
    process.setStandardOutputFile(QString::fromLocal8Bit(name));
    process.setStandardErrorFile(QString::fromLocal8Bit(name));
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForStarted())
        qFatal("lectern does not start: %s", qPrintable(process.errorString()));
    QByteArray written;
    const auto read = [&](int timeoutMs) {
        pollfd ready{terminal.fd, POLLIN, 0};
        if (::poll(&ready, 1, timeoutMs) <= 0)
            return false;
        char buffer[4096];
        const ssize_t size = ::read(terminal.fd, buffer, sizeof buffer);
        if (size > 0)
            written.append(buffer, size);
        return size > 0;
    };
    QDeadlineTimer deadline(TimeoutMs);
    while (!process.waitForFinished(10) && !deadline.hasExpired())
        read(10);
    while (read(200)) { } // what is still on its way through the terminal
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        qWarning("lectern %s did not finish", qPrintable(arguments.join(u' ')));
    }
    return written;
}

QByteArray TestTerminalOutput::toPipe(const QStringList &arguments) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(TimeoutMs) || process.exitCode() != 0)
        qWarning("lectern %s failed: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

void TestTerminalOutput::onATerminal_controlCharactersAreShownNotObeyed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("shown"); // a word of the hostile text, which is still there
    QTest::newRow("list") << QStringList{u"list"_s} << u"Retitled"_s;
    QTest::newRow("list, TSV") << QStringList{u"list"_s, u"--format"_s, u"tsv"_s} << u"Retitled"_s;
    QTest::newRow("list, JSON") << QStringList{u"list"_s, u"--format"_s, u"json"_s} << u"Retitled"_s;
    QTest::newRow("search") << QStringList{u"search"_s, u"cleared"_s} << u"screen"_s;
    QTest::newRow("show") << QStringList{u"show"_s, u"1"_s} << u"carriage"_s;
    QTest::newRow("show, JSON") << QStringList{u"show"_s, u"1"_s, u"--format"_s, u"json"_s} << u"evil"_s;
    QTest::newRow("note") << QStringList{u"note"_s, u"1"_s} << u"A note"_s;
    QTest::newRow("tags") << QStringList{u"tags"_s} << u"bidi"_s;
    QTest::newRow("lists") << QStringList{u"lists"_s} << u"List"_s;
    QTest::newRow("export") << QStringList{u"export"_s, u"--all"_s, u"--format"_s, u"md"_s, u"--fields"_s, u"notes"_s}
                            << u"Retitled"_s;
}

void TestTerminalOutput::onATerminal_controlCharactersAreShownNotObeyed()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, shown);
    const QByteArray written = onTerminal(onLibrary(arguments));
    QVERIFY2(written.contains(shown.toUtf8()), written.constData());
    const QString control = firstControl(written);
    QVERIFY2(control.isEmpty(), qPrintable(control));
}

// As U+FFFD, the replacement character: the reader sees that something was there.
void TestTerminalOutput::onATerminal_eachControlIsShownInItsPlace()
{
    const QByteArray written = onTerminal(onLibrary({u"show"_s, u"1"_s}));
    QVERIFY2(written.contains("Retitled \xef\xbf\xbd]0;pwned\xef\xbf\xbd paper\n"), written.constData());
    QVERIFY2(written.contains("carriage\xef\xbf\xbdreturn, \xef\xbf\xbd" "evil\xef\xbf\xbd text."), written.constData());
}

// A message can quote the file: the title here, in "has no abstract after it".
void TestTerminalOutput::onATerminal_errorsAreShownNotObeyed()
{
    QFile file(m_dir->filePath(u"hostile.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(hostileTitle.toUtf8() + '\n');
    file.close();
    const QByteArray written = onTerminal(onLibrary({u"import"_s, file.fileName()}));
    QVERIFY2(written.contains("no abstract"), written.constData());
    const QString control = firstControl(written);
    QVERIFY2(control.isEmpty(), qPrintable(control));
}

// Scripts read through a pipe: there every character is as stored.
void TestTerminalOutput::toAPipe_textAndTsvAreExact_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("exact");
    QTest::newRow("list, TSV") << QStringList{u"list"_s, u"--format"_s, u"tsv"_s} << hostileTitle;
    QTest::newRow("show") << QStringList{u"show"_s, u"1"_s} << hostileAbstract;
    QTest::newRow("note") << QStringList{u"note"_s, u"1"_s} << hostileNote;
}

void TestTerminalOutput::toAPipe_textAndTsvAreExact()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, exact);
    const QByteArray written = toPipe(onLibrary(arguments));
    QVERIFY2(written.contains(exact.toUtf8()), written.constData());
}

// JSON writes the C0 controls escaped, and everything else as it is.
void TestTerminalOutput::toAPipe_jsonHoldsTheExactText()
{
    const QJsonObject paper = QJsonDocument::fromJson(toPipe(onLibrary({u"show"_s, u"1"_s, u"--format"_s, u"json"_s}))).object();
    QCOMPARE(paper[u"title"].toString(), hostileTitle);
    QCOMPARE(paper[u"abstract"].toString(), hostileAbstract);
    QCOMPARE(paper[u"note"].toString(), hostileNote);
}

// The text list is for reading: one line per paper, whatever a title holds (TSV and JSON keep it exact).
void TestTerminalOutput::listText_givesOneLinePerPaper()
{
    const QString written = QString::fromUtf8(toPipe(onLibrary({u"list"_s})));
    QCOMPARE(written, u"     1  Retitled ]0;pwned paper\n     2  Two lines and paragraphs\n"_s);
}

QTEST_GUILESS_MAIN(TestTerminalOutput)
#include "tst_terminaloutput.moc"
