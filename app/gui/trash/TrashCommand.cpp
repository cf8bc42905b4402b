#include "gui/trash/TrashCommand.h"

#include "library/PaperTrash.h"

namespace Lectern {

TrashCommand::TrashCommand(Annotator &annotator, const QList<qint64> &paperIds, Direction direction)
    : TagCommand(annotator, direction == Direction::ToTrash ? AnnotationCommand::tr("Move to Trash")
                                                            : AnnotationCommand::tr("Restore from Trash")),
      m_paperIds(paperIds), m_direction(direction)
{
}

Status TrashCommand::toTrash(bool &changed)
{
    const auto moved = PaperTrash(library()).trash(m_paperIds);
    if (!moved)
        return moved.error();
    m_moved = *moved;
    changed = !m_moved.isEmpty();
    return success();
}

Status TrashCommand::apply(bool &changed)
{
    if (m_direction == Direction::ToTrash)
        return toTrash(changed);
    return PaperTrash(library()).restore(m_paperIds);
}

Status TrashCommand::revert()
{
    if (m_direction == Direction::ToTrash)
        return PaperTrash(library()).restore(m_moved);
    bool changed = false;
    return toTrash(changed);
}

} // namespace Lectern
