#pragma once

#include "util/Error.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Lectern {

class Library;

// Every row of the library that belongs to some papers, as it is: the papers' own rows and each row of another
// table whose foreign key names one of them (links, tags, highlights, history, list places, duplicate keys, ...).
// restore() puts exactly these back, ids, times and all, so a merge is undone to the byte. The tables are read
// from the schema, not listed here: a table a later schema adds that refers to papers is kept too.
class PaperRows
{
public:
    static Expected<PaperRows> capture(Library &library, const QList<qint64> &paperIds);
    // Removes the papers as they are now (and with them every row that refers to them) and puts back the rows
    // captured, in one transaction.
    Status restore(Library &library) const;

    QList<qint64> paperIds() const { return m_paperIds; }

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<qint64> m_paperIds;
    QList<Table> m_tables; // papers first: the others refer to it
};

} // namespace Lectern
