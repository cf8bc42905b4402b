#include "import/Importer.h"

#include "import/DailyPapersImporter.h"

namespace Lectern {

const std::vector<std::unique_ptr<Importer>> &importers()
{
    static const auto all = [] {
        std::vector<std::unique_ptr<Importer>> list;
        // The daily-papers format is plain prose and recognises almost anything: it stays last.
        list.push_back(std::make_unique<DailyPapersImporter>());
        return list;
    }();
    return all;
}

const Importer *importerFor(const QString &text)
{
    for (const auto &importer : importers())
        if (importer->recognizes(text))
            return importer.get();
    return nullptr;
}

} // namespace Lectern
