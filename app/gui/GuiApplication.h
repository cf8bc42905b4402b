#pragma once

namespace Lectern {

// Creates the QApplication and the main window, runs the event loop; returns the exit status.
// Without a display it prints where to find the headless subcommands and returns 1.
int runGuiApplication(int &argc, char **argv);

} // namespace Lectern
