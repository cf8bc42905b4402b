#include "GuiTestSupport.h"

#include "gui/FileDialogs.h"
#include "gui/library/LibrarySwitcher.h"
#include "gui/library/RecentLibraries.h"
#include "gui/library/StartArguments.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 1: the window opens the library it is given (--library, LECTERN_LIBRARY), opens, creates and
// reopens others from the File menu with the same layout, names the one it shows, and keeps it open when another
// cannot be opened.
class TestLibraryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void libraryOnTheCommandLine_isOpened_notImported();
    void titleBar_namesTheLibrary();
    void openLibrary_showsTheOtherLibrary_withTheSameLayout();
    void newLibrary_createsAnEmptyLibrary();
    void newLibrary_refusesAFileThatExists();
    void openRecent_listsTheOtherLibraries();
    void aFileThatIsNoLibrary_isRefusedWithTheReason_andTheOldLibraryStays_data();
    void aFileThatIsNoLibrary_isRefusedWithTheReason_andTheOldLibraryStays();

private:
    MainWindow *window() const { return m_switcher->window(); }
    QStringList titles() const;
    void trigger(const QString &actionName) const;
    QString secondLibrary() const { return m_fixture.filePath(u"second.sqlite"_s); }

    GuiTest::WindowFixture m_fixture;
    std::unique_ptr<LibrarySwitcher> m_switcher;
};

void TestLibraryWindow::initTestCase()
{
    m_fixture.isolateSettings(u"tst_librarywindow"_s);
}

void TestLibraryWindow::init()
{
    m_fixture.reset();
    m_fixture.addPapers({GuiTest::makePaper(u"First library paper"_s, u"One."_s)});
    GuiTest::WindowFixture::addPapersTo(secondLibrary(), {GuiTest::makePaper(u"Second library paper"_s, u"Two."_s),
                                                          GuiTest::makePaper(u"Another second paper"_s, u"Three."_s)});
    m_switcher = std::make_unique<LibrarySwitcher>();
}

void TestLibraryWindow::cleanup()
{
    m_switcher.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

QStringList TestLibraryWindow::titles() const
{
    const auto *list = window()->findChild<PaperListView *>(u"paperList"_s);
    QStringList result;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        result.append(list->model()->index(row, PaperListModel::TitleColumn).data().toString());
    result.sort();
    return result;
}

void TestLibraryWindow::trigger(const QString &actionName) const
{
    auto *action = window()->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    action->trigger();
}

void TestLibraryWindow::libraryOnTheCommandLine_isOpened_notImported()
{
    qputenv("LECTERN_LIBRARY", m_fixture.libraryPath().toLocal8Bit());
    const StartArguments start = StartArguments::parse({u"lectern"_s, u"--library"_s, secondLibrary()});
    qunsetenv("LECTERN_LIBRARY");
    QVERIFY(start.filesToImport.isEmpty());
    QVERIFY(m_switcher->openAtStart(start.libraryPath));
    QCOMPARE(window()->libraryPath(), secondLibrary());
    QTRY_COMPARE(titles(), (QStringList{u"Another second paper"_s, u"Second library paper"_s}));
}

void TestLibraryWindow::titleBar_namesTheLibrary()
{
    QVERIFY(m_switcher->openAtStart(secondLibrary()));
    QVERIFY2(window()->windowTitle().startsWith(u"second"), qPrintable(window()->windowTitle()));
    QCOMPARE(window()->windowFilePath(), secondLibrary());
}

void TestLibraryWindow::openLibrary_showsTheOtherLibrary_withTheSameLayout()
{
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    window()->resize(640, 480); // inside the offscreen screen (800x600), as restoreGeometry() keeps it
    window()->findChild<QDockWidget *>(u"sidebarDock"_s)->hide();
    QTRY_COMPARE(window()->size(), QSize(640, 480));
    auto *splitter = window()->findChild<QSplitter *>(u"splitter"_s);
    QTRY_VERIFY(splitter->width() > 400);
    splitter->setSizes({splitter->width() - 250, 240});
    QCoreApplication::processEvents();
    const QList<int> sizes = splitter->sizes();
    MainWindow *first = window();

    FileDialogs::setNextOpenFileNames({secondLibrary()});
    trigger(u"openLibraryAction"_s);

    QVERIFY(window() != first);
    QCOMPARE(window()->libraryPath(), secondLibrary());
    QTRY_COMPARE(titles(), (QStringList{u"Another second paper"_s, u"Second library paper"_s}));
    QVERIFY(window()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QCOMPARE(window()->size(), QSize(640, 480));
    QCOMPARE(window()->findChild<QSplitter *>(u"splitter"_s)->sizes(), sizes);
    QVERIFY(!window()->findChild<QDockWidget *>(u"sidebarDock"_s)->isVisible());
    QCOMPARE(RecentLibraries::paths(), (QStringList{secondLibrary(), m_fixture.libraryPath()}));
}

void TestLibraryWindow::newLibrary_createsAnEmptyLibrary()
{
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    const QString path = m_fixture.filePath(u"fresh"_s);

    FileDialogs::setNextSaveFileName(path);
    trigger(u"newLibraryAction"_s);

    QCOMPARE(window()->libraryPath(), path + u".sqlite");
    QVERIFY(QFile::exists(path + u".sqlite"));
    QTRY_COMPARE(titles(), QStringList());
    QVERIFY2(window()->windowTitle().startsWith(u"fresh"), qPrintable(window()->windowTitle()));
}

void TestLibraryWindow::newLibrary_refusesAFileThatExists()
{
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    MainWindow *first = window();

    FileDialogs::setNextSaveFileName(secondLibrary());
    trigger(u"newLibraryAction"_s);

    QCOMPARE(window(), first);
    auto *error = window()->findChild<QMessageBox *>(u"libraryOpenError"_s);
    QVERIFY(error);
    QVERIFY2(error->text().contains(u"exists already"), qPrintable(error->text()));
    QTRY_COMPARE(titles(), QStringList{u"First library paper"_s});
}

void TestLibraryWindow::openRecent_listsTheOtherLibraries()
{
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    QVERIFY(m_switcher->open(secondLibrary()));

    auto *recent = window()->findChild<QMenu *>(u"recentLibrariesMenu"_s);
    QVERIFY(recent);
    Q_EMIT recent->aboutToShow();
    QAction *first = nullptr;
    for (QAction *action : recent->actions())
        if (action->data().toString() == m_fixture.libraryPath())
            first = action;
    QVERIFY(first);
    QCOMPARE(first->text(), u"library"_s);
    QCOMPARE(first->toolTip(), m_fixture.libraryPath());
    // The library shown is not offered.
    for (QAction *action : recent->actions())
        QVERIFY(action->data().toString() != secondLibrary());

    first->trigger();
    QCOMPARE(window()->libraryPath(), m_fixture.libraryPath());
    QTRY_COMPARE(titles(), QStringList{u"First library paper"_s});
}

void TestLibraryWindow::aFileThatIsNoLibrary_isRefusedWithTheReason_andTheOldLibraryStays_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("Jun 13\n\nA title\n\nAn abstract.\n") << u"not a Lectern library"_s;
    QTest::newRow("empty") << QByteArray() << u"empty file"_s;
}

void TestLibraryWindow::aFileThatIsNoLibrary_isRefusedWithTheReason_andTheOldLibraryStays()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    MainWindow *first = window();
    const QString path = m_fixture.filePath(u"papers.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    FileDialogs::setNextOpenFileNames({path});
    trigger(u"openLibraryAction"_s);

    QCOMPARE(window(), first);
    QCOMPARE(window()->libraryPath(), m_fixture.libraryPath());
    auto *error = window()->findChild<QMessageBox *>(u"libraryOpenError"_s);
    QVERIFY(error);
    QVERIFY2(error->text().contains(reason), qPrintable(error->text()));
    QVERIFY2(error->text().contains(u"papers.txt"), qPrintable(error->text()));
    QTRY_COMPARE(titles(), QStringList{u"First library paper"_s});
    // The file is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
