#pragma once

#include "gui/undo/AnnotationCommands.h"
#include "library/PaperRows.h"

#include <QSet>

#include <optional>

namespace Lectern {

// Merging a duplicate pair as one undo step. The way back is every row of both papers as they were before
// (PaperRows): undo puts both papers back exactly, ids, notes, highlights, list places and history alike. A Lectern
// JSON snapshot would do for the papers' fields and annotations, but not for the rows it does not carry (the
// history's ids, duplicate keys, a later schema's columns such as the Trash's), and would give the papers new ids.
class MergeCommand : public AnnotationCommand
{
public:
    MergeCommand(Annotator &annotator, qint64 keep, qint64 other, const QSet<QString> &takeFromOther);

private:
    Status apply(bool &changed) override;
    Status revert() override;
    void announce() override;

    const qint64 m_keep;
    const qint64 m_other;
    const QSet<QString> m_takeFromOther;
    std::optional<PaperRows> m_before;
};

} // namespace Lectern
