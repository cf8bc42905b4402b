#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

class Annotator;
class Library;

// Edit Paper Details (F2 on the list or the reader, a double-click on the reader's title): the paper the reader
// shows, in a PaperEditDialog; what it saves is one undo step.
class EditActions : public QObject
{
    Q_OBJECT

public:
    using CurrentPaper = std::function<qint64()>;
    // F2 works while one of shortcutWidgets has the focus (elsewhere F2 renames or comments).
    EditActions(Library &library, Annotator &annotator, CurrentPaper currentPaper, const QList<QWidget *> &shortcutWidgets,
                QWidget *parent);

    QAction *editAction() const { return m_edit; }
    // Opens the dialog (window-modal, not blocking); nothing when no paper is shown.
    void editCurrentPaper();

Q_SIGNALS:
    void message(const QString &text);

private:
    Library &m_library;
    Annotator &m_annotator;
    CurrentPaper m_currentPaper;
    QWidget *m_parent;
    QAction *m_edit;
};

} // namespace Lectern
