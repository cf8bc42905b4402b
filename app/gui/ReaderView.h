#pragma once

#include <QTextBrowser>

namespace Lectern {

struct Paper;

// Shows one paper: title, authors, date, links and abstract. Opens only web links, in the browser.
class ReaderView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    void showPaper(const Paper &paper);
};

} // namespace Lectern
