#include "library/HighlightStore.h"

#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "text/Anchor.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

namespace {

// Reads a row of "SELECT id, paper_id, start, length, quote, prefix, suffix, color, comment, created_at".
Highlight highlightAt(const Statement &q)
{
    Highlight h;
    h.id = q.integer(0);
    h.paperId = q.integer(1);
    h.start = int(q.integer(2));
    h.length = int(q.integer(3));
    h.quote = q.text(4);
    h.prefix = q.text(5);
    h.suffix = q.text(6);
    h.color = q.text(7);
    h.comment = q.text(8);
    h.created = q.dateTime(9);
    return h;
}

std::optional<Highlight> findHighlight(Database &db, qint64 id)
{
    Statement q(db, "SELECT id, paper_id, start, length, quote, prefix, suffix, color, comment, created_at"
                    " FROM highlights WHERE id = ?");
    if (!q.bind(1, id).step())
        return std::nullopt;
    return highlightAt(q);
}

QList<Highlight> storedHighlights(Database &db, qint64 paperId)
{
    Statement q(db, "SELECT id, paper_id, start, length, quote, prefix, suffix, color, comment, created_at"
                    " FROM highlights WHERE paper_id = ? ORDER BY start, id");
    q.bind(1, paperId);
    QList<Highlight> highlights;
    while (q.step())
        highlights.append(highlightAt(q));
    return highlights;
}

std::optional<QString> abstractOf(Database &db, qint64 paperId)
{
    Statement q(db, "SELECT abstract FROM papers WHERE id = ?");
    if (!q.bind(1, paperId).step())
        return std::nullopt;
    return q.text(0);
}

// Inserts with highlight.id when it has one (a restore), else with a new id, which it returns.
Expected<qint64> insertHighlight(Database &db, const Highlight &h)
{
    Statement insert(db, "INSERT INTO highlights(id, paper_id, start, length, quote, prefix, suffix, color, comment,"
                         " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (h.id)
        insert.bind(1, h.id);
    insert.bind(2, h.paperId).bind(3, h.start).bind(4, h.length).bind(5, h.quote).bind(6, h.prefix);
    insert.bind(7, h.suffix).bind(8, h.color).bind(9, h.comment).bind(10, storedTime(h.created));
    if (auto s = insert.run(); !s)
        return Error{QCoreApplication::translate("Lectern::HighlightStore", "cannot store the highlight: %1")
                         .arg(s.error().message)};
    return db.lastInsertId();
}

Error noSuchHighlight(qint64 id)
{
    return Error{QCoreApplication::translate("Lectern::HighlightStore", "no highlight has the id %1").arg(id)};
}

bool sameAnchor(const Highlight &a, const Highlight &b)
{
    return a.start == b.start && a.length == b.length && a.quote == b.quote && a.prefix == b.prefix
        && a.suffix == b.suffix;
}

// Stores where highlights are now, so that the next read finds them at once.
Status storeAnchors(Database &db, const QList<Highlight> &highlights)
{
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    Statement update(db, "UPDATE highlights SET start = ?, length = ?, quote = ?, prefix = ?, suffix = ? WHERE id = ?");
    for (const Highlight &h : highlights) {
        update.bind(1, h.start).bind(2, h.length).bind(3, h.quote).bind(4, h.prefix).bind(5, h.suffix).bind(6, h.id);
        if (auto s = update.run(); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace

Expected<Highlight> HighlightStore::add(qint64 paperId, int start, int length, const QString &color,
                                        const QString &comment)
{
    const auto normalized = normalizedColor(color);
    if (!normalized)
        return normalized.error();
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const auto abstract = abstractOf(db, paperId);
    if (!abstract)
        return Error{QCoreApplication::translate("Lectern::HighlightStore", "no paper has the id %1").arg(paperId)};
    if (start < 0 || length <= 0 || start + qint64(length) > abstract->size())
        return Error{QCoreApplication::translate("Lectern::HighlightStore",
                                                 "characters %1 to %2 are not in the abstract of paper %3, "
                                                 "which has %4")
                         .arg(start)
                         .arg(qint64(start) + length)
                         .arg(paperId)
                         .arg(abstract->size())};
    Highlight h;
    h.paperId = paperId;
    h.color = *normalized;
    h.comment = comment;
    PaperHistory history(m_library, m_clock);
    h.created = history.now();
    Anchor::capture(h, *abstract, {start, length});
    const auto id = insertHighlight(db, h);
    if (!id)
        return id.error();
    h.id = *id;
    if (auto s = history.record({paperId}, EventKind::HighlightAdded, h.quote); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return h;
}

Expected<Highlight> HighlightStore::remove(qint64 highlightId)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const auto h = findHighlight(db, highlightId);
    if (!h)
        return noSuchHighlight(highlightId);
    Statement remove(db, "DELETE FROM highlights WHERE id = ?");
    if (auto s = remove.bind(1, highlightId).run(); !s)
        return s.error();
    if (auto s = PaperHistory(m_library, m_clock).record({h->paperId}, EventKind::HighlightRemoved, h->quote); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *h;
}

Status HighlightStore::restore(const Highlight &highlight)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    if (auto id = insertHighlight(db, highlight); !id)
        return id.error();
    if (auto s = PaperHistory(m_library, m_clock).record({highlight.paperId}, EventKind::HighlightAdded, highlight.quote); !s)
        return s;
    return transaction.commit();
}

Expected<QString> HighlightStore::setColor(qint64 highlightId, const QString &color)
{
    const auto normalized = normalizedColor(color);
    if (!normalized)
        return normalized.error();
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const auto h = findHighlight(db, highlightId);
    if (!h)
        return noSuchHighlight(highlightId);
    Statement update(db, "UPDATE highlights SET color = ? WHERE id = ?");
    if (auto s = update.bind(1, *normalized).bind(2, highlightId).run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return h->color;
}

Expected<QString> HighlightStore::setComment(qint64 highlightId, const QString &comment)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const auto h = findHighlight(db, highlightId);
    if (!h)
        return noSuchHighlight(highlightId);
    Statement update(db, "UPDATE highlights SET comment = ? WHERE id = ?");
    if (auto s = update.bind(1, comment).bind(2, highlightId).run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return h->comment;
}

QList<Highlight> HighlightStore::forPaper(qint64 paperId)
{
    Database &db = m_library.db();
    const auto abstract = abstractOf(db, paperId);
    if (!abstract)
        return {};
    QList<Highlight> highlights = storedHighlights(db, paperId);
    QList<Highlight> moved;
    for (Highlight &h : highlights) {
        const auto span = Anchor::locate(h, *abstract);
        if (!span) {
            h.orphaned = true;
            continue;
        }
        const Highlight stored = h;
        Anchor::capture(h, *abstract, *span);
        if (!sameAnchor(h, stored))
            moved.append(h);
    }
    if (!moved.isEmpty()) {
        // Only a cache of where they are: the next read anchors them again if this fails.
        if (auto s = storeAnchors(db, moved); !s)
            qWarning("cannot store the new places of highlights of paper %lld: %s", paperId,
                     qPrintable(s.error().message));
    }
    std::stable_sort(highlights.begin(), highlights.end(),
                     [](const Highlight &a, const Highlight &b) { return a.start < b.start; });
    return highlights;
}

} // namespace Lectern
