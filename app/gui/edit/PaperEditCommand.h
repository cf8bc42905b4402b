#pragma once

#include "gui/undo/AnnotationCommands.h"

namespace Lectern {

// An edit of a paper's details (PaperEditDialog) as one undo step: undo stores the paper as it was, field by field
// (each change is in the paper's history, the undo's too).
class PaperEditCommand : public AnnotationCommand
{
public:
    PaperEditCommand(Annotator &annotator, const Paper &before, const Paper &after);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const Paper m_before;
    const Paper m_after;
};

} // namespace Lectern
