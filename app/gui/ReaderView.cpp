#include "gui/ReaderView.h"

#include "library/Paper.h"

#include <QDesktopServices>

namespace Lectern {

namespace {

bool isWebLink(const QUrl &url)
{
    return url.scheme() == u"http" || url.scheme() == u"https";
}

} // namespace

ReaderView::ReaderView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    // Links come from imported text: they never navigate this view, and only web links leave it.
    setOpenLinks(false);
    setPlaceholderText(tr("Select a paper to read its abstract."));
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (isWebLink(url))
            QDesktopServices::openUrl(url);
    });
}

void ReaderView::showPaper(const Paper &paper)
{
    // Everything from the library is escaped: a title may contain "<", an abstract anything at all.
    QString html = u"<h2>" + paper.title.toHtmlEscaped() + u"</h2>";
    if (!paper.authors.isEmpty())
        html += u"<p><i>" + paper.authors.join(QStringLiteral(", ")).toHtmlEscaped() + u"</i></p>";
    if (!paper.published.isEmpty())
        html += u"<p>" + tr("Published %1").arg(paper.published.toHtmlEscaped()) + u"</p>";
    for (const Link &link : paper.links) {
        const QString url = link.url.toHtmlEscaped();
        const QString kind = link.kind == Link::Kind::Code ? tr("Code") : tr("Page");
        html += u"<p>" + kind + u": <a href=\"" + url + u"\">" + url + u"</a></p>";
    }
    html += u"<p>" + paper.abstract.toHtmlEscaped() + u"</p>";
    setHtml(html);
}

} // namespace Lectern
