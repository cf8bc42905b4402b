#include "GuiTestSupport.h"

#include "gui/FileDialogs.h"
#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "gui/ReaderView.h"
#include "gui/list/PaperTitleDelegate.h"
#include "import/PaperReader.h"
#include "library/Library.h"
#include "library/PaperStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include "gui/list/PaperListView.h"

#include <memory>

using namespace Lectern;

namespace {

// Added in this order, so that the natural order differs from the order by title, with or without case.
const QString ThreePapers = QStringLiteral(
    "Jun 13\n\n"
    "Cherry <i>Blossom</i> Timing\n\n"
    "Blossoms open earlier each decade; the data is at https://example.org/cherry for anyone.\n\n"
    "Apple Orchards Under Climate Stress\n\n"
    "We study how orchards respond to drought. Code is at https://github.com/x/orchards.\n\n"
    "banana Ripening Kinetics\n\n"
    "Ripening follows first-order kinetics in warm storage rooms.\n");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnAnEmptyLibrary_offersGettingStarted();
    void gettingStartedButton_importsTheSample();
    void importThroughHook_addsRows();
    void importingTwice_skipsDuplicates();
    void importDialog_offersEveryFormatAndAllFiles();
    void typingInSearchField_filtersTheList();
    void ctrlF_focusesTheSearchField_andEscapeClearsIt();
    void selectingARow_showsItsAbstract();
    void reader_showsMarkupInTitlesAsText();
    void toolTips_showMarkupInTitlesAsText();
    void clickingALinkInTheReader_opensOnlyWebAndDoiLinks();
    void titlesWithLineBreaks_areDrawnOnOneLine();
    void sortingByTitle_ordersInSql();
    void droppedFile_isImported();
    void fileDroppedOnTheListOrReader_isImported();
    void droppedWebLink_isRefused();
    void droppedText_isImported();
    void ctrlVOnTheList_importsTheClipboard_butPastesInTheSearchField();
    void badFile_showsErrorAndChangesNothing();
    void manyPapers_areReadPageByPage();
    void model_passesTheModelTester();
    void closing_remembersGeometryAndSplitter();

private:
    void createWindow();
    QString writeFile(const QString &name, const QString &text) const;
    bool importAndWait(const QStringList &paths);
    PaperListView *list() const { return m_window->findChild<PaperListView *>(QStringLiteral("paperList")); }
    PaperListModel *model() const { return qobject_cast<PaperListModel *>(list()->model()); }
    QStringList titles() const;
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    Q_INIT_RESOURCE(lectern);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    // The window's settings go to a folder of this run, never to the user's configuration.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    createWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::createWindow()
{
    auto library = Library::open(libraryPath());
    QVERIFY2(library, qPrintable(library ? QString() : library.error().toString()));
    m_window = std::make_unique<MainWindow>(std::move(*library));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestMainWindow::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write the fixture %s", qPrintable(path));
    return path;
}

bool TestMainWindow::importAndWait(const QStringList &paths)
{
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    m_window->importFiles(paths);
    return finished.wait(10000);
}

QStringList TestMainWindow::titles() const
{
    QStringList result;
    for (int row = 0; row < model()->rowCount(); ++row)
        result.append(model()->index(row, PaperListModel::TitleColumn).data().toString());
    return result;
}

void TestMainWindow::opensOnAnEmptyLibrary_offersGettingStarted()
{
    QCOMPARE(m_window->objectName(), QStringLiteral("mainWindow"));
    QTRY_COMPARE(model()->rowCount(), 0);
    auto *gettingStarted = m_window->findChild<QWidget *>(QStringLiteral("gettingStarted"));
    QVERIFY(gettingStarted);
    QVERIFY(gettingStarted->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(QApplication::focusWidget(), list());
}

void TestMainWindow::gettingStartedButton_importsTheSample()
{
    auto *sample = m_window->findChild<QPushButton *>(QStringLiteral("importSampleButton"));
    QVERIFY(sample);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QTest::mouseClick(sample, Qt::LeftButton);
    QVERIFY(finished.wait(10000));

    QTRY_COMPARE(model()->rowCount(), 4);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("gettingStarted"))->isVisible());
    // The first paper is selected, so the reader is not empty (once the list has painted).
    QTRY_VERIFY(m_window->findChild<ReaderView *>(QStringLiteral("reader"))->toPlainText().contains(u"Welcome to Lectern"));
}

void TestMainWindow::importThroughHook_addsRows()
{
    FileDialogs::setNextOpenFileNames({writeFile(QStringLiteral("three.txt"), ThreePapers)});
    auto *importAction = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    QVERIFY(importAction);
    QCOMPARE(importAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    importAction->trigger();
    // The import runs on a worker thread: the window is still the same while it does.
    QTRY_COMPARE(model()->rowCount(), 0);
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("importProgress"));
    QVERIFY(progress->isVisible());

    QTRY_COMPARE(model()->rowCount(), 3);
    QVERIFY(!progress->isVisible());
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Imported 3 papers, skipped 0 duplicates"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("paperCount"))->text(), QStringLiteral("3 papers"));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("triageRemaining"))->text(), QStringLiteral("Inbox: 3 left"));
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("gettingStarted"))->isVisible());
}

void TestMainWindow::importingTwice_skipsDuplicates()
{
    const QString path = writeFile(QStringLiteral("three.txt"), ThreePapers);
    QVERIFY(importAndWait({path}));
    QVERIFY(importAndWait({path}));
    QTRY_COMPARE(model()->rowCount(), 3);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Imported 0 papers, skipped 3 duplicates"));
}

// Issue 9: the Import dialog's filter lists every format Lectern reads (and All files), first all of them at once.
void TestMainWindow::importDialog_offersEveryFormatAndAllFiles()
{
    FileDialogs::setNextOpenFileNames({});
    m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
    const QStringList filters = FileDialogs::lastOpenFilter().split(QStringLiteral(";;"));
    QCOMPARE(filters.size(), formats().size() + 2);
    for (const char *pattern : {"*.txt", "*.bib", "*.ris", "*.json", "*.jsonl", "*.xml"})
        QVERIFY2(filters.first().contains(QLatin1StringView(pattern)), qPrintable(filters.first()));
    for (const Format &format : formats())
        QVERIFY2(filters.contains(QStringLiteral("%1 (%2)").arg(format.displayTitle(), QLatin1StringView(format.patterns))),
                 format.name);
    QCOMPARE(filters.last(), QStringLiteral("All files (*)"));
}

void TestMainWindow::typingInSearchField_filtersTheList()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QVERIFY(!search->placeholderText().isEmpty());

    QTest::keyClicks(search, QStringLiteral("drought"));
    // The search waits for the typing to pause rather than running for every letter.
    QTRY_COMPARE(model()->rowCount(), 3);
    QTRY_COMPARE(titles(), QStringList{QStringLiteral("Apple Orchards Under Climate Stress")});
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("paperCount"))->text(), QStringLiteral("1 of 3 papers"));

    search->clear();
    QTRY_COMPARE(model()->rowCount(), 3);
}

void TestMainWindow::ctrlF_focusesTheSearchField_andEscapeClearsIt()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));

    QTest::keyClick(list(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, QStringLiteral("kinetics"));
    QTRY_COMPARE(model()->rowCount(), 1);

    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(model()->rowCount(), 3);
}

void TestMainWindow::selectingARow_showsItsAbstract()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    QVERIFY(reader);

    list()->selectionModel()->setCurrentIndex(model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    QVERIFY(reader->toPlainText().contains(u"We study how orchards respond to drought."));

    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 2);
    QVERIFY(reader->toPlainText().contains(u"Ripening follows first-order kinetics"));
    QVERIFY(!reader->toPlainText().contains(u"orchards"));
}

void TestMainWindow::reader_showsMarkupInTitlesAsText()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));
    list()->setCurrentIndex(model()->index(0, 0));
    QTRY_VERIFY(reader->toPlainText().contains(u"Cherry <i>Blossom</i> Timing")); // the reader follows the list's paint
    QVERIFY(reader->toHtml().contains(u"href=\"https://example.org/cherry\""));
    QVERIFY(!reader->openLinks());
}

// A tooltip takes text that looks like markup for rich text, as QLabel does (and would load an <img> from the disk).
void TestMainWindow::toolTips_showMarkupInTitlesAsText()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    const QString tip = model()->index(0, PaperListModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QTextDocument shown;
    if (Qt::mightBeRichText(tip))
        shown.setHtml(tip);
    else
        shown.setPlainText(tip);
    QCOMPARE(shown.toPlainText(), QStringLiteral("Cherry <i>Blossom</i> Timing"));
}

void TestMainWindow::clickingALinkInTheReader_opensOnlyWebAndDoiLinks()
{
    // Links come from imported files: one that is not http(s) or doi: must not reach the desktop (a local file,
    // a script, a share).
    const QStringList links{QStringLiteral("https://example.org/paper"), QStringLiteral("http://example.org/old"),
                            QStringLiteral("doi:10.1000/xyz"), QStringLiteral("file:///etc/passwd"),
                            QStringLiteral("javascript:alert(1)"), QStringLiteral("smb://host/share")};
    Paper paper;
    paper.title = QStringLiteral("A Paper With Links");
    paper.abstract = QStringLiteral("Its links go to several places.");
    for (const QString &link : links)
        paper.links.append({link, Link::Kind::Page});
    m_window.reset();
    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(PaperStore(**library).add({paper}, QStringLiteral("links.txt"), QStringLiteral("daily-papers")));
    }
    createWindow();
    list()->setCurrentIndex(model()->index(0, 0));
    auto *reader = m_window->findChild<ReaderView *>(QStringLiteral("reader"));

    GuiTest::LinkCatcher catcher;
    const QStringList schemes{QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("doi"),
                              QStringLiteral("file"), QStringLiteral("javascript"), QStringLiteral("smb")};
    for (const QString &scheme : schemes)
        QDesktopServices::setUrlHandler(scheme, &catcher, "open");
    for (const QString &link : links) {
        const QPoint at = GuiTest::linkPosition(reader, link);
        QVERIFY2(!at.isNull(), qPrintable(link + QStringLiteral(" is not a link in the reader")));
        QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, at);
    }
    for (const QString &scheme : schemes)
        QDesktopServices::unsetUrlHandler(scheme);

    QCOMPARE(catcher.opened,
             (QList<QUrl>{QUrl(links[0]), QUrl(links[1]), QUrl(QStringLiteral("https://doi.org/10.1000/xyz"))}));
    QVERIFY(reader->toPlainText().contains(u"A Paper With Links")); // the reader stayed on the paper
}

// A stored title may hold a line or paragraph separator, a line feed or another control character (an older
// import, another program). The list draws each on one line: in rows of one height, a second line would be
// drawn over the rows next to it.
void TestMainWindow::titlesWithLineBreaks_areDrawnOnOneLine()
{
    const QStringList titles{QStringLiteral("A Plain Title"), QStringLiteral("Line\u2028Separator"),
                             QStringLiteral("Paragraph\u2029Separator"), QStringLiteral("Line\nFeed and\rReturn"),
                             QStringLiteral("Escape\x1b]0;pwned\x07Sequence"), QStringLiteral("Next\u0085Line")};
    QList<Paper> papers;
    for (const QString &title : titles)
        papers.append(GuiTest::makePaper(title, QStringLiteral("An abstract.")));
    m_window.reset();
    QList<qint64> ids;
    {
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        const auto added = PaperStore(**library).add(papers, QStringLiteral("titles.txt"), QStringLiteral("daily-papers"));
        QVERIFY(added && added->addedIds.size() == titles.size());
        ids = added->addedIds;
    }
    createWindow();

    QAbstractItemDelegate *delegate = list()->itemDelegateForColumn(PaperListModel::TitleColumn);
    auto *titleDelegate = delegate->findChild<PaperTitleDelegate *>();
    QVERIFY(titleDelegate);
    QStyleOptionViewItem option;
    option.initFrom(list());
    option.widget = list();
    const auto index = [&](qsizetype i) { return model()->index(model()->rowOf(ids[i]), PaperListModel::TitleColumn); };
    const int oneLine = delegate->sizeHint(option, index(0)).height();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        QCOMPARE(index(i).data().toString(), titles[i]); // stored as it came
        QCOMPARE(delegate->sizeHint(option, index(i)).height(), oneLine);
        const QString shown = titleDelegate->displayText(index(i).data(), QLocale());
        const bool oneLineOfText = std::none_of(shown.cbegin(), shown.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                || c.category() == QChar::Separator_Paragraph;
        });
        QVERIFY2(oneLineOfText, shown.toUtf8().toPercentEncoding(" ").constData());
    }
}

void TestMainWindow::sortingByTitle_ordersInSql()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    QVERIFY2(model(), "the list shows PaperListModel itself: sorting happens in SQL, not in a proxy");
    const QStringList added{QStringLiteral("Cherry <i>Blossom</i> Timing"),
                            QStringLiteral("Apple Orchards Under Climate Stress"),
                            QStringLiteral("banana Ripening Kinetics")};
    QTRY_COMPARE(titles(), added);

    QHeaderView *header = list()->header();
    const QPoint titleSection(header->sectionViewportPosition(PaperListModel::TitleColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleSection);
    QTRY_COMPARE(titles(), (QStringList{added[1], added[2], added[0]}));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleSection);
    QTRY_COMPARE(titles(), (QStringList{added[0], added[2], added[1]}));
    // A third click returns to the order the papers were added in.
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, titleSection);
    QTRY_COMPARE(titles(), added);
}

void TestMainWindow::droppedFile_isImported()
{
    QMimeData mimeData;
    mimeData.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("three.txt"), ThreePapers))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(model()->rowCount(), 3);
}

// A real drop lands on the widget under the pointer; the list (which takes its own rows) and the reader pass
// a file on to the window.
void TestMainWindow::fileDroppedOnTheListOrReader_isImported()
{
    const QString first = writeFile(QStringLiteral("three.txt"), ThreePapers);
    const QString second = writeFile(QStringLiteral("one.txt"), QStringLiteral("A Fourth Paper\n\nIts abstract. Short.\n"));
    const QList<std::pair<QWidget *, QString>> drops{{list()->viewport(), first},
                                                    {m_window->findChild<ReaderView *>(QStringLiteral("reader"))->viewport(), second}};
    int expectedRows = 0;
    for (const auto &[target, file] : drops) {
        QMimeData mimeData;
        mimeData.setUrls({QUrl::fromLocalFile(file)});
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY2(enter.isAccepted(), qPrintable(target->parentWidget()->objectName()));
        QDragMoveEvent move(at, Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QVERIFY(finished.wait(10000));
        expectedRows += file == first ? 3 : 1;
        QTRY_COMPARE(model()->rowCount(), expectedRows);
    }
}

void TestMainWindow::droppedWebLink_isRefused()
{
    QMimeData mimeData;
    mimeData.setUrls({QUrl(QStringLiteral("https://example.org/papers.txt"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

// A selection dragged from a browser's page: text, no file.
void TestMainWindow::droppedText_isImported()
{
    QMimeData mimeData;
    mimeData.setText(ThreePapers);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mimeData, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(model()->rowCount(), 3);
}

// The README and the Getting Started page say "paste": Ctrl+V where the papers are imports the clipboard's text,
// and in the search field it is the field's own paste.
void TestMainWindow::ctrlVOnTheList_importsTheClipboard_butPastesInTheSearchField()
{
    QGuiApplication::clipboard()->setText(ThreePapers);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(search->text().contains(u"Cherry"));
    QTRY_COMPARE(model()->rowCount(), 0);
    search->clear();

    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(model()->rowCount(), 3);
}

void TestMainWindow::badFile_showsErrorAndChangesNothing()
{
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    // The first paper is fine; the error comes after it, so an import that stored as it went would leave it behind.
    const QString bad = writeFile(QStringLiteral("bad.txt"), QStringLiteral("Jun 14\n\nA Fine First Paper\n\n"
                                                                           "Its abstract is complete.\n\n"
                                                                           "A Title Without Its Abstract\n"));
    QVERIFY(importAndWait({bad}));

    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("importError"))));
    QVERIFY(box->informativeText().contains(u"bad.txt"));
    QVERIFY(box->informativeText().contains(u"A Title Without Its Abstract"));
    QTRY_COMPARE(model()->rowCount(), 3);
    auto library = Library::open(libraryPath());
    QVERIFY(library);
    QCOMPARE(PaperStore(**library).count(), 3);
    box->close();
}

void TestMainWindow::manyPapers_areReadPageByPage()
{
    QString text;
    for (int i = 1; i <= 450; ++i)
        text += QStringLiteral("Paper number %1\n\nAn abstract about result %1.\n\n").arg(i);
    QVERIFY(importAndWait({writeFile(QStringLiteral("many.txt"), text)}));

    QTRY_COMPARE(model()->rowCount(), 450);
    for (const int row : {0, 199, 200, 449})
        QCOMPARE(model()->index(row, 0).data().toString(), QStringLiteral("Paper number %1").arg(row + 1));
}

void TestMainWindow::model_passesTheModelTester()
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(importAndWait({writeFile(QStringLiteral("three.txt"), ThreePapers)}));
    model()->setSearchText(QStringLiteral("orchards"));
    QTRY_COMPARE(model()->rowCount(), 1);
    model()->sort(PaperListModel::PublishedColumn, Qt::DescendingOrder);
    model()->setSearchText({});
    QTRY_COMPARE(model()->rowCount(), 3);
    QCOMPARE(model()->headerData(PaperListModel::FirstAuthorColumn, Qt::Horizontal).toString(),
             QStringLiteral("First author"));
}

void TestMainWindow::closing_remembersGeometryAndSplitter()
{
    // Smaller than the offscreen screen (800x600), which restoreGeometry() keeps a window inside.
    m_window->resize(640, 480);
    // The list beside the reader, the abstract above the note, the note beside the highlights.
    const QStringList names{QStringLiteral("splitter"), QStringLiteral("readingSplitter"),
                            QStringLiteral("annotationSplitter")};
    const QList<QList<int>> dragged{{260, 380}, {150, 250}, {120, 150, 100}};
    QList<QList<int>> sizes;
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *splitter = m_window->findChild<QSplitter *>(names[i]);
        QVERIFY2(splitter, qPrintable(names[i]));
        splitter->setSizes(dragged[i]);
        sizes.append(splitter->sizes());
    }
    m_window->close();

    m_window.reset();
    createWindow();
    QCOMPARE(m_window->size(), QSize(640, 480));
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(m_window->findChild<QSplitter *>(names[i])->sizes(), sizes[i]);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
