#pragma once

#include "library/Paper.h"

#include <QList>
#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QAbstractItemView;

namespace Lectern {

class Annotator;
class Library;
class PaperListModel;

// What the keyboard does to the papers selected in the list, for triage: one key per decision and the
// next paper comes up. In the Paper menu; the keys work wherever no text is being typed.
//   I inbox, T to read, Shift+R reading, R read, S skipped; 0 to 5 rate; G tag; O open the first link.
// Also keeps the status bar's "Inbox: n left".
class PaperActions : public QObject
{
    Q_OBJECT

public:
    PaperActions(Library &library, Annotator &annotator, QAbstractItemView *list, PaperListModel *model, QObject *parent = nullptr);

    QList<qint64> selectedPaperIds() const;
    qint64 currentPaperId() const;
    // The Status and Rating submenus, Tag and Open Link.
    void addToMenu(QMenu *menu);
    // "Inbox: 42 left", for the status bar.
    QLabel *remainingLabel() const { return m_remaining; }
    // Shows the inbox's count (-1: not counted yet), which the window counts with the sidebar's (LibraryCounts).
    void showRemaining(int left);

Q_SIGNALS:
    // G (or Ctrl+T): the tag field should take the keyboard.
    void tagRequested();

private:
    QAction *createAction(const QString &text, const QString &objectName, const QKeySequence &shortcut);
    void createStatusActions();
    void createRatingActions();
    void decide(ReadingStatus status);
    void rate(int rating);
    void openLink();
    void moveToNextPaper();

    Library &m_library;
    Annotator &m_annotator;
    QAbstractItemView *m_list;
    PaperListModel *m_model;
    QList<QAction *> m_statusActions;
    QList<QAction *> m_ratingActions;
    QAction *m_tagAction;
    QAction *m_openLinkAction;
    QLabel *m_remaining;
};

} // namespace Lectern
