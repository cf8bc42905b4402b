#include "gui/export/ExportWorker.h"

#include "export/ExportFile.h"
#include "library/Library.h"

namespace Lectern {

namespace {

// Papers read between two progress reports (and two looks at the cancel flag).
constexpr qsizetype ChunkSize = 500;

} // namespace

ExportWorker::ExportWorker(Job job, std::shared_ptr<std::atomic_bool> cancelled)
    : m_job(std::move(job)), m_cancelled(std::move(cancelled))
{
}

void ExportWorker::run()
{
    auto library = Library::open(m_job.libraryPath);
    if (!library) {
        Q_EMIT finished(library.error().toString(), 0);
        return;
    }
    const int total = int(m_job.paperIds.size());
    QList<Paper> papers;
    papers.reserve(total);
    for (qsizetype start = 0; start < total; start += ChunkSize) {
        if (*m_cancelled) {
            Q_EMIT finished(tr("The export was cancelled."), 0);
            return;
        }
        papers.append(papersForExport(**library, m_job.paperIds.mid(start, ChunkSize)));
        Q_EMIT progress(int(std::min<qsizetype>(start + ChunkSize, total)), total);
    }
    const auto written = writeExportFile(m_job.path, m_job.exporter->write(papers, m_job.options));
    Q_EMIT finished(written ? QString() : written.error().toString(), int(papers.size()));
}

} // namespace Lectern
