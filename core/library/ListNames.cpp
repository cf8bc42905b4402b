#include "library/ListNames.h"

#include "storage/Database.h"

namespace Lectern {

qint64 ListNames::idOf(Database &db, const QString &name) const
{
    Statement q(db, idAndNameSql);
    while (q.step())
        if (q.text(1).compare(name, Qt::CaseInsensitive) == 0)
            return q.integer(0);
    return 0;
}

Expected<QString> ListNames::checked(Database &db, const QString &name, qint64 exceptId) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("a %1 needs a name").arg(QLatin1StringView(kind))};
    const qint64 existing = idOf(db, trimmed);
    if (existing && existing != exceptId)
        return Error{QStringLiteral("a %1 named \"%2\" already exists").arg(QLatin1StringView(kind), trimmed)};
    return trimmed;
}

} // namespace Lectern
