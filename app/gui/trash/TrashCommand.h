#pragma once

#include "gui/undo/AnnotationCommands.h"

namespace Lectern {

// Papers moved to the Trash, or brought back from it, as one undo step: undo does the other. Counts of tags,
// lists and statuses change with it, so it announces as a tag edit does.
class TrashCommand : public TagCommand
{
public:
    enum class Direction { ToTrash, FromTrash };
    TrashCommand(Annotator &annotator, const QList<qint64> &paperIds, Direction direction);

private:
    Status apply(bool &changed) override;
    Status revert() override;
    Status toTrash(bool &changed);

    const QList<qint64> m_paperIds;
    const Direction m_direction;
    QList<qint64> m_moved; // those that went to the Trash now (not those there already)
};

} // namespace Lectern
