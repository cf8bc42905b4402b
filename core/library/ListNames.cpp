#include "library/ListNames.h"

#include "storage/Database.h"

#include <QCoreApplication>

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
    const bool reading = kind == Kind::ReadingList;
    if (trimmed.isEmpty())
        return Error{reading ? QCoreApplication::translate("Lectern::ListNames", "a reading list needs a name")
                             : QCoreApplication::translate("Lectern::ListNames", "a smart list needs a name")};
    const qint64 existing = idOf(db, trimmed);
    if (existing && existing != exceptId)
        return Error{(reading ? QCoreApplication::translate("Lectern::ListNames",
                                                            "a reading list named \"%1\" already exists")
                              : QCoreApplication::translate("Lectern::ListNames",
                                                            "a smart list named \"%1\" already exists"))
                         .arg(trimmed)};
    return trimmed;
}

Status ListNames::rename(Database &db, qint64 listId, const QString &name) const
{
    auto newName = checked(db, name, listId);
    if (!newName)
        return newName.error();
    Statement update(db, renameSql);
    return update.bind(1, *newName).bind(2, listId).run();
}

} // namespace Lectern
