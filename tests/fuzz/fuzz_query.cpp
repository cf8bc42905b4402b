// libFuzzer target: arbitrary text as a query, parsed and then run on a small library in memory, as the
// search field, smart lists and the command line run it. A parse error or a query error is fine; a crash,
// a sanitizer report, a statement that does not prepare (SQL the compiler got wrong) is not.

#include "library/Library.h"
#include "library/PaperStore.h"
#include "query/Query.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace {

Lectern::Library &library()
{
    static std::unique_ptr<Lectern::Library> opened = [] {
        auto library = Lectern::Library::open(QStringLiteral(":memory:"));
        if (!library)
            qFatal("cannot open the fuzz library: %s", qPrintable(library.error().toString()));
        Lectern::Paper paper;
        paper.title = QStringLiteral("Graph neural networks for physics");
        paper.abstract = QStringLiteral("We study message passing on meshes. Code: https://github.com/x/y");
        paper.published = QStringLiteral("2023-06-13");
        (void)Lectern::PaperStore(**library).add({paper}, QStringLiteral("fuzz"), QStringLiteral("test"));
        return std::move(*library);
    }();
    return *opened;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Lectern::Query query = Lectern::Query::parse(text);
    if (!query.isValid())
        return 0;
    (void)Lectern::findPapers(library(), query, {}, 10);
    (void)Lectern::findPapersUnranked(library(), query);
    return 0;
}
