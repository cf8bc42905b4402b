#pragma once

#include "import/PaperReader.h"

namespace Lectern {

// Lectern JSON (export/LecternJson.h describes it): papers with all they carry, then the library's tag colours,
// reading lists, smart lists and the papers' histories, stored once the papers are.
const Format &lecternJsonFormat();

} // namespace Lectern
