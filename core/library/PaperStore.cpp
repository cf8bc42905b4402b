#include "library/PaperStore.h"

#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern {

namespace {

const QString AuthorSeparator = QStringLiteral("; ");

QString kindName(Link::Kind kind)
{
    return kind == Link::Kind::Code ? QStringLiteral("code") : QStringLiteral("page");
}

// The id of a stored paper that is the same as this one, and why; 0 when there is none.
std::pair<qint64, QString> findStored(Database &db, const Paper &paper, const QString &titleKey)
{
    if (!paper.arxivId.isEmpty()) {
        Statement q(db, "SELECT id FROM papers WHERE arxiv_id = ?");
        if (q.bind(1, paper.arxivId).step())
            return {q.integer(0), QStringLiteral("arXiv id")};
    }
    if (!paper.doi.isEmpty()) {
        Statement q(db, "SELECT id FROM papers WHERE doi = ?");
        if (q.bind(1, paper.doi).step())
            return {q.integer(0), QStringLiteral("DOI")};
    }
    Statement q(db, "SELECT id FROM papers WHERE title_key = ?");
    if (q.bind(1, titleKey).step())
        return {q.integer(0), QStringLiteral("title")};
    return {0, {}};
}

// Remembers what this batch added, so that a file listing a paper twice adds it once.
struct BatchKeys
{
    QHash<QString, QString> seen; // key -> reason

    QString find(const Paper &paper, const QString &titleKey) const
    {
        for (const auto &[key, reason] : keysOf(paper, titleKey))
            if (seen.contains(key))
                return reason;
        return {};
    }
    void insert(const Paper &paper, const QString &titleKey)
    {
        for (const auto &[key, reason] : keysOf(paper, titleKey))
            seen.insert(key, reason);
    }
    static QList<std::pair<QString, QString>> keysOf(const Paper &paper, const QString &titleKey)
    {
        // In findStored's order, so that a twin is named by the same reason in the file and in the library.
        QList<std::pair<QString, QString>> keys;
        if (!paper.arxivId.isEmpty())
            keys.append({u"a:" + paper.arxivId, QStringLiteral("arXiv id")});
        if (!paper.doi.isEmpty())
            keys.append({u"d:" + paper.doi, QStringLiteral("DOI")});
        keys.append({u"t:" + titleKey, QStringLiteral("title")});
        return keys;
    }
};

Expected<qint64> insertImport(Database &db, const QString &file, const QString &format, const QString &now)
{
    Statement insert(db, "INSERT INTO imports(file, format, imported_at) VALUES (?, ?, ?)");
    if (auto s = insert.bind(1, file).bind(2, format).bind(3, now).run(); !s)
        return s.error();
    return db.lastInsertId();
}

// DOIs ignore case. Stored lower-case (as the importers find them), a DOI typed in another case is still a
// twin, and doi: compares with = on the index papers_doi.
Paper withLowerCaseDoi(Paper paper)
{
    paper.doi = paper.doi.toLower();
    return paper;
}

} // namespace

Expected<AddResult> PaperStore::add(const QList<Paper> &papers, const QString &sourceFile, const QString &format,
                                    const Progress &progress)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const QString now = storedTime(QDateTime::currentDateTimeUtc());
    auto importId = insertImport(db, sourceFile, format, now);
    if (!importId)
        return importId.error();

    Statement insertPaper(db, "INSERT INTO papers(title, title_key, authors, abstract, note, published, published_sort,"
                              " arxiv_id, doi, import_id, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Statement insertLink(db, "INSERT INTO links(paper_id, position, url, kind) VALUES (?, ?, ?, ?)");
    AddResult result;
    BatchKeys batch;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        const Paper paper = withLowerCaseDoi(papers[i]);
        const QString key = PaperText::titleKey(paper.title);
        // The batch first: its papers are already in the table (same transaction), yet their twin is in the file.
        if (const QString reason = batch.find(paper, key); !reason.isEmpty()) {
            result.duplicates.append({paper.title, 0, reason});
        } else if (const auto [existing, reason] = findStored(db, paper, key); existing) {
            result.duplicates.append({paper.title, existing, reason});
        } else {
            insertPaper.bind(1, paper.title).bind(2, key).bind(3, paper.authors.join(AuthorSeparator));
            insertPaper.bind(4, paper.abstract).bind(5, paper.note).bindOptional(6, paper.published);
            insertPaper.bindOptional(7, PaperText::sortableDate(paper.published));
            insertPaper.bindOptional(8, paper.arxivId).bindOptional(9, paper.doi).bind(10, *importId).bind(11, now);
            if (auto s = insertPaper.run(); !s)
                return Error{QCoreApplication::translate("Lectern::PaperStore", "cannot store \"%1\": %2")
                                 .arg(paper.title, s.error().message)};
            const qint64 id = db.lastInsertId();
            for (qsizetype position = 0; position < paper.links.size(); ++position) {
                const Link &link = paper.links[position];
                insertLink.bind(1, id).bind(2, qint64(position)).bind(3, link.url).bind(4, kindName(link.kind));
                if (auto s = insertLink.run(); !s)
                    return Error{QCoreApplication::translate("Lectern::PaperStore", "cannot store a link of \"%1\": %2")
                                     .arg(paper.title, s.error().message)};
            }
            batch.insert(paper, key);
            result.addedIds.append(id);
            ++result.added;
        }
        if (progress)
            progress(int(i + 1), int(papers.size()));
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

int PaperStore::count()
{
    Statement q(m_library.db(), "SELECT count(*) FROM papers");
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

std::optional<Paper> PaperStore::paper(qint64 id)
{
    Database &db = m_library.db();
    Statement q(db, "SELECT p.id, p.title, p.authors, p.abstract, p.note, p.published, p.arxiv_id, p.doi,"
                    " p.added_at, i.file, i.imported_at, p.status, p.rating"
                    " FROM papers p LEFT JOIN imports i ON i.id = p.import_id WHERE p.id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    Paper paper;
    paper.id = q.integer(0);
    paper.title = q.text(1);
    paper.authors = q.text(2).split(AuthorSeparator, Qt::SkipEmptyParts);
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

    Statement links(db, "SELECT url, kind FROM links WHERE paper_id = ? ORDER BY position");
    links.bind(1, id);
    while (links.step())
        paper.links.append({links.text(0), links.text(1) == u"code" ? Link::Kind::Code : Link::Kind::Page});
    paper.tags = TagStore(m_library).tagsOf(id);
    paper.highlights = HighlightStore(m_library).forPaper(id);
    return paper;
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
            result.append({q.integer(0), q.text(1), q.text(2).section(AuthorSeparator, 0, 0), q.text(3),
                           statusFromName(q.text(4)).value_or(ReadingStatus::Inbox), int(q.integer(5)), tags.value(id)});
        q.reset();
    }
    return result;
}

} // namespace Lectern
