#include "import/ReadAhead.h"

namespace Lectern {

ReadAhead::ReadAhead(PaperReader &reader, TextInput &input, Prepare prepare, qint64 capacityBytes)
    : m_reader(reader), m_input(input), m_prepare(std::move(prepare)), m_capacityBytes(capacityBytes),
      m_thread([this] { read(); })
{
}

qint64 ReadAhead::capacityFor(qint64 totalBytes)
{
    return totalBytes < 0 ? MaxCapacityBytes : qBound(qint64(1024 * 1024), totalBytes / 16, MaxCapacityBytes);
}

ReadAhead::~ReadAhead()
{
    stop();
}

void ReadAhead::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAhead::read()
{
    for (;;) {
        Record record{m_reader.next(), {}, m_reader.takeWarnings(), m_input.bytesRead(), m_input.error().has_value()};
        if (m_prepare && record.paper && *record.paper)
            record.columns = m_prepare(**record.paper);
        const bool last = record.inputFailed || (record.paper && !*record.paper);
        std::unique_lock lock(m_mutex);
        // A full queue waits until it is half empty: waking for every record taken would cost two thread switches
        // a record.
        if (full()) {
            m_readerWaits = true;
            m_changed.wait(lock, [this] { return m_stopping || halfEmpty(); });
            m_readerWaits = false;
        }
        if (m_stopping)
            return;
        const bool wasEmpty = m_records.empty();
        m_records.push_back(std::move(record));
        lock.unlock();
        if (wasEmpty || last)
            m_changed.notify_all();
        if (last)
            return;
    }
}

// All three with the mutex held. The input's bytes behind the records waiting.
qint64 ReadAhead::queuedBytes() const
{
    return m_records.empty() ? 0 : m_records.back().bytesRead - m_bytesTaken;
}

bool ReadAhead::full() const
{
    return m_records.size() >= Capacity || queuedBytes() >= m_capacityBytes;
}

bool ReadAhead::halfEmpty() const
{
    return m_records.size() <= Capacity / 2 && queuedBytes() <= m_capacityBytes / 2;
}

ReadAhead::Record ReadAhead::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_records.empty(); });
    Record record = std::move(m_records.front());
    m_records.pop_front();
    m_bytesTaken = record.bytesRead;
    const bool wake = m_readerWaits && halfEmpty();
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    const bool last = record.inputFailed || (record.paper && !*record.paper);
    if (last)
        m_thread.join(); // it has returned, or is about to: the reader and the input are the caller's again
    return record;
}

} // namespace Lectern
