#include "gui/BackgroundReader.h"

#include "storage/Database.h"

namespace Lectern {

BackgroundReader::BackgroundReader(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(libraryPath), m_context(new QObject)
{
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    newTicket(); // the jobs still queued are skipped
    QMetaObject::invokeMethod(m_context, [this] { m_library.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Library *BackgroundReader::openLibrary()
{
    if (!m_library) {
        auto library = Library::open(m_libraryPath);
        if (!library) {
            qWarning("cannot read the library in the background: %s", qPrintable(library.error().toString()));
            return nullptr;
        }
        m_library = std::move(*library);
        m_library->db().setCancelCheck([this] { return m_jobTicket != m_ticket; });
    }
    return m_library.get();
}

} // namespace Lectern
