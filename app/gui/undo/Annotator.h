#pragma once

#include "library/Paper.h"

#include <QList>
#include <QObject>
#include <QString>

class QUndoStack;

namespace Lectern {

class AnnotationCommand;
class Library;

// Every edit the window makes to the library: each runs as a QUndoCommand on one stack, so that
// Edit > Undo takes back tags, statuses, ratings, highlights, tag renames and note saves alike.
// Each function returns false when the library refused the edit (an empty tag name, a paper that
// is gone); failed() says why, and nothing is left on the stack. An edit that changes nothing (a tag
// the paper has already) succeeds without a step.
class Annotator : public QObject
{
    Q_OBJECT

public:
    explicit Annotator(Library &library, QObject *parent = nullptr);

    Library &library() { return m_library; }
    QUndoStack *undoStack() const { return m_stack; }

    bool editTags(const QList<qint64> &paperIds, const QStringList &add, const QStringList &remove = {});
    bool renameTag(const QString &from, const QString &to);
    bool setTagColor(const QString &path, const QString &color);
    bool deleteTag(const QString &path);

    bool setStatus(const QList<qint64> &paperIds, ReadingStatus status);
    bool setRating(qint64 paperId, int rating);
    // Saves of one paper's note in a row merge into one undo step.
    bool saveNote(qint64 paperId, const QString &note);

    bool addHighlight(qint64 paperId, int start, int length, const QString &color, const QString &comment = {});
    bool removeHighlight(qint64 highlightId);
    bool setHighlightColor(qint64 highlightId, const QString &color);
    bool setHighlightComment(qint64 highlightId, const QString &comment);

    // Pushes a step of another part of the window (the list edits), which does its edit at once; false
    // when the edit failed.
    bool push(AnnotationCommand *command);

    // For the commands: they report each change and each failure here.
    void notifyChanged() { Q_EMIT changed(); }
    void notifyTagsChanged() { Q_EMIT tagsChanged(); }
    void notifyNoteChanged(qint64 paperId) { Q_EMIT noteChanged(paperId); }
    void notifyFailed(const QString &message);

Q_SIGNALS:
    // The library changed (or changed back): lists, counts and the reader show it again.
    void changed();
    // Tags were added to or removed from papers, renamed, recoloured or deleted; changed() follows.
    void tagsChanged();
    // A note changed through undo or redo, not through its editor.
    void noteChanged(qint64 paperId);
    // The editor saved a note. Unlike changed(), the list stays as it is while the user types; what
    // counts notes (a smart list of has:note) follows.
    void noteSaved(qint64 paperId);
    void failed(const QString &message);

private:
    Library &m_library;
    QUndoStack *m_stack;
    bool m_lastEditFailed = false;
};

} // namespace Lectern
