#pragma once

namespace KSyntaxHighlighting {
class Repository;
}

namespace Lectern {

// The one KSyntaxHighlighting::Repository of the app: loading it reads every syntax definition and
// theme from disk, so the note editor and the export preview share it instead of loading their own.
// Created on first use, in the GUI thread, and kept until the application quits.
KSyntaxHighlighting::Repository &syntaxRepository();

} // namespace Lectern
