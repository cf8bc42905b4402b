#include "gui/trash/TrashActions.h"

#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/PaperListModel.h"
#include "gui/trash/TrashCommand.h"
#include "gui/undo/Annotator.h"
#include "library/PaperTrash.h"

#include <QMenu>
#include <QWidget>

namespace Lectern {

TrashActions::TrashActions(Library &library, Annotator &annotator, Selection selection, PaperListModel &model,
                           QWidget *list, QWidget *parent)
    : QObject(parent), m_library(library), m_annotator(annotator), m_selection(std::move(selection)), m_model(model),
      m_parent(parent)
{
    m_delete = newAction(this, tr("&Move to Trash"), QStringLiteral("deletePaperAction"), QKeySequence::Delete);
    m_restore = newAction(this, tr("Res&tore from Trash"), QStringLiteral("restorePaperAction"), Qt::Key_U);
    // On the list only: elsewhere Delete removes a highlight, a tag or a list, and U is a letter being typed.
    for (QAction *action : {m_delete, m_restore}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        list->addAction(action);
    }
    m_empty = newAction(this, tr("&Empty Trash..."), QStringLiteral("emptyTrashAction"));
    connect(m_delete, &QAction::triggered, this, &TrashActions::deleteSelected);
    connect(m_restore, &QAction::triggered, this, &TrashActions::restoreSelected);
    connect(m_empty, &QAction::triggered, this, &TrashActions::emptyTrash);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &TrashActions::updateActions);
    updateActions();
}

void TrashActions::addToMenu(QMenu *menu)
{
    menu->addAction(m_model.showsTrash() ? m_restore : m_delete);
    if (m_model.showsTrash())
        menu->addAction(m_empty);
}

// In the Trash, papers are restored; elsewhere they are deleted. In a reading list the Delete key takes papers off the
// list (ListActions), as it did before there was a Trash: there Move to Trash is in the menus only.
void TrashActions::updateActions()
{
    m_delete->setEnabled(!m_model.showsTrash());
    m_delete->setShortcut(m_model.readingListId() != 0 ? QKeySequence() : QKeySequence(QKeySequence::Delete));
    m_restore->setEnabled(m_model.showsTrash());
}

void TrashActions::deleteSelected()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty() || m_model.showsTrash())
        return;
    if (m_annotator.push(new TrashCommand(m_annotator, ids, TrashCommand::Direction::ToTrash)))
        Q_EMIT message(tr("Moved %n paper(s) to the Trash (Ctrl+Z brings them back)", nullptr, int(ids.size())));
}

void TrashActions::restoreSelected()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty() || !m_model.showsTrash())
        return;
    if (m_annotator.push(new TrashCommand(m_annotator, ids, TrashCommand::Direction::FromTrash)))
        Q_EMIT message(tr("Restored %n paper(s) from the Trash", nullptr, int(ids.size())));
}

void TrashActions::emptyTrash()
{
    PaperTrash trash(m_library);
    const int count = trash.count();
    if (count == 0) {
        Q_EMIT message(tr("The Trash is empty"));
        return;
    }
    if (!InputDialogs::confirm(m_parent, tr("Empty Trash"),
                               tr("Remove the %n paper(s) in the Trash for good, with their notes, highlights and "
                                  "tags? This cannot be undone.",
                                  nullptr, count),
                               tr("Empty Trash")))
        return;
    const auto removed = trash.empty();
    if (!removed) {
        m_annotator.notifyFailed(removed.error().message);
        return;
    }
    m_annotator.notifyTagsChanged();
    m_annotator.notifyChanged();
    Q_EMIT message(tr("Removed %n paper(s) for good", nullptr, *removed));
}

} // namespace Lectern
