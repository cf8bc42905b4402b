#include "gui/ImportWorker.h"

#include "import/FileImport.h"
#include "library/Library.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>

namespace Lectern {

ImportWorker::ImportWorker(const QString &libraryPath, const QList<ImportInput> &inputs, const ImportOptions &options)
    : m_libraryPath(libraryPath), m_inputs(inputs), m_options(options)
{
}

// The broken records of an input whose import failed, read again to its end without storing; nothing when it
// cannot be read to its end, whose error is the import's.
std::optional<InvalidRecords> ImportWorker::findInvalidRecords(const ImportInput &input,
                                                               const ImportProgressFunction &progress) const
{
    QFile file(input.path);
    QByteArray text = input.text.toUtf8();
    QBuffer buffer(&text);
    QIODevice &device = input.path.isEmpty() ? static_cast<QIODevice &>(buffer) : file;
    if (!device.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto check = checkRecords(device, input.name, m_options, progress);
    if (!check || m_cancelled)
        return std::nullopt;
    InvalidRecords invalid{input, {}, check->valid};
    for (const Error &record : check->invalid)
        invalid.records.append(record.toString());
    return invalid;
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
        ImportOptions options = m_options;
        options.skipInvalid = options.skipInvalid || input.skipInvalid;
        const auto result = input.path.isEmpty() ? importText(**library, input.text, input.name, options, progress)
                                                 : importFile(**library, input.path, options, progress);
        if (m_cancelled)
            break;
        if (!result) {
            // An import that failed on its first broken record (not on the library, say): all of them are listed,
            // and the window offers to import the others.
            auto invalid = options.skipInvalid ? std::nullopt : findInvalidRecords(input, progress);
            if (invalid && invalid->records.value(0) == result.error().toString())
                summary.invalid.append(*invalid);
            else
                summary.errors.append(result.error().toString());
            continue;
        }
        for (const Error &record : result->skipped)
            summary.leftOut.append(record.toString());
        for (const Error &warning : result->warnings)
            summary.warnings.append(warning.toString());
        if (result->windows1252Lines > 0)
            summary.warnings.append(tr("%1: %2 lines were not UTF-8 and were read as windows-1252")
                                        .arg(input.name)
                                        .arg(result->windows1252Lines));
        summary.added += result->added.added;
        summary.duplicates += int(result->added.duplicates.size());
        summary.updated += result->added.updated;
        summary.inputs.append(describeImport(input.name, *result));
    }
    summary.cancelled = m_cancelled;
    Q_EMIT finished(summary);
}

} // namespace Lectern
