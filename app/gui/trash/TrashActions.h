#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

class Annotator;
class Library;
class PaperListModel;

// Delete (the Delete key on the list, but in a reading list, where it takes papers off the list) moves the selected
// papers to the Trash; Restore from Trash (U, while the list
// shows the Trash) brings them back; each an undo step. Empty Trash removes the papers in it for good, after asking.
class TrashActions : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QList<qint64>()>;
    // The Delete and U keys work while list has the focus.
    TrashActions(Library &library, Annotator &annotator, Selection selection, PaperListModel &model, QWidget *list,
                 QWidget *parent);

    void addToMenu(QMenu *menu);
    // Delete, Restore from Trash and Empty Trash, for the Paper menu.
    QList<QAction *> actions() const { return {m_delete, m_restore, m_empty}; }
    QAction *emptyAction() const { return m_empty; }

    void deleteSelected();
    void restoreSelected();
    void emptyTrash();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateActions();

    Library &m_library;
    Annotator &m_annotator;
    Selection m_selection;
    PaperListModel &m_model;
    QWidget *m_parent;
    QAction *m_delete;
    QAction *m_restore;
    QAction *m_empty;
};

} // namespace Lectern
