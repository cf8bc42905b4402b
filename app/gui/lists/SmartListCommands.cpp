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
    : AnnotationCommand(annotator, AnnotationCommand::tr("Rename smart list %1 to %2").arg(from, to.trimmed())),
      m_listId(listId), m_from(from), m_to(to)
{
}

Status SmartListRenameCommand::apply(bool &changed)
{
    changed = m_to.trimmed() != m_from;
    return changed ? SmartListStore(library()).rename(m_listId, m_to) : success();
}

Status SmartListRenameCommand::revert()
{
    return SmartListStore(library()).rename(m_listId, m_from);
}

SmartListQueryCommand::SmartListQueryCommand(Annotator &annotator, qint64 listId, const QString &name,
                                             const QString &from, const QString &to)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Edit the query of smart list %1").arg(name)),
      m_listId(listId), m_from(from), m_to(to)
{
}

Status SmartListQueryCommand::apply(bool &changed)
{
    changed = m_to.trimmed() != m_from;
    return changed ? SmartListStore(library()).setQuery(m_listId, m_to) : success();
}

Status SmartListQueryCommand::revert()
{
    return SmartListStore(library()).setQuery(m_listId, m_from);
}

SmartListDeleteCommand::SmartListDeleteCommand(Annotator &annotator, qint64 listId, const QString &name)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Delete smart list %1").arg(name)), m_listId(listId)
{
}

Status SmartListDeleteCommand::apply(bool &)
{
    auto removed = SmartListStore(library()).remove(m_listId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return success();
}

Status SmartListDeleteCommand::revert()
{
    auto restored = SmartListStore(library()).restore(m_removed);
    if (!restored)
        return restored.error();
    m_listId = *restored;
    return success();
}

} // namespace Lectern
