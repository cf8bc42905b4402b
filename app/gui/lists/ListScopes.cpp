#include "gui/lists/ListScopes.h"

#include "query/Query.h"

namespace Lectern {

QString readingListScope(const QString &name)
{
    return QStringLiteral("list:") + Query::quoted(name);
}

} // namespace Lectern
