#include "gui/sidebar/LibraryCounts.h"

#include "gui/BackgroundReader.h"
#include "library/PaperStore.h"

#include <algorithm>

namespace Lectern {

LibraryCounts::LibraryCounts(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_reader(new BackgroundReader(libraryPath, this))
{
    setObjectName(QStringLiteral("libraryCounts"));
}

void LibraryCounts::recount()
{
    m_reader->newTicket(); // the counts of before the latest change are not wanted any more
    m_reader->post<Counts>([](Library &library) { return Counts{PaperStore(library).count(), AnnotationStore(library).statusCounts()}; },
                           [this](const Counts &counts) {
                               if (m_counts == counts)
                                   return;
                               m_counts = counts;
                               Q_EMIT counted();
                           });
}

int LibraryCounts::count(ReadingStatus status) const
{
    if (!m_counts)
        return -1;
    const auto found = std::find_if(m_counts->statuses.cbegin(), m_counts->statuses.cend(),
                                    [status](const StatusCount &count) { return count.status == status; });
    return found == m_counts->statuses.cend() ? 0 : found->count;
}

} // namespace Lectern
