#pragma once

#include <QList>
#include <QKeySequence>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

class Annotator;
class Library;

// Copy to cite: the selected papers' \cite{...}, pandoc citation, BibTeX entries or formatted references on the
// clipboard, and the papers' citation keys edited or made again (each one undo step).
class CiteActions : public QObject
{
    Q_OBJECT

public:
    using Selection = std::function<QList<qint64>()>;
    CiteActions(Library &library, Annotator &annotator, Selection selection, QWidget *parent);

    void addToMenu(QMenu *menu);

Q_SIGNALS:
    // "Copied \cite{chen2025lion}": for the status bar.
    void message(const QString &text);

private:
    QAction *createAction(const QString &text, const QString &objectName, const QKeySequence &shortcut = {});
    void copyCitation(bool pandoc);
    void copyBibtex();
    void copyReferences();
    void editKey();
    void regenerateKeys();
    void editPattern();

    Library &m_library;
    Annotator &m_annotator;
    Selection m_selection;
    QWidget *m_parent;
    QList<QAction *> m_actions;
};

} // namespace Lectern
