#include "library/PaperMerge.h"

#include "library/DuplicateStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperFields.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

QString noteHeading(const Paper &paper)
{
    return QCoreApplication::translate("Lectern::PaperMerge", "From #%1, \u201c%2\u201d:")
        .arg(paper.id).arg(PaperText::singleLine(paper.title));
}

// Every link of both, the kept paper's first, each once.
QList<Link> linkUnion(const QList<Link> &kept, const QList<Link> &other)
{
    QList<Link> links = kept;
    for (const Link &link : other)
        if (!links.contains(link))
            links.append(link);
    return links;
}

QList<ExtraField> extraUnion(const QList<ExtraField> &kept, const QList<ExtraField> &other)
{
    QList<ExtraField> fields = kept;
    for (const ExtraField &field : other) {
        const bool named = std::any_of(kept.cbegin(), kept.cend(), [&](const ExtraField &f) { return f.name == field.name; });
        if (!named)
            fields.append(field);
    }
    return fields;
}

Status run(Database &db, const char *sql, qint64 first, qint64 second)
{
    Statement statement(db, sql);
    return statement.bind(1, first).bind(2, second).run();
}

} // namespace

QStringList differingFields(const Paper &a, const Paper &b)
{
    QStringList names;
    for (const PaperField &field : paperFields())
        if (field.text(a) != field.text(b))
            names.append(field.name);
    return names;
}

QString joinedNotes(const Paper &keep, const Paper &other)
{
    if (other.note.trimmed().isEmpty())
        return keep.note;
    if (keep.note.trimmed().isEmpty())
        return other.note;
    return noteHeading(keep) + QStringLiteral("\n\n") + keep.note.trimmed() + QStringLiteral("\n\n") + noteHeading(other)
        + QStringLiteral("\n\n") + other.note.trimmed() + u'\n';
}

Expected<MergeResult> PaperMerge::merge(qint64 keep, qint64 other, const QSet<QString> &takeFromOther)
{
    if (keep == other)
        return Error{QCoreApplication::translate("Lectern::PaperMerge", "a paper cannot be merged with itself")};
    if (auto s = PaperStore(m_library).checkIds({keep, other}); !s)
        return s.error();
    for (const QString &name : takeFromOther)
        if (!paperField(name))
            return Error{QCoreApplication::translate("Lectern::PaperMerge", "a paper has no field \"%1\"").arg(name)};
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    PaperStore papers(m_library);
    const auto kept = papers.paper(keep);
    const auto gone = papers.paper(other);
    if (!kept || !gone)
        return Error{QCoreApplication::translate("Lectern::PaperStore", "no paper has the id %1").arg(kept ? other : keep)};

    MergeResult result{keep, other, {}};
    Paper merged = *kept;
    QStringList changed;
    for (const PaperField &field : paperFields()) {
        const bool take = takeFromOther.contains(field.name) || (field.isEmpty(*kept) && !field.isEmpty(*gone));
        if (take && field.text(*kept) != field.text(*gone)) {
            field.copy(merged, *gone);
            changed.append(field.name);
            result.fieldsFromOther.append(field.name);
        }
    }
    // Links and extra fields are lists: what the other paper has besides comes along.
    if (!changed.contains(u"links") && linkUnion(kept->links, gone->links) != kept->links) {
        merged.links = linkUnion(kept->links, gone->links);
        changed.append(QStringLiteral("links"));
    }
    if (!changed.contains(u"extra") && extraUnion(kept->extraFields, gone->extraFields) != kept->extraFields) {
        merged.extraFields = extraUnion(kept->extraFields, gone->extraFields);
        changed.append(QStringLiteral("extra"));
    }

    // What belongs to the other paper moves over before it goes.
    if (auto s = run(db, "INSERT OR IGNORE INTO paper_tags(paper_id, tag_id) SELECT ?, tag_id FROM paper_tags"
                         " WHERE paper_id = ?", keep, other); !s)
        return s.error();
    if (auto s = run(db, "UPDATE highlights SET paper_id = ? WHERE paper_id = ?", keep, other); !s)
        return s.error();
    if (auto s = run(db, "UPDATE reading_list_items AS k SET position = min(k.position, o.position)"
                         " FROM reading_list_items AS o WHERE k.paper_id = ? AND o.paper_id = ? AND o.list_id = k.list_id",
                     keep, other); !s)
        return s.error();
    if (auto s = run(db, "DELETE FROM reading_list_items WHERE paper_id = ? AND list_id IN"
                         " (SELECT list_id FROM reading_list_items WHERE paper_id = ?)", other, keep); !s)
        return s.error();
    if (auto s = run(db, "UPDATE reading_list_items SET paper_id = ? WHERE paper_id = ?", keep, other); !s)
        return s.error();
    if (auto s = run(db, "UPDATE paper_events SET paper_id = ? WHERE paper_id = ?", keep, other); !s)
        return s.error();

    // The other paper goes first, so that its identifiers are free for the kept one.
    Statement remove(db, "DELETE FROM papers WHERE id = ?");
    if (auto s = remove.bind(1, other).run(); !s)
        return s.error();
    if (auto s = PaperFields::store(m_library, merged, changed); !s)
        return s.error();

    const QString note = joinedNotes(*kept, *gone);
    const ReadingStatus status = kept->status == ReadingStatus::Inbox ? gone->status : kept->status;
    const int rating = qMax(kept->rating, gone->rating);
    Statement reader(db, "UPDATE papers SET note = ?, note_updated_at = CASE WHEN note = ? THEN note_updated_at ELSE ? END,"
                         " status = ?, rating = ? WHERE id = ?");
    reader.bind(1, note).bind(2, note).bind(3, storedTime(QDateTime::currentDateTimeUtc()));
    reader.bind(4, statusName(status)).bind(5, rating).bind(6, keep);
    if (auto s = reader.run(); !s)
        return s.error();
    if (auto s = PaperHistory(m_library).record({keep}, EventKind::Merged, gone->title, QString::number(other)); !s)
        return s.error();
    // The highlights find their places in the abstract the paper now has.
    (void)HighlightStore(m_library).forPaper(keep);
    const DuplicateKeys keys = DuplicateKeys::of(merged);
    if (auto s = DuplicateStore(m_library).storeKeys(keep, keys, !keys.arxivId.isEmpty()); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

} // namespace Lectern
