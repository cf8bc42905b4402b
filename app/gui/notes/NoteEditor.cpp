#include "gui/notes/NoteEditor.h"

#include "gui/SyntaxRepository.h"
#include "gui/undo/Annotator.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>

namespace Lectern {

NoteEditor::NoteEditor(Annotator &annotator, QWidget *parent)
    : QPlainTextEdit(parent), m_annotator(annotator), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setObjectName(QStringLiteral("noteEditor"));
    setPlaceholderText(tr("Your notes on this paper, in Markdown. They are saved as you type."));
    setTabChangesFocus(true);
    m_highlighter->setDefinition(syntaxRepository().definitionForName(QStringLiteral("Markdown")));
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &NoteEditor::save);
    connect(this, &QPlainTextEdit::textChanged, this, &NoteEditor::textEdited);
    setEnabled(false);
}

void NoteEditor::showNote(qint64 paperId, const QString &note)
{
    if (paperId != m_paperId)
        save();
    else if (m_unsaved || note == toPlainText())
        return; // the same paper again (after an edit elsewhere): the typing goes on
    m_paperId = paperId;
    m_loading = true;
    setPlainText(note);
    m_loading = false;
    setEnabled(paperId != 0);
}

void NoteEditor::textEdited()
{
    // textChanged also comes when only the colours change (the highlighter, a theme); the document's
    // modified flag is set by edits alone.
    if (m_loading || m_paperId == 0 || !document()->isModified())
        return;
    m_unsaved = true;
    m_saveTimer.start();
}

void NoteEditor::save()
{
    m_saveTimer.stop();
    if (!m_unsaved)
        return;
    m_unsaved = false;
    m_annotator.saveNote(m_paperId, toPlainText());
    document()->setModified(false); // what is saved is the new starting point
}

void NoteEditor::focusOutEvent(QFocusEvent *event)
{
    save();
    QPlainTextEdit::focusOutEvent(event);
}

void NoteEditor::setTheme(const KSyntaxHighlighting::Theme &theme)
{
    // As KSyntaxHighlighting's codeeditor example: the editor takes the theme's background and
    // selection colours, so that a dark theme is dark in a light desktop too.
    QPalette palette = QApplication::palette(this);
    if (theme.isValid()) {
        palette.setColor(QPalette::Base, theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        palette.setColor(QPalette::Highlight, theme.editorColor(KSyntaxHighlighting::Theme::TextSelection));
        palette.setColor(QPalette::Text, theme.textColor(KSyntaxHighlighting::Theme::Normal));
    }
    setPalette(palette);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace Lectern
