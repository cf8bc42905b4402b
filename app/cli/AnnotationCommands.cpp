#include "cli/Command.h"

#include "import/TextFile.h"
#include "library/AnnotationStore.h"
#include "library/Library.h"
#include "library/TagStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::CommandLine {

namespace {

const QString PaperIdHint = QStringLiteral("a number, as 'lectern list' shows");

struct TagArguments
{
    QList<qint64> ids;
    QStringList add;
    QStringList remove;
};

// Sorts "12 15 +ml -todo" into ids, tags to add and tags to remove.
Expected<TagArguments> tagArguments(const QStringList &arguments)
{
    TagArguments result;
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"--"))
            return Error{QStringLiteral("options go before the paper ids, not after: %1").arg(argument)};
        if (argument.startsWith(u'+') || argument.startsWith(u'-')) {
            const auto name = TagStore::normalizedName(argument.sliced(1));
            if (!name)
                return name.error();
            (argument.startsWith(u'+') ? result.add : result.remove).append(*name);
        } else if (const auto id = paperId(argument)) {
            result.ids.append(*id);
        } else {
            return Error{QStringLiteral("'%1' is neither a paper id (%2) nor +TAG or -TAG").arg(argument, PaperIdHint)};
        }
    }
    if (result.ids.isEmpty())
        return Error{QStringLiteral("name at least one paper id (%1)").arg(PaperIdHint)};
    if (result.add.isEmpty() && result.remove.isEmpty())
        return Error{QStringLiteral("give at least one +TAG to add or -TAG to remove")};
    return result;
}

int tagCommand(Context &context)
{
    const auto arguments = tagArguments(context.positional());
    if (!arguments)
        return context.usageError(arguments.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    if (const auto edit = TagStore(*library).edit(arguments->ids, arguments->add, arguments->remove); !edit)
        return context.failure(edit.error().toString());
    return Done;
}

QJsonValue colorOrNull(const QString &color)
{
    return color.isEmpty() ? QJsonValue() : QJsonValue(color);
}

int tagsCommand(Context &context)
{
    if (!context.positional().isEmpty())
        return context.usageError(QStringLiteral("takes no arguments"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const QList<TagSummary> tags = TagStore(*library).summaries();
    if (context.format() == u"json") {
        QJsonArray array;
        for (const TagSummary &tag : tags)
            // count: papers with exactly this tag; total: with it or any tag below it.
            array.append(QJsonObject{{QStringLiteral("name"), tag.path},
                                     {QStringLiteral("color"), colorOrNull(tag.color)},
                                     {QStringLiteral("count"), tag.directCount},
                                     {QStringLiteral("total"), tag.totalCount}});
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const TagSummary &tag : tags) {
        out() << qSetFieldWidth(6) << Qt::right << tag.totalCount << qSetFieldWidth(0) << Qt::left << "  " << tag.path;
        if (!tag.color.isEmpty())
            out() << "  " << tag.color;
        out() << '\n';
    }
    return Done;
}

int noteCommand(Context &context)
{
    const QStringList arguments = context.positional();
    const auto id = arguments.size() == 1 ? paperId(arguments.first()) : std::nullopt;
    if (!id)
        return context.usageError(QStringLiteral("give one paper id (%1)").arg(PaperIdHint));
    const bool setText = context.parser.isSet(QStringLiteral("set"));
    const bool setFile = context.parser.isSet(QStringLiteral("file"));
    if (setText && setFile)
        return context.usageError(QStringLiteral("give --set or --file, not both"));
    QString note = context.parser.value(QStringLiteral("set"));
    if (setFile) {
        const auto text = readTextFile(context.parser.value(QStringLiteral("file")));
        if (!text)
            return context.failure(text.error().toString());
        note = *text;
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    AnnotationStore store(*library);
    if (setText || setFile) {
        if (const auto before = store.setNote(*id, note); !before)
            return context.failure(before.error().toString());
        return Done;
    }
    const auto stored = store.note(*id);
    if (!stored)
        return context.failure(stored.error().toString());
    out() << *stored;
    if (!stored->isEmpty() && !stored->endsWith(u'\n'))
        out() << '\n';
    return Done;
}

QString statusNames()
{
    QStringList names;
    for (const ReadingStatus status : allStatuses())
        names.append(statusName(status));
    return names.join(QStringLiteral(", "));
}

int statusCommand(Context &context)
{
    QStringList arguments = context.positional();
    if (arguments.size() < 2)
        return context.usageError(QStringLiteral("give paper ids and then a status (%1)").arg(statusNames()));
    const QString name = arguments.takeLast();
    const auto status = statusFromName(name);
    if (!status)
        return context.usageError(QStringLiteral("'%1' is not a status; use one of %2").arg(name, statusNames()));
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        const auto id = paperId(argument);
        if (!id)
            return context.usageError(QStringLiteral("'%1' is not a paper id (%2)").arg(argument, PaperIdHint));
        ids.append(*id);
    }
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    if (const auto before = AnnotationStore(*library).setStatus(ids, *status); !before)
        return context.failure(before.error().toString());
    return Done;
}

} // namespace

QList<Command> annotationCommands()
{
    return {
        {.name = "tag",
         .arguments = "ID... +TAG... -TAG...",
         .description = "Add (+TAG) and remove (-TAG) tags on papers. A tag can be a path, as in ml/optimization.",
         .run = tagCommand,
         .argumentsEndOptions = true},
        {.name = "tags",
         .arguments = "",
         .description = "List every tag with its colour and how many papers carry it or a tag below it.",
         .formats = {QStringLiteral("text"), QStringLiteral("json")},
         .run = tagsCommand},
        {.name = "note",
         .arguments = "ID",
         .description = "Print a paper's note, or replace it with --set TEXT or --file FILE (Markdown).",
         .run = noteCommand,
         .options = {{QStringLiteral("set"), QStringLiteral("The note's new text."), QStringLiteral("TEXT")},
                     {QStringLiteral("file"), QStringLiteral("Read the note's new text from FILE."),
                      QStringLiteral("FILE")}}},
        {.name = "status",
         .arguments = "ID... STATUS",
         .description = "Set the reading status of papers: inbox, to-read, reading, read or skipped.",
         .run = statusCommand},
    };
}

} // namespace Lectern::CommandLine
