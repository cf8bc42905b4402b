#include "gui/notes/NotePane.h"

#include "gui/OfflineBrowser.h"
#include "gui/SyntaxRepository.h"
#include "gui/notes/NoteEditor.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Lectern {

namespace {
const QString ThemeKey = QStringLiteral("notes/theme");
const QString PreviewKey = QStringLiteral("notes/preview");

// The palette a plain editor gets on this desktop: the application's (a dark platform theme, -style, a palette
// set at run time) with what a style sheet makes of it (a dark sheet leaves the application's palette light).
QPalette desktopEditorPalette()
{
    QPlainTextEdit probe;
    probe.ensurePolished();
    return probe.palette();
}
} // namespace

NotePane::NotePane(Annotator &annotator, QWidget *parent)
    : QWidget(parent), m_editor(new NoteEditor(annotator)), m_preview(new OfflineBrowser),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_previewAction(new QAction(tr("Note &Preview"), this))
{
    setObjectName(QStringLiteral("notePane"));
    m_preview->setObjectName(QStringLiteral("notePreview"));
    // Below the editor, not beside it, so that neither is half as wide; and every line wraps, code too, so
    // that the preview never needs a horizontal scroll bar.
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_previewAction->setObjectName(QStringLiteral("notePreviewAction"));
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::toggled, this, &NotePane::setPreviewShown);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotePane::updatePreview);

    const QSettings settings;
    applyTheme(settings.value(ThemeKey).toString());
    m_previewAction->setChecked(settings.value(PreviewKey, false).toBool());
    setPreviewShown(m_previewAction->isChecked());
}

void NotePane::setPreviewShown(bool shown)
{
    m_preview->setVisible(shown);
    QSettings().setValue(PreviewKey, shown);
    updatePreview();
}

void NotePane::updatePreview()
{
    if (!m_preview->isVisibleTo(this))
        return;
    m_preview->setMarkdown(m_editor->toPlainText());
    // A code block's lines do not wrap by themselves.
    for (QTextBlock block = m_preview->document()->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().nonBreakableLines())
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setNonBreakableLines(false);
        QTextCursor(block).setBlockFormat(format);
    }
}

QMenu *NotePane::createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Note &Theme"), parent);
    menu->setObjectName(QStringLiteral("noteThemeMenu"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(ThemeKey).toString();
    QAction *automatic = menu->addAction(tr("&Automatic"));
    automatic->setData(QString());
    menu->addSeparator();
    for (const KSyntaxHighlighting::Theme &theme : syntaxRepository().themes()) {
        QAction *action = menu->addAction(theme.translatedName());
        action->setData(theme.name());
    }
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings().setValue(ThemeKey, action->data().toString());
        applyTheme(action->data().toString());
    });
    return menu;
}

void NotePane::changeEvent(QEvent *event)
{
    // "Automatic" follows the desktop turning dark or light while Lectern runs; the editor's own palette,
    // set from the theme, would not.
    const bool paletteChanged = event->type() == QEvent::ApplicationPaletteChange
                                || event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange;
    if (paletteChanged && QSettings().value(ThemeKey).toString().isEmpty())
        applyTheme({});
    QWidget::changeEvent(event);
}

void NotePane::applyTheme(const QString &name)
{
    const KSyntaxHighlighting::Repository &repository = syntaxRepository();
    const KSyntaxHighlighting::Theme named = repository.theme(name);
    m_editor->setTheme(name.isEmpty() || !named.isValid() ? repository.themeForPalette(desktopEditorPalette()) : named);
}

} // namespace Lectern
