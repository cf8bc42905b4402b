#pragma once

#include "gui/undo/AnnotationCommands.h"

namespace Lectern {

// The steps that work alike for reading lists and smart lists, over the list's store (ReadingListStore,
// SmartListStore). Each kind names its steps in a subclass (ReadingListCommands.h, SmartListCommands.h).

// A text of the list (its name, a smart list's query) set to another; undo sets it back.
template<typename Store, Status (Store::*set)(qint64, const QString &)>
class ListTextCommand : public AnnotationCommand
{
protected:
    ListTextCommand(Annotator &annotator, const QString &stepText, qint64 listId, const QString &from, const QString &to)
        : AnnotationCommand(annotator, stepText), m_listId(listId), m_from(from), m_to(to)
    {
    }

private:
    Status apply(bool &changed) override
    {
        changed = m_to.trimmed() != m_from;
        return changed ? write(m_to) : success();
    }
    Status revert() override { return write(m_from); }
    Status write(const QString &text)
    {
        Store store(library());
        return (store.*set)(m_listId, text);
    }

    const qint64 m_listId;
    const QString m_from;
    const QString m_to;
};

// Deletes the list; undo brings it back (see the store's restore()).
template<typename Store, typename Removed>
class ListDeleteCommand : public AnnotationCommand
{
protected:
    ListDeleteCommand(Annotator &annotator, const QString &stepText, qint64 listId)
        : AnnotationCommand(annotator, stepText), m_listId(listId)
    {
    }

private:
    Status apply(bool &) override
    {
        auto removed = Store(library()).remove(m_listId);
        if (!removed)
            return removed.error();
        m_removed = *removed;
        return success();
    }
    Status revert() override
    {
        auto restored = Store(library()).restore(m_removed);
        if (!restored)
            return restored.error();
        m_listId = *restored;
        return success();
    }

    qint64 m_listId; // a restored list may come back under a new id
    Removed m_removed;
};

} // namespace Lectern
