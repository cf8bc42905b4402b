#pragma once

#include <QStringList>

namespace Lectern {

// The libraries opened last, newest first, remembered in the settings for File > Open Recent.
class RecentLibraries
{
public:
    static constexpr int Size = 8;

    // The remembered libraries that still exist.
    static QStringList paths();
    static void add(const QString &path);
    static void clear();
};

} // namespace Lectern
