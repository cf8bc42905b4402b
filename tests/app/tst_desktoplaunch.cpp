// The desktop entry's launch, end to end: its Exec line as a file manager runs it, with %F replaced by the files
// opened and the real lectern executable for "lectern", offscreen, on a library of its own. The window must import
// every file it is given (BibTeX and RIS, the types the entry claims; a name with a space) and keep running.

#include "TestKit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// The Exec line of the desktop entry the build installs, split into its words.
QStringList execWords()
{
    QFile entry(QStringLiteral(LECTERN_DESKTOP_ENTRY));
    if (!entry.open(QIODevice::ReadOnly))
        return {};
    while (!entry.atEnd()) {
        const QString line = QString::fromUtf8(entry.readLine()).trimmed();
        if (line.startsWith(u"Exec="))
            return QProcess::splitCommand(line.sliced(5));
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(), qPrintable(path));
}

} // namespace

class DesktopLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingFilesFromTheDesktopEntry_importsThemIntoTheWindow();
};

void DesktopLaunch::openingFilesFromTheDesktopEntry_importsThemIntoTheWindow()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bib = dir.filePath(u"references.bib"_s);
    const QString ris = dir.filePath(u"day list.ris"_s);
    writeFile(bib, "@article{opened2024,\n  title = {A BibTeX Entry Opened from a File Manager},\n"
                   "  author = {Doe, Jane},\n  year = {2024}\n}\n");
    writeFile(ris, "TY  - JOUR\r\nAU  - Roe, Richard\r\nTI  - A RIS Record Opened from a File Manager\r\n"
                   "PY  - 2023\r\nER  - \r\n");

    QStringList words = execWords();
    QVERIFY2(words.size() == 2 && words[0] == u"lectern" && words[1] == u"%F",
             qPrintable(u"the desktop entry's Exec is not 'lectern %F': "_s + words.join(u' ')));
    words[0] = QStringLiteral(LECTERN_BINARY);
    words.replace(1, bib);
    words.append(ris);

    // The library, settings and backups of this test only.
    const QString library = dir.filePath(u"library.sqlite"_s);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LECTERN_LIBRARY"_s, library);
    environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    // Made before the window starts: the lectern list calls below must not race it to create the file.
    QCOMPARE(TestKit::runLectern(library, {u"list"_s}).exitCode, 0);
    QProcess window;
    window.setProcessEnvironment(environment);
    window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    window.start(words.takeFirst(), words);
    QVERIFY2(window.waitForStarted(), qPrintable(window.errorString()));

    const auto titles = [&] {
        const TestKit::CommandResult listed = TestKit::runLectern(library, {u"list"_s, u"--format"_s, u"json"_s});
        QStringList result;
        for (const QJsonValue &paper : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            result.append(paper[u"title"].toString());
        result.sort();
        return result;
    };
    const QStringList expected{u"A BibTeX Entry Opened from a File Manager"_s, u"A RIS Record Opened from a File Manager"_s};
    QTRY_COMPARE_WITH_TIMEOUT(titles(), expected, 30000);
    QCOMPARE(window.state(), QProcess::Running);

    window.terminate();
    if (!window.waitForFinished(10000)) {
        window.kill();
        window.waitForFinished();
    }
}

QTEST_GUILESS_MAIN(DesktopLaunch)
#include "tst_desktoplaunch.moc"
