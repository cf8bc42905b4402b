#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
class Theme;
} // namespace KSyntaxHighlighting

namespace Lectern {

class Annotator;

// The Markdown note of one paper, highlighted by KSyntaxHighlighting and saved as the user types:
// within SaveDelay of the last keystroke, and at once when another paper is shown, when the editor
// loses focus and when the window closes. Each save is an undo step of the window (Annotator), merged
// with the saves before it while the same paper is edited; Ctrl+Z inside the editor stays the
// editor's own, letter by letter.
class NoteEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int SaveDelayMs = 500;

    NoteEditor(Annotator &annotator, QWidget *parent = nullptr);

    // Saves the note shown (when changed) and shows this one; paperId 0 shows none.
    void showNote(qint64 paperId, const QString &note);
    qint64 paperId() const { return m_paperId; }
    bool hasUnsavedChanges() const { return m_unsaved; }
    // Saves now when there is something to save.
    void save();

    // Colours the text and the editor's palette from the theme.
    void setTheme(const KSyntaxHighlighting::Theme &theme);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void textEdited();

    Annotator &m_annotator;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QTimer m_saveTimer;
    qint64 m_paperId = 0;
    bool m_unsaved = false;
    bool m_loading = false; // setPlainText() is not an edit
};

} // namespace Lectern
