#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QLineEdit;
class QMenu;
class QWidget;

namespace Lectern {

class Annotator;
class Library;
class PaperListModel;
class SidebarView;

// Finding and sharing, as the window's actions: save the search as a smart list (Ctrl+Shift+S), make a
// reading list (Ctrl+Shift+N), put the selected papers on one (Ctrl+L, or the Add to Reading List menu),
// take them off the list shown (Delete in the paper list), move them in its order (by dragging, or
// Ctrl+Shift+Up/Down), and export (Ctrl+E).
// List edits go on the Annotator's undo stack.
class ListActions : public QObject
{
    Q_OBJECT

public:
    using SelectedPapers = std::function<QList<qint64>()>;

    struct Parts
    {
        Library &library;
        Annotator &annotator;
        PaperListModel &model;
        SidebarView &sidebar;
        QLineEdit &searchField;
        QWidget &paperList; // where Delete takes papers off the reading list shown
        SelectedPapers selectedPapers;
    };

    ListActions(Parts parts, QWidget *window);

    QAction *exportAction() const { return m_export; }
    // The Lists menu; also the list part of the paper list's context menu.
    void addToMenu(QMenu *menu);
    // The actions on the selected papers (add to a list, remove, move), for the paper list's context menu.
    void addPaperActionsToMenu(QMenu *menu);
    // A reading list sorted by a column keeps its own order: says so, and how to move papers again.
    void explainOrder();

Q_SIGNALS:
    void message(const QString &text);

private:
    void fillAddToListMenu();
    void saveSearch();
    void newList();
    void pickListAndAdd();
    void addToList(const QString &name);
    void addToNewList();
    void removeFromList();
    void movePapers(qint64 listId, const QList<qint64> &paperIds, int targetIndex);
    void moveSelection(int step);
    void showExportDialog();
    void updateActions();

    Parts m_parts;
    QWidget *m_window;
    QAction *m_saveSearch;
    QAction *m_newList;
    QAction *m_pickList;
    QAction *m_removeFromList;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_export;
    QMenu *m_addToListMenu;
};

} // namespace Lectern
