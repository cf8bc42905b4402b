#pragma once

#include "import/PaperReader.h"
#include "library/PaperImport.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace Lectern {

// Runs a reader on a thread of its own, ahead of the import that stores them: on two cores the parsing of the next
// records and the storing of the last ones overlap. At most Capacity records, made of at most capacityBytes of input,
// wait, so memory stays flat whatever the file's size; MaxCapacityBytes is enough for the reader to go on while the
// import commits a batch (a second or so), instead of waiting there and making the import wait for it afterwards. The reader and its input belong to the thread until the last record
// (the end of the input) has been taken, or the ReadAhead is destroyed; only then may the caller use them again
// (storeLibraryRecords, the input's counts).
class ReadAhead
{
public:
    static constexpr std::size_t Capacity = 8192;
    static constexpr qint64 MaxCapacityBytes = 8 * 1024 * 1024;
    // A queued record takes about four times its input's bytes: an input of totalBytes (-1: unknown) that has few
    // batches to commit gets a queue that is a small part of it.
    static qint64 capacityFor(qint64 totalBytes);

    // What reader.next() gave, with what the reader and the input said at that moment.
    struct Record
    {
        Expected<std::optional<Paper>> paper;
        PaperImport::Columns columns; // of the paper, when the ReadAhead was given a prepare function
        QList<Error> warnings;
        qint64 bytesRead = 0;
        bool inputFailed = false; // the input itself failed (unreadable, not the record): nothing more will come
    };

    // prepare (optional) is run on the reading thread for each paper, e.g. PaperImport::prepare.
    using Prepare = std::function<PaperImport::Columns(Paper &)>;
    ReadAhead(PaperReader &reader, TextInput &input, Prepare prepare = {}, qint64 capacityBytes = MaxCapacityBytes);
    ~ReadAhead();
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // Waits for the next record. After the end of the input the reading thread has finished.
    Record next();

private:
    void read();
    void stop();
    qint64 queuedBytes() const;
    bool full() const;
    bool halfEmpty() const;

    PaperReader &m_reader;
    TextInput &m_input;
    Prepare m_prepare;
    qint64 m_capacityBytes;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Record> m_records;
    qint64 m_bytesTaken = 0; // the input's bytes read at the last record taken
    bool m_readerWaits = false; // for the queue to be half empty
    bool m_stopping = false;
    std::thread m_thread; // last: it starts once the rest is made
};

} // namespace Lectern
