#include "gui/edit/PaperEditCommand.h"

#include "library/PaperEditor.h"

namespace Lectern {

PaperEditCommand::PaperEditCommand(Annotator &annotator, const Paper &before, const Paper &after)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Edit Paper Details")), m_before(before), m_after(after)
{
}

Status PaperEditCommand::apply(bool &changed)
{
    const auto fields = PaperEditor(library()).save(m_after);
    if (!fields)
        return fields.error();
    changed = !fields->isEmpty();
    return success();
}

Status PaperEditCommand::revert()
{
    const auto fields = PaperEditor(library()).save(m_before);
    return fields ? success() : Status(fields.error());
}

} // namespace Lectern
