#pragma once

#include <QWidget>

class QAction;
class QMenu;
class QSplitter;

namespace Lectern {

class Annotator;
class NoteEditor;
class OfflineBrowser;

// The note editor and, beside it when asked for, the note rendered as Markdown. Owns the View menu's
// preview toggle and note theme choice (remembered in the settings).
class NotePane : public QWidget
{
    Q_OBJECT

public:
    NotePane(Annotator &annotator, QWidget *parent = nullptr);

    NoteEditor *editor() const { return m_editor; }
    QAction *previewAction() const { return m_previewAction; }
    // "Note Theme": automatic (from the palette's lightness) or one of KSyntaxHighlighting's themes.
    QMenu *createThemeMenu(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setPreviewShown(bool shown);
    void updatePreview();
    void applyTheme(const QString &name);

    NoteEditor *m_editor;
    OfflineBrowser *m_preview; // a note may hold any link or image: the preview follows the one rule
    QSplitter *m_splitter;
    QAction *m_previewAction;
};

} // namespace Lectern
