#include "gui/lists/SmartListCommands.h"

namespace Lectern {

// The steps name themselves with AnnotationCommand::tr(), as in AnnotationCommands.cpp, so that lupdate
// files their texts where the translation is looked up.

SmartListCreateCommand::SmartListCreateCommand(Annotator &annotator, const QString &name, const QString &query)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Save the search as smart list %1").arg(name.trimmed())),
      m_name(name), m_query(query)
{
}

Status SmartListCreateCommand::apply(bool &)
{
    SmartListStore store(library());
    auto id = m_removed ? store.restore(*m_removed) : store.create(m_name, m_query);
    if (!id)
        return id.error();
    m_listId = *id;
    return success();
}

Status SmartListCreateCommand::revert()
{
    auto removed = SmartListStore(library()).remove(m_listId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return success();
}

SmartListRenameCommand::SmartListRenameCommand(Annotator &annotator, qint64 listId, const QString &from,
                                               const QString &to)
    : ListTextCommand(annotator, AnnotationCommand::tr("Rename smart list %1 to %2").arg(from, to.trimmed()), listId,
                      from, to)
{
}

SmartListQueryCommand::SmartListQueryCommand(Annotator &annotator, qint64 listId, const QString &name,
                                             const QString &from, const QString &to)
    : ListTextCommand(annotator, AnnotationCommand::tr("Edit the query of smart list %1").arg(name), listId, from, to)
{
}

SmartListDeleteCommand::SmartListDeleteCommand(Annotator &annotator, qint64 listId, const QString &name)
    : ListDeleteCommand(annotator, AnnotationCommand::tr("Delete smart list %1").arg(name), listId)
{
}

} // namespace Lectern
