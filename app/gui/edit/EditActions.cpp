#include "gui/edit/EditActions.h"

#include "gui/NewAction.h"
#include "gui/edit/PaperEditCommand.h"
#include "gui/edit/PaperEditDialog.h"
#include "gui/undo/Annotator.h"
#include "library/PaperStore.h"

#include <QWidget>

namespace Lectern {

EditActions::EditActions(Library &library, Annotator &annotator, CurrentPaper currentPaper,
                         const QList<QWidget *> &shortcutWidgets, QWidget *parent)
    : QObject(parent), m_library(library), m_annotator(annotator), m_currentPaper(std::move(currentPaper)),
      m_parent(parent)
{
    m_edit = newAction(this, tr("&Edit Paper Details..."), QStringLiteral("editPaperAction"), Qt::Key_F2);
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    for (QWidget *widget : shortcutWidgets)
        widget->addAction(m_edit);
    connect(m_edit, &QAction::triggered, this, &EditActions::editCurrentPaper);
}

void EditActions::editCurrentPaper()
{
    const qint64 id = m_currentPaper();
    const auto paper = id ? PaperStore(m_library).paper(id) : std::nullopt;
    if (!paper) {
        Q_EMIT message(tr("Select a paper to edit its details"));
        return;
    }
    auto *dialog = new PaperEditDialog(*paper, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = *paper] {
        const auto after = dialog->edited();
        if (after && m_annotator.push(new PaperEditCommand(m_annotator, before, *after)))
            Q_EMIT message(tr("Saved the details of \"%1\"").arg(after->title));
    });
    dialog->open();
}

} // namespace Lectern
