#include "gui/export/KeptExportsWriter.h"

#include "export/KeptExports.h"

namespace Lectern {

KeptExportsWriter::KeptExportsWriter(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_reader(libraryPath)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &KeptExportsWriter::write);
}

void KeptExportsWriter::schedule()
{
    m_timer.start();
}

void KeptExportsWriter::write()
{
    m_reader.post<KeptExportStore::Refresh>([](Library &library) { return KeptExportStore(library).refresh(); },
                                           [this](const KeptExportStore::Refresh &refresh) {
                                               if (!refresh.written.isEmpty())
                                                   Q_EMIT written(refresh.written);
                                               for (const Error &error : refresh.errors)
                                                   Q_EMIT failed(tr("Could not keep %1 up to date: %2")
                                                                     .arg(error.file, error.message));
                                           });
}

} // namespace Lectern
