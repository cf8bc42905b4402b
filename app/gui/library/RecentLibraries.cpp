#include "gui/library/RecentLibraries.h"

#include <QFileInfo>
#include <QSettings>

namespace Lectern {

namespace {
const QString Key = QStringLiteral("libraries/recent");
}

QStringList RecentLibraries::paths()
{
    QStringList existing;
    for (const QString &path : QSettings().value(Key).toStringList())
        if (QFileInfo(path).isFile())
            existing.append(path);
    return existing;
}

void RecentLibraries::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = QSettings().value(Key).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    QSettings().setValue(Key, recent.mid(0, Size));
}

void RecentLibraries::clear()
{
    QSettings().remove(Key);
}

} // namespace Lectern
