#include "gui/FileDialogs.h"

#include <QFileDialog>

#include <optional>

namespace Lectern {

namespace {
std::optional<QStringList> nextOpenFileNames;
std::optional<QString> nextSaveFileName;
QString lastFilter;
}

QStringList FileDialogs::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                          const QString &filter)
{
    lastFilter = filter;
    if (nextOpenFileNames)
        return *std::exchange(nextOpenFileNames, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

void FileDialogs::setNextOpenFileNames(const QStringList &fileNames)
{
    nextOpenFileNames = fileNames;
}

QString FileDialogs::lastOpenFilter()
{
    return lastFilter;
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter)
{
    if (nextSaveFileName)
        return *std::exchange(nextSaveFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void FileDialogs::setNextSaveFileName(const QString &fileName)
{
    nextSaveFileName = fileName;
}

} // namespace Lectern
