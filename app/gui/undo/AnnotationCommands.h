#pragma once

#include "library/AnnotationStore.h"
#include "library/Paper.h"
#include "library/TagStore.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace Lectern {

class Annotator;

// An edit of the library as an undo step. redo() and undo() call the stores, which return what the
// way back needs. A step that fails (or finds nothing to change) makes itself obsolete, so that the
// stack drops it instead of keeping a step that does nothing.
class AnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommand)

public:
    void redo() final;
    void undo() final;

protected:
    AnnotationCommand(Annotator &annotator, const QString &text);
    Library &library();
    // Do and undo the edit. apply() sets changed to false when there was nothing to do.
    virtual Status apply(bool &changed) = 0;
    virtual Status revert() = 0;
    // After each redo and undo; by default every view refreshes.
    virtual void announce();

    Annotator &m_annotator;
    bool m_done = false; // apply() has run at least once
};

// An edit of tags: what shows tags and their counts follows (Annotator::tagsChanged(), before changed()).
class TagCommand : public AnnotationCommand
{
protected:
    using AnnotationCommand::AnnotationCommand;
    void announce() override;
};

class TagEditCommand : public TagCommand
{
public:
    TagEditCommand(Annotator &annotator, const QList<qint64> &paperIds, const QStringList &add, const QStringList &remove);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QList<qint64> m_paperIds;
    const QStringList m_add;
    const QStringList m_remove;
    TagEdit m_edit;
};

class TagRenameCommand : public TagCommand
{
public:
    TagRenameCommand(Annotator &annotator, const QString &from, const QString &to);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_from;
    const QString m_to;
    TagRename m_rename;
};

class TagColorCommand : public TagCommand
{
public:
    TagColorCommand(Annotator &annotator, const QString &path, const QString &color);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_path;
    const QString m_color;
    QString m_before;
};

class TagDeleteCommand : public TagCommand
{
public:
    TagDeleteCommand(Annotator &annotator, const QString &path);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QString m_path;
    QList<TagSnapshot> m_snapshots;
};

class StatusCommand : public AnnotationCommand
{
public:
    StatusCommand(Annotator &annotator, const QList<qint64> &paperIds, ReadingStatus status);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const QList<qint64> m_paperIds;
    const ReadingStatus m_status;
    QList<PaperStatus> m_before;
};

class RatingCommand : public AnnotationCommand
{
public:
    RatingCommand(Annotator &annotator, qint64 paperId, int rating);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const qint64 m_paperId;
    const int m_rating;
    int m_before = 0;
};

// The note editor saves every pause in typing; the saves of one paper in a row merge into one step
// that goes back to the note as it was before.
class NoteCommand : public AnnotationCommand
{
public:
    NoteCommand(Annotator &annotator, qint64 paperId, const QString &note);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Status apply(bool &changed) override;
    Status revert() override;
    void announce() override;

    const qint64 m_paperId;
    QString m_note;
    QString m_before;
};

class HighlightAddCommand : public AnnotationCommand
{
public:
    HighlightAddCommand(Annotator &annotator, const Highlight &highlight);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    Highlight m_highlight; // id and anchor filled in by the first apply()
};

class HighlightRemoveCommand : public AnnotationCommand
{
public:
    HighlightRemoveCommand(Annotator &annotator, qint64 highlightId);

private:
    Status apply(bool &changed) override;
    Status revert() override;

    const qint64 m_highlightId;
    Highlight m_removed;
};

// A highlight's colour or comment: the store's setter returns the value before.
class HighlightFieldCommand : public AnnotationCommand
{
public:
    enum class Field { Color, Comment };
    HighlightFieldCommand(Annotator &annotator, qint64 highlightId, Field field, const QString &value);

private:
    Status apply(bool &changed) override;
    Status revert() override;
    Expected<QString> write(const QString &value);

    const qint64 m_highlightId;
    const Field m_field;
    const QString m_value;
    QString m_before;
};

} // namespace Lectern
