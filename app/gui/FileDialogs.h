#pragma once

#include <QStringList>

class QWidget;

namespace Lectern {

// The file pickers the app shows, with a hook so that tests can answer them without a modal dialog.
class FileDialogs
{
public:
    // The files the user chose, or an empty list when cancelled.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    // The next getOpenFileNames() returns these at once instead of asking (for tests).
    static void setNextOpenFileNames(const QStringList &fileNames);
    // The filter the last getOpenFileNames() offered, whether it asked or a test answered it (for tests).
    static QString lastOpenFilter();

    // The file to write, or an empty string when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path, const QString &filter);
    // The next getSaveFileName() returns this at once instead of asking (for tests).
    static void setNextSaveFileName(const QString &fileName);
};

} // namespace Lectern
