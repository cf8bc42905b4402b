#include "gui/SyntaxRepository.h"

#include <KSyntaxHighlighting/Repository>

namespace Lectern {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace Lectern
