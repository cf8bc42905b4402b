#include "library/PaperRows.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <sqlite3.h>

namespace Lectern {

namespace {

// Rows are copied with SQLite's own statements rather than Statement: a row goes back with each value of the type it
// had (an integer stays an integer, a blob a blob), whatever the column, which Statement's typed reads would lose.
class RawStatement
{
public:
    RawStatement(Database &db, const QByteArray &sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_error = db.lastError();
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    const QString &error() const { return m_error; }

    void bind(int index, const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            sqlite3_bind_null(m_stmt, index);
            break;
        case QMetaType::LongLong:
            sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        }
    }

    // A row: true; done or failed: false (error() says which).
    bool step()
    {
        if (!m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = m_db.lastError();
        return false;
    }

    Status run()
    {
        step();
        reset();
        return m_error.isEmpty() ? success() : Status(Error{m_error});
    }

    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }

    QVariant value(int column) const
    {
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_INTEGER:
            return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
        case SQLITE_FLOAT:
            return QVariant(sqlite3_column_double(m_stmt, column));
        case SQLITE_BLOB:
            return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                                       sqlite3_column_bytes(m_stmt, column)));
        case SQLITE_NULL:
            return QVariant();
        default:
            return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                              sqlite3_column_bytes(m_stmt, column)));
        }
    }

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// SQLite quotes an identifier in double quotes, a quote in it doubled. Names come from the schema, never a user.
QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QStringList columnsOf(Database &db, const QString &table)
{
    Statement q(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
    q.bind(1, table);
    QStringList columns;
    while (q.step())
        columns.append(q.text(0));
    return columns;
}

// The columns of table that refer to papers(id).
QStringList paperReferences(Database &db, const QString &table)
{
    if (table == u"papers")
        return {QStringLiteral("id")};
    Statement q(db, "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE \"table\" = 'papers'");
    q.bind(1, table);
    QStringList columns;
    while (q.step())
        columns.append(q.text(0));
    return columns;
}

// The tables rows of papers may be in: every ordinary table, not SQLite's own nor the search index's (its
// triggers fill it again as the papers come back).
QStringList tables(Database &db)
{
    Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                    " AND name NOT LIKE 'papers\\_fts%' ESCAPE '\\' ORDER BY name <> 'papers', name");
    QStringList names;
    while (q.step())
        names.append(q.text(0));
    return names;
}

} // namespace

Expected<PaperRows> PaperRows::capture(Library &library, const QList<qint64> &paperIds)
{
    Database &db = library.db();
    PaperRows rows;
    rows.m_paperIds = paperIds;
    for (const QString &name : tables(db)) {
        const QStringList references = paperReferences(db, name);
        if (references.isEmpty())
            continue;
        Table table{name, columnsOf(db, name), {}};
        QStringList quotedColumns;
        for (const QString &column : table.columns)
            quotedColumns.append(quoted(column));
        for (const QString &reference : references) {
            const QByteArray sql = (u"SELECT " + quotedColumns.join(u", ") + u" FROM " + quoted(name) + u" WHERE "
                                    + quoted(reference) + u" = ?").toUtf8();
            RawStatement q(db, sql);
            for (const qint64 id : paperIds) {
                q.bind(1, QVariant(id));
                while (q.step()) {
                    QVariantList row;
                    for (int column = 0; column < table.columns.size(); ++column)
                        row.append(q.value(column));
                    if (!table.rows.contains(row)) // a row naming two of the papers (a pair) is one row
                        table.rows.append(row);
                }
                if (!q.error().isEmpty())
                    return Error{q.error()};
                q.reset();
            }
        }
        rows.m_tables.append(table);
    }
    return rows;
}

Status PaperRows::restore(Library &library) const
{
    Database &db = library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement remove(db, "DELETE FROM papers WHERE id = ?");
    for (const qint64 id : m_paperIds)
        if (auto s = remove.bind(1, id).run(); !s)
            return s;
    for (const Table &table : m_tables) {
        QStringList quotedColumns;
        for (const QString &column : table.columns)
            quotedColumns.append(quoted(column));
        const QByteArray sql = (u"INSERT INTO " + quoted(table.name) + u" (" + quotedColumns.join(u", ")
                                + u") VALUES (" + QStringList(table.columns.size(), QStringLiteral("?")).join(u", ")
                                + u')').toUtf8();
        RawStatement insert(db, sql);
        for (const QVariantList &row : table.rows) {
            for (int column = 0; column < row.size(); ++column)
                insert.bind(column + 1, row[column]);
            if (auto s = insert.run(); !s)
                return Error{s.error().message + QStringLiteral(" (%1)").arg(table.name)};
        }
    }
    return transaction.commit();
}

} // namespace Lectern
