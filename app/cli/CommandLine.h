#pragma once

#include <QStringList>

namespace Lectern::CommandLine {

// True when the arguments ask for a headless subcommand (or --help / --version) rather than the window.
bool wantsCommandLine(const QStringList &arguments);
// Runs the subcommand named in arguments (arguments[0] is the program). Needs a QCoreApplication.
// Returns the process exit status: 0 done, 1 failed, 2 the arguments were wrong.
int run(const QStringList &arguments);
// Every subcommand's name, in the order --help lists them.
QStringList commandNames();

} // namespace Lectern::CommandLine
