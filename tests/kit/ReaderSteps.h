#pragma once

// What a reader hands over, call by call, for tests of where it stops and goes on. Header-only, lectern_core.

#include "import/PaperReader.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

namespace Lectern::TestKit {

// What every call of next() gave for the bytes read as the named format: a paper's title, "error at <line>:<column>",
// then "end" (at most 20 steps).
inline QStringList readingSteps(const char *format, QByteArray bytes, const ImportOptions &options = {})
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TextInput input(buffer, QStringLiteral("test"));
    const auto reader = formatNamed(QString::fromLatin1(format))->open(input, options);
    QStringList steps;
    for (int guard = 0; guard < 20; ++guard) {
        const auto paper = reader->next();
        if (!paper) {
            steps.append(QStringLiteral("error at %1:%2").arg(paper.error().line).arg(paper.error().column));
            continue;
        }
        if (!*paper)
            break;
        steps.append((*paper)->title);
    }
    steps.append(QStringLiteral("end"));
    return steps;
}

} // namespace Lectern::TestKit
