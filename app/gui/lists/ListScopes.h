#pragma once

#include <QString>

namespace Lectern {

// The paper list's scope that shows a reading list, in the list's order (see PaperListModel): list:"name".
QString readingListScope(const QString &name);

// The query language has no escape inside quotes, so a reading list whose name holds '"' could not be
// shown: why such a name is refused, or empty when the name can be a scope.
QString readingListNameProblem(const QString &name);

} // namespace Lectern
