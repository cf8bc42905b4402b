#include "library/SmartListStore.h"

#include "library/Library.h"
#include "library/ListNames.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

Error noSuchList(qint64 listId)
{
    return Error{QCoreApplication::translate("Lectern::SmartListStore", "no smart list has the id %1").arg(listId)};
}

bool listExists(Database &db, qint64 listId)
{
    Statement q(db, "SELECT 1 FROM smart_lists WHERE id = ?");
    return q.bind(1, listId).step();
}

constexpr ListNames Names{"SELECT id, name FROM smart_lists", "UPDATE smart_lists SET name = ? WHERE id = ?",
                          ListNames::Kind::SmartList};

// The query as stored (trimmed), or where and why it does not parse.
Expected<QString> checkedQuery(const QString &text)
{
    const Query query = Query::parse(text);
    if (!query.isValid()) {
        const QueryError &error = *query.error();
        return Error{QCoreApplication::translate("Lectern::SmartListStore",
                                                 "the query is not valid at character %1: %2")
                         .arg(error.position + 1).arg(error.message)};
    }
    if (query.isEmpty())
        return Error{QCoreApplication::translate("Lectern::SmartListStore", "a smart list needs a query")};
    return text.trimmed();
}

SmartList readList(const Statement &q)
{
    return {q.integer(0), q.text(1), q.text(2), int(q.integer(3))};
}

} // namespace

Expected<qint64> SmartListStore::create(const QString &name, const QString &query)
{
    auto checkedQueryText = checkedQuery(query);
    if (!checkedQueryText)
        return checkedQueryText.error();
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    auto checked = Names.checked(db, name);
    if (!checked)
        return checked.error();
    Statement insert(db, "INSERT INTO smart_lists(name, query, position)"
                         " VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM smart_lists))");
    if (auto s = insert.bind(1, *checked).bind(2, *checkedQueryText).run(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return id;
}

Status SmartListStore::rename(qint64 listId, const QString &name)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (!listExists(db, listId))
        return noSuchList(listId);
    if (auto s = Names.rename(db, listId, name); !s)
        return s;
    return transaction.commit();
}

Status SmartListStore::setQuery(qint64 listId, const QString &query)
{
    auto checked = checkedQuery(query);
    if (!checked)
        return checked.error();
    Database &db = m_library.db();
    Statement update(db, "UPDATE smart_lists SET query = ? WHERE id = ?");
    if (auto s = update.bind(1, *checked).bind(2, listId).run(); !s)
        return s;
    if (db.changes() == 0)
        return noSuchList(listId);
    return success();
}

Expected<SmartList> SmartListStore::remove(qint64 listId)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement select(db, "SELECT id, name, query, position FROM smart_lists WHERE id = ?");
    if (!select.bind(1, listId).step())
        return noSuchList(listId);
    const SmartList removed = readList(select);
    Statement remove(db, "DELETE FROM smart_lists WHERE id = ?");
    if (auto s = remove.bind(1, listId).run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return removed;
}

Expected<qint64> SmartListStore::restore(const SmartList &removed)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    auto checked = Names.checked(db, removed.name);
    if (!checked)
        return checked.error();
    Statement insert(db, "INSERT INTO smart_lists(id, name, query, position) VALUES (?, ?, ?, ?)");
    if (listExists(db, removed.id))
        insert.bindNull(1);
    else
        insert.bind(1, removed.id);
    if (auto s = insert.bind(2, *checked).bind(3, removed.query).bind(4, removed.position).run(); !s)
        return s.error();
    const qint64 id = db.lastInsertId();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return id;
}

QList<SmartList> SmartListStore::lists()
{
    Statement q(m_library.db(), "SELECT id, name, query, position FROM smart_lists ORDER BY position, id");
    QList<SmartList> result;
    while (q.step())
        result.append(readList(q));
    return result;
}

std::optional<SmartList> SmartListStore::find(const QString &name)
{
    const QString wanted = name.trimmed();
    for (const SmartList &list : lists())
        if (list.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return list;
    return std::nullopt;
}

QList<SmartListCount> SmartListStore::listsWithCounts()
{
    QList<SmartListCount> result;
    for (const SmartList &list : lists()) {
        const auto count = countPapers(m_library, Query::parse(list.query));
        result.append({list, count ? *count : -1});
    }
    return result;
}

} // namespace Lectern
