#include "cli/Command.h"

#include "library/DuplicateStore.h"
#include "library/Library.h"
#include "library/PaperMerge.h"
#include "library/PaperStore.h"
#include "storage/Database.h"
#include "text/PaperText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::CommandLine {

namespace {

QJsonObject rowJson(const PaperRow &row)
{
    return {{QStringLiteral("id"), row.id}, {QStringLiteral("title"), row.title},
            {QStringLiteral("first_author"), row.firstAuthor}, {QStringLiteral("published"), row.published}};
}

QString rowText(const PaperRow &row)
{
    QStringList about;
    if (!row.firstAuthor.isEmpty())
        about.append(row.firstAuthor);
    if (!row.published.isEmpty())
        about.append(row.published);
    return QStringLiteral("#%1 %2").arg(row.id).arg(PaperText::singleLine(row.title))
        + (about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", "))));
}

int duplicatesCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("takes no arguments"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto pairs = DuplicateStore(*library).pairs();
    if (!pairs)
        return context.failure(pairs.error().toString());
    QList<qint64> ids;
    for (const DuplicatePair &pair : *pairs)
        ids << pair.first << pair.second;
    QHash<qint64, PaperRow> rows;
    for (const PaperRow &row : PaperStore(*library).rows(ids))
        rows.insert(row.id, row);
    // Of a preprint and its published version, the one with the arXiv id is the preprint.
    Statement arxivOf(library->db(), "SELECT arxiv_id IS NOT NULL AND arxiv_id <> '' FROM papers WHERE id = ?");
    const auto preprintOf = [&arxivOf](const DuplicatePair &pair) {
        const bool firstIsPreprint = arxivOf.bind(1, pair.first).step() && arxivOf.integer(0) != 0;
        arxivOf.reset();
        return firstIsPreprint ? pair.first : pair.second;
    };
    if (context.format() == u"json") {
        QJsonArray array;
        for (const DuplicatePair &pair : *pairs) {
            QJsonObject object{{QStringLiteral("reason"), duplicateReasonName(pair.reason)},
                               {QStringLiteral("papers"),
                                QJsonArray{rowJson(rows.value(pair.first)), rowJson(rows.value(pair.second))}}};
            if (pair.reason == DuplicateReason::PreprintOf)
                object.insert(QStringLiteral("preprint"), preprintOf(pair));
            array.append(object);
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const DuplicatePair &pair : *pairs) {
        out() << '#' << pair.first << " and #" << pair.second << ": " << duplicateReasonName(pair.reason);
        if (pair.reason == DuplicateReason::PreprintOf)
            out() << " (#" << preprintOf(pair) << " is the preprint)";
        out() << '\n';
        out() << "  " << rowText(rows.value(pair.first)) << '\n';
        out() << "  " << rowText(rows.value(pair.second)) << '\n';
    }
    out() << pairs->size() << (pairs->size() == 1 ? " pair" : " pairs") << " of duplicates" << Qt::endl;
    return Done;
}

int notDuplicateCommand(Context &context)
{
    const auto ids = paperIds(context.positional());
    if (!ids)
        return context.usageError(ids.error().message);
    if (ids->size() != 2)
        return context.usageError(QStringLiteral("give the two paper ids of a pair"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    if (auto s = DuplicateStore(*library).dismiss(ids->at(0), ids->at(1)); !s)
        return context.failure(s.error().toString());
    out() << "#" << ids->at(0) << " and #" << ids->at(1) << " are not duplicates; the pair is not shown again" << Qt::endl;
    return Done;
}

int mergeCommand(Context &context)
{
    const auto ids = paperIds(context.positional());
    if (!ids)
        return context.usageError(ids.error().message);
    if (ids->size() < 2)
        return context.usageError(QStringLiteral("give the paper to keep and at least one to merge into it"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const qint64 keep = ids->first();
    // All of them or none: one transaction around the merges.
    Transaction transaction(library->db());
    if (!transaction)
        return context.failure(transaction.error().toString());
    QStringList lines;
    for (const qint64 other : ids->mid(1)) {
        const auto merged = PaperMerge(*library).merge(keep, other);
        if (!merged)
            return context.failure(merged.error().toString());
        lines.append(QStringLiteral("merged #%1 into #%2").arg(other).arg(keep)
                     + (merged->fieldsFromOther.isEmpty()
                            ? QString()
                            : QStringLiteral(" (filled in %1)").arg(merged->fieldsFromOther.join(QStringLiteral(", ")))));
    }
    if (auto s = transaction.commit(); !s)
        return context.failure(s.error().toString());
    for (const QString &line : lines)
        out() << line << '\n';
    out() << Qt::flush;
    return Done;
}

} // namespace

QList<Command> duplicateCommands()
{
    return {
        {"duplicates", "",
         "List the pairs of papers that are one paper, with the reason: the same arXiv id (without version), the "
         "same DOI, a preprint of a published paper (its DOI or journal reference), or the same title, first "
         "author and year (at most one apart). Papers in the Trash and pairs marked not duplicates are left out.",
         {QStringLiteral("text"), QStringLiteral("json")}, duplicatesCommand},
        {"merge", "KEEP OTHER...",
         "Merge papers into KEEP: it keeps its fields and fills its empty ones from the others, and gets their "
         "tags, notes, highlights, reading-list places and history; the others are removed.",
         {}, mergeCommand},
        {"not-duplicate", "ID ID", "Mark a pair as two papers: 'lectern duplicates' no longer lists it.", {},
         notDuplicateCommand},
    };
}

} // namespace Lectern::CommandLine
