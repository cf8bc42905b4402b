#include "gui/library/StartArguments.h"

#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

// The window's command line: --library FILE as every subcommand takes it (issue 12: it was imported as a file),
// LECTERN_LIBRARY without it, and the files to import.
class TestStartArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
};

void TestStartArguments::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("library");
    QTest::addColumn<QStringList>("files");

    const QString env = QStringLiteral("/env/library.sqlite");
    QTest::newRow("nothing: the environment's") << QStringList{u"lectern"_s} << env << env << QStringList{};
    QTest::newRow("--library FILE") << QStringList{u"lectern"_s, u"--library"_s, u"/a/work.sqlite"_s} << env
                                    << u"/a/work.sqlite"_s << QStringList{};
    QTest::newRow("--library=FILE") << QStringList{u"lectern"_s, u"--library=/a/work.sqlite"_s} << env
                                    << u"/a/work.sqlite"_s << QStringList{};
    QTest::newRow("a library and a file to import")
        << QStringList{u"lectern"_s, u"--library"_s, u"/a/work.sqlite"_s, u"refs.bib"_s} << env
        << u"/a/work.sqlite"_s << QStringList{u"refs.bib"_s};
    QTest::newRow("a file before the option") << QStringList{u"lectern"_s, u"refs.bib"_s, u"--library"_s, u"w.sqlite"_s}
                                              << env << u"w.sqlite"_s << QStringList{u"refs.bib"_s};
    QTest::newRow("files only") << QStringList{u"lectern"_s, u"a.ris"_s, u"b.bib"_s} << env << env
                                << QStringList{u"a.ris"_s, u"b.bib"_s};
    QTest::newRow("other options are Qt's") << QStringList{u"lectern"_s, u"-reverse"_s} << env << env << QStringList{};
}

void TestStartArguments::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, library);
    QFETCH(QStringList, files);

    qputenv("LECTERN_LIBRARY", environment.toLocal8Bit());
    const StartArguments start = StartArguments::parse(arguments);
    QCOMPARE(start.libraryPath, library);
    QCOMPARE(start.filesToImport, files);
}

QTEST_GUILESS_MAIN(TestStartArguments)
#include "tst_startarguments.moc"
