#include "gui/undo/Annotator.h"

#include "gui/undo/AnnotationCommands.h"

#include <QUndoStack>

namespace Lectern {

Annotator::Annotator(Library &library, QObject *parent)
    : QObject(parent), m_library(library), m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("undoStack"));
}

bool Annotator::push(AnnotationCommand *command)
{
    m_lastEditFailed = false;
    m_stack->push(command); // runs the edit; a failed or empty one is deleted rather than kept
    return !m_lastEditFailed;
}

void Annotator::notifyFailed(const QString &message)
{
    m_lastEditFailed = true;
    Q_EMIT failed(message);
}

bool Annotator::editTags(const QList<qint64> &paperIds, const QStringList &add, const QStringList &remove)
{
    return push(new TagEditCommand(*this, paperIds, add, remove));
}

bool Annotator::renameTag(const QString &from, const QString &to)
{
    return push(new TagRenameCommand(*this, from, to));
}

bool Annotator::setTagColor(const QString &path, const QString &color)
{
    return push(new TagColorCommand(*this, path, color));
}

bool Annotator::deleteTag(const QString &path)
{
    return push(new TagDeleteCommand(*this, path));
}

bool Annotator::setStatus(const QList<qint64> &paperIds, ReadingStatus status)
{
    return push(new StatusCommand(*this, paperIds, status));
}

bool Annotator::setRating(qint64 paperId, int rating)
{
    return push(new RatingCommand(*this, paperId, rating));
}

bool Annotator::saveNote(qint64 paperId, const QString &note)
{
    const bool saved = push(new NoteCommand(*this, paperId, note));
    if (saved)
        Q_EMIT noteSaved(paperId);
    return saved;
}

bool Annotator::addHighlight(qint64 paperId, int start, int length, const QString &color, const QString &comment)
{
    Highlight highlight;
    highlight.paperId = paperId;
    highlight.start = start;
    highlight.length = length;
    highlight.color = color;
    highlight.comment = comment;
    return push(new HighlightAddCommand(*this, highlight));
}

bool Annotator::removeHighlight(qint64 highlightId)
{
    return push(new HighlightRemoveCommand(*this, highlightId));
}

bool Annotator::setHighlightColor(qint64 highlightId, const QString &color)
{
    return push(new HighlightFieldCommand(*this, highlightId, HighlightFieldCommand::Field::Color, color));
}

bool Annotator::setHighlightComment(qint64 highlightId, const QString &comment)
{
    return push(new HighlightFieldCommand(*this, highlightId, HighlightFieldCommand::Field::Comment, comment));
}

} // namespace Lectern
