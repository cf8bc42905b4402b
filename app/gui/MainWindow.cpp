#include "gui/MainWindow.h"

#include "gui/FileDialogs.h"
#include "gui/GettingStartedWidget.h"
#include "gui/InputDialogs.h"
#include "gui/ImportReport.h"
#include "gui/ImportWorker.h"
#include "gui/cite/CiteActions.h"
#include "gui/help/HelpMenu.h"
#include "gui/library/LibraryMenu.h"
#include "gui/duplicates/DuplicatesSection.h"
#include "gui/edit/EditActions.h"
#include "gui/export/KeptExportsWriter.h"
#include "gui/PaperListModel.h"
#include "gui/ReaderView.h"
#include "gui/list/PaperListView.h"
#include "gui/list/PaperTitleDelegate.h"
#include "gui/lists/ListActions.h"
#include "gui/lists/ReadingListSection.h"
#include "gui/lists/SmartListSection.h"
#include "gui/related/RelatedPapers.h"
#include "gui/search/SearchBar.h"
#include "gui/search/SearchField.h"
#include "gui/search/SnippetDelegate.h"
#include "gui/notes/NotePane.h"
#include "gui/reading/ReaderHistory.h"
#include "gui/reading/ReadingPane.h"
#include "gui/sidebar/LibraryCounts.h"
#include "gui/sidebar/LibrarySection.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/sidebar/TagSection.h"
#include "gui/trash/TrashActions.h"
#include "gui/trash/TrashSection.h"
#include "gui/triage/PaperActions.h"
#include "gui/undo/Annotator.h"
#include "import/PaperReader.h"
#include "library/Backups.h"
#include "library/ChangeWatcher.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Lectern {

namespace {

constexpr int StatusLabelMargin = 8;
const QString SampleFile = QStringLiteral(":/samples/getting-started.txt");
const QString InboxScope = QStringLiteral("status:") + statusName(ReadingStatus::Inbox);

// The splitters that share out the window, each remembered under its object name.
QList<QSplitter *> paneSplitters(const QWidget &window)
{
    QList<QSplitter *> splitters;
    for (const char *name : {"splitter", "readingSplitter", "annotationSplitter"})
        if (auto *splitter = window.findChild<QSplitter *>(QLatin1StringView(name)))
            splitters.append(splitter);
    return splitters;
}

// The first start: most of the screen (Qt's default is far smaller) and a sidebar only as wide as its
// labels, so that the list has room for titles.
void applyDefaultLayout(QMainWindow &window)
{
    constexpr int SidebarWidth = 180;
    const QSize available = window.screen()->availableGeometry().size();
    window.resize(QSize(1280, 800).boundedTo(available * 0.9));
    if (auto *sidebar = window.findChild<QDockWidget *>(QStringLiteral("sidebarDock")))
        window.resizeDocks({sidebar}, {SidebarWidth}, Qt::Horizontal);
}

// Every format first, then each one, then anything: the content decides the format, not the name.
QString importFilter()
{
    QStringList patterns;
    QStringList filters;
    for (const Format &format : formats()) {
        patterns += QString::fromLatin1(format.patterns).split(u' ');
        filters.append(QStringLiteral("%1 (%2)").arg(format.displayTitle(), QString::fromLatin1(format.patterns)));
    }
    patterns.removeDuplicates();
    filters.prepend(MainWindow::tr("All formats Lectern reads (%1)").arg(patterns.join(u' ')));
    filters.append(MainWindow::tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

// A link dragged from a browser carries its address as text too: that is no list of papers to import.
bool droppedText(const QMimeData *mimeData)
{
    return !mimeData->hasUrls() && mimeData->hasText();
}

QStringList localFiles(const QMimeData *mimeData)
{
    QStringList files;
    for (const QUrl &url : mimeData->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Library> library, QWidget *parent)
    : QMainWindow(parent), m_library(std::move(library)), m_model(new PaperListModel(*m_library, this)),
      m_annotator(new Annotator(*m_library, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    showLibraryName();
    m_history = new ReaderHistory(this);
    connect(m_history, &ReaderHistory::paperRequested, this, &MainWindow::revealPaper);
    // Edits run on this thread: while another program writes (a command-line import), a key waits this long
    // at most and then says that nothing was changed, rather than freezing the window for the whole import.
    constexpr int LockWaitMs = 1500;
    m_library->db().setLockWait(LockWaitMs);
    setAcceptDrops(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_splitter->addWidget(createListPane());
    m_readingPane = new ReadingPane(*m_library, *m_annotator, [this] { return m_paperActions->selectedPaperIds(); }, m_splitter);
    m_reader = m_readingPane->reader();
    m_splitter->addWidget(m_readingPane);
    m_list->setItemDelegateForColumn(PaperListModel::TitleColumn,
                                     new SnippetDelegate(new PaperTitleDelegate(m_readingPane->tagColors()), m_list));
    m_paperActions = new PaperActions(*m_library, *m_annotator, m_list, m_model, this);
    m_trashActions = new TrashActions(*m_library, *m_annotator, [this] { return m_paperActions->selectedPaperIds(); },
                                      *m_model, m_list, this);
    m_editActions = new EditActions(*m_library, *m_annotator, [this] { return m_paperActions->currentPaperId(); },
                                    {m_list, m_reader}, this);
    connect(m_reader, &ReaderView::titleDoubleClicked, m_editActions, &EditActions::editCurrentPaper);
    addDockWidget(Qt::LeftDockWidgetArea, createSidebar());
    m_listActions = new ListActions({*m_library, *m_annotator, *m_model, *m_sidebar, *m_searchField, *m_list,
                                     [this] { return m_paperActions->selectedPaperIds(); }},
                                    this);
    m_citeActions = new CiteActions(*m_library, *m_annotator, [this] { return m_paperActions->selectedPaperIds(); }, this);
    m_related = new RelatedPapers(*m_library, this);
    m_splitter->setSizes({500, 600}); // a share of the room, until the user drags it
    setCentralWidget(m_splitter);

    m_paperCount = new QLabel(this);
    m_paperCount->setObjectName(QStringLiteral("paperCount"));
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMaximumWidth(200);
    m_importProgress->hide();
    statusBar()->addPermanentWidget(m_importProgress);
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setObjectName(QStringLiteral("cancelImport"));
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; nothing of the file being read is added"));
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        if (m_importWorker)
            m_importWorker->cancel();
    });
    statusBar()->addPermanentWidget(m_cancelImport);
    // Apart, so that "Inbox: 3 left" and "3 of 75 papers" do not read as one text.
    for (QLabel *label : {m_paperActions->remainingLabel(), m_paperCount}) {
        label->setContentsMargins(StatusLabelMargin, 0, StatusLabelMargin, 0);
        statusBar()->addPermanentWidget(label);
    }

    createMenus();
    connectAnnotations();
    connectFinding();
    restoreSettings();

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberCurrentPaper);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { listReloaded(ShowPaper::AfterPaint); });
    // A new search that finds many papers shows its first rows first: the paper shown before, found among the
    // rest, is selected again (unless the reader moved on meanwhile).
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const int row = m_model->rowOf(m_paperAwaited);
        if (m_paperAwaited == 0 || row < 0 || m_model->paperId(m_list->currentIndex().row()) != m_paperShownMeanwhile)
            return;
        m_paperAwaited = 0;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_list->scrollTo(m_list->currentIndex());
    });
    connect(m_model, &PaperListModel::idsRead, this, [this] {
        m_paperAwaited = 0;
        if (m_paperToReveal != 0 && !m_model->isReadingIds())
            selectRevealedPaper(std::exchange(m_paperToReveal, 0));
    });
    listReloaded(ShowPaper::Now);
    m_list->setFocus();
}

MainWindow::~MainWindow()
{
    m_readingPane->saveNote();
    // A running import finishes its transaction before its thread (a child of this window) is destroyed.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly)) {
        thread->quit();
        thread->wait();
    }
    // The children read the library to their end (a last paint, the list's selection going away), and
    // QWidget would delete them only after this class's members, the library among them, are gone.
    while (QObject *child = findChild<QObject *>(QString(), Qt::FindDirectChildrenOnly))
        delete child;
}

QWidget *MainWindow::createListPane()
{
    auto *pane = new QWidget(this);

    m_searchBar = new SearchBar(*m_model, pane);
    m_searchField = m_searchBar->field();

    m_gettingStarted = new GettingStartedWidget(pane);
    connect(m_gettingStarted, &GettingStartedWidget::importSampleRequested, this, [this] { importFiles({SampleFile}); });
    connect(m_gettingStarted, &GettingStartedWidget::importPapersRequested, this, &MainWindow::chooseFilesToImport);

    m_list = new PaperListView(pane);
    m_list->setModel(m_model);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // tags and statuses go to every selected paper
    QHeaderView *header = m_list->header();
    // Clicking a header cycles ascending, descending and back to the natural order (added, or best match).
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentPaper);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchBar);
    layout->addWidget(m_gettingStarted);
    layout->addWidget(m_list);
    return pane;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_libraryMenu = new LibraryMenu(m_library->path(), this);
    m_libraryMenu->addToMenu(file);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import..."), this, &MainWindow::chooseFilesToImport);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(m_listActions->exportAction());
    file->addSeparator();
    QAction *restore = file->addAction(tr("&Restore from Backup..."), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    addUndoActions(edit);
    // The search field and the note editor take Ctrl+V themselves when they have the focus (Qt's
    // shortcut override for editing keys); anywhere else it imports.
    QAction *paste = edit->addAction(tr("&Paste Papers"), this, &MainWindow::pasteToImport);
    paste->setObjectName(QStringLiteral("pastePapersAction"));
    paste->setShortcut(QKeySequence::Paste);
    paste->setStatusTip(tr("Import the papers in the clipboard's text: a day's list, BibTeX, RIS, ..."));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    m_citeActions->addToMenu(edit);
    createAnnotationMenus();
    m_listActions->addToMenu(menuBar()->addMenu(tr("&Lists")));

    auto *help = new HelpMenu(*this, m_library->path());
    help->addToMenu(menuBar()->addMenu(tr("&Help")));
    connect(help, &HelpMenu::queryChosen, this, &MainWindow::searchWholeLibrary);
}

QDockWidget *MainWindow::createSidebar()
{
    m_sidebar = new SidebarView;
    auto *counts = new LibraryCounts(m_library->path(), m_sidebar);
    // "Inbox: n left" is counted with the sidebar's lines.
    connect(counts, &LibraryCounts::counted, m_paperActions,
            [this, counts] { m_paperActions->showRemaining(counts->count(ReadingStatus::Inbox)); });
    m_sidebar->addSection(std::make_unique<LibrarySection>(*counts, *m_sidebar));
    m_sidebar->addSection(std::make_unique<TagSection>(*m_library, *m_annotator, *m_sidebar));
    m_sidebar->addSection(std::make_unique<SmartListSection>(*m_library, *m_annotator, *m_sidebar));
    m_sidebar->addSection(std::make_unique<ReadingListSection>(*m_library, *m_annotator, *m_sidebar));
    m_sidebar->addSection(std::make_unique<DuplicatesSection>(*m_library, *m_annotator, *m_sidebar, this));
    m_sidebar->addSection(std::make_unique<TrashSection>(*m_library, m_trashActions->emptyAction()));
    auto *dock = new QDockWidget(tr("Sidebar"), this);
    dock->setObjectName(QStringLiteral("sidebarDock"));
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    dock->setTitleBarWidget(new QWidget(dock)); // a plain pane, not a floating tool window
    dock->setWidget(m_sidebar);
    return dock;
}

void MainWindow::addUndoActions(QMenu *edit)
{
    QUndoStack *stack = m_annotator->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
}

// The View menu (sidebar, note preview and theme) and the Paper menu (triage, tags, highlights).
void MainWindow::createAnnotationMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_history->backAction(), m_history->forwardAction()});
    view->addSeparator();
    QAction *sidebar = findChild<QDockWidget *>(QStringLiteral("sidebarDock"))->toggleViewAction();
    sidebar->setShortcut(Qt::Key_F9);
    view->addAction(sidebar);
    view->addAction(m_readingPane->notePane()->previewAction());
    view->addMenu(m_readingPane->notePane()->createThemeMenu(view));

    QMenu *paper = menuBar()->addMenu(tr("&Paper"));
    m_paperActions->addToMenu(paper);
    paper->addSeparator();
    paper->addAction(m_editActions->editAction());
    paper->addActions(m_trashActions->actions());
    paper->addSeparator();
    paper->addActions(m_readingPane->highlightActions());
    paper->addMenu(m_readingPane->createHighlightColorMenu(paper));
}

void MainWindow::connectAnnotations()
{
    connect(m_annotator, &Annotator::changed, this, [this] {
        m_model->reload();
        m_sidebar->refresh();
        // The reader shows the edit at once (its highlights, tags, status); the list's ids follow from the background.
        const QModelIndex current = m_list->currentIndex();
        if (const auto paper = current.isValid() ? PaperStore(*m_library).paper(m_model->paperId(current.row())) : std::nullopt)
            m_readingPane->showPaper(*paper);
    });
    connect(this, &MainWindow::importFinished, m_sidebar, &SidebarView::refresh);
    // What another process commits (the command line, a second window) shows as the window's own edits do:
    // the list keeps its selection, the reader its paper and an unsaved note its typing.
    auto *watcher = new ChangeWatcher(m_library->db(), this);
    watcher->setObjectName(QStringLiteral("changeWatcher"));
    connect(watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::showChangesMadeElsewhere);
    connectKeptExports(watcher);
    connect(m_annotator, &Annotator::noteSaved, m_sidebar, &SidebarView::refresh);
    connect(m_annotator, &Annotator::noteSaved, m_model, &PaperListModel::refreshPaper);
    connect(m_annotator, &Annotator::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_sidebar, &SidebarView::scopeSelected, m_model, &PaperListModel::setScope);
    connect(m_paperActions, &PaperActions::tagRequested, m_readingPane, &ReadingPane::focusTagField);
    connect(m_readingPane, &ReadingPane::tagFieldFinished, this, [this] { m_list->setFocus(Qt::OtherFocusReason); });
    connect(m_readingPane, &ReadingPane::tagClicked, this,
            [this](const QString &path) { m_sidebar->selectKey(TagSection::KeyPrefix + path); });
}

// The search's words marked in the reader, the papers related to the one shown, and the list's context menu.
// The files tied to lists follow every change, whoever made it, and what changed while the window was closed.
void MainWindow::connectKeptExports(ChangeWatcher *watcher)
{
    auto *writer = new KeptExportsWriter(m_library->path(), this);
    writer->setObjectName(QStringLiteral("keptExportsWriter"));
    connect(m_annotator, &Annotator::changed, writer, &KeptExportsWriter::schedule);
    connect(m_annotator, &Annotator::noteSaved, writer, &KeptExportsWriter::schedule);
    connect(this, &MainWindow::importFinished, writer, &KeptExportsWriter::schedule);
    connect(watcher, &ChangeWatcher::changedElsewhere, writer, &KeptExportsWriter::schedule);
    connect(writer, &KeptExportsWriter::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    writer->schedule();
}

void MainWindow::connectFinding()
{
    connect(m_model, &QAbstractItemModel::modelReset, m_reader, [this] { m_reader->setSearchQuery(m_model->query()); });
    // Beside the note and the highlights, under the abstract.
    m_readingPane->besideNote(m_related);
    connect(m_related, &RelatedPapers::paperActivated, this, &MainWindow::revealPaper);
    connect(this, &MainWindow::importFinished, m_related, &RelatedPapers::refresh);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, m_related, &RelatedPapers::stopLookUp);
    // An empty list selects nothing, so no paper is shown and none has neighbours.
    connect(m_model, &QAbstractItemModel::modelReset, m_related, [this] {
        if (m_model->rowCount() == 0)
            m_related->showRelatedTo(0);
    });
    connect(m_listActions, &ListActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_citeActions, &CiteActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_editActions, &EditActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_trashActions, &TrashActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    // Rows drag only where the model lets them (a reading list shown in its own order); a dragged file the
    // list does not take goes on to the window, which imports it.
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setDropIndicatorShown(true);

    // Sorting a reading list by a column stops its own order from moving: the status bar says so.
    // Once the list shows that order: its ids are read in the background.
    connect(m_list->header(), &QHeaderView::sortIndicatorChanged, m_listActions, [this] {
        connect(m_model, &PaperListModel::idsRead, m_listActions, &ListActions::explainOrder, Qt::SingleShotConnection);
    });

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        auto *menu = new QMenu(m_list);
        menu->setObjectName(QStringLiteral("paperListMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_paperActions->addToMenu(menu);
        menu->addSeparator();
        menu->addAction(m_editActions->editAction());
        m_trashActions->addToMenu(menu);
        menu->addSeparator();
        m_citeActions->addToMenu(menu->addMenu(tr("&Cite")));
        menu->addSeparator();
        m_listActions->addPaperActionsToMenu(menu);
        menu->popup(m_list->viewport()->mapToGlobal(position));
    });
}

// Selects the paper in the list; when the list does not show it, every paper is shown first, and the paper is
// selected once their ids are in.
void MainWindow::revealPaper(qint64 paperId)
{
    if (m_model->rowOf(paperId) < 0) {
        m_searchField->clear();
        m_model->setSearchText({});
        m_sidebar->selectKey(LibrarySection::AllPapersKey);
        if (m_model->isReadingIds()) {
            m_paperToReveal = paperId; // the list selects it as it shows the new ids (rememberCurrentPaper)
            return;
        }
    }
    selectRevealedPaper(paperId);
}

void MainWindow::selectRevealedPaper(qint64 paperId)
{
    const int row = m_model->rowOf(paperId);
    if (row < 0) {
        if (m_model->query().isEmpty() && !m_model->showsTrash())
            m_history->forget(paperId); // every paper is shown, and it is not: no longer in the library
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
    m_list->setFocus(Qt::OtherFocusReason);
}

void MainWindow::importFiles(const QStringList &paths)
{
    QList<ImportInput> inputs;
    for (const QString &path : paths)
        inputs.append(ImportInput::file(path));
    importInputs(inputs);
}

void MainWindow::pasteToImport()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        statusBar()->showMessage(tr("The clipboard holds no text to import."));
        return;
    }
    importInputs({{QString(), text, tr("pasted text")}});
}

void MainWindow::importInputs(const QList<ImportInput> &inputs)
{
    if (inputs.isEmpty())
        return;
    if (m_importWorker) {
        statusBar()->showMessage(tr("An import is running; try again when it is done."));
        return;
    }
    m_importAction->setEnabled(false);
    m_gettingStarted->setEnabled(false);
    m_importProgress->setRange(0, 0); // busy until the first bytes are read
    m_importProgress->show();
    m_cancelImport->show();

    auto *thread = new QThread(this);
    auto *worker = new ImportWorker(m_library->path(), inputs);
    m_importWorker = worker;
    worker->moveToThread(thread);
    connect(thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progress, this, &MainWindow::showImportProgress);
    connect(worker, &ImportWorker::finished, this, &MainWindow::finishImport);
    connect(worker, &ImportWorker::finished, thread, &QThread::quit);
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QStringList files = FileDialogs::getOpenFileNames(this, tr("Import Papers"),
                                                            settings.value(u"import/folder").toString(),
                                                            importFilter());
    if (files.isEmpty())
        return;
    settings.setValue(u"import/folder", QFileInfo(files.first()).absolutePath());
    importFiles(files);
}

// Anything may have changed: tags, papers, lists. Everything that shows the library reads it again, as after
// the window's own edits.
void MainWindow::showChangesMadeElsewhere()
{
    m_annotator->notifyTagsChanged();
    m_annotator->notifyChanged();
    m_related->refresh();
}

void MainWindow::reportDamage(const QStringList &problems)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The library is damaged"),
                                tr("A check of %1 found it damaged. Restore a backup before you make more changes.")
                                    .arg(m_library->path()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("damageWarning"));
    box->setDetailedText(problems.join(u'\n'));
    QPushButton *restore = box->addButton(tr("&Restore from Backup..."), QMessageBox::AcceptRole);
    connect(restore, &QPushButton::clicked, this, &MainWindow::restoreFromBackup);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::chooseBackup()
{
    const QList<BackupFile> backups = Backups::list(m_library->path());
    QStringList items;
    for (const BackupFile &backup : backups)
        items.append(tr("%1 (%2)").arg(QLocale().toString(backup.written, QLocale::LongFormat),
                                       QLocale().formattedDataSize(backup.bytes)));
    const QString otherFile = tr("Another file...");
    items.append(otherFile);
    const auto chosen = InputDialogs::getItem(this, tr("Restore from Backup"), tr("Backup to restore:"), items, false);
    if (!chosen)
        return {};
    if (*chosen != otherFile)
        return backups.value(items.indexOf(*chosen)).path;
    return FileDialogs::getOpenFileNames(this, tr("Restore from Backup"), Backups::folderFor(m_library->path()),
                                         tr("Lectern libraries (*.sqlite);;All files (*)"))
        .value(0);
}

void MainWindow::restoreFromBackup()
{
    const QString backup = chooseBackup();
    if (backup.isEmpty())
        return;
    if (!InputDialogs::confirm(this, tr("Restore from Backup"),
                               tr("Replace everything in the library with the backup \"%1\"? What the library holds "
                                  "now is kept in a file beside it.")
                                   .arg(QFileInfo(backup).fileName()),
                               tr("Restore")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto aside = Backups::restore(*m_library, backup);
    QApplication::restoreOverrideCursor();
    if (!aside) {
        QMessageBox::warning(this, tr("Restore from Backup"), aside.error().toString());
        return;
    }
    // The steps on the stack were of the papers before.
    m_annotator->undoStack()->clear();
    showChangesMadeElsewhere();
    statusBar()->showMessage(tr("Restored %1; what the library held before is in %2").arg(backup, *aside));
}

void MainWindow::showImportProgress(int percent)
{
    m_importProgress->setRange(0, 100);
    m_importProgress->setValue(percent);
}

void MainWindow::finishImport(const ImportSummary &summary)
{
    m_importWorker = nullptr;
    m_importAction->setEnabled(true);
    m_gettingStarted->setEnabled(true);
    m_importProgress->hide();
    m_cancelImport->hide();
    const bool changed = summary.added > 0 || summary.updated > 0;
    if (changed) {
        m_annotator->notifyTagsChanged(); // the papers imported may bring tags: the completion and colours follow
        m_model->reload();
        // importFinished() says that the list shows the result: once its ids, read in the background, are in.
        connect(m_model, &PaperListModel::idsRead, this, [this] { Q_EMIT importFinished(); }, Qt::SingleShotConnection);
    }
    //: %1 is "%n papers", %2 is "%n duplicates"
    QString message = tr("Imported %1, skipped %2")
                          .arg(tr("%n papers", nullptr, summary.added), tr("%n duplicates", nullptr, summary.duplicates));
    // Every input failed: the error dialog says why, and "Imported 0 papers" beside it would read as a success.
    if (summary.inputs.isEmpty() && (!summary.errors.isEmpty() || !summary.invalid.isEmpty()))
        message = tr("Import failed: nothing was added.");
    if (summary.updated > 0)
        message += tr(", filled in the empty fields of %n papers", nullptr, summary.updated);
    if (!summary.leftOut.isEmpty())
        message += tr(", left out %n invalid records", nullptr, int(summary.leftOut.size()));
    if (summary.cancelled)
        message = tr("Import cancelled: nothing of the file it was reading was added.") + u' ' + message;
    statusBar()->showMessage(message);
    // What each input gave, where the pointer finds it (the progress bar is hidden by now).
    statusBar()->setToolTip(summary.inputs.join(u'\n'));
    if (!summary.errors.isEmpty() || !summary.invalid.isEmpty()) {
        ImportReport::showErrors(this, summary, [this](QList<ImportInput> inputs) {
            for (ImportInput &input : inputs)
                input.skipInvalid = true;
            importInputs(inputs);
        });
    } else if (!summary.leftOut.isEmpty() || !summary.warnings.isEmpty()) {
        ImportReport::showSummary(this, message, summary);
    }
    if (!changed)
        Q_EMIT importFinished();
}

void MainWindow::showCurrentPaper()
{
    if (m_showPaperAfterPaint) {
        // Queued behind the list's paint, which the reload has just asked for.
        QMetaObject::invokeMethod(this, &MainWindow::showCurrentPaper, Qt::QueuedConnection);
        return;
    }
    const QModelIndex current = m_list->currentIndex();
    const auto paper = current.isValid() ? PaperStore(*m_library).paper(m_model->paperId(current.row())) : std::nullopt;
    if (paper) {
        m_readingPane->showPaper(*paper);
        m_history->visit(paper->id);
    } else {
        m_readingPane->clear();
    }
    m_related->showRelatedTo(paper ? paper->id : 0);
}

void MainWindow::rememberCurrentPaper()
{
    m_rememberedPaperId = m_paperToReveal != 0 ? m_paperToReveal : m_model->paperId(m_list->currentIndex().row());
}

void MainWindow::listReloaded(ShowPaper when)
{
    // The reader always shows the selected row: the same paper when it is still listed, else the first one (and
    // the same paper again if it is among the rows still to come).
    const int found = m_model->rowOf(m_rememberedPaperId);
    const int row = std::max(found, 0);
    m_paperAwaited = found < 0 && m_model->isReadingIds() ? m_rememberedPaperId : 0;
    m_paperShownMeanwhile = m_model->paperId(row);
    if (row < m_model->rowCount()) {
        // Only another paper waits: the same one again (after an edit) shows what changed at once.
        m_showPaperAfterPaint = when == ShowPaper::AfterPaint && m_model->paperId(row) != m_rememberedPaperId;
        m_list->setCurrentIndex(m_model->index(row, 0));
        m_showPaperAfterPaint = false;
        m_list->scrollTo(m_list->currentIndex());
    } else {
        m_readingPane->clear();
    }

    // What the list shows of the library: all of it, or a part (a search, a tag, a list, the inbox).
    const int total = m_model->paperCount();
    const bool showsAll = m_model->searchText().isEmpty() && m_model->scope().isEmpty();
    m_paperCount->setText(showsAll ? tr("%n papers", nullptr, total)
                                   : tr("%1 of %n papers", nullptr, total).arg(m_model->rowCount()));
    // "Inbox: n left" is the triage's count: only beside the inbox.
    m_paperActions->remainingLabel()->setVisible(m_model->scope() == InboxScope);
    m_gettingStarted->setVisible(total == 0);
    m_list->setPlaceholderText(emptyListText());
}

// The query in the search field, on every paper (an example of the query help).
void MainWindow::searchWholeLibrary(const QString &query)
{
    m_sidebar->selectKey(LibrarySection::AllPapersKey);
    m_searchField->setText(query);
    m_model->setSearchText(query);
}

// What an empty list says: how to fill a reading list, or that the search finds nothing.
QString MainWindow::emptyListText() const
{
    if (m_model->rowCount() > 0 || m_model->paperCount() == 0)
        return {};
    if (!m_model->searchText().isEmpty())
        return tr("No paper matches the search.");
    if (m_model->readingListId() != 0)
        //: %1 is the key of Add to Reading List by Name, "Ctrl+L"
        return tr("This reading list is empty. Select papers in another list and add them with %1 or "
                  "Lists > Add to Reading List, or drag them onto the list in the sidebar.")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
    return tr("No paper here.");
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    m_readingPane->saveNote();
    saveSettings();
}

QString MainWindow::libraryPath() const
{
    return m_library->path();
}

// The library's name in the title bar, so that a day's list does not go into another library unnoticed; its
// whole path is in About and in the title bar's file path (which some desktops show).
void MainWindow::showLibraryName()
{
    const QString name = QFileInfo(m_library->path()).completeBaseName();
    setWindowTitle(m_library->isReadOnly() ? tr("%1 (read-only) – Lectern").arg(name) : tr("%1 – Lectern").arg(name));
    setWindowFilePath(m_library->path());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty() || droppedText(event->mimeData()))
        event->acceptProposedAction();
}

// Files are imported as files; text (a selection dragged from a browser) as pasted text.
void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    const QString text = droppedText(event->mimeData()) ? event->mimeData()->text() : QString();
    if (files.isEmpty() && text.trimmed().isEmpty())
        return;
    event->acceptProposedAction();
    if (!files.isEmpty())
        importFiles(files);
    else
        importInputs({{QString(), text, tr("dropped text")}});
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry").toByteArray()))
        applyDefaultLayout(*this);
    restoreState(settings.value(u"mainWindow/state").toByteArray());
    for (QSplitter *splitter : paneSplitters(*this))
        splitter->restoreState(settings.value(u"mainWindow/" + splitter->objectName()).toByteArray());
    m_list->restoreHeader(settings.value(u"mainWindow/listHeader").toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry", saveGeometry());
    settings.setValue(u"mainWindow/state", saveState());
    for (const QSplitter *splitter : paneSplitters(*this))
        settings.setValue(u"mainWindow/" + splitter->objectName(), splitter->saveState());
    settings.setValue(u"mainWindow/listHeader", m_list->header()->saveState());
}

} // namespace Lectern
