#include "gui/ImportWorker.h"

#include "import/FileImport.h"
#include "library/Library.h"
#include "storage/Database.h"

namespace Lectern {

ImportWorker::ImportWorker(const QString &libraryPath, const QStringList &files)
    : m_libraryPath(libraryPath), m_files(files)
{
}

void ImportWorker::run()
{
    ImportSummary summary;
    auto library = Library::open(m_libraryPath);
    if (!library) {
        summary.errors.append(library.error().toString());
        Q_EMIT finished(summary);
        return;
    }
    constexpr int LockWaitMs = 120'000; // off the window's thread: an import can wait out another's
    (*library)->db().setLockWait(LockWaitMs);
    const qsizetype fileCount = m_files.size();
    for (qsizetype i = 0; i < fileCount; ++i) {
        // Only whole percents are sent, so that a file of 100k papers does not flood the window with events.
        int lastPercent = -1;
        const auto result = importFile(**library, m_files[i], [&](int done, int total) {
            const int percent = int((i * 100 + qsizetype(done) * 100 / total) / fileCount);
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            Q_EMIT progress(percent);
        });
        if (!result) {
            summary.errors.append(result.error().toString());
            continue;
        }
        summary.added += result->added.added;
        summary.duplicates += int(result->added.duplicates.size());
    }
    Q_EMIT finished(summary);
}

} // namespace Lectern
