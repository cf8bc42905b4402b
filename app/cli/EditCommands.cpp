#include "cli/Command.h"

#include "library/Library.h"
#include "library/PaperEditor.h"
#include "library/PaperFieldText.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"

namespace Lectern::CommandLine {

namespace {

// "title=Attention", "extra.note=x": the field and the value, each checked as far as it can be without the paper,
// so that a typing error is a usage error before the library is opened.
Expected<QList<PaperEditor::Assignment>> assignments(const QStringList &arguments)
{
    QList<PaperEditor::Assignment> result;
    for (const QString &argument : arguments) {
        const qsizetype equals = argument.indexOf(u'=');
        if (equals <= 0)
            return Error{QStringLiteral("'%1' is not FIELD=VALUE").arg(argument)};
        const QString field = argument.first(equals);
        const QString value = argument.mid(equals + 1);
        Paper blank;
        blank.title = QStringLiteral("-");
        if (auto s = PaperFieldText::set(blank, field, value); !s)
            return s.error();
        result.append({field, value});
    }
    if (result.isEmpty())
        return Error{QStringLiteral("give at least one FIELD=VALUE; the fields are %1 and extra.NAME")
                         .arg(PaperFieldText::names().join(QStringLiteral(", ")))};
    return result;
}

int editCommand(Context &context)
{
    const QStringList arguments = context.positional();
    const auto id = paperId(arguments.value(0));
    if (!id)
        return context.usageError(QStringLiteral("name the paper's id first (a number, as 'lectern list' shows)"));
    const auto edits = assignments(arguments.mid(1));
    if (!edits)
        return context.usageError(edits.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto changed = PaperEditor(*library).edit(*id, *edits);
    if (!changed)
        return context.failure(changed.error().toString());
    if (changed->isEmpty())
        out() << "paper " << *id << ": nothing changed" << Qt::endl;
    else
        out() << "paper " << *id << ": changed " << changed->join(QStringLiteral(", ")) << Qt::endl;
    return Done;
}

int deleteCommand(Context &context)
{
    const auto ids = paperIds(context.positional());
    if (!ids)
        return context.usageError(ids.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto moved = PaperTrash(*library).trash(*ids);
    if (!moved)
        return context.failure(moved.error().toString());
    out() << "moved " << moved->size() << (moved->size() == 1 ? " paper" : " papers")
          << " to the Trash (lectern trash --restore ID... brings them back)" << Qt::endl;
    return Done;
}

const QString RestoreOption = QStringLiteral("restore");
const QString EmptyOption = QStringLiteral("empty");

int listTrash(Library &library)
{
    PaperStore papers(library);
    for (const PaperRow &row : papers.rows(PaperTrash(library).ids()))
        out() << row.id << '\t' << row.title << '\t' << row.firstAuthor << '\n';
    out() << Qt::flush;
    return Done;
}

int trashCommand(Context &context)
{
    const bool restore = context.parser.isSet(RestoreOption);
    const bool empty = context.parser.isSet(EmptyOption);
    if (restore && empty)
        return context.usageError(QStringLiteral("--restore and --empty do not go together"));
    const QStringList arguments = context.positional();
    if (!restore && !arguments.isEmpty())
        return context.usageError(QStringLiteral("paper ids go with --restore"));
    const auto ids = restore ? paperIds(arguments) : Expected<QList<qint64>>(QList<qint64>());
    if (!ids)
        return context.usageError(ids.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    PaperTrash trash(*library);
    if (restore) {
        if (auto s = trash.restore(*ids); !s)
            return context.failure(s.error().toString());
        out() << "restored " << ids->size() << (ids->size() == 1 ? " paper" : " papers") << Qt::endl;
        return Done;
    }
    if (empty) {
        const auto removed = trash.empty();
        if (!removed)
            return context.failure(removed.error().toString());
        out() << "removed " << *removed << (*removed == 1 ? " paper" : " papers") << " for good" << Qt::endl;
        return Done;
    }
    return listTrash(*library);
}

} // namespace

QList<Command> editCommands()
{
    return {
        {"edit", "ID FIELD=VALUE...",
         "Change a paper's details: title, authors=\"Liu, Bo; Chen, Lizhang\", year=2025, date=2025-06, doi, type, key, "
         "extra.NAME, ... (an empty value clears a field).",
         {}, editCommand, {}, true},
        {"delete", "ID...", "Move papers to the Trash (lectern trash lists it, --restore brings them back).", {},
         deleteCommand},
        {"trash", "[--restore ID... | --empty]",
         "List the papers in the Trash (id, title, first author), bring some back, or remove them all for good.", {},
         trashCommand,
         {{RestoreOption, QStringLiteral("Bring the papers ID... back from the Trash, with all they had.")},
          {EmptyOption, QStringLiteral("Remove the papers in the Trash for good, with their notes and highlights.")}}},
    };
}

} // namespace Lectern::CommandLine
