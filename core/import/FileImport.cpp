#include "import/FileImport.h"

#include "import/ReadAhead.h"
#include "import/TextInput.h"
#include "library/Library.h"
#include "library/PaperImport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <tuple>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct FileImportText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::FileImport)
};

Expected<const Format *> chooseFormat(TextInput &input, const ImportOptions &options)
{
    if (!options.format.isEmpty()) {
        if (const Format *format = formatNamed(options.format))
            return format;
        return Error{FileImportText::tr("there is no format \"%1\"; Lectern reads %2").arg(options.format, formatNames())};
    }
    const QString head = input.head();
    if (head.trimmed().isEmpty())
        return input.errorAt(FileImportText::tr("the file is empty"), 0);
    if (const Format *format = recognizeFormat(head))
        return format;
    return input.errorAt(FileImportText::tr("the format of this file is not one Lectern reads (%1)").arg(formatNames()), 0);
}

// Whether an import that skips invalid records goes on after a broken one. A reader may report two broken records
// from one place, but one that keeps failing without moving on cannot find the next record: the rest would be lost,
// so the import is.
class RecordSkipper
{
public:
    // bytesRead and inputFailed: what the input said when the reader gave the error (ReadAhead::Record).
    bool goesOnAfter(qint64 bytesRead, bool inputFailed, const Error &error)
    {
        // The bytes read are a line reader's place; a chunked reader reads ahead, and moves on within its chunk.
        const std::tuple<qint64, int, int> place{bytesRead, error.line, error.column};
        m_repeats = place == m_lastPlace ? m_repeats + 1 : 0;
        m_lastPlace = place;
        return !inputFailed && m_repeats < MaxRepeats;
    }

private:
    static constexpr int MaxRepeats = 100;
    std::tuple<qint64, int, int> m_lastPlace{-1, 0, 0};
    int m_repeats = 0;
};

// How often progress is reported: often enough for a smooth bar, rarely enough to cost nothing.
constexpr int ProgressEvery = 64;

Expected<FileImportResult> run(Library &library, TextInput &input, const QString &source, const ImportOptions &options,
                               const ImportProgressFunction &progress)
{
    auto format = chooseFormat(input, options);
    if (!format)
        return format.error();
    const std::unique_ptr<PaperReader> reader = (*format)->open(input, options);
    const qint64 totalBytes = input.totalBytes();
    // A record of any format is rarely under a kilobyte: an estimate on the safe side.
    const qint64 expectedPapers = qMax(qint64(0), totalBytes) / 1000;
    auto import = PaperImport::begin(library, source, QString::fromLatin1((*format)->name), expectedPapers);
    // Nothing was read yet: what fails now is the library's (busy, read-only), and names it.
    if (!import)
        return Error{import.error().message, library.path()};
    (*import)->setUpdateDuplicates(options.updateDuplicates);

    FileImportResult result;
    result.format = QString::fromLatin1((*format)->name);
    RecordSkipper skipper;
    int papersRead = 0;
    StoredPapers storedPapers;
    const bool keepStored = reader->hasLibraryRecords();
    {
        const QString keyPattern = (*import)->keyPattern();
        ReadAhead records(*reader, input, [keyPattern](Paper &paper) { return PaperImport::prepare(paper, keyPattern); },
                          ReadAhead::capacityFor(totalBytes));
        for (int count = 1;; ++count) {
            ReadAhead::Record record = records.next();
            result.warnings += record.warnings;
            if (!record.paper) {
                if (!options.skipInvalid
                    || !skipper.goesOnAfter(record.bytesRead, record.inputFailed, record.paper.error()))
                    return record.paper.error();
                result.skipped.append(record.paper.error());
                continue;
            }
            if (!*record.paper)
                break;
            ++papersRead;
            auto stored = (*import)->add(**record.paper, record.columns);
            if (!stored)
                return Error{stored.error().message, library.path()};
            if (keepStored)
                storedPapers.ids.insert((*record.paper)->id, *stored);
            if (progress && count % ProgressEvery == 0 && !progress({record.bytesRead, totalBytes, count}))
                return Error{FileImportText::tr("the import was cancelled; nothing was changed"), input.name()};
        }
    }
    // A file of another format than the one forced reads as no records at all, which is no import either.
    if (papersRead == 0 && result.skipped.isEmpty())
        return input.errorAt(FileImportText::tr("found no papers in this file, read as %1").arg(result.format), 0);
    if (keepStored) {
        storedPapers.added = QSet<qint64>((*import)->result().addedIds.cbegin(), (*import)->result().addedIds.cend());
        if (auto s = (*import)->run([&] { return reader->storeLibraryRecords(library, storedPapers); }); !s)
            return Error{s.error().message, s.error().file.isEmpty() ? library.path() : s.error().file, s.error().line};
    }
    result.warnings += reader->takeWarnings();
    auto added = (*import)->finish();
    if (!added)
        return Error{added.error().message, library.path()};
    result.added = *added;
    result.windows1252Lines = input.windows1252Lines();
    if (progress)
        progress({input.bytesRead(), input.totalBytes(), int(result.added.added)});
    return result;
}

} // namespace

Expected<RecordCheck> checkRecords(QIODevice &device, const QString &name, const ImportOptions &options,
                                   const ImportProgressFunction &progress)
{
    TextInput input(device, name);
    auto format = chooseFormat(input, options);
    if (!format)
        return format.error();
    const std::unique_ptr<PaperReader> reader = (*format)->open(input, options);
    RecordCheck check;
    RecordSkipper skipper;
    for (int records = 1;; ++records) {
        auto record = reader->next();
        (void)reader->takeWarnings();
        if (!record) {
            if (!skipper.goesOnAfter(input.bytesRead(), input.error().has_value(), record.error()))
                return record.error();
            check.invalid.append(record.error());
            continue;
        }
        if (!*record)
            break;
        ++check.valid;
        if (progress && records % ProgressEvery == 0
            && !progress({input.bytesRead(), input.totalBytes(), records}))
            return Error{FileImportText::tr("the import was cancelled; nothing was changed"), input.name()};
    }
    return check;
}

Expected<FileImportResult> importDevice(Library &library, QIODevice &device, const QString &name, const QString &source,
                                        const ImportOptions &options, const ImportProgressFunction &progress)
{
    TextInput input(device, name);
    return run(library, input, source, options, progress);
}

Expected<FileImportResult> importText(Library &library, const QString &text, const QString &name,
                                      const ImportOptions &options, const ImportProgressFunction &progress)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(library, buffer, name, name, options, progress);
}

Expected<FileImportResult> importFile(Library &library, const QString &path, const ImportOptions &options,
                                      const ImportProgressFunction &progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{FileImportText::tr("no such file"), path};
    if (info.isDir())
        return Error{FileImportText::tr("is a folder, not a file"), path};
    // A pipe without a writer would keep the import waiting for ever, and a device like /dev/zero never ends
    // ('lectern import -' reads standard input on purpose).
    if (!info.isFile())
        return Error{FileImportText::tr("is a pipe or a device, not a file; save what it gives to a file first"), path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{FileImportText::tr("cannot read the file: %1").arg(file.errorString()), path};
    return importDevice(library, file, path, info.absoluteFilePath(), options, progress);
}

QString describeImport(const QString &name, const FileImportResult &result)
{
    // One arg() for the name, format and count, so that a "%3" in a file's name stays as it is.
    QString text = FileImportText::tr("%1 (%2): imported %3, skipped %n duplicates", nullptr,
                                      int(result.added.duplicates.size()))
                       .arg(name, result.format, QString::number(result.added.added));
    if (result.added.updated > 0)
        text += FileImportText::tr(", updated %1").arg(result.added.updated);
    if (!result.skipped.isEmpty())
        text += FileImportText::tr(", left out %n invalid records", nullptr, int(result.skipped.size()));
    if (!result.warnings.isEmpty())
        text += FileImportText::tr(", %n warnings", nullptr, int(result.warnings.size()));
    if (result.windows1252Lines > 0)
        text += FileImportText::tr(", %n lines read as windows-1252", nullptr, result.windows1252Lines);
    return text;
}

} // namespace Lectern
