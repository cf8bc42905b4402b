#include "library/PaperMarks.h"

#include "library/Library.h"
#include "storage/Database.h"

namespace Lectern {

QHash<qint64, PaperMarks> paperMarks(Library &library, const QList<qint64> &paperIds)
{
    Statement query(library.db(), "SELECT note <> '', (SELECT count(*) FROM highlights WHERE paper_id = papers.id) "
                                  "FROM papers WHERE id = ?");
    QHash<qint64, PaperMarks> marks;
    for (const qint64 id : paperIds) {
        query.bind(1, id);
        if (query.step() && (query.integer(0) != 0 || query.integer(1) > 0))
            marks.insert(id, {query.integer(0) != 0, int(query.integer(1))});
        query.reset();
    }
    return marks;
}

} // namespace Lectern
