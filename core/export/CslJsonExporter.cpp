#include "export/CslJsonExporter.h"

#include "export/ExportText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

// "Erwin Schrödinger" is given "Erwin", family "Schrödinger"; "Ludwig van Beethoven" keeps the
// lower-case particle with the family name; "Schrödinger, Erwin" says it itself. A single word
// (or an organisation) stays whole, as a literal.
QJsonObject authorName(const QString &author)
{
    const QString name = author.simplified();
    if (const qsizetype comma = name.indexOf(u','); comma > 0)
        return {{QStringLiteral("family"), name.left(comma).trimmed()},
                {QStringLiteral("given"), name.mid(comma + 1).trimmed()}};
    QStringList words = name.split(u' ');
    if (words.size() < 2)
        return {{QStringLiteral("literal"), name}};
    qsizetype familyStart = words.size() - 1;
    while (familyStart > 1 && words[familyStart - 1].front().isLower())
        --familyStart;
    return {{QStringLiteral("family"), words.mid(familyStart).join(u' ')},
            {QStringLiteral("given"), words.mid(0, familyStart).join(u' ')}};
}

void insertText(QJsonObject &item, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        item.insert(key, value);
}

QJsonObject item(const Paper &paper, const QString &id, const ExportOptions &options)
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("type"),
                      ExportText::isJournalArticle(paper) ? QStringLiteral("article-journal") : QStringLiteral("article")},
                     {QStringLiteral("title"), paper.title.simplified()}};
    QJsonArray authors;
    for (const QString &author : paper.authorNames())
        authors.append(authorName(author));
    if (!authors.isEmpty())
        item.insert(QStringLiteral("author"), authors);
    insertText(item, QStringLiteral("abstract"), paper.abstract.trimmed());
    insertText(item, QStringLiteral("DOI"), paper.doi);
    insertText(item, QStringLiteral("URL"), ExportText::paperUrl(paper));
    if (const QList<int> parts = ExportText::dateParts(paper); !parts.isEmpty()) {
        QJsonArray dateParts;
        for (const int part : parts)
            dateParts.append(part);
        QJsonArray dates; // CSL allows a range: a list of dates, each a list of parts
        dates.append(dateParts);
        item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), dates}});
    }
    if (options.tags)
        insertText(item, QStringLiteral("keyword"), paper.tags.join(QStringLiteral(", ")));
    if (options.notes)
        insertText(item, QStringLiteral("note"), paper.note.trimmed());
    return item;
}

} // namespace

ExportOptions CslJsonExporter::supportedFields() const
{
    ExportOptions supported;
    supported.tags = true;
    supported.notes = true;
    return supported;
}

QString CslJsonExporter::write(const QList<Paper> &papers, const ExportOptions &options) const
{
    const QStringList ids = ExportText::citationKeys(papers);
    QJsonArray items;
    for (qsizetype i = 0; i < papers.size(); ++i)
        items.append(item(papers[i], ids[i], options));
    return QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Indented));
}

} // namespace Lectern
