#include "cli/PaperJson.h"

#include <QJsonArray>

namespace Lectern {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray highlightsToJson(const QList<Highlight> &highlights)
{
    QJsonArray array;
    for (const Highlight &h : highlights)
        array.append(QJsonObject{
            {QStringLiteral("id"), h.id},
            {QStringLiteral("start"), h.start},
            {QStringLiteral("length"), h.length},
            {QStringLiteral("quote"), h.quote},
            {QStringLiteral("color"), h.color},
            {QStringLiteral("comment"), h.comment},
            {QStringLiteral("orphaned"), h.orphaned},
        });
    return array;
}

} // namespace

QJsonObject paperToJson(const Paper &paper)
{
    QJsonArray links;
    for (const Link &link : paper.links)
        links.append(QJsonObject{{QStringLiteral("url"), link.url},
                                 {QStringLiteral("kind"), link.kind == Link::Kind::Code ? QStringLiteral("code")
                                                                                        : QStringLiteral("page")}});
    return QJsonObject{
        {QStringLiteral("id"), paper.id},
        {QStringLiteral("title"), paper.title},
        {QStringLiteral("authors"), QJsonArray::fromStringList(paper.authors)},
        {QStringLiteral("abstract"), paper.abstract},
        {QStringLiteral("links"), links},
        {QStringLiteral("arxiv_id"), orNull(paper.arxivId)},
        {QStringLiteral("doi"), orNull(paper.doi)},
        {QStringLiteral("published"), orNull(paper.published)},
        {QStringLiteral("added"), orNull(paper.added)},
        {QStringLiteral("source"), orNull(paper.sourceFile)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(paper.tags)},
        {QStringLiteral("status"), statusName(paper.status)},
        {QStringLiteral("rating"), paper.rating},
        {QStringLiteral("note"), paper.note},
        {QStringLiteral("highlights"), highlightsToJson(paper.highlights)},
    };
}

} // namespace Lectern
