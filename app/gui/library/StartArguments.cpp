#include "gui/library/StartArguments.h"

#include "library/Library.h"

namespace Lectern {

StartArguments StartArguments::parse(const QStringList &arguments)
{
    static const QString LibraryOption = QStringLiteral("--library");
    StartArguments start;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == LibraryOption) {
            if (i + 1 < arguments.size())
                start.libraryPath = arguments[++i];
        } else if (argument.startsWith(LibraryOption + u'=')) {
            start.libraryPath = argument.sliced(LibraryOption.size() + 1);
        } else if (!argument.startsWith(u'-')) {
            start.filesToImport.append(argument);
        }
    }
    if (start.libraryPath.isEmpty())
        start.libraryPath = Library::defaultPath();
    return start;
}

} // namespace Lectern
