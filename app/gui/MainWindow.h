#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTreeView;

namespace Lectern {

class GettingStartedWidget;
class Library;
class PaperListModel;
class ReaderView;
struct ImportSummary;

// The library window: search field and paper list on the left, the selected paper on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Library> library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Imports the files on a worker thread; importFinished() follows once the list shows the result.
    void importFiles(const QStringList &paths);

Q_SIGNALS:
    void importFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    QWidget *createListPane();
    void chooseFilesToImport();
    void showImportProgress(int percent);
    void finishImport(const ImportSummary &summary);
    void showCurrentPaper();
    void keepCurrentPaper();
    void restoreCurrentPaper();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Library> m_library;
    PaperListModel *m_model;
    QLineEdit *m_searchField;
    QTimer m_searchTimer;
    GettingStartedWidget *m_gettingStarted;
    QTreeView *m_list;
    ReaderView *m_reader;
    QSplitter *m_splitter;
    QLabel *m_paperCount;
    QProgressBar *m_importProgress;
    QAction *m_importAction = nullptr;
    bool m_importing = false;
    qint64 m_keptPaperId = 0; // the paper shown while the list reloads, to select it again
};

} // namespace Lectern
