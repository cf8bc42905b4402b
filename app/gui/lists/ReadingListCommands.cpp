#include "gui/lists/ReadingListCommands.h"

#include <QSet>

#include <algorithm>

namespace Lectern {

ReadingListCreateCommand::ReadingListCreateCommand(Annotator &annotator, const QString &name)
    : AnnotationCommand(annotator, AnnotationCommand::tr("New reading list %1").arg(name.trimmed())), m_name(name)
{
}

Status ReadingListCreateCommand::apply(bool &)
{
    ReadingListStore store(library());
    auto id = m_removed ? store.restore(*m_removed) : store.create(m_name);
    if (!id)
        return id.error();
    m_listId = *id;
    return success();
}

Status ReadingListCreateCommand::revert()
{
    auto removed = ReadingListStore(library()).remove(m_listId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return success();
}

ReadingListRenameCommand::ReadingListRenameCommand(Annotator &annotator, qint64 listId, const QString &from,
                                                   const QString &to)
    : ListTextCommand(annotator, AnnotationCommand::tr("Rename reading list %1 to %2").arg(from, to.trimmed()), listId,
                      from, to)
{
}

ReadingListAddCommand::ReadingListAddCommand(Annotator &annotator, const QString &listName, const QList<qint64> &paperIds)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Add to reading list %1").arg(listName)), m_listName(listName),
      m_paperIds(paperIds)
{
}

Status ReadingListAddCommand::apply(bool &changed)
{
    ReadingListStore store(library());
    const auto existing = store.find(m_listName);
    const QList<qint64> before = existing ? store.paperIds(existing->id) : QList<qint64>();
    auto result = store.addPapersToNamedList(m_listName, m_paperIds);
    if (!result)
        return result.error();
    m_result = *result;
    QSet<qint64> seen(before.cbegin(), before.cend());
    m_added.clear();
    for (const qint64 id : m_paperIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            m_added.append(id);
        }
    changed = m_result.created || m_result.added > 0;
    return success();
}

Status ReadingListAddCommand::revert()
{
    ReadingListStore store(library());
    if (m_result.created) {
        auto removed = store.remove(m_result.listId);
        return removed ? success() : Status(removed.error());
    }
    auto removed = store.removePapers(m_result.listId, m_added);
    return removed ? success() : Status(removed.error());
}

ReadingListRemoveCommand::ReadingListRemoveCommand(Annotator &annotator, qint64 listId, const QList<qint64> &paperIds)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Remove from the reading list")), m_listId(listId), m_paperIds(paperIds)
{
}

Status ReadingListRemoveCommand::apply(bool &changed)
{
    ReadingListStore store(library());
    m_before = store.paperIds(m_listId);
    m_removed.clear();
    std::copy_if(m_before.cbegin(), m_before.cend(), std::back_inserter(m_removed),
                 [this](qint64 id) { return m_paperIds.contains(id); });
    auto removed = store.removePapers(m_listId, m_removed);
    if (!removed)
        return removed.error();
    changed = *removed > 0;
    return success();
}

Status ReadingListRemoveCommand::revert()
{
    ReadingListStore store(library());
    // Back at the end first, then each where it was.
    if (auto added = store.addPapers(m_listId, m_removed); !added)
        return added.error();
    return store.setOrder(m_listId, m_before);
}

ReadingListMoveCommand::ReadingListMoveCommand(Annotator &annotator, qint64 listId, const QList<qint64> &paperIds,
                                               int targetIndex)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Reorder the reading list")), m_listId(listId), m_paperIds(paperIds),
      m_targetIndex(targetIndex)
{
}

Status ReadingListMoveCommand::apply(bool &changed)
{
    ReadingListStore store(library());
    m_before = store.paperIds(m_listId);
    if (auto moved = store.movePapers(m_listId, m_paperIds, m_targetIndex); !moved)
        return moved;
    changed = store.paperIds(m_listId) != m_before;
    return success();
}

Status ReadingListMoveCommand::revert()
{
    return ReadingListStore(library()).setOrder(m_listId, m_before);
}

ReadingListDeleteCommand::ReadingListDeleteCommand(Annotator &annotator, qint64 listId, const QString &name)
    : ListDeleteCommand(annotator, AnnotationCommand::tr("Delete reading list %1").arg(name), listId)
{
}

} // namespace Lectern
