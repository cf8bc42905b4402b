#pragma once

#include "gui/lists/ListCommands.h"
#include "library/ReadingListStore.h"

#include <optional>

namespace Lectern {

// The reading-list edits of the window as undo steps on the Annotator's stack, beside tags and statuses.

// Makes an empty list; undo deletes it again (and redo brings it back under the same id).
class ReadingListCreateCommand : public AnnotationCommand
{
public:
    ReadingListCreateCommand(Annotator &annotator, const QString &name);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_name;
    qint64 m_listId = 0;
    std::optional<RemovedReadingList> m_removed; // after an undo: what a redo puts back
};

class ReadingListRenameCommand : public ListTextCommand<ReadingListStore, &ReadingListStore::rename>
{
public:
    ReadingListRenameCommand(Annotator &annotator, qint64 listId, const QString &from, const QString &to);
};

// Adds papers to the list of that name, creating it when there is none; undo takes them out again
// (and the list away, when this step created it).
class ReadingListAddCommand : public AnnotationCommand
{
public:
    ReadingListAddCommand(Annotator &annotator, const QString &listName, const QList<qint64> &paperIds);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_listName;
    const QList<qint64> m_paperIds;
    ListAddResult m_result;
    QList<qint64> m_added; // those that were not in the list before
};

class ReadingListRemoveCommand : public AnnotationCommand
{
public:
    ReadingListRemoveCommand(Annotator &annotator, qint64 listId, const QList<qint64> &paperIds);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const qint64 m_listId;
    const QList<qint64> m_paperIds;
    QList<qint64> m_before;  // the list's order, to put the papers back where they were
    QList<qint64> m_removed; // those of m_paperIds that were in the list
};

// Papers dragged to another place in the list (see ReadingListStore::movePapers).
class ReadingListMoveCommand : public AnnotationCommand
{
public:
    ReadingListMoveCommand(Annotator &annotator, qint64 listId, const QList<qint64> &paperIds, int targetIndex);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const qint64 m_listId;
    const QList<qint64> m_paperIds;
    const int m_targetIndex;
    QList<qint64> m_before;
};

// A restored list comes back under a new id.
class ReadingListDeleteCommand : public ListDeleteCommand<ReadingListStore, RemovedReadingList>
{
public:
    ReadingListDeleteCommand(Annotator &annotator, qint64 listId, const QString &name);
};

} // namespace Lectern
