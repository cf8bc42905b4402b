#pragma once

#include "library/Paper.h"

#include <QList>
#include <QString>
#include <QStringList>

// What "copy to cite" puts on the clipboard, and `lectern cite` prints.
namespace Lectern::Citation {

// \cite{chen2025lion,liu2024theory}
QString latexCite(const QStringList &keys);
// [@chen2025lion; @liu2024theory], with @{...} around a key pandoc would end early.
QString pandocCite(const QStringList &keys);

// One reference as a reader writes it in a text, in the manner of APA: "Chen, L., & Liu, B. (2025). Lion:
// adversarial distillation. Journal, 3(2), 1–10. https://doi.org/10.1/x". No year gives "(n.d.)". Markdown
// italicises the container and makes the link a link, its own text escaped.
enum class Style { Text, Markdown };
QString reference(const Paper &paper, Style style = Style::Text);

} // namespace Lectern::Citation
