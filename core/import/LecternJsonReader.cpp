#include "import/LecternJsonReader.h"

#include "export/LecternJson.h"
#include "import/JsonItemReader.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct LecternJsonText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::LecternJsonReader)
};

class LecternJsonReader : public PaperReader
{
public:
    // One record to a line, which may be as long as a paper with all its notes and highlights is.
    explicit LecternJsonReader(TextInput &input) : PaperReader(input), m_records(input, JsonItemReader::Layout::Lines) {}

    Expected<std::optional<Paper>> next() override
    {
        for (;;) {
            auto record = m_records.next();
            if (!record)
                return record.error();
            if (!*record)
                break;
            m_line = (*record)->line;
            const QJsonObject object = (*record)->value.toObject();
            if (!m_headerRead) {
                if (auto s = readHeader(object); !s)
                    return s.error();
                continue;
            }
            if (object.contains(u"paper"))
                return std::optional(readPaper(object.value(u"paper").toObject()));
            keep(object);
        }
        // Said once: after it the input has ended, as after any error a reader cannot read on from.
        if (!m_headerRead && !std::exchange(m_emptyReported, true))
            return m_input.errorAt(LecternJsonText::tr("the file is empty"), 1);
        return std::optional<Paper>();
    }

    bool hasLibraryRecords() const override { return true; }

    Status storeLibraryRecords(Library &library, const StoredPapers &papers) override
    {
        if (auto s = storeHistories(library.db(), papers); !s)
            return s;
        for (const QJsonObject &tag : m_tags)
            // A tag no stored paper carries is not there to colour.
            (void)TagStore(library).setColor(tag.value(u"name").toString(), tag.value(u"color").toString());
        for (const QJsonObject &list : m_readingLists)
            if (auto s = storeReadingList(library, list, papers); !s)
                return s;
        for (const QJsonObject &list : m_smartLists)
            if (auto s = storeSmartList(library, list); !s)
                return s;
        for (const QJsonObject &setting : m_settings)
            if (auto s = storeSetting(library.db(), setting); !s)
                return s;
        return success();
    }

private:
    Status readHeader(const QJsonObject &header)
    {
        if (header.value(u"lectern").toString() != u"library")
            return m_input.errorAt(LecternJsonText::tr("expected the line {\"lectern\": \"library\", ...} that starts a "
                                                       "Lectern JSON file"),
                                   m_line);
        if (header.value(u"version").toInt() > LecternJsonVersion)
            return m_input.errorAt(LecternJsonText::tr("written by a newer Lectern (format version %1); this one reads "
                                                       "version %2")
                                       .arg(header.value(u"version").toInt())
                                       .arg(LecternJsonVersion),
                                   m_line);
        m_headerRead = true;
        return success();
    }

    Paper readPaper(const QJsonObject &object)
    {
        Paper paper = paperFromJson(object);
        m_histories.insert(paper.id, object.value(u"history").toArray());
        return paper;
    }

    // Records of a kind a later Lectern may add are skipped with a word, so that older versions still read the rest.
    void keep(const QJsonObject &record)
    {
        if (record.contains(u"tag"))
            m_tags.append(record.value(u"tag").toObject());
        else if (record.contains(u"reading_list"))
            m_readingLists.append(record.value(u"reading_list").toObject());
        else if (record.contains(u"smart_list"))
            m_smartLists.append(record.value(u"smart_list").toObject());
        else if (record.contains(u"setting"))
            m_settings.append(record.value(u"setting").toObject());
        else
            warn(LecternJsonText::tr("a record of a kind this Lectern does not know (%1), skipped")
                     .arg(record.keys().join(QStringLiteral(", "))),
                 m_line);
    }

    // The file's history is the paper's: it replaces what storing the paper recorded just now (its tags).
    Status storeHistories(Database &db, const StoredPapers &papers)
    {
        Statement clear(db, "DELETE FROM paper_events WHERE paper_id = ?");
        Statement insert(db, "INSERT INTO paper_events(paper_id, at, kind, detail, previous, value)"
                             " VALUES (?, ?, ?, ?, ?, ?)");
        for (auto it = m_histories.cbegin(); it != m_histories.cend(); ++it) {
            const qint64 id = papers.ids.value(it.key());
            if (!papers.added.contains(id))
                continue;
            if (auto s = clear.bind(1, id).run(); !s)
                return s;
            for (const QJsonValue &event : it.value()) {
                insert.bind(1, id).bind(2, event[u"at"].toString()).bind(3, event[u"kind"].toString());
                insert.bind(4, event[u"detail"].toString()).bind(5, event[u"previous"].toString());
                insert.bind(6, event[u"value"].toString());
                if (auto s = insert.run(); !s)
                    return s;
            }
        }
        return success();
    }

    Status storeReadingList(Library &library, const QJsonObject &list, const StoredPapers &papers)
    {
        ReadingListStore store(library);
        const QString name = list.value(u"name").toString();
        qint64 listId = 0;
        if (const auto existing = store.find(name)) {
            listId = existing->id;
        } else {
            auto created = store.create(name);
            if (!created)
                return created.error();
            listId = *created;
            Statement when(library.db(), "UPDATE reading_lists SET created_at = ? WHERE id = ?");
            if (auto s = when.bind(1, list.value(u"created").toString()).bind(2, listId).run(); !s)
                return s;
        }
        QList<qint64> ids;
        for (const QJsonValue &item : list.value(u"papers").toArray())
            if (const qint64 id = papers.ids.value(item[u"id"].toInteger()))
                ids.append(id);
        if (auto added = store.addPapers(listId, ids); !added)
            return added.error();
        // When each paper went onto the list, as the file says.
        Statement when(library.db(), "UPDATE reading_list_items SET added_at = ? WHERE list_id = ? AND paper_id = ?");
        for (const QJsonValue &item : list.value(u"papers").toArray())
            if (const qint64 id = papers.ids.value(item[u"id"].toInteger()))
                if (auto s = when.bind(1, item[u"added"].toString()).bind(2, listId).bind(3, id).run(); !s)
                    return s;
        return success();
    }

    Status storeSmartList(Library &library, const QJsonObject &list)
    {
        SmartListStore store(library);
        if (store.find(list.value(u"name").toString()))
            return success(); // the library's own list of that name stays
        auto created = store.create(list.value(u"name").toString(), list.value(u"query").toString());
        if (!created)
            return created.error();
        Statement position(library.db(), "UPDATE smart_lists SET position = ? WHERE id = ?");
        return position.bind(1, list.value(u"position").toInteger()).bind(2, *created).run();
    }

    // The library's own setting of that name stays, as its own lists do.
    static Status storeSetting(Database &db, const QJsonObject &setting)
    {
        Statement insert(db, "INSERT OR IGNORE INTO library_settings(name, value) VALUES (?, ?)");
        return insert.bind(1, setting.value(u"name").toString()).bind(2, setting.value(u"value").toString()).run();
    }

    JsonItemReader m_records;
    int m_line = 0; // where the record being read starts
    bool m_headerRead = false;
    bool m_emptyReported = false;
    QHash<qint64, QJsonArray> m_histories;
    QList<QJsonObject> m_tags;
    QList<QJsonObject> m_readingLists;
    QList<QJsonObject> m_smartLists;
    QList<QJsonObject> m_settings;
};

bool recognizes(QStringView head)
{
    // The header is the first line (JSON objects keep their keys sorted: "lectern" need not come first).
    const QStringView first = head.trimmed().split(u'\n').first();
    if (!first.startsWith(u'{') || !first.contains(u"\"lectern\""))
        return false;
    return QJsonDocument::fromJson(first.toUtf8()).object().value(u"lectern").toString() == u"library";
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &)
{
    return std::make_unique<LecternJsonReader>(input);
}

} // namespace

const Format &lecternJsonFormat()
{
    static const Format format{"lectern-json", QT_TRANSLATE_NOOP("Lectern::Formats", "Lectern JSON (a library with everything in it)"),
                               "*.jsonl *.json", recognizes, open};
    return format;
}

} // namespace Lectern
