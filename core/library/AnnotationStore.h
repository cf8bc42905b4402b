#pragma once

#include "library/Paper.h"
#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace Lectern {

class Library;

struct PaperStatus
{
    qint64 paperId = 0;
    ReadingStatus status = ReadingStatus::Inbox;
    bool operator==(const PaperStatus &) const = default;
};

struct StatusChange
{
    ReadingStatus status = ReadingStatus::Inbox;
    QDateTime at;
};

struct StatusCount
{
    ReadingStatus status = ReadingStatus::Inbox;
    int count = 0;
    bool operator==(const StatusCount &) const = default;
};

// A paper's status, rating and note. Each write is one transaction, records the change in the
// paper's history and returns the value before, which undoes it when written back.
class AnnotationStore
{
public:
    // Note saves closer together than this make one history entry.
    static constexpr std::chrono::seconds NoteSitting = std::chrono::minutes(10);

    explicit AnnotationStore(Library &library, Clock clock = {}) : m_library(library), m_clock(std::move(clock)) {}

    // Returns each paper's status before; setStatus(thatList) undoes it. An unknown id changes nothing.
    Expected<QList<PaperStatus>> setStatus(const QList<qint64> &paperIds, ReadingStatus status);
    Expected<QList<PaperStatus>> setStatus(const QList<PaperStatus> &statuses);
    // Every change of the paper's status, oldest first.
    QList<StatusChange> statusHistory(qint64 paperId);
    // How many papers have each status, in the order of allStatuses().
    QList<StatusCount> statusCounts();
    QList<qint64> paperIds(ReadingStatus status);

    // 0 (none) to 5; returns the rating before.
    Expected<int> setRating(qint64 paperId, int rating);

    Expected<QString> note(qint64 paperId);
    // Stores the Markdown note (and when it was saved); returns the note before.
    Expected<QString> setNote(qint64 paperId, const QString &note);

private:
    Library &m_library;
    Clock m_clock;
};

} // namespace Lectern
