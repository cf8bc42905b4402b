#include "gui/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace Lectern {

namespace {
std::optional<QStringList> nextOpenFileNames;
}

QStringList FileDialogs::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                          const QString &filter)
{
    if (nextOpenFileNames)
        return *std::exchange(nextOpenFileNames, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

void FileDialogs::setNextOpenFileNames(const QStringList &fileNames)
{
    nextOpenFileNames = fileNames;
}

} // namespace Lectern
