#include "export/LecternJson.h"

#include "export/ExportFile.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Lectern {

namespace {

void addLine(QString &text, const char *key, const QJsonObject &value)
{
    text += QString::fromUtf8(QJsonDocument(QJsonObject{{QLatin1StringView(key), value}}).toJson(QJsonDocument::Compact));
    text += u'\n';
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

void addTags(QString &text, Database &db)
{
    Statement q(db, "SELECT name, color FROM tags WHERE color IS NOT NULL ORDER BY name_key");
    while (q.step())
        addLine(text, "tag", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("color"), q.text(1)}});
}

// Every reading list, holding the exported papers among its own, in its order.
void addReadingLists(QString &text, Database &db, const QSet<qint64> &exported)
{
    Statement lists(db, "SELECT id, name, created_at FROM reading_lists ORDER BY name");
    Statement items(db, "SELECT paper_id, added_at FROM reading_list_items WHERE list_id = ? ORDER BY position");
    while (lists.step()) {
        QJsonArray papers;
        items.bind(1, lists.integer(0));
        while (items.step())
            if (exported.contains(items.integer(0)))
                papers.append(QJsonObject{{QStringLiteral("id"), items.integer(0)}, {QStringLiteral("added"), items.text(1)}});
        items.reset();
        addLine(text, "reading_list", {{QStringLiteral("name"), lists.text(1)}, {QStringLiteral("created"), lists.text(2)},
                                       {QStringLiteral("papers"), papers}});
    }
}

void addSmartLists(QString &text, Database &db)
{
    Statement q(db, "SELECT name, query, position FROM smart_lists ORDER BY position, id");
    while (q.step())
        addLine(text, "smart_list", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("query"), q.text(1)},
                                     {QStringLiteral("position"), q.integer(2)}});
}

// What the library's users share (the citation key pattern).
void addSettings(QString &text, Database &db)
{
    Statement q(db, "SELECT name, value FROM library_settings ORDER BY name");
    while (q.step())
        addLine(text, "setting", {{QStringLiteral("name"), q.text(0)}, {QStringLiteral("value"), q.text(1)}});
}

} // namespace

QString writeLecternJson(Library &library, const QList<qint64> &paperIds)
{
    Database &db = library.db();
    QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("lectern"), QStringLiteral("library")},
                                  {QStringLiteral("version"), LecternJsonVersion},
                                  {QStringLiteral("exported"), storedTime(QDateTime::currentDateTimeUtc())}})
            .toJson(QJsonDocument::Compact));
    text += u'\n';
    addSettings(text, db);
    addTags(text, db);
    for (const Paper &paper : papersForExport(library, paperIds)) {
        QJsonObject object = paperToJson(paper);
        object.insert(QStringLiteral("history"), historyOf(db, paper.id));
        addLine(text, "paper", object);
    }
    addReadingLists(text, db, QSet<qint64>(paperIds.cbegin(), paperIds.cend()));
    addSmartLists(text, db);
    return text;
}

} // namespace Lectern
