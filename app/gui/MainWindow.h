#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;

namespace Lectern {

class Annotator;
class GettingStartedWidget;
class ChangeWatcher;
class CiteActions;
class EditActions;
class TrashActions;
class ListActions;
class RelatedPapers;
class SearchBar;
class Library;
class PaperActions;
class ReaderHistory;
class PaperListModel;
class PaperListView;
class ReaderView;
class ReadingPane;
class SidebarView;
struct ImportInput;
struct ImportSummary;
class ImportWorker;
class LibraryMenu;

// The library window: search field and paper list on the left, the selected paper on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Library> library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports the files on a worker thread; importFinished() follows once the list shows the result.
    void importFiles(const QStringList &paths);
    // Files or text (pasted, dropped) in any format Lectern reads, the same way.
    void importInputs(const QList<ImportInput> &inputs);
    // Edit > Paste on the list: the clipboard's text imported as a file would be.
    void pasteToImport();
    // Says that a check found the library damaged and offers to restore a backup.
    void reportDamage(const QStringList &problems);

    QString libraryPath() const;
    // File > New Library, Open Library and Open Recent; the LibrarySwitcher answers them.
    LibraryMenu *libraryMenu() const { return m_libraryMenu; }
    // Saves the note being typed and the window's layout (sizes, splitters, columns), as closing does.
    void saveLayout();

Q_SIGNALS:
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void addUndoActions(QMenu *edit);
    void createAnnotationMenus();
    QDockWidget *createSidebar();
    void connectKeptExports(ChangeWatcher *watcher);
    void connectAnnotations();
    void connectFinding();
    void revealPaper(qint64 paperId);
    void selectRevealedPaper(qint64 paperId);
    QWidget *createListPane();
    void chooseFilesToImport();
    // A backup from the library's backups folder, or another file; empty when cancelled.
    QString chooseBackup();
    void restoreFromBackup();
    // After a change not made by the window (another process, a restored backup).
    void showChangesMadeElsewhere();
    void showImportProgress(int percent);
    void finishImport(const ImportSummary &summary);
    void showCurrentPaper();
    void rememberCurrentPaper();
    // When the reader follows a new current paper after the list reloaded: at once, or once the list has
    // painted (a typed query: the list is what the reader waits for).
    enum class ShowPaper { Now, AfterPaint };
    void listReloaded(ShowPaper when);
    void searchWholeLibrary(const QString &query);
    QString emptyListText() const;
    void showLibraryName();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Library> m_library;
    PaperListModel *m_model;
    Annotator *m_annotator; // every edit, on the undo stack
    SearchBar *m_searchBar;
    QLineEdit *m_searchField;
    GettingStartedWidget *m_gettingStarted;
    PaperListView *m_list;
    ReaderView *m_reader;
    ReadingPane *m_readingPane;
    SidebarView *m_sidebar;
    PaperActions *m_paperActions;
    ListActions *m_listActions;
    CiteActions *m_citeActions;
    EditActions *m_editActions;
    TrashActions *m_trashActions;
    RelatedPapers *m_related;
    ReaderHistory *m_history; // Back and Forward through the papers shown
    QSplitter *m_splitter;
    QLabel *m_paperCount;
    QProgressBar *m_importProgress;
    QAction *m_importAction;
    LibraryMenu *m_libraryMenu;
    QToolButton *m_cancelImport;
    QPointer<ImportWorker> m_importWorker; // while an import runs
    qint64 m_rememberedPaperId = 0; // the paper shown before the list reloaded, to select it again
    qint64 m_paperToReveal = 0;     // to select once the list shows every paper (revealPaper)
    qint64 m_paperAwaited = 0;      // the paper shown before a search, perhaps among the rows still to come
    qint64 m_paperShownMeanwhile = 0;
    bool m_showPaperAfterPaint = false;
};

} // namespace Lectern
