#include "gui/help/QueryHelp.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Lectern {

namespace {

const QString ExampleScheme = QStringLiteral("lectern-example");

QString exampleLink(int index)
{
    return ExampleScheme + u':' + QString::number(index);
}

} // namespace

QList<QueryHelp::Example> QueryHelp::examples()
{
    return {
        {QStringLiteral("graph neural"), tr("papers with all of these words, best match first (title above abstract)")},
        {QStringLiteral("\"reinforcement learning\""), tr("the exact phrase")},
        {QStringLiteral("optim*"), tr("words that start with optim")},
        {QStringLiteral("title:transformer"), tr("a word in one field: title:, author:, abstract: or note:")},
        {QStringLiteral("tag:ml"), tr("tagged ml or a tag below it (ml/optimization)")},
        {QStringLiteral("status:inbox"), tr("a reading status: inbox, to-read, reading, read, skipped")},
        {QStringLiteral("rating:>=4"), tr("rated four stars or more (rating:3 for exactly three)")},
        {QStringLiteral("year:2019..2021"), tr("published in these years (year:2023 for one)")},
        {QStringLiteral("added:<7d"), tr("added in the last seven days")},
        {QStringLiteral("has:note"), tr("with a note (has:highlight, has:link, has:code)")},
        {QStringLiteral("list:\"To review\""), tr("in the reading list of that name")},
        {QStringLiteral("tag:ml OR tag:vision"), tr("either one")},
        {QStringLiteral("learning -tag:ml"), tr("the first, not the second: a minus excludes")},
        {QStringLiteral("(graph OR tree) status:to-read"), tr("grouping; terms side by side must all match")},
    };
}

QueryHelp::QueryHelp(QWidget *parent) : QDialog(parent), m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("queryHelp"));
    setWindowTitle(tr("Query Language"));
    m_text->setObjectName(QStringLiteral("queryHelpText"));
    m_text->setOpenLinks(false);
    QString html;
    html += QStringLiteral("<p>%1</p><table cellspacing=\"4\">")
                .arg(tr("The search field, smart lists and the command line share one language. Click an example to "
                        "run it on the whole library.").toHtmlEscaped());
    const QList<Example> all = examples();
    for (int i = 0; i < all.size(); ++i)
        html += QStringLiteral("<tr><td><a href=\"%1\"><code>%2</code></a></td><td>%3</td></tr>")
                    .arg(exampleLink(i), all[i].query.toHtmlEscaped(), all[i].finds.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("A query with a mistake is marked under the search field where the mistake is; the list keeps "
                        "what it showed.")
                         .toHtmlEscaped());
    m_text->setHtml(html);
    connect(m_text, &QTextBrowser::anchorClicked, this, [this, all](const QUrl &url) {
        if (url.scheme() != ExampleScheme)
            return;
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < all.size())
            Q_EMIT queryChosen(all[index].query);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace Lectern
