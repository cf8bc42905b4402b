#pragma once

#include "library/Library.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Lectern {

// Reads the library on a thread of its own, through its own connection (SQLite WAL lets it read while
// the window writes), for look-ups that can take a good part of a second in a large library: related
// papers, snippets of a prefix search, the ranking of many matches, the smart lists' counts. Jobs run one
// after another; their results come back to the thread that owns the reader.
//
// A job belongs to the ticket current when it was posted. newTicket() says that nothing asked before
// is wanted any more (another paper is selected, the query changed): the older jobs are skipped, the
// one running stops at its next SQLite step (its statements fail as cancelled), and what they return
// is dropped. On a machine of two cores, a look-up nobody waits for would take half the window's search
// speed.
class BackgroundReader : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundReader(const QString &libraryPath, QObject *parent = nullptr);
    ~BackgroundReader() override;

    void newTicket() { ++m_ticket; }

    template<typename Result>
    void post(std::function<Result(Library &)> work, std::function<void(const Result &)> done)
    {
        const quint64 ticket = m_ticket;
        QMetaObject::invokeMethod(m_context, [this, ticket, work = std::move(work), done = std::move(done)] {
            Library *library = ticket == m_ticket ? openLibrary() : nullptr;
            if (!library)
                return;
            m_jobTicket = ticket;
            Result result = work(*library);
            QMetaObject::invokeMethod(this, [this, ticket, done, result = std::move(result)] {
                if (ticket == m_ticket)
                    done(result);
            });
        });
    }

private:
    // In the reader's thread.
    Library *openLibrary();

    const QString m_libraryPath;
    QThread m_thread;
    QObject *m_context; // lives in m_thread: what the jobs are invoked on
    std::unique_ptr<Library> m_library; // opened, used and closed in m_thread
    std::atomic<quint64> m_ticket = 0;
    quint64 m_jobTicket = 0; // of the job running, in m_thread
};

} // namespace Lectern
