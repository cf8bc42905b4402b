#pragma once

#include <QWidget>

class QListWidget;
class QToolButton;

namespace Lectern {

class Library;

// A paper's history in words, newest first ("Tagged ml", "Status: Read"), under a "History" heading
// that opens and closes it (remembered in the settings).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(Library &library, QWidget *parent = nullptr);

    void showPaper(qint64 paperId);

private:
    void setExpanded(bool expanded);

    Library &m_library;
    QToolButton *m_toggle;
    QListWidget *m_events;
};

} // namespace Lectern
