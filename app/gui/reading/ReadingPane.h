#pragma once

#include "library/Paper.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QMenu;
class QSplitter;

namespace Lectern {

class Annotator;
class HighlightList;
class HistoryView;
class Library;
class NotePane;
class RatingStars;
class ReaderView;
class TagChips;
class TagColors;
class TagField;

// The right side of the window: the selected paper to read and annotate. Above the reader: its
// status, rating and tags (chips, and the field that tags every selected paper); beside the abstract
// its history; below, the note and the list of highlights. Every edit goes through the Annotator.
class ReadingPane : public QWidget
{
    Q_OBJECT

public:
    // The papers selected in the list: what the status box and the tag field act on.
    using SelectedPapers = std::function<QList<qint64>()>;

    ReadingPane(Library &library, Annotator &annotator, SelectedPapers selectedPapers, QWidget *parent = nullptr);

    ReaderView *reader() const { return m_reader; }
    NotePane *notePane() const { return m_notes; }
    const TagColors &tagColors() const { return *m_tagColors; }
    qint64 paperId() const { return m_paper.id; }

    // Showing the paper shown already (after an edit) keeps the note being typed and the scroll position.
    void showPaper(const Paper &paper);
    void clear();
    // Saves the note now if it has unsaved changes (before the window closes).
    void saveNote();
    void focusTagField();
    // Adds a pane beside the note and highlights (the related papers), the note keeping most of the width.
    void besideNote(QWidget *pane);

    // Highlight the reader's selection: with the default colour (H), with a comment (Shift+H), and a
    // menu of the colours.
    QList<QAction *> highlightActions() const { return {m_highlightAction, m_commentedHighlightAction}; }
    QMenu *createHighlightColorMenu(QWidget *parent);

Q_SIGNALS:
    void tagClicked(const QString &path);
    // Escape, or Enter on an empty tag field: the keyboard goes back to the list.
    void tagFieldFinished();

private:
    QWidget *createAnnotationBar();
    void createHighlightActions();
    void showReaderMenu(const QPoint &position);
    void enterTags(const QString &text);
    void highlightSelection(const QString &color, bool askComment = false);
    void updateTagCompletion();

    Library &m_library;
    Annotator &m_annotator;
    SelectedPapers m_selectedPapers;
    TagColors *m_tagColors;
    Paper m_paper;

    QComboBox *m_statusBox = nullptr;
    RatingStars *m_stars = nullptr;
    TagField *m_tagField = nullptr;
    TagChips *m_chips = nullptr;
    ReaderView *m_reader;
    HistoryView *m_history;
    NotePane *m_notes;
    HighlightList *m_highlights;
    QSplitter *m_splitter;
    QAction *m_highlightAction = nullptr;
    QAction *m_commentedHighlightAction = nullptr;
};

} // namespace Lectern
