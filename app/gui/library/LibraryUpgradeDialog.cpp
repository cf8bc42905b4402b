#include "gui/library/LibraryUpgradeDialog.h"

#include "library/Library.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QThread>

namespace Lectern {

LibraryUpgradeDialog::LibraryUpgradeDialog(const QString &path, QWidget *parent) : QProgressDialog(parent)
{
    setObjectName(QStringLiteral("libraryUpgradeProgress"));
    setWindowTitle(tr("Upgrading the Library"));
    setLabelText(tr("Upgrading %1 to this version of Lectern: a backup of it is written first, then its search index "
                    "is made again. For a large library this may take a few minutes.")
                     .arg(QFileInfo(path).fileName()));
    setRange(0, 0); // busy: the steps say nothing of how far they are
    setCancelButton(nullptr); // each step is a transaction of its own; stopping would leave nothing to open
    setWindowModality(Qt::ApplicationModal);
    setMinimumDuration(0);
    setAutoClose(false);
    setAutoReset(false);
}

Expected<std::unique_ptr<Library>> LibraryUpgradeDialog::open(const QString &path, QWidget *parent)
{
    if (Library::pendingUpgrade(path) == Library::Upgrade::None)
        return Library::open(path);
    LibraryUpgradeDialog dialog(path, parent);
    dialog.show();
    // Upgraded by opening it on the worker, whose connection closes with it; the window opens its own after.
    Status upgraded = success();
    QThread *worker = QThread::create([path, &upgraded] {
        if (auto library = Library::open(path); !library)
            upgraded = library.error();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    dialog.hide();
    if (!upgraded)
        return upgraded.error();
    return Library::open(path);
}

} // namespace Lectern
