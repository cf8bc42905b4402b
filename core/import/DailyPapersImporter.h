#pragma once

#include "import/Importer.h"

namespace Lectern {

// The "daily papers" list as users paste it from the web page: a few lines of page chrome
// ("new", "Subscribe", a date line such as "Jun 13"), then blocks of a title line, a blank line
// and an abstract paragraph.
class DailyPapersImporter : public Importer
{
public:
    QString formatName() const override { return QStringLiteral("daily-papers"); }
    bool recognizes(const QString &text) const override;
    Expected<QList<Paper>> parse(const QString &text, const QString &fileName) const override;
};

} // namespace Lectern
