#include "gui/ImportWorker.h"

#include "import/FileImport.h"
#include "library/Library.h"
#include "storage/Database.h"

namespace Lectern {

ImportWorker::ImportWorker(const QString &libraryPath, const QList<ImportInput> &inputs, const ImportOptions &options)
    : m_libraryPath(libraryPath), m_inputs(inputs), m_options(options)
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
    const qsizetype count = m_inputs.size();
    for (qsizetype i = 0; i < count && !m_cancelled; ++i) {
        // Only whole percents are sent, so that a file of 100k papers does not flood the window with events.
        int lastPercent = -1;
        const auto progress = [&](const ImportProgress &done) {
            const qint64 part = done.bytesTotal > 0 ? done.bytesRead * 100 / done.bytesTotal : 0;
            const int percent = int((i * 100 + part) / count);
            if (percent != lastPercent)
                Q_EMIT this->progress(lastPercent = percent);
            return !m_cancelled.load();
        };
        const ImportInput &input = m_inputs[i];
        const auto result = input.path.isEmpty() ? importText(**library, input.text, input.name, m_options, progress)
                                                 : importFile(**library, input.path, m_options, progress);
        if (m_cancelled)
            break;
        if (!result) {
            summary.errors.append(result.error().toString());
            continue;
        }
        summary.added += result->added.added;
        summary.duplicates += int(result->added.duplicates.size());
        summary.updated += result->added.updated;
        summary.inputs.append(describeImport(input.name, *result));
    }
    summary.cancelled = m_cancelled;
    Q_EMIT finished(summary);
}

} // namespace Lectern
