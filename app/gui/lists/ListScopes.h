#pragma once

#include <QString>

namespace Lectern {

// The paper list's scope that shows a reading list, in the list's order (see PaperListModel): list:"name",
// quoted so that any name reads back as itself.
QString readingListScope(const QString &name);

} // namespace Lectern
