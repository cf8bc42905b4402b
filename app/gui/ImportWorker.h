#pragma once

#include <QObject>
#include <QStringList>

namespace Lectern {

struct ImportSummary
{
    int added = 0;
    int duplicates = 0;
    QStringList errors; // one per file that could not be imported; such a file changed nothing
};

// Imports files on a worker thread, through its own connection to the library (SQLite WAL lets the
// window keep reading meanwhile). Move it to a QThread and call run() there.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &libraryPath, const QStringList &files);

    void run();

Q_SIGNALS:
    void progress(int percent);
    void finished(const Lectern::ImportSummary &summary);

private:
    const QString m_libraryPath;
    const QStringList m_files;
};

} // namespace Lectern
