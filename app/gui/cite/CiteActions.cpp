#include "gui/cite/CiteActions.h"

#include "export/BibTexExporter.h"
#include "export/Citation.h"
#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/cite/CitationKeyCommand.h"
#include "gui/undo/Annotator.h"
#include "library/CitationKeys.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>

namespace Lectern {

CiteActions::CiteActions(Library &library, Annotator &annotator, Selection selection, QWidget *parent)
    : QObject(parent), m_library(library), m_annotator(annotator), m_selection(std::move(selection)), m_parent(parent)
{
    // Ctrl+Shift+C is "copy as" in most editors; the others keep to the same row of keys.
    connect(createAction(tr("Copy \\cite{...}"), QStringLiteral("copyLatexCiteAction"), Qt::CTRL | Qt::SHIFT | Qt::Key_C),
            &QAction::triggered, this, [this] { copyCitation(false); });
    connect(createAction(tr("Copy Pandoc Citation [@...]"), QStringLiteral("copyPandocCiteAction"),
                         Qt::CTRL | Qt::ALT | Qt::Key_C),
            &QAction::triggered, this, [this] { copyCitation(true); });
    connect(createAction(tr("Copy BibTeX Entry"), QStringLiteral("copyBibtexAction"), Qt::CTRL | Qt::SHIFT | Qt::Key_B),
            &QAction::triggered, this, &CiteActions::copyBibtex);
    connect(createAction(tr("Copy Reference"), QStringLiteral("copyReferenceAction"), Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            &QAction::triggered, this, &CiteActions::copyReferences);
    connect(createAction(tr("Edit Citation Key..."), QStringLiteral("editKeyAction"), Qt::CTRL | Qt::SHIFT | Qt::Key_K),
            &QAction::triggered, this, &CiteActions::editKey);
    connect(createAction(tr("Regenerate Citation Keys"), QStringLiteral("regenerateKeysAction")), &QAction::triggered,
            this, &CiteActions::regenerateKeys);
    connect(createAction(tr("Citation Key Pattern..."), QStringLiteral("keyPatternAction")), &QAction::triggered, this,
            &CiteActions::editPattern);
}

QAction *CiteActions::createAction(const QString &text, const QString &objectName, const QKeySequence &shortcut)
{
    QAction *action = newAction(this, text, objectName, shortcut);
    // The shortcuts work wherever the focus is in the window, as the menu's do.
    action->setShortcutContext(Qt::WindowShortcut);
    m_parent->addAction(action);
    m_actions.append(action);
    return action;
}

void CiteActions::addToMenu(QMenu *menu)
{
    menu->addActions(m_actions.mid(0, 4));
    menu->addSeparator();
    menu->addActions(m_actions.mid(4));
}

void CiteActions::copyCitation(bool pandoc)
{
    const QList<Paper> papers = papersForExport(m_library, m_selection());
    if (papers.isEmpty())
        return;
    const QStringList keys = ExportText::citationKeys(papers);
    const QString text = pandoc ? Citation::pandocCite(keys) : Citation::latexCite(keys);
    QApplication::clipboard()->setText(text);
    Q_EMIT message(tr("Copied %1").arg(text));
}

void CiteActions::copyBibtex()
{
    const QList<Paper> papers = papersForExport(m_library, m_selection());
    if (papers.isEmpty())
        return;
    QApplication::clipboard()->setText(BibTexExporter().write(papers, {}));
    Q_EMIT message(tr("Copied the BibTeX of %n paper(s)", nullptr, int(papers.size())));
}

// Plain text, and Markdown beside it for the editors that take it.
void CiteActions::copyReferences()
{
    const QList<Paper> papers = papersForExport(m_library, m_selection());
    if (papers.isEmpty())
        return;
    QStringList text;
    QStringList markdown;
    for (const Paper &paper : papers) {
        text.append(Citation::reference(paper));
        markdown.append(Citation::reference(paper, Citation::Style::Markdown));
    }
    auto *data = new QMimeData;
    data->setText(text.join(u'\n') + u'\n');
    data->setData(QStringLiteral("text/markdown"), (markdown.join(QStringLiteral("\n\n")) + u'\n').toUtf8());
    QApplication::clipboard()->setMimeData(data);
    Q_EMIT message(tr("Copied the reference of %n paper(s)", nullptr, int(papers.size())));
}

void CiteActions::editKey()
{
    const QList<qint64> ids = m_selection();
    if (ids.size() != 1) {
        Q_EMIT message(tr("Select one paper to edit its citation key"));
        return;
    }
    const QString current = CitationKeyStore(m_library).key(ids.first());
    const auto key = InputDialogs::getText(m_parent, tr("Edit Citation Key"),
                                           tr("The key \\cite{...} and [@...] use; unique in the library:"), current);
    if (!key || key->trimmed() == current)
        return;
    if (m_annotator.push(new CitationKeyCommand(m_annotator, ids.first(), *key)))
        Q_EMIT message(tr("The citation key is now %1").arg(key->trimmed()));
}

// The library's pattern, shared with the command line's key-pattern: new keys follow it, existing ones stay.
void CiteActions::editPattern()
{
    CitationKeyStore keys(m_library);
    const auto pattern = InputDialogs::getText(m_parent, tr("Citation Key Pattern"),
                                               tr("New keys are made from this pattern; keys already made stay "
                                                  "until regenerated.\n%1")
                                                   .arg(CitationKeys::patternFields().join(u'\n')),
                                               keys.pattern());
    if (!pattern || pattern->trimmed() == keys.pattern())
        return;
    if (auto s = keys.setPattern(pattern->trimmed()); !s)
        Q_EMIT message(s.error().message);
    else
        Q_EMIT message(tr("New citation keys are made from %1").arg(keys.pattern()));
}

void CiteActions::regenerateKeys()
{
    const QList<qint64> ids = m_selection();
    if (ids.isEmpty())
        return;
    if (m_annotator.push(new CitationKeyCommand(m_annotator, ids)))
        Q_EMIT message(tr("Made %n citation key(s) again from the pattern %1", nullptr, int(ids.size()))
                           .arg(CitationKeyStore(m_library).pattern()));
}

} // namespace Lectern
