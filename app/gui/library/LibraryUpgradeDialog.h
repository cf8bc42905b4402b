#pragma once

#include "util/Error.h"

#include <QProgressDialog>

#include <memory>

namespace Lectern {

class Library;

// Opens a library for the window. One of an earlier schema is upgraded first on a thread of its own (a backup of
// the whole file, then the steps since: at a million papers the search index made again took 100 s), while this
// dialog says so and the application keeps painting; then the library is opened here, already upgraded. Any other
// library opens at once, without the dialog.
class LibraryUpgradeDialog : public QProgressDialog
{
    Q_OBJECT

public:
    // The library, or why it cannot be opened (the upgrade's own error when it failed).
    static Expected<std::unique_ptr<Library>> open(const QString &path, QWidget *parent = nullptr);

private:
    LibraryUpgradeDialog(const QString &path, QWidget *parent);
};

} // namespace Lectern
