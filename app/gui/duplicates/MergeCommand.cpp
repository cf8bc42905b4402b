#include "gui/duplicates/MergeCommand.h"

#include "gui/undo/Annotator.h"
#include "library/Library.h"
#include "library/PaperMerge.h"
#include "storage/Database.h"

namespace Lectern {

MergeCommand::MergeCommand(Annotator &annotator, qint64 keep, qint64 other, const QSet<QString> &takeFromOther)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Merge Duplicates")), m_keep(keep), m_other(other),
      m_takeFromOther(takeFromOther)
{
}

Status MergeCommand::apply(bool &)
{
    // Captured and merged in one transaction, so that nothing comes between what is kept and what is changed.
    Transaction transaction(library().db());
    if (!transaction)
        return transaction.error();
    auto before = PaperRows::capture(library(), {m_keep, m_other});
    if (!before)
        return before.error();
    if (auto merged = PaperMerge(library()).merge(m_keep, m_other, m_takeFromOther); !merged)
        return merged.error();
    if (auto s = transaction.commit(); !s)
        return s;
    m_before = std::move(*before);
    return success();
}

Status MergeCommand::revert()
{
    return m_before ? m_before->restore(library()) : success();
}

void MergeCommand::announce()
{
    m_annotator.notifyTagsChanged(); // the tags' counts change with the papers
    AnnotationCommand::announce();
}

} // namespace Lectern
