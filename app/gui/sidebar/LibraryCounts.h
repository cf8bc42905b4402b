#pragma once

#include "library/AnnotationStore.h"

#include <QObject>

#include <optional>

namespace Lectern {

class BackgroundReader;

// How many papers the library holds, in all and by reading status: the sidebar's first lines and the triage's
// "Inbox: n left". Counting reads the index of every paper's status (tens of milliseconds at a million papers,
// after every key of a triage), so it runs in the background; the counts of before stay until the new ones are in.
class LibraryCounts : public QObject
{
    Q_OBJECT

public:
    struct Counts
    {
        int all = 0;
        QList<StatusCount> statuses; // every status, in the order of allStatuses()
        bool operator==(const Counts &) const = default;
    };

    explicit LibraryCounts(const QString &libraryPath, QObject *parent = nullptr);

    // After a change of the library: counted again, and counted() follows when the counts differ.
    void recount();
    // Nothing until first counted.
    const std::optional<Counts> &counts() const { return m_counts; }
    // -1 until counted.
    int count(ReadingStatus status) const;
    // Where the counting runs: tests queue their own jobs on it.
    BackgroundReader *reader() const { return m_reader; }

Q_SIGNALS:
    void counted();

private:
    BackgroundReader *m_reader;
    std::optional<Counts> m_counts;
};

} // namespace Lectern
