#pragma once

#include <QColor>
#include <QIcon>

namespace Lectern {

// A small round icon in the colour, for the colours of tags and highlights in lists and menus.
QIcon colorSwatch(const QColor &color);

} // namespace Lectern
