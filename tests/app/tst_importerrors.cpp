#include "GuiTestSupport.h"

#include "library/PaperStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// Two valid records and a broken one (its ER missing, so the next TY starts inside it: line 4).
const QByteArray RisWithABrokenRecord = "TY  - JOUR\nTI  - One\nER  - \n"
                                        "TY  - JOUR\nTI  - Two\n"
                                        "TY  - JOUR\nTI  - Three\nER  - \n";

// A minified CSL-JSON list whose second item lacks a comma (reported at column 48, inside "title") and fourth is no object (column 94).
const QString CslWithTwoBrokenItems = u"[{\"type\":\"book\",\"title\":\"One\"},{\"type\":\"book\" \"title\":\"Two\"},"
                                      u"{\"type\":\"book\",\"title\":\"Three\"},\"Four\",{\"type\":\"book\",\"title\":\"Five\"}]"_s;

} // namespace

// Issue 9: the window's import error dialog lists what was wrong in a file (file, line, what) and offers to import
// its valid records, as lectern import --skip-invalid does; the summary then lists the records left out. For
// pasted text as for a file.
class TestImportErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void brokenRecords_areListed_andTheValidOnesImportedWhenAsked();
    void cancel_leavesTheLibraryAsItWas();
    void pastedTextWithBrokenRecords_offersTheSame();
    void aFileWithNoValidRecord_offersNoImport();
    void warnings_areShownWithWhatEachFileGave();

private:
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Waits for the import the window runs now, then for the dialog it shows.
    QMessageBox *dialogAfterImport(QSignalSpy &finished, const QString &name) const;
    qint64 storedPapers() const { return PaperStore(*m_fixture.openLibrary()).count(); }

    GuiTest::WindowFixture m_fixture;
};

void TestImportErrors::initTestCase()
{
    m_fixture.isolateSettings(u"tst_importerrors"_s);
}

void TestImportErrors::init()
{
    m_fixture.reset();
    QVERIFY(m_fixture.openWindow());
}

void TestImportErrors::cleanup()
{
    m_fixture.closeWindow();
}

QString TestImportErrors::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_fixture.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

QMessageBox *TestImportErrors::dialogAfterImport(QSignalSpy &finished, const QString &name) const
{
    if (!finished.wait(20000))
        return nullptr;
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (box = m_fixture.window()->findChild<QMessageBox *>(name)); }, 5000);
    return shown ? box : nullptr;
}

void TestImportErrors::brokenRecords_areListed_andTheValidOnesImportedWhenAsked()
{
    const QString path = writeFile(u"records.ris"_s, RisWithABrokenRecord);
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({path});
    QMessageBox *error = dialogAfterImport(finished, u"importError"_s);
    QVERIFY(error);
    QVERIFY2(error->informativeText().contains(path + u":4: "_s), qPrintable(error->informativeText()));
    QCOMPARE(storedPapers(), 0);

    auto *importValid = error->findChild<QPushButton *>(u"importValidRecords"_s);
    QVERIFY(importValid);
    QVERIFY(error->button(QMessageBox::Cancel));
    importValid->click();
    QMessageBox *summary = dialogAfterImport(finished, u"importSummary"_s);
    QVERIFY(summary);
    QStringList titles = m_fixture.titles();
    titles.sort();
    QCOMPARE(titles, (QStringList{u"One"_s, u"Three"_s}));
    QCOMPARE(storedPapers(), 2);
    QVERIFY2(summary->informativeText().contains(path + u":4: "_s), qPrintable(summary->informativeText()));
    QVERIFY2(summary->informativeText().contains(u"(ris): imported 2"_s), qPrintable(summary->informativeText()));
    const QString message = m_fixture.window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"Imported 2 papers"_s) && message.contains(u"left out 1 invalid records"_s),
             qPrintable(message));
    summary->close();
}

void TestImportErrors::cancel_leavesTheLibraryAsItWas()
{
    const QString path = writeFile(u"records.ris"_s, RisWithABrokenRecord);
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({path});
    QMessageBox *error = dialogAfterImport(finished, u"importError"_s);
    QVERIFY(error);
    error->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_fixture.window()->findChild<QMessageBox *>(u"importError"_s));
    // An import starts at once when asked for (and disables Import until it is done): none was.
    QVERIFY(m_fixture.window()->findChild<QAction *>(u"importAction"_s)->isEnabled());
    QCOMPARE(storedPapers(), 0);
    QCOMPARE(m_fixture.model()->rowCount(), 0);
}

void TestImportErrors::pastedTextWithBrokenRecords_offersTheSame()
{
    QGuiApplication::clipboard()->setText(CslWithTwoBrokenItems);
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_V, Qt::ControlModifier);
    QMessageBox *error = dialogAfterImport(finished, u"importError"_s);
    QVERIFY(error);
    const QString listed = error->informativeText();
    QVERIFY2(listed.contains(u"pasted text:1:48: "_s) && listed.contains(u"pasted text:1:94: "_s), qPrintable(listed));
    QCOMPARE(storedPapers(), 0);

    error->findChild<QPushButton *>(u"importValidRecords"_s)->click();
    QMessageBox *summary = dialogAfterImport(finished, u"importSummary"_s);
    QVERIFY(summary);
    QCOMPARE(storedPapers(), 3);
    QVERIFY2(summary->informativeText().contains(u"pasted text:1:94: expected an object for item 4"_s),
             qPrintable(summary->informativeText()));
    summary->close();
}

void TestImportErrors::aFileWithNoValidRecord_offersNoImport()
{
    const QString path = writeFile(u"lost.ris"_s, "TI  - Lost\nAU  - Doe, J.\nER  - \n");
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({path});
    QMessageBox *error = dialogAfterImport(finished, u"importError"_s);
    QVERIFY(error);
    QVERIFY2(error->informativeText().contains(path + u":1: "_s), qPrintable(error->informativeText()));
    QVERIFY(!error->findChild<QPushButton *>(u"importValidRecords"_s));
    QVERIFY(error->button(QMessageBox::Ok));
    error->close();
}

// The summary says per file: format, imported, skipped as duplicates, updated, warnings; and the warnings themselves.
void TestImportErrors::warnings_areShownWithWhatEachFileGave()
{
    const QString bib = writeFile(u"macro.bib"_s, "@article{doe2020,\n  title = {A Macro Entry},\n  author = {Doe, Jane},\n"
                                                  "  month = jann,\n  year = 2020,\n}\n");
    const QString ris = writeFile(u"records.ris"_s, "TY  - JOUR\nTI  - One\nER  - \n");
    const QString windows1252 = QStringLiteral(LECTERN_TEST_DATA "/import/ris/one-space-windows1252.ris");
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({bib, ris, windows1252});
    QMessageBox *summary = dialogAfterImport(finished, u"importSummary"_s);
    QVERIFY(summary);
    const QString text = summary->informativeText();
    QVERIFY2(text.contains(bib + u" (bibtex): imported 1, skipped 0 duplicates, 1 warnings"_s), qPrintable(text));
    QVERIFY2(text.contains(ris + u" (ris): imported 1, skipped 0 duplicates"_s), qPrintable(text));
    QVERIFY2(text.contains(bib + u":4:11: the @string jann is not defined"_s), qPrintable(text));
    QVERIFY2(text.contains(windows1252 + u": 2 lines were not UTF-8 and were read as windows-1252"_s), qPrintable(text));
    QVERIFY2(m_fixture.window()->statusBar()->toolTip().contains(ris + u" (ris): imported 1"_s),
             qPrintable(m_fixture.window()->statusBar()->toolTip()));
    summary->close();
}

QTEST_MAIN(TestImportErrors)
#include "tst_importerrors.moc"
