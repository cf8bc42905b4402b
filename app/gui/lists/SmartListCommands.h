#pragma once

#include "gui/lists/ListCommands.h"
#include "library/SmartListStore.h"

#include <optional>

namespace Lectern {

// The smart-list edits of the window as undo steps on the Annotator's stack, beside tags and reading lists.
// A deleted list comes back under its old id, so that the steps before the delete still find it.

// Saves a query under a name; undo deletes the list again.
class SmartListCreateCommand : public AnnotationCommand
{
public:
    SmartListCreateCommand(Annotator &annotator, const QString &name, const QString &query);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_name;
    const QString m_query;
    qint64 m_listId = 0;
    std::optional<SmartList> m_removed; // after an undo: what a redo puts back
};

class SmartListRenameCommand : public ListTextCommand<SmartListStore, &SmartListStore::rename>
{
public:
    SmartListRenameCommand(Annotator &annotator, qint64 listId, const QString &from, const QString &to);
};

class SmartListQueryCommand : public ListTextCommand<SmartListStore, &SmartListStore::setQuery>
{
public:
    SmartListQueryCommand(Annotator &annotator, qint64 listId, const QString &name, const QString &from,
                          const QString &to);
};

class SmartListDeleteCommand : public ListDeleteCommand<SmartListStore, SmartList>
{
public:
    SmartListDeleteCommand(Annotator &annotator, qint64 listId, const QString &name);
};

} // namespace Lectern
