#include "GuiTestSupport.h"

#include "export/ExportFile.h"
#include "export/Exporter.h"
#include "export/KeptExports.h"
#include "gui/FileDialogs.h"
#include "library/AnnotationStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

using namespace Lectern;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlE_opensTheDialog_onTheReadingListShown();
    void sources_offerListsSelectionAndLibrary();
    void preview_showsTheStartOfTheFile_highlightedForItsFormat();
    void preview_ofEachTextFormat_isHighlightedAsThatLanguage_data();
    void preview_ofEachTextFormat_isHighlightedAsThatLanguage();
    void formatWithoutAPlace_warnsAboutTheFieldsItLeavesOut_data();
    void formatWithoutAPlace_warnsAboutTheFieldsItLeavesOut();
    void export_writesTheChosenPapersInTheirOrder();
    void smartListExport_writesWhatItsQueryFinds();
    void keepUpdated_tiesTheFileToTheList();
    void latexAscii_isOfferedForBibtexAndWritesLatex();
    void unwritableFile_showsTheError_andKeepsTheDialog();
    void cancelledFileDialog_writesNothing();

private:
    bool openDialog();
    QDialog *dialog() const { return m_fixture.window()->findChild<QDialog *>(QStringLiteral("exportDialog")); }
    template<typename T>
    T *part(const QString &name) const
    {
        T *found = dialog()->findChild<T *>(name);
        if (!found)
            qFatal("the export dialog has no %s", qPrintable(name));
        return found;
    }
    void chooseSource(const QString &labelStart) const;
    void chooseFormat(const QString &name) const;
    QString readFile(const QString &path) const;
    QString expected(const QList<qint64> &ids, const QString &format, const QString &title) const;

    GuiTest::WindowFixture m_fixture;
    QList<qint64> m_ids;
    qint64 m_listId = 0;
};

void TestExportDialog::initTestCase()
{
    m_fixture.isolateSettings(QStringLiteral("tst_exportdialog"));
}

void TestExportDialog::init()
{
    m_fixture.reset();
    m_ids = m_fixture.addPapers({
        GuiTest::makePaper(QStringLiteral("Banana Ripening Kinetics"), QStringLiteral("Ripening follows first-order kinetics.")),
        GuiTest::makePaper(QStringLiteral("Apple Orchards Under Drought"), QStringLiteral("Orchards respond to drought.")),
        GuiTest::makePaper(QStringLiteral("Cherry Blossom Timing"), QStringLiteral("Blossoms open earlier each decade, says Müller.")),
    });
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({m_ids[0], m_ids[2]}, {QStringLiteral("fruit")}));
        QVERIFY(AnnotationStore(*library).setRating(m_ids[2], 4));
        ReadingListStore lists(*library);
        const auto list = lists.create(QStringLiteral("Weekend"));
        QVERIFY(list);
        m_listId = *list;
        // Not the order the papers were added in: the export keeps the list's.
        QVERIFY(lists.addPapers(m_listId, {m_ids[2], m_ids[0]}));
        QVERIFY(SmartListStore(*library).create(QStringLiteral("Fruit"), QStringLiteral("tag:fruit")));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestExportDialog::cleanup()
{
    if (dialog())
        dialog()->close();
    m_fixture.closeWindow();
}

bool TestExportDialog::openDialog()
{
    QTest::keyClick(m_fixture.list(), Qt::Key_E, Qt::ControlModifier);
    return QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); });
}

void TestExportDialog::chooseSource(const QString &labelStart) const
{
    auto *sources = part<QComboBox>(QStringLiteral("exportSource"));
    for (int i = 0; i < sources->count(); ++i)
        if (sources->itemText(i).startsWith(labelStart)) {
            sources->setCurrentIndex(i);
            return;
        }
    qFatal("no export source %s", qPrintable(labelStart));
}

void TestExportDialog::chooseFormat(const QString &name) const
{
    auto *formats = part<QComboBox>(QStringLiteral("exportFormat"));
    formats->setCurrentIndex(formats->findData(name));
}

QString TestExportDialog::readFile(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString TestExportDialog::expected(const QList<qint64> &ids, const QString &format, const QString &title) const
{
    auto library = m_fixture.openLibrary();
    ExportOptions options = ExportOptions::allFields();
    options.title = title;
    return exporterNamed(format)->write(papersForExport(*library, ids), options);
}

void TestExportDialog::ctrlE_opensTheDialog_onTheReadingListShown()
{
    auto *action = m_fixture.child<QAction>(QStringLiteral("exportAction"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    m_fixture.model()->setScope(QStringLiteral("list:\"Weekend\""));
    QVERIFY(openDialog());
    QCOMPARE(dialog()->windowModality(), Qt::WindowModal);
    QCOMPARE(part<QComboBox>(QStringLiteral("exportSource"))->currentText(), QStringLiteral("Reading list: Weekend (2)"));
}

void TestExportDialog::sources_offerListsSelectionAndLibrary()
{
    m_fixture.list()->selectAll();
    QVERIFY(openDialog());
    auto *sources = part<QComboBox>(QStringLiteral("exportSource"));
    QStringList labels;
    for (int i = 0; i < sources->count(); ++i)
        labels.append(sources->itemText(i));
    QCOMPARE(labels, (QStringList{QStringLiteral("Selected papers (3)"), QStringLiteral("Reading list: Weekend (2)"),
                                  QStringLiteral("Smart list: Fruit (2)"), QStringLiteral("All papers (3)")}));
    // Several papers selected: they are what the user means to export.
    QCOMPARE(sources->currentIndex(), 0);
}

void TestExportDialog::preview_showsTheStartOfTheFile_highlightedForItsFormat()
{
    QVERIFY(openDialog());
    chooseSource(QStringLiteral("Reading list"));
    chooseFormat(QStringLiteral("bib"));
    auto *preview = part<QPlainTextEdit>(QStringLiteral("exportPreview"));
    QVERIFY(preview->isReadOnly());
    QCOMPARE(preview->toPlainText(), expected({m_ids[2], m_ids[0]}, QStringLiteral("bib"), QStringLiteral("Reading list: Weekend")));
    auto *highlighter = preview->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    QVERIFY(highlighter);
    QCOMPARE(highlighter->definition().name(), QStringLiteral("BibTeX"));

    chooseFormat(QStringLiteral("csljson"));
    QCOMPARE(highlighter->definition().name(), QStringLiteral("JSON"));
    QVERIFY(preview->toPlainText().trimmed().startsWith(u'['));
    QVERIFY(part<QLabel>(QStringLiteral("exportPreviewLabel"))->text().startsWith(u"Preview of all 2 paper"));
}

void TestExportDialog::preview_ofEachTextFormat_isHighlightedAsThatLanguage_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("definition");
    QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("Markdown");
    QTest::newRow("bib") << QStringLiteral("bib") << QStringLiteral("BibTeX");
    QTest::newRow("csljson") << QStringLiteral("csljson") << QStringLiteral("JSON");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("HTML");
    QTest::newRow("opml") << QStringLiteral("opml") << QStringLiteral("XML");
}

void TestExportDialog::preview_ofEachTextFormat_isHighlightedAsThatLanguage()
{
    QFETCH(QString, format);
    QFETCH(QString, definition);
    QVERIFY(openDialog());
    chooseFormat(format);
    auto *preview = part<QPlainTextEdit>(QStringLiteral("exportPreview"));
    auto *highlighter = preview->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    QVERIFY(highlighter);
    QVERIFY(highlighter->definition().isValid());
    QCOMPARE(highlighter->definition().name(), definition);
    QVERIFY(!preview->toPlainText().isEmpty());
}

void TestExportDialog::formatWithoutAPlace_warnsAboutTheFieldsItLeavesOut_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("warning");
    QTest::newRow("bibtex") << QStringLiteral("bib") << QStringLiteral("status, rating, highlights");
    QTest::newRow("ris") << QStringLiteral("ris") << QStringLiteral("status, rating, highlights");
    QTest::newRow("markdown") << QStringLiteral("md") << QString();
}

void TestExportDialog::formatWithoutAPlace_warnsAboutTheFieldsItLeavesOut()
{
    QFETCH(QString, format);
    QFETCH(QString, warning);
    QVERIFY(openDialog());
    chooseFormat(format);
    auto *label = part<QLabel>(QStringLiteral("exportWarning"));
    QCOMPARE(label->isVisible(), !warning.isEmpty());
    QVERIFY2(label->text().contains(warning), qPrintable(label->text()));

    // Unticking the fields the format cannot carry silences the warning.
    for (const QString &field : {QStringLiteral("status"), QStringLiteral("rating"), QStringLiteral("highlights")})
        part<QCheckBox>(u"exportField-" + field)->setChecked(false);
    QVERIFY(!label->isVisible());
}

void TestExportDialog::export_writesTheChosenPapersInTheirOrder()
{
    QVERIFY(openDialog());
    chooseSource(QStringLiteral("Reading list"));
    chooseFormat(QStringLiteral("md"));
    const QString path = m_fixture.filePath(QStringLiteral("weekend.md"));
    FileDialogs::setNextSaveFileName(path);
    QSignalSpy closed(dialog(), &QDialog::finished);
    QTest::mouseClick(part<QPushButton>(QStringLiteral("exportButton")), Qt::LeftButton);

    QVERIFY(closed.wait(10000));
    const QString written = readFile(path);
    QCOMPARE(written, expected({m_ids[2], m_ids[0]}, QStringLiteral("md"), QStringLiteral("Reading list: Weekend")));
    QVERIFY(written.indexOf(u"Cherry Blossom Timing") < written.indexOf(u"Banana Ripening Kinetics"));
    QVERIFY(!written.contains(u"Apple Orchards"));
    const QString message = m_fixture.window()->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"Exported 2 paper") && message.endsWith(path), qPrintable(message));
}

void TestExportDialog::keepUpdated_tiesTheFileToTheList()
{
    QVERIFY(openDialog());
    auto *keep = part<QCheckBox>(QStringLiteral("exportKeepUpdated"));
    chooseSource(QStringLiteral("Selected papers")); // gone with the next click: nothing to keep up to date
    QVERIFY(!keep->isEnabled());
    chooseSource(QStringLiteral("Reading list"));
    chooseFormat(QStringLiteral("bib"));
    QVERIFY(keep->isEnabled());
    keep->setChecked(true);
    const QString path = m_fixture.filePath(QStringLiteral("weekend.bib"));
    FileDialogs::setNextSaveFileName(path);
    QSignalSpy closed(dialog(), &QDialog::finished);
    part<QPushButton>(QStringLiteral("exportButton"))->click();
    QVERIFY(closed.wait(10000));
    const QList<KeptExport> kept = KeptExportStore(*m_fixture.openLibrary()).all();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().path, path);
    QCOMPARE(kept.first().format, QStringLiteral("bib"));
    QCOMPARE(kept.first().scope, KeptExport::Scope::List);
    QCOMPARE(kept.first().source, QStringLiteral("Weekend"));
}

void TestExportDialog::latexAscii_isOfferedForBibtexAndWritesLatex()
{
    QVERIFY(openDialog());
    auto *ascii = part<QCheckBox>(QStringLiteral("exportLatexAscii"));
    chooseFormat(QStringLiteral("md"));
    QVERIFY(!ascii->isVisible());
    chooseFormat(QStringLiteral("bib"));
    QVERIFY(ascii->isVisible());
    auto *preview = part<QPlainTextEdit>(QStringLiteral("exportPreview"));
    const QString utf8 = preview->toPlainText();
    ascii->setChecked(true);
    QVERIFY(preview->toPlainText() != utf8);
    for (const QChar c : preview->toPlainText())
        QVERIFY2(c.unicode() < 128 || !c.isLetter() || c.script() == QChar::Script_Han, qPrintable(QString(c)));
}

void TestExportDialog::smartListExport_writesWhatItsQueryFinds()
{
    QVERIFY(openDialog());
    chooseSource(QStringLiteral("Smart list: Fruit"));
    chooseFormat(QStringLiteral("csv"));
    const QString path = m_fixture.filePath(QStringLiteral("fruit.csv"));
    FileDialogs::setNextSaveFileName(path);
    QSignalSpy closed(dialog(), &QDialog::finished);
    part<QPushButton>(QStringLiteral("exportButton"))->click();
    QVERIFY(closed.wait(10000));
    QCOMPARE(readFile(path), expected({m_ids[0], m_ids[2]}, QStringLiteral("csv"), QStringLiteral("Smart list: Fruit")));
}

void TestExportDialog::unwritableFile_showsTheError_andKeepsTheDialog()
{
    QVERIFY(openDialog());
    FileDialogs::setNextSaveFileName(m_fixture.filePath(QStringLiteral("no/such/folder/out.md")));
    part<QPushButton>(QStringLiteral("exportButton"))->click();
    auto *error = part<QLabel>(QStringLiteral("exportError"));
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"out.md"), qPrintable(error->text()));
    QVERIFY(dialog()->isVisible());
    QVERIFY(part<QPushButton>(QStringLiteral("exportButton"))->isEnabled());
}

void TestExportDialog::cancelledFileDialog_writesNothing()
{
    QVERIFY(openDialog());
    FileDialogs::setNextSaveFileName(QString());
    part<QPushButton>(QStringLiteral("exportButton"))->click();
    QVERIFY(dialog()->isVisible());
    QVERIFY(!part<QProgressBar>(QStringLiteral("exportProgress"))->isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
