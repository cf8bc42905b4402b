#include "gui/highlights/HighlightColors.h"

namespace Lectern {

QList<HighlightColors::Pen> HighlightColors::pens()
{
    return {{tr("Yellow"), QStringLiteral("#fff176")},
            {tr("Green"), QStringLiteral("#a5d6a7")},
            {tr("Blue"), QStringLiteral("#90caf9")},
            {tr("Pink"), QStringLiteral("#f48fb1")},
            {tr("Orange"), QStringLiteral("#ffcc80")}};
}

} // namespace Lectern
