#pragma once

#include "export/Exporter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Lectern {

// Writes an export on a worker thread, through its own connection to the library: reading every
// paper of a large library takes seconds, which the window does not wait for. Move it to a QThread
// and call run() there.
class ExportWorker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString libraryPath;
        QList<qint64> paperIds; // in the order to write them
        const Exporter *exporter = nullptr;
        ExportOptions options;
        QString path;
    };

    // Setting cancelled stops the export between papers; the file is then left as it was.
    ExportWorker(Job job, std::shared_ptr<std::atomic_bool> cancelled);

    void run();

Q_SIGNALS:
    void progress(int done, int total);
    // error is empty when the file was written.
    void finished(const QString &error, int paperCount);

private:
    const Job m_job;
    const std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace Lectern
