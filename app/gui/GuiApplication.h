#pragma once

#include <QStringList>

namespace Lectern {

// Creates the QApplication and the main window, runs the event loop; returns the exit status.
// Without a display it prints that the window cannot open, names the headless subcommands (which the
// window does not know) and returns 1.
int runGuiApplication(int &argc, char **argv, const QStringList &headlessCommands);

} // namespace Lectern
