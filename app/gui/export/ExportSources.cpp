#include "gui/export/ExportSources.h"

#include "gui/lists/ListScopes.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "query/Query.h"

namespace Lectern {

QList<ExportSource> ExportSources::all(Library &library, int selectedCount)
{
    QList<ExportSource> sources;
    if (selectedCount > 0)
        sources.append({ExportSource::Kind::Selection, 0, tr("Selected papers (%1)").arg(selectedCount),
                        tr("Selected papers"), QString()});
    for (const ReadingList &list : ReadingListStore(library).lists())
        sources.append({ExportSource::Kind::ReadingList, list.id, tr("Reading list: %1 (%2)").arg(list.name).arg(list.count),
                        tr("Reading list: %1").arg(list.name), readingListScope(list.name), list.name});
    for (const SmartListCount &smart : SmartListStore(library).listsWithCounts())
        sources.append({ExportSource::Kind::SmartList, smart.list.id,
                        tr("Smart list: %1 (%2)")
                            .arg(smart.list.name, smart.count < 0 ? QStringLiteral("?") : QString::number(smart.count)),
                        tr("Smart list: %1").arg(smart.list.name), smart.list.query, smart.list.name});
    sources.append({ExportSource::Kind::Library, 0, tr("All papers (%1)").arg(PaperStore(library).count()),
                    tr("All papers"), QString()});
    return sources;
}

Expected<QList<qint64>> ExportSources::paperIds(Library &library, const ExportSource &source, const QList<qint64> &selection)
{
    switch (source.kind) {
    case ExportSource::Kind::Selection:
        return selection;
    case ExportSource::Kind::ReadingList:
        return ReadingListStore(library).shownPaperIds(source.listId);
    case ExportSource::Kind::SmartList:
        return findPapers(library, Query::parse(source.scope));
    case ExportSource::Kind::Library:
        return PaperStore(library).ids();
    }
    return QList<qint64>();
}

} // namespace Lectern
