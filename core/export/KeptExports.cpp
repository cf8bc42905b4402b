#include "export/KeptExports.h"

#include "export/ExportFile.h"
#include "export/Exporter.h"
#include "export/LecternJson.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace Lectern {

namespace {

struct KeptText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::KeptExports)
};

const QString LecternJsonFormat = QStringLiteral("lectern-json");

KeptExport::Scope scopeFromName(QStringView name)
{
    if (name == u"list")
        return KeptExport::Scope::List;
    if (name == u"query")
        return KeptExport::Scope::Query;
    return KeptExport::Scope::All;
}

// The file as it is, or nothing when it cannot be read (not there yet).
std::optional<QByteArray> contentsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

} // namespace

QString scopeName(KeptExport::Scope scope)
{
    switch (scope) {
    case KeptExport::Scope::List: return QStringLiteral("list");
    case KeptExport::Scope::Query: return QStringLiteral("query");
    case KeptExport::Scope::All: break;
    }
    return QStringLiteral("all");
}

Expected<ExportSelection> querySelection(Library &library, const QString &query)
{
    const Query parsed = Query::parse(query);
    if (!parsed.isValid())
        return Error{KeptText::tr("the query is not valid at character %1: %2")
                         .arg(parsed.error()->position + 1)
                         .arg(parsed.error()->message)};
    auto ids = findPapers(library, parsed);
    if (!ids)
        return ids.error();
    return ExportSelection{std::move(*ids), query};
}

Expected<ExportSelection> namedListSelection(Library &library, const QString &name)
{
    ReadingListStore readingLists(library);
    if (const auto list = readingLists.find(name))
        return ExportSelection{readingLists.shownPaperIds(list->id), list->name};
    if (const auto list = SmartListStore(library).find(name)) {
        auto selection = querySelection(library, list->query);
        if (!selection)
            return Error{KeptText::tr("the smart list \"%1\": %2").arg(list->name, selection.error().message)};
        selection->title = list->name;
        return selection;
    }
    return Error{KeptText::tr("no reading list or smart list is named \"%1\"").arg(name)};
}

Expected<ExportSelection> exportSelection(Library &library, KeptExport::Scope scope, const QString &source)
{
    switch (scope) {
    case KeptExport::Scope::List: return namedListSelection(library, source);
    case KeptExport::Scope::Query: return querySelection(library, source);
    case KeptExport::Scope::All: break;
    }
    return ExportSelection{PaperStore(library).ids(), KeptText::tr("All papers")};
}

namespace {

// The options the tie asks for, or why it cannot be written in its format.
Expected<ExportOptions> tieOptions(const KeptExport &kept)
{
    if (kept.format != LecternJsonFormat && !exporterNamed(kept.format))
        return Error{KeptText::tr("'%1' is not an export format").arg(kept.format)};
    auto options = fieldsFromNames(kept.fields);
    if (options)
        options->latexAscii = kept.latexAscii;
    return options;
}

} // namespace

Status writeExport(Library &library, const KeptExport &kept, const ExportSelection &selection, QTextStream &out)
{
    auto options = tieOptions(kept);
    if (!options)
        return options.error();
    // Lectern JSON carries everything, fields and lists alike.
    if (kept.format == LecternJsonFormat) {
        writeLecternJson(library, selection.ids, out);
        return success();
    }
    options->title = selection.title;
    exporterNamed(kept.format)->writeTo(out, exportBatches(library, selection.ids), *options);
    return success();
}

Expected<QString> exportText(Library &library, const KeptExport &kept, const ExportSelection &selection)
{
    QString text;
    QTextStream out(&text);
    if (auto written = writeExport(library, kept, selection, out); !written)
        return written.error();
    out.flush();
    return text;
}

Expected<QString> exportText(Library &library, const KeptExport &kept)
{
    const auto selection = exportSelection(library, kept.scope, kept.source);
    if (!selection)
        return selection.error();
    return exportText(library, kept, *selection);
}

QList<KeptExport> KeptExportStore::all()
{
    QList<KeptExport> result;
    Statement q(m_library.db(), "SELECT path, format, scope, source, fields, latex_ascii FROM kept_exports ORDER BY path");
    while (q.step())
        result.append({q.text(0), q.text(1), scopeFromName(q.text(2)), q.text(3), q.text(4), q.integer(5) != 0});
    return result;
}

Status KeptExportStore::keep(KeptExport kept)
{
    kept.path = QFileInfo(kept.path).absoluteFilePath();
    // A tie that could never be written is refused now; checking it needs no export (a whole library's takes long).
    if (auto options = tieOptions(kept); !options)
        return options.error();
    if (auto selection = exportSelection(m_library, kept.scope, kept.source); !selection)
        return selection.error();
    Statement insert(m_library.db(), "INSERT OR REPLACE INTO kept_exports(path, format, scope, source, fields, latex_ascii)"
                                     " VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, kept.path).bind(2, kept.format).bind(3, scopeName(kept.scope)).bind(4, kept.source);
    return insert.bind(5, kept.fields).bind(6, qint64(kept.latexAscii)).run();
}

Status KeptExportStore::remove(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    Statement remove(m_library.db(), "DELETE FROM kept_exports WHERE path = ?");
    if (auto s = remove.bind(1, absolute).run(); !s)
        return s;
    if (m_library.db().changes() == 0)
        return Error{KeptText::tr("no export is kept up to date in %1").arg(absolute)};
    return success();
}

QStringList KeptExportStore::pathsForList(const QString &name)
{
    QStringList paths;
    for (const KeptExport &kept : all())
        if (kept.scope == KeptExport::Scope::List && kept.source.compare(name, Qt::CaseInsensitive) == 0)
            paths.append(kept.path);
    return paths;
}

KeptExportStore::Refresh KeptExportStore::refresh()
{
    Refresh result;
    for (const KeptExport &kept : all()) {
        const auto text = exportText(m_library, kept);
        if (!text) {
            result.errors.append(Error{text.error().message, kept.path});
            continue;
        }
        if (contentsOf(kept.path) == text->toUtf8())
            continue;
        if (auto written = writeExportFile(kept.path, *text); !written) {
            result.errors.append(written.error());
            continue;
        }
        result.written.append(kept.path);
    }
    return result;
}

} // namespace Lectern
