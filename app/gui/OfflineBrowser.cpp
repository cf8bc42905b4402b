#include "gui/OfflineBrowser.h"

#include "text/PaperText.h"

#include <QDesktopServices>
#include <QPixmap>
#include <QTextDocument>

namespace Lectern {

namespace {

// A QTextDocument loads what its text names when its view does not: a local file, a path relative to the
// working folder, a data: URL. This one loads nothing. An image gets a blank pixel in its place, because
// without an image Qt's image handler reads the named file itself.
class OfflineDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        QPixmap blank(1, 1);
        blank.fill(Qt::transparent);
        return blank;
    }
};

} // namespace

OfflineBrowser::OfflineBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setDocument(new OfflineDocument(this));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &link) {
        if (const QUrl url = PaperText::browserUrl(link.toString()); !url.isEmpty())
            QDesktopServices::openUrl(url);
    });
}

QVariant OfflineBrowser::loadResource(int, const QUrl &)
{
    return {};
}

} // namespace Lectern
