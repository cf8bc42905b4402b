#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// The "daily papers" list as users paste it from the web page: a few lines of page chrome ("new", "Subscribe",
// a date line such as "Jun 13"), then blocks of a title line, a blank line and an abstract paragraph.
const Format &dailyPapersFormat();

} // namespace Lectern
