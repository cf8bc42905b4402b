#include "gui/lists/ListScopes.h"

#include <QCoreApplication>

namespace Lectern {

QString readingListScope(const QString &name)
{
    return QStringLiteral("list:\"") + name + u'"';
}

QString readingListNameProblem(const QString &name)
{
    if (!name.contains(u'"'))
        return {};
    return QCoreApplication::translate("Lectern::ListScopes", "A reading list's name cannot hold a double quote (\"): "
                                                              "the search could not name the list.");
}

} // namespace Lectern
