#include "export/LecternJson.h"

#include "export/ExportFile.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Lectern {

namespace {

void addLine(QTextStream &text, const char *key, const QJsonObject &value)
{
    text << QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1StringView(key), value}}).toJson(QJsonDocument::Compact))
         << '\n';
}

QJsonArray historyOf(Database &db, qint64 paperId)
{
    Statement q(db, "SELECT at, kind, detail, previous, value FROM paper_events WHERE paper_id = ? ORDER BY at, id");
    q.bind(1, paperId);
    QJsonArray history;
    while (q.step()) {
        QJsonObject event{{QStringLiteral("at"), q.text(0)}, {QStringLiteral("kind"), q.text(1)},
                          {QStringLiteral("detail"), q.text(2)}, {QStringLiteral("previous"), q.text(3)}};
        if (!q.text(4).isEmpty()) // a field edit's new value (schema 11); other events have none
            event.insert(QStringLiteral("value"), q.text(4));
        history.append(event);
    }
    return history;
}

void addTags(QTextStream &text, Database &db)
{
    Statement q(db, "SELECT name, color FROM tags WHERE color IS NOT NULL ORDER BY name_key");
    while (q.step())
        addLine(text, "tag", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("color"), q.text(1)}});
}

// Every reading list, holding the exported papers (their ids sorted) among its own, in its order.
void addReadingLists(QTextStream &text, Database &db, const QList<qint64> &exported)
{
    Statement lists(db, "SELECT id, name, created_at FROM reading_lists ORDER BY name");
    Statement items(db, "SELECT paper_id, added_at FROM reading_list_items WHERE list_id = ? ORDER BY position");
    while (lists.step()) {
        QJsonArray papers;
        items.bind(1, lists.integer(0));
        while (items.step())
            if (std::binary_search(exported.cbegin(), exported.cend(), items.integer(0)))
                papers.append(QJsonObject{{QStringLiteral("id"), items.integer(0)}, {QStringLiteral("added"), items.text(1)}});
        items.reset();
        addLine(text, "reading_list", {{QStringLiteral("name"), lists.text(1)}, {QStringLiteral("created"), lists.text(2)},
                                       {QStringLiteral("papers"), papers}});
    }
}

void addSmartLists(QTextStream &text, Database &db)
{
    Statement q(db, "SELECT name, query, position FROM smart_lists ORDER BY position, id");
    while (q.step())
        addLine(text, "smart_list", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("query"), q.text(1)},
                                     {QStringLiteral("position"), q.integer(2)}});
}

// What the library's users share (the citation key pattern).
void addSettings(QTextStream &text, Database &db)
{
    Statement q(db, "SELECT name, value FROM library_settings ORDER BY name");
    while (q.step())
        addLine(text, "setting", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("value"), q.text(1)}});
}

} // namespace

QString writeLecternJson(Library &library, const QList<qint64> &paperIds)
{
    QString text;
    QTextStream out(&text);
    writeLecternJson(library, paperIds, out);
    out.flush();
    return text;
}

void writeLecternJson(Library &library, const QList<qint64> &paperIds, QTextStream &out)
{
    Database &db = library.db();
    out << QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("lectern"), QStringLiteral("library")},
                                  {QStringLiteral("version"), LecternJsonVersion},
                                  {QStringLiteral("exported"), storedTime(QDateTime::currentDateTimeUtc())}})
            .toJson(QJsonDocument::Compact))
        << '\n';
    addSettings(out, db);
    addTags(out, db);
    const PaperBatches papers = exportBatches(library, paperIds);
    for (QList<Paper> batch = papers(); !batch.isEmpty(); batch = papers()) {
        for (const Paper &paper : std::as_const(batch)) {
            QJsonObject object = paperToJson(paper);
            object.insert(QStringLiteral("history"), historyOf(db, paper.id));
            addLine(out, "paper", object);
        }
    }
    QList<qint64> exported = paperIds;
    std::sort(exported.begin(), exported.end());
    addReadingLists(out, db, exported);
    addSmartLists(out, db);
}

} // namespace Lectern
