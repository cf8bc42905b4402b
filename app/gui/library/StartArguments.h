#pragma once

#include <QString>
#include <QStringList>

namespace Lectern {

// What the window's command line asks for, once QApplication has taken its own options (-style, ...):
// the library to open (--library FILE, as every subcommand takes it; else LECTERN_LIBRARY; else the default)
// and the files to import into it (the desktop file's "Open with Lectern").
struct StartArguments
{
    QString libraryPath;
    QStringList filesToImport;

    static StartArguments parse(const QStringList &arguments);
};

} // namespace Lectern
