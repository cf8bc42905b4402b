#include "library/PaperEditor.h"

#include "library/CitationKeys.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperFieldText.h"
#include "library/PaperJson.h"
#include "library/PaperStore.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PaperEditor)
};

QString kindName(Link::Kind kind)
{
    return kind == Link::Kind::Code ? QStringLiteral("code") : QStringLiteral("page");
}

// Every field either paper has, in the editor's order, then the extra fields. The mark of a date inferred goes with
// the date (setting it removes the mark): no field of its own.
QStringList fieldsOf(const Paper &a, const Paper &b)
{
    QStringList fields = PaperFieldText::names();
    const QString inferredDate = PaperFieldText::ExtraPrefix + Paper::InferredDateField;
    for (const QString &extra : PaperFieldText::extraNames(a) + PaperFieldText::extraNames(b))
        if (!fields.contains(extra) && extra != inferredDate)
            fields.append(extra);
    return fields;
}

} // namespace

Expected<QStringList> PaperEditor::edit(qint64 paperId, const QList<Assignment> &assignments)
{
    auto paper = PaperStore(m_library).paper(paperId);
    if (!paper)
        return Error{EditorText::tr("no paper has the id %1").arg(paperId)};
    for (const auto &[field, value] : assignments)
        if (auto s = PaperFieldText::set(*paper, field, value); !s)
            return s.error();
    return save(*paper);
}

Expected<QStringList> PaperEditor::save(const Paper &edited)
{
    Transaction transaction(m_library.db());
    if (!transaction)
        return transaction.error();
    const auto stored = PaperStore(m_library).paper(edited.id);
    if (!stored)
        return Error{EditorText::tr("no paper has the id %1").arg(edited.id)};
    if (edited.title.trimmed().isEmpty())
        return Error{QStringLiteral("title: ") + EditorText::tr("a paper needs a title")};
    QStringList changed;
    for (const QString &field : fieldsOf(*stored, edited))
        if (PaperFieldText::text(*stored, field) != PaperFieldText::text(edited, field))
            changed.append(field);
    if (changed.isEmpty())
        return changed;
    if (auto s = checkUnique(edited, *stored); !s)
        return s.error();
    if (changed.contains(PaperFieldText::Key))
        if (auto s = CitationKeyStore(m_library).setKey(edited.id, edited.citationKey); !s)
            return s.error();
    if (auto s = store(edited); !s)
        return s.error();
    PaperHistory history(m_library, m_clock);
    for (const QString &field : std::as_const(changed)) {
        if (field == PaperFieldText::Key)
            continue; // CitationKeyStore recorded it
        if (auto s = history.recordFieldEdit(edited.id, field, PaperFieldText::text(*stored, field),
                                             PaperFieldText::text(edited, field));
            !s)
            return s.error();
    }
    // Each highlight found again in the new abstract, where it is now; one whose text is gone stays, orphaned.
    if (changed.contains(QStringLiteral("abstract")))
        (void)HighlightStore(m_library, m_clock).forPaper(edited.id);
    if (auto s = transaction.commit(); !s)
        return s.error();
    return changed;
}

// The library holds one paper per DOI and arXiv id (the unique indexes): a taken one is named, not a constraint.
Status PaperEditor::checkUnique(const Paper &edited, const Paper &stored)
{
    const std::tuple<const char *, QString, QString, QString> identifiers[] = {
        {"SELECT id, title FROM papers WHERE doi = ? AND id <> ?", edited.doi, stored.doi, QStringLiteral("doi")},
        {"SELECT id, title FROM papers WHERE arxiv_id = ? AND id <> ?", edited.arxivId, stored.arxivId,
         QStringLiteral("arxiv")},
    };
    for (const auto &[sql, value, before, field] : identifiers) {
        if (value.isEmpty() || value == before)
            continue;
        Statement holder(m_library.db(), sql);
        if (holder.bind(1, value).bind(2, edited.id).step())
            return Error{field + QStringLiteral(": ")
                         + EditorText::tr("%1 is already paper %2's, \"%3\"").arg(value).arg(holder.integer(0))
                               .arg(holder.text(1))};
    }
    return success();
}

// The whole row but the key (CitationKeyStore's) and the reader's own columns, and the links.
Status PaperEditor::store(const Paper &p)
{
    Database &db = m_library.db();
    Statement update(db, "UPDATE papers SET title = ?, title_key = ?, authors = ?, abstract = ?, published = ?,"
                         " published_sort = ?, arxiv_id = ?, doi = ?, entry_type = ?, author_names = ?, editor_names = ?,"
                         " container = ?, volume = ?, issue = ?, pages = ?, publisher = ?, isbn = ?, issn = ?,"
                         " language = ?, arxiv_category = ?, extra_fields = ? WHERE id = ?");
    update.bind(1, p.title).bind(2, PaperText::titleKey(p.title)).bind(3, displayNamesColumn(p.authors));
    update.bind(4, p.abstract).bindOptional(5, p.published).bindOptional(6, PaperText::sortableDate(p.published));
    update.bindOptional(7, p.arxivId).bindOptional(8, p.doi.toLower()).bind(9, p.type);
    update.bindOptional(10, peopleColumn(p.authors)).bindOptional(11, peopleColumn(p.editors));
    int column = 12;
    for (const QString *text : {&p.container, &p.volume, &p.issue, &p.pages, &p.publisher, &p.isbn, &p.issn,
                                &p.language, &p.arxivCategory})
        update.bind(column++, *text);
    update.bindOptional(column, extraFieldsColumn(p.extraFields));
    update.bind(column + 1, p.id);
    if (auto s = update.run(); !s)
        return Error{EditorText::tr("cannot store the changes of paper %1: %2").arg(p.id).arg(s.error().message)};

    Statement clear(db, "DELETE FROM links WHERE paper_id = ?");
    if (auto s = clear.bind(1, p.id).run(); !s)
        return s;
    Statement insert(db, "INSERT INTO links(paper_id, position, url, kind) VALUES (?, ?, ?, ?)");
    for (qsizetype position = 0; position < p.links.size(); ++position) {
        insert.bind(1, p.id).bind(2, qint64(position)).bind(3, p.links[position].url);
        if (auto s = insert.bind(4, kindName(p.links[position].kind)).run(); !s)
            return s;
    }
    return success();
}

} // namespace Lectern
