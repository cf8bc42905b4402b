#pragma once

// What the GUI tests share: settings kept out of the user's configuration, a fresh library per test
// with papers stored straight through PaperStore, and the real window on it.

#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "library/Library.h"
#include "library/PaperStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include "gui/list/PaperListView.h"
#include <QUrl>

#include <memory>

// Q_INIT_RESOURCE declares a function in the namespace it is used in: this one stays global.
inline void initLecternResources()
{
    Q_INIT_RESOURCE(lectern);
}

namespace Lectern::GuiTest {

// Stands in for the browser: records what the window asks the desktop to open (register it with
// QDesktopServices::setUrlHandler(scheme, &catcher, "open")).
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Where the link to href is drawn in the view (the reader, the note preview), in viewport coordinates; a null
// point when it is not there.
inline QPoint linkPosition(const QTextEdit *view, const QString &href)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            if (fragment.fragment().charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(view->document());
            cursor.setPosition(fragment.fragment().position() + fragment.fragment().length() / 2);
            return view->cursorRect(cursor).center();
        }
    }
    return {};
}

inline Paper makePaper(const QString &title, const QString &abstract, const QString &link = {})
{
    Paper paper;
    paper.title = title;
    paper.abstract = abstract;
    paper.published = QStringLiteral("2023-06-13");
    if (!link.isEmpty())
        paper.links.append({link, Link::Kind::Page});
    return paper;
}

class WindowFixture
{
public:
    // Call from initTestCase(): the window's settings go to a folder of this run.
    void isolateSettings(const QString &applicationName)
    {
        initLecternResources();
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(applicationName);
    }

    // Call from init(): empty settings and a new library folder.
    void reset()
    {
        m_window.reset();
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

    // Stores the papers in the library (which must not be open in a window); returns their ids.
    QList<qint64> addPapers(const QList<Paper> &papers) const { return addPapersTo(libraryPath(), papers); }

    // The same for another library file (which it creates when there is none).
    static QList<qint64> addPapersTo(const QString &path, const QList<Paper> &papers)
    {
        auto library = Library::open(path);
        if (!library)
            qFatal("cannot open the test library: %s", qPrintable(library.error().toString()));
        const auto added = PaperStore(**library).add(papers, QStringLiteral("fixture.txt"), QStringLiteral("daily-papers"));
        if (!added)
            qFatal("cannot add the fixture papers: %s", qPrintable(added.error().toString()));
        return added->addedIds;
    }

    // Opens the real window on the library, as the application does.
    bool openWindow()
    {
        m_window.reset();
        auto library = Library::open(libraryPath());
        if (!library)
            return false;
        m_window = std::make_unique<MainWindow>(std::move(*library));
        m_window->show();
        // Active, so that the window's shortcuts work as they do for the user.
        m_window->activateWindow();
        return QTest::qWaitForWindowExposed(m_window.get()) && QTest::qWaitForWindowActive(m_window.get());
    }

    // Closes the window as the user does (saving what it saves on close) and opens it again.
    bool reopenWindow()
    {
        m_window->close();
        return openWindow();
    }

    void closeWindow() { m_window.reset(); }

    MainWindow *window() const { return m_window.get(); }

    template<typename T>
    T *child(const QString &objectName) const
    {
        T *found = m_window->findChild<T *>(objectName);
        if (!found)
            qFatal("the window has no %s named %s", T::staticMetaObject.className(), qPrintable(objectName));
        return found;
    }

    PaperListView *list() const { return child<PaperListView>(QStringLiteral("paperList")); }
    PaperListModel *model() const { return qobject_cast<PaperListModel *>(list()->model()); }

    // Makes the row current and the only one selected, as a click does.
    void selectRow(int row) const
    {
        list()->selectionModel()->setCurrentIndex(model()->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    int rowOfPaper(qint64 paperId) const { return model()->rowOf(paperId); }

    // Waits until the list's ids, read in the background after a search, a scope or an edit, are all in; false when
    // they are not within ten seconds.
    bool listIsRead() const
    {
        return QTest::qWaitFor([this] { return !model()->isReadingIds(); }, 10000);
    }

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < model()->rowCount(); ++row)
            result.append(model()->index(row, PaperListModel::TitleColumn).data().toString());
        return result;
    }

    // The library the window works on, for checking what it stored.
    std::unique_ptr<Library> openLibrary() const
    {
        auto library = Library::open(libraryPath());
        if (!library)
            qFatal("cannot open the test library: %s", qPrintable(library.error().toString()));
        return std::move(*library);
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Lectern::GuiTest
