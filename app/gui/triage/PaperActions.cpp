#include "gui/triage/PaperActions.h"

#include "gui/AnnotationText.h"
#include "gui/NewAction.h"
#include "gui/PaperListModel.h"
#include "gui/undo/Annotator.h"
#include "library/PaperStore.h"
#include "text/PaperText.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QMenu>
#include <QAbstractItemView>
#include <QUrl>

#include <algorithm>

namespace Lectern {

namespace {

struct StatusKey
{
    ReadingStatus status;
    QKeySequence key;
};

} // namespace

PaperActions::PaperActions(Library &library, Annotator &annotator, QAbstractItemView *list, PaperListModel *model, QObject *parent)
    : QObject(parent), m_library(library), m_annotator(annotator), m_list(list), m_model(model),
      m_remaining(new QLabel(list))
{
    m_remaining->setObjectName(QStringLiteral("triageRemaining"));
    createStatusActions();
    createRatingActions();
    m_tagAction = createAction(tr("&Tag..."), QStringLiteral("tagAction"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tagAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_T), QKeySequence(Qt::Key_G)}); // G: for triage
    connect(m_tagAction, &QAction::triggered, this, &PaperActions::tagRequested);
    m_openLinkAction = createAction(tr("&Open Link"), QStringLiteral("openLinkAction"), QKeySequence(Qt::Key_O));
    connect(m_openLinkAction, &QAction::triggered, this, &PaperActions::openLink);
}

QAction *PaperActions::createAction(const QString &text, const QString &objectName, const QKeySequence &shortcut)
{
    // Parented to the list's window so that the window-wide shortcuts work without a menu bar too.
    QAction *action = newAction(m_list->window(), text, objectName, shortcut);
    m_list->window()->addAction(action);
    return action;
}

void PaperActions::createStatusActions()
{
    const StatusKey keys[] = {{ReadingStatus::Inbox, QKeySequence(Qt::Key_I)},
                              {ReadingStatus::ToRead, QKeySequence(Qt::Key_T)},
                              {ReadingStatus::Reading, QKeySequence(Qt::SHIFT | Qt::Key_R)},
                              {ReadingStatus::Read, QKeySequence(Qt::Key_R)},
                              {ReadingStatus::Skipped, QKeySequence(Qt::Key_S)}};
    for (const StatusKey &key : keys) {
        QAction *action = createAction(AnnotationText::statusLabel(key.status),
                                       QStringLiteral("status-") + statusName(key.status) + QStringLiteral("-action"), key.key);
        connect(action, &QAction::triggered, this, [this, status = key.status] { decide(status); });
        m_statusActions.append(action);
    }
}

void PaperActions::createRatingActions()
{
    for (int rating = 0; rating <= 5; ++rating) {
        const QString text = rating == 0 ? tr("No Rating") : AnnotationText::stars(rating);
        QAction *action = createAction(text, QStringLiteral("rating-%1-action").arg(rating), QKeySequence(Qt::Key_0 + rating));
        connect(action, &QAction::triggered, this, [this, rating] { rate(rating); });
        m_ratingActions.append(action);
    }
}

void PaperActions::addToMenu(QMenu *menu)
{
    menu->addMenu(tr("&Status"))->addActions(m_statusActions);
    menu->addMenu(tr("&Rating"))->addActions(m_ratingActions);
    menu->addSeparator();
    menu->addAction(m_tagAction);
    menu->addAction(m_openLinkAction);
}

// The papers a command acts on. The reader shows the current row; Ctrl+arrows move it without selecting, and
// then the paper shown is the one meant, not the selection left behind (issue 12: G tagged the selected row
// while the reader showed another). The selection counts when the shown paper is part of it.
QList<qint64> PaperActions::selectedPaperIds() const
{
    const QModelIndex current = m_list->currentIndex();
    if (current.isValid() && !m_list->selectionModel()->isRowSelected(current.row()))
        return {currentPaperId()};
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(m_model->paperId(row));
    if (ids.isEmpty() && m_list->currentIndex().isValid())
        ids.append(currentPaperId());
    return ids;
}

qint64 PaperActions::currentPaperId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->paperId(current.row()) : 0;
}

// One key per decision: the decided papers get the status and the paper after them comes up, so that
// the next key decides the next paper. In the inbox the decided ones leave the list as it reloads.
void PaperActions::decide(ReadingStatus status)
{
    const QList<qint64> ids = selectedPaperIds();
    if (ids.isEmpty())
        return;
    const QItemSelection decided = m_list->selectionModel()->selection();
    const QModelIndex current = m_list->currentIndex();
    moveToNextPaper();
    if (m_annotator.setStatus(ids, status))
        return;
    // Nothing was stored (the library is busy, or read-only): the same papers again, for the key to be pressed again.
    m_list->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_list->selectionModel()->select(decided, QItemSelectionModel::ClearAndSelect);
}

void PaperActions::rate(int rating)
{
    if (const qint64 id = currentPaperId())
        m_annotator.setRating(id, rating);
}

void PaperActions::openLink()
{
    const auto paper = PaperStore(m_library).paper(currentPaperId());
    if (!paper)
        return;
    for (const Link &link : paper->links) {
        if (const QUrl url = PaperText::browserUrl(link.url); !url.isEmpty()) {
            // False when the desktop has nothing to open it with (no browser): say so rather than nothing.
            if (!QDesktopServices::openUrl(url))
                m_annotator.notifyFailed(tr("Could not open %1: no web browser was found to open it with.")
                                             .arg(url.toDisplayString()));
            return;
        }
    }
    m_annotator.notifyFailed(tr("This paper has no link."));
}

void PaperActions::moveToNextPaper()
{
    int last = m_list->currentIndex().row();
    if (m_list->selectionModel()->isRowSelected(last))
        for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
            last = std::max(last, index.row());
    if (last + 1 < m_model->rowCount())
        m_list->selectionModel()->setCurrentIndex(m_model->index(last + 1, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PaperActions::showRemaining(int left)
{
    if (left < 0)
        m_remaining->clear();
    else
        m_remaining->setText(left > 0 ? tr("Inbox: %1 left").arg(left) : tr("Inbox empty"));
}

} // namespace Lectern
