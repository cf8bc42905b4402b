#include "gui/undo/AnnotationCommands.h"

#include "gui/AnnotationText.h"
#include "gui/undo/Annotator.h"
#include "library/HighlightStore.h"

#include <algorithm>

namespace Lectern {

// The steps below name themselves with AnnotationCommand::tr(): a plain tr() is the same function at run time,
// but lupdate would file the text under the subclass, and the translation would never be found.

AnnotationCommand::AnnotationCommand(Annotator &annotator, const QString &text) : QUndoCommand(text), m_annotator(annotator)
{
}

Library &AnnotationCommand::library()
{
    return m_annotator.library();
}

void AnnotationCommand::redo()
{
    bool changed = true;
    const Status status = apply(changed);
    if (!status)
        m_annotator.notifyFailed(status.error().message);
    if (!status || !changed)
        setObsolete(true);
    else
        announce();
    m_done = true;
}

void AnnotationCommand::undo()
{
    const Status status = revert();
    if (!status) {
        // The library moved on without this window (another Lectern changed it): the step cannot go back.
        m_annotator.notifyFailed(status.error().message);
        setObsolete(true);
    }
    announce();
}

void AnnotationCommand::announce()
{
    m_annotator.notifyChanged();
}

// --- tags

void TagCommand::announce()
{
    m_annotator.notifyTagsChanged();
    AnnotationCommand::announce();
}

namespace {

QString tagEditText(const QStringList &add, const QStringList &remove)
{
    if (remove.isEmpty())
        return AnnotationCommand::tr("Tag %1").arg(add.join(QStringLiteral(", ")));
    if (add.isEmpty())
        return AnnotationCommand::tr("Remove tag %1").arg(remove.join(QStringLiteral(", ")));
    return AnnotationCommand::tr("Edit tags");
}

} // namespace

TagEditCommand::TagEditCommand(Annotator &annotator, const QList<qint64> &paperIds, const QStringList &add,
                               const QStringList &remove)
    : TagCommand(annotator, tagEditText(add, remove)), m_paperIds(paperIds), m_add(add), m_remove(remove)
{
}

Status TagEditCommand::apply(bool &changed)
{
    auto edit = TagStore(library()).edit(m_paperIds, m_add, m_remove);
    if (!edit)
        return edit.error();
    m_edit = *edit;
    changed = !m_edit.added.isEmpty() || !m_edit.removed.isEmpty();
    return success();
}

Status TagEditCommand::revert()
{
    return TagStore(library()).undo(m_edit);
}

TagRenameCommand::TagRenameCommand(Annotator &annotator, const QString &from, const QString &to)
    : TagCommand(annotator, AnnotationCommand::tr("Rename tag %1 to %2").arg(from, to)), m_from(from), m_to(to)
{
}

Status TagRenameCommand::apply(bool &changed)
{
    auto rename = TagStore(library()).rename(m_from, m_to);
    if (!rename)
        return rename.error();
    m_rename = *rename;
    changed = !m_rename.moves.isEmpty();
    return success();
}

Status TagRenameCommand::revert()
{
    return TagStore(library()).undo(m_rename);
}

TagColorCommand::TagColorCommand(Annotator &annotator, const QString &path, const QString &color)
    : TagCommand(annotator, AnnotationCommand::tr("Change the colour of %1").arg(path)), m_path(path), m_color(color)
{
}

Status TagColorCommand::apply(bool &changed)
{
    auto before = TagStore(library()).setColor(m_path, m_color);
    if (!before)
        return before.error();
    m_before = *before;
    changed = m_before != m_color;
    return success();
}

Status TagColorCommand::revert()
{
    const auto after = TagStore(library()).setColor(m_path, m_before);
    return after ? success() : Status(after.error());
}

TagDeleteCommand::TagDeleteCommand(Annotator &annotator, const QString &path)
    : TagCommand(annotator, AnnotationCommand::tr("Delete tag %1").arg(path)), m_path(path)
{
}

Status TagDeleteCommand::apply(bool &changed)
{
    auto snapshots = TagStore(library()).deleteTag(m_path);
    if (!snapshots)
        return snapshots.error();
    m_snapshots = *snapshots;
    changed = !m_snapshots.isEmpty();
    return success();
}

Status TagDeleteCommand::revert()
{
    return TagStore(library()).restore(m_snapshots);
}

// --- status, rating, note

StatusCommand::StatusCommand(Annotator &annotator, const QList<qint64> &paperIds, ReadingStatus status)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Status %1").arg(AnnotationText::statusLabel(status))),
      m_paperIds(paperIds), m_status(status)
{
}

Status StatusCommand::apply(bool &changed)
{
    auto before = AnnotationStore(library()).setStatus(m_paperIds, m_status);
    if (!before)
        return before.error();
    m_before = *before;
    changed = std::any_of(m_before.cbegin(), m_before.cend(),
                          [this](const PaperStatus &paper) { return paper.status != m_status; });
    return success();
}

Status StatusCommand::revert()
{
    const auto after = AnnotationStore(library()).setStatus(m_before);
    return after ? success() : Status(after.error());
}

RatingCommand::RatingCommand(Annotator &annotator, qint64 paperId, int rating)
    : AnnotationCommand(annotator, rating == 0 ? AnnotationCommand::tr("Remove the rating")
                                               : AnnotationCommand::tr("Rate %1").arg(AnnotationText::stars(rating))),
      m_paperId(paperId), m_rating(rating)
{
}

Status RatingCommand::apply(bool &changed)
{
    auto before = AnnotationStore(library()).setRating(m_paperId, m_rating);
    if (!before)
        return before.error();
    m_before = *before;
    changed = m_before != m_rating;
    return success();
}

Status RatingCommand::revert()
{
    const auto after = AnnotationStore(library()).setRating(m_paperId, m_before);
    return after ? success() : Status(after.error());
}

NoteCommand::NoteCommand(Annotator &annotator, qint64 paperId, const QString &note)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Edit the note")), m_paperId(paperId), m_note(note)
{
}

int NoteCommand::id() const
{
    return 1;
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const NoteCommand *>(other);
    if (next->m_paperId != m_paperId)
        return false;
    m_note = next->m_note;
    // Typing and then deleting it again leaves nothing to undo.
    setObsolete(m_note == m_before);
    return true;
}

Status NoteCommand::apply(bool &changed)
{
    auto before = AnnotationStore(library()).setNote(m_paperId, m_note);
    if (!before)
        return before.error();
    if (!m_done)
        m_before = *before;
    changed = *before != m_note;
    return success();
}

Status NoteCommand::revert()
{
    const auto after = AnnotationStore(library()).setNote(m_paperId, m_before);
    return after ? success() : Status(after.error());
}

void NoteCommand::announce()
{
    // The first save comes from the editor, which shows the note already; undo and redo change it under the editor.
    if (!m_done)
        return;
    m_annotator.notifyNoteChanged(m_paperId);
    m_annotator.notifyChanged();
}

// --- highlights

HighlightAddCommand::HighlightAddCommand(Annotator &annotator, const Highlight &highlight)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Highlight")), m_highlight(highlight)
{
}

Status HighlightAddCommand::apply(bool &)
{
    HighlightStore store(library());
    if (m_done)
        return store.restore(m_highlight);
    auto added = store.add(m_highlight.paperId, m_highlight.start, m_highlight.length, m_highlight.color,
                           m_highlight.comment);
    if (!added)
        return added.error();
    m_highlight = *added;
    return success();
}

Status HighlightAddCommand::revert()
{
    const auto removed = HighlightStore(library()).remove(m_highlight.id);
    if (!removed)
        return removed.error();
    m_highlight = *removed;
    return success();
}

HighlightRemoveCommand::HighlightRemoveCommand(Annotator &annotator, qint64 highlightId)
    : AnnotationCommand(annotator, AnnotationCommand::tr("Remove the highlight")), m_highlightId(highlightId)
{
}

Status HighlightRemoveCommand::apply(bool &)
{
    auto removed = HighlightStore(library()).remove(m_highlightId);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return success();
}

Status HighlightRemoveCommand::revert()
{
    return HighlightStore(library()).restore(m_removed);
}

HighlightFieldCommand::HighlightFieldCommand(Annotator &annotator, qint64 highlightId, Field field, const QString &value)
    : AnnotationCommand(annotator, field == Field::Color ? AnnotationCommand::tr("Change the highlight's colour")
                                                         : AnnotationCommand::tr("Comment the highlight")),
      m_highlightId(highlightId), m_field(field), m_value(value)
{
}

Status HighlightFieldCommand::apply(bool &changed)
{
    auto before = write(m_value);
    if (!before)
        return before.error();
    m_before = *before;
    changed = m_before != m_value;
    return success();
}

Status HighlightFieldCommand::revert()
{
    const auto after = write(m_before);
    return after ? success() : Status(after.error());
}

Expected<QString> HighlightFieldCommand::write(const QString &value)
{
    HighlightStore store(library());
    return m_field == Field::Color ? store.setColor(m_highlightId, value) : store.setComment(m_highlightId, value);
}

} // namespace Lectern
