#pragma once

#include <QTextBrowser>

namespace Lectern {

// A text browser for text that came from outside (an imported abstract, a note's Markdown): it shows that
// text and nothing else. It loads no resource at all, local or remote (no image, no style sheet, no file
// behind a link), never navigates, and a link the reader follows goes to the desktop's browser only when
// PaperText::browserUrl allows it: the one rule for every link in Lectern.
class OfflineBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineBrowser(QWidget *parent = nullptr);

    // Nothing, for any resource: not even a page that setSource() would name. (The document's own loading,
    // which would read files by itself, is closed too.)
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace Lectern
