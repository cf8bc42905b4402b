#include "library/PaperStore.h"

#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperImport.h"
#include "library/PaperJson.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Lectern {

Expected<AddResult> PaperStore::add(const QList<Paper> &papers, const QString &sourceFile, const QString &format,
                                    const Progress &progress)
{
    auto import = PaperImport::begin(m_library, sourceFile, format);
    if (!import)
        return import.error();
    for (qsizetype i = 0; i < papers.size(); ++i) {
        if (auto id = (*import)->add(papers[i]); !id)
            return id.error();
        if (progress)
            progress(int(i + 1), int(papers.size()));
    }
    return (*import)->finish();
}

int PaperStore::count()
{
    Statement q(m_library.db(), "SELECT (SELECT count(*) FROM papers) - (SELECT count(*) FROM papers"
                                " INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL)");
    return q.step() ? int(q.integer(0)) : 0;
}

Status PaperStore::checkIds(const QList<qint64> &ids)
{
    Statement q(m_library.db(), "SELECT 1 FROM papers WHERE id = ?");
    for (const qint64 id : ids) {
        const bool found = q.bind(1, id).step();
        q.reset();
        if (!found)
            return Error{QCoreApplication::translate("Lectern::PaperStore", "no paper has the id %1").arg(id)};
    }
    return success();
}

namespace {

// Reads stored papers whole, with its statements prepared once however many papers it reads: an export of a large
// library reads every paper, and preparing five statements per paper was most of its time.
class StoredPapers
{
public:
    explicit StoredPapers(Library &library)
        : m_library(library)
        , m_paper(library.db(),
                  "SELECT p.id, p.title, p.authors, p.abstract, p.note, p.published, p.arxiv_id, p.doi,"
                  " p.added_at, i.file, i.imported_at, p.status, p.rating, p.entry_type, p.author_names,"
                  " p.editor_names, p.container, p.volume, p.issue, p.pages, p.publisher, p.isbn, p.issn,"
                  " p.language, p.arxiv_category, p.citation_key, p.extra_fields, p.note_updated_at"
                  " FROM papers p LEFT JOIN imports i ON i.id = p.import_id WHERE p.id = ?")
        , m_links(library.db(), "SELECT url, kind FROM links WHERE paper_id = ? ORDER BY position")
    {
    }

    QList<Paper> read(const QList<qint64> &ids)
    {
        const QHash<qint64, QStringList> tags = TagStore(m_library).tagsOf(ids);
        const QSet<qint64> highlighted = papersWithHighlights(ids);
        HighlightStore highlights(m_library);
        QList<Paper> papers;
        papers.reserve(ids.size());
        for (const qint64 id : ids) {
            auto paper = readPaper(id);
            if (!paper)
                continue;
            paper->tags = tags.value(id);
            if (highlighted.contains(id))
                paper->highlights = highlights.forPaper(id);
            papers.append(std::move(*paper));
        }
        return papers;
    }

private:
    std::optional<Paper> readPaper(qint64 id)
    {
        Statement &q = m_paper;
        q.reset();
        if (!q.bind(1, id).step())
            return std::nullopt;
        Paper paper;
        paper.id = q.integer(0);
        paper.title = q.text(1);
        paper.authors = peopleFromColumns(q.text(14), q.text(2));
        paper.abstract = q.text(3);
        paper.note = q.text(4);
        paper.published = q.text(5);
        paper.arxivId = q.text(6);
        paper.doi = q.text(7);
        paper.added = q.dateTime(8);
        paper.sourceFile = q.text(9);
        paper.importedAt = q.dateTime(10);
        paper.status = statusFromName(q.text(11)).value_or(ReadingStatus::Inbox);
        paper.rating = int(q.integer(12));
        paper.type = q.text(13);
        paper.editors = peopleFromColumns(q.text(15));
        QString *texts[] = {&paper.container, &paper.volume, &paper.issue, &paper.pages, &paper.publisher,
                            &paper.isbn, &paper.issn, &paper.language, &paper.arxivCategory, &paper.citationKey};
        int column = 16;
        for (QString *text : texts)
            *text = q.text(column++);
        paper.extraFields = extraFieldsFromColumn(q.text(column));
        paper.noteUpdated = q.dateTime(column + 1);

        m_links.reset();
        m_links.bind(1, id);
        while (m_links.step())
            paper.links.append({m_links.text(0), m_links.text(1) == u"code" ? Link::Kind::Code : Link::Kind::Page});
        return paper;
    }

    // Few papers have highlights: the others need no look-up (which re-anchors, and so reads the abstract again).
    QSet<qint64> papersWithHighlights(const QList<qint64> &ids)
    {
        QSet<qint64> result;
        if (ids.size() == 1) {
            Statement q(m_library.db(), "SELECT 1 FROM highlights WHERE paper_id = ? LIMIT 1");
            if (q.bind(1, ids.first()).step())
                result.insert(ids.first());
            return result;
        }
        Statement q(m_library.db(), "SELECT DISTINCT paper_id FROM highlights");
        while (q.step())
            result.insert(q.integer(0));
        return result;
    }

    Library &m_library;
    Statement m_paper;
    Statement m_links;
};

} // namespace

std::optional<Paper> PaperStore::paper(qint64 id)
{
    QList<Paper> papers = StoredPapers(m_library).read({id});
    if (papers.isEmpty())
        return std::nullopt;
    return std::move(papers.first());
}

QList<Paper> PaperStore::papers(const QList<qint64> &ids)
{
    return StoredPapers(m_library).read(ids);
}

QList<qint64> PaperStore::ids(PaperSort sort, bool ascending)
{
    // The empty query is every paper; its SQL holds the orders of the list, so there is one copy of them.
    // It fails only with the library (as every other read here would).
    auto ids = findPapers(m_library, Query(), {sort, ascending, false});
    return ids ? std::move(*ids) : QList<qint64>();
}

QList<PaperRow> PaperStore::rows(const QList<qint64> &ids)
{
    Statement q(m_library.db(), "SELECT id, title, authors, published, status, rating FROM papers WHERE id = ?");
    const QHash<qint64, QStringList> tags = TagStore(m_library).tagsOf(ids);
    QList<PaperRow> result;
    result.reserve(ids.size());
    for (const qint64 id : ids) {
        q.bind(1, id);
        if (q.step())
            result.append({q.integer(0), q.text(1), firstDisplayName(q.text(2)), q.text(3),
                           statusFromName(q.text(4)).value_or(ReadingStatus::Inbox), int(q.integer(5)), tags.value(id)});
        q.reset();
    }
    return result;
}

} // namespace Lectern
