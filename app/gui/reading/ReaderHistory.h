#pragma once

#include <QList>
#include <QObject>

class QAction;

namespace Lectern {

// Back and Forward through the papers the reader showed (Alt+Left, Alt+Right), as a browser goes through pages:
// a click on a related paper, a tag or a search can always be undone by going back. Going back or forward does
// not add to the history; showing a paper anew drops what lay ahead.
class ReaderHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumLength = 200;

    explicit ReaderHistory(QObject *parent);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

    // The reader shows this paper now (0: none, which the history skips).
    void visit(qint64 paperId);
    // A paper deleted or no longer in the library is skipped when going back or forward to it.
    void forget(qint64 paperId);

Q_SIGNALS:
    // Back or Forward: the reader should show this paper (visit() follows, and is not recorded).
    void paperRequested(qint64 paperId);

private:
    void go(int step);
    void updateActions();

    QList<qint64> m_papers;
    int m_position = -1;
    bool m_going = false;
    QAction *m_back;
    QAction *m_forward;
};

} // namespace Lectern
