#include "library/PaperEditor.h"

#include "library/CitationKeys.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperFieldText.h"
#include "library/PaperFields.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

struct EditorText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PaperEditor)
};

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

// The record's fields PaperFields stores for the changed fields as the editor names them ("date" is its "year",
// "extra.NAME" its "extra"); the key is CitationKeyStore's. A changed date also drops the mark of an inferred one,
// an extra field that is no field of the editor's, so the extra fields are stored whenever they differ.
QStringList storedFields(const QStringList &changed, const Paper &stored, const Paper &edited)
{
    QStringList names;
    const auto add = [&](const QString &name) {
        if (!names.contains(name))
            names.append(name);
    };
    for (const QString &field : changed) {
        if (field == PaperFieldText::Key)
            continue;
        const QString name = field.startsWith(PaperFieldText::ExtraPrefix) ? QStringLiteral("extra") : field;
        for (const PaperField &candidate : paperFields())
            if (candidate.editNames.contains(name))
                add(candidate.name);
    }
    if (stored.extraFields != edited.extraFields)
        add(QStringLiteral("extra"));
    return names;
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
    if (auto s = PaperFields::store(m_library, edited, storedFields(changed, *stored, edited)); !s)
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

} // namespace Lectern
