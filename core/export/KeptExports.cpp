#include "export/KeptExports.h"

#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "export/Exporter.h"
#include "export/KeptExportIndex.h"
#include "export/LecternJson.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

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
    exporterNamed(kept.format)->writeTo(out, selection.ids.size(), exportBatches(library, selection.ids), *options);
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

namespace {

// Each paper's revision (0 for one that has not changed since schema 14). A few papers are looked up one by one; a
// whole library's are read in one pass over the table, which is narrow.
QHash<qint64, qint64> revisionsOf(Database &db, const QList<qint64> &ids)
{
    constexpr qsizetype LookUpsBelow = 512;
    QHash<qint64, qint64> revisions;
    revisions.reserve(ids.size());
    if (ids.size() < LookUpsBelow) {
        Statement q(db, "SELECT revision FROM paper_revisions WHERE paper_id = ?");
        for (const qint64 id : ids) {
            if (q.bind(1, id).step())
                revisions.insert(id, q.integer(0));
            q.reset();
        }
        return revisions;
    }
    Statement q(db, "SELECT paper_id, revision FROM paper_revisions");
    while (q.step())
        revisions.insert(q.integer(0), q.integer(1));
    return revisions;
}

// Rewrites one file kept in an exporter's format, formatting only the entries of the papers that changed since
// the file was last written (KeptExportIndex), or all of them when the file cannot be trusted to hold what was
// written. Writes the file only when its content changes, and keeps the new index (KeptExportIndex::pathFor).
class KeptFileWriter
{
public:
    KeptFileWriter(Library &library, const KeptExport &kept, const Exporter &exporter, ExportOptions options)
        : m_library(library), m_kept(kept), m_exporter(exporter), m_options(std::move(options))
    {
    }

    // Whether the file was written.
    Expected<bool> refresh(const ExportSelection &selection)
    {
        m_ids = selection.ids;
        // Read before the papers: a change that comes in between is then newer than the index says, and formatted
        // again next time, never the other way round.
        m_revisions = revisionsOf(m_library.db(), m_ids);
        m_probe = m_exporter.entry(KeptExportIndex::probePaper(), KeptExportIndex::probePaper().citationKey, m_options)
                      .toUtf8();
        setFrame(m_ids.size());
        const std::optional<KeptExportIndex> previous = storedIndex();
        if (previous && previous->probe == m_probe && previous->stamp == KeptExportIndex::Stamp::of(m_kept.path)) {
            if (holdsAlready(*previous) && (!recentlyWritten(previous->stamp) || readFile(*previous, 0)))
                return false;
            if (auto text = incremental(*previous))
                return finish(*text, m_sameAsFile);
        }
        return finish(whole(), std::nullopt);
    }

private:
    void setFrame(qsizetype count)
    {
        const ExportFrame frame = m_exporter.frame(m_options, count);
        m_header = frame.header.toUtf8();
        m_separator = frame.separator.toUtf8();
        m_footer = frame.footer.toUtf8();
        m_index = {};
        m_index.probe = m_probe;
        m_index.frame = KeptExportIndex::frameBytes(m_header, m_separator, m_footer);
        m_indexable = true;
    }

    std::optional<KeptExportIndex> storedIndex() const
    {
        QFile file(KeptExportIndex::pathFor(m_library.path(), m_kept.path));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        return KeptExportIndex::fromSerialized(file.readAll());
    }

    // The same papers in the same order, none changed, in the same frame, in a file nobody touched: nothing to do.
    bool holdsAlready(const KeptExportIndex &previous) const
    {
        if (previous.frame != m_index.frame || previous.entries.size() != m_ids.size())
            return false;
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const KeptExportIndex::Entry &entry = previous.entries[i];
            if (entry.paperId != m_ids[i] || entry.revision != m_revisions.value(m_ids[i]))
                return false;
        }
        return true;
    }

    // A file's time moves in the kernel's clock ticks (a few milliseconds): a program that rewrites it at the same size
    // just after Lectern did leaves its size and time as they were. Within seconds of the write, the bytes tell.
    static bool recentlyWritten(const KeptExportIndex::Stamp &stamp)
    {
        constexpr qint64 SettledMs = 10000;
        return QDateTime::currentMSecsSinceEpoch() - stamp.modifiedMs < SettledMs;
    }

    void append(QByteArray &text, qint64 paperId, QByteArrayView entry)
    {
        if (!m_index.entries.isEmpty())
            text += m_separator;
        m_index.entries.append({paperId, m_revisions.value(paperId), text.size(), entry.size()});
        text += entry;
    }

    // The new text with the unchanged entries copied from the file, or nothing when it must be made whole: the
    // file is not what was written, or a paper has no key of its own (keys made for an export depend on the others).
    std::optional<QByteArray> incremental(const KeptExportIndex &previous)
    {
        QHash<qint64, const KeptExportIndex::Entry *> written;
        written.reserve(previous.entries.size());
        for (const KeptExportIndex::Entry &entry : previous.entries)
            if (entry.offset >= 0 && entry.length >= 0 && entry.offset + entry.length <= previous.stamp.size)
                written.insert(entry.paperId, &entry);
        QList<qint64> changed;
        for (const qint64 id : std::as_const(m_ids)) {
            const KeptExportIndex::Entry *entry = written.value(id);
            if (!entry || entry->revision != m_revisions.value(id))
                changed.append(id);
        }
        QHash<qint64, QByteArray> formatted;
        qsizetype growth = 0;
        for (const Paper &paper : papersForExport(m_library, changed)) {
            if (paper.citationKey.isEmpty())
                return std::nullopt;
            const QByteArray entry = m_exporter.entry(paper, paper.citationKey, m_options).toUtf8();
            if (const KeptExportIndex::Entry *before = written.value(paper.id))
                growth += qMax(qsizetype(0), entry.size() - qsizetype(before->length));
            formatted.insert(paper.id, entry);
            ++m_entriesMade;
        }
        if (!readFile(previous, growth))
            return std::nullopt;
        if (formatted.size() == changed.size()) // none gone meanwhile
            if (auto text = replacedInPlace(previous, formatted))
                return text;
        QByteArray text;
        text.reserve(m_old.size() + m_old.size() / 16);
        text += m_header;
        for (const qint64 id : std::as_const(m_ids)) {
            const KeptExportIndex::Entry *entry = written.value(id);
            if (const auto fresh = formatted.constFind(id); fresh != formatted.cend())
                append(text, id, *fresh);
            else if (entry && entry->revision == m_revisions.value(id))
                append(text, id, QByteArrayView(m_old).sliced(entry->offset, entry->length));
        }
        // A paper gone since its id was found (deleted meanwhile) leaves the frame made for a count that is wrong.
        if (m_index.entries.size() != m_ids.size())
            return std::nullopt;
        text += m_footer;
        m_sameAsFile = text == m_old;
        return text;
    }

    // The file as it was written, with room for the entries to grow in; false when it is not that file.
    bool readFile(const KeptExportIndex &previous, qsizetype growth)
    {
        QFile file(m_kept.path);
        if (!file.open(QIODevice::ReadOnly) || file.size() != previous.stamp.size)
            return false;
        m_old.reserve(previous.stamp.size + growth);
        m_old.resize(previous.stamp.size);
        if (file.read(m_old.data(), m_old.size()) != m_old.size() || !file.atEnd())
            return false;
        return KeptExportIndex::hashOf(m_old) == previous.hash;
    }

    // The usual change, a few papers edited in a file of the same papers in the same order and frame: their entries
    // are replaced in the file's bytes, from the last so that the earlier places hold, and the file is not copied
    // whole (a whole library's BibTeX is 200 MB). Many changes would move its tail as many times: those are copied.
    std::optional<QByteArray> replacedInPlace(const KeptExportIndex &previous, const QHash<qint64, QByteArray> &formatted)
    {
        constexpr qsizetype MostReplaced = 64;
        if (formatted.size() > MostReplaced || previous.frame != m_index.frame || previous.entries.size() != m_ids.size())
            return std::nullopt;
        for (qsizetype i = 0; i < m_ids.size(); ++i)
            if (previous.entries[i].paperId != m_ids[i])
                return std::nullopt;
        m_sameAsFile = true;
        for (qsizetype i = m_ids.size() - 1; i >= 0 && !formatted.isEmpty(); --i) {
            const auto fresh = formatted.constFind(m_ids[i]);
            if (fresh == formatted.cend())
                continue;
            const KeptExportIndex::Entry &entry = previous.entries[i];
            m_sameAsFile = m_sameAsFile && QByteArrayView(m_old).sliced(entry.offset, entry.length) == *fresh;
            m_old.replace(entry.offset, entry.length, *fresh);
        }
        qint64 offset = m_header.size();
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const auto fresh = formatted.constFind(m_ids[i]);
            const qint64 length = fresh != formatted.cend() ? fresh->size() : previous.entries[i].length;
            m_index.entries.append({m_ids[i], m_revisions.value(m_ids[i]), offset, length});
            offset += length + m_separator.size();
        }
        return std::move(m_old);
    }

    QByteArray whole()
    {
        m_entriesMade = 0; // those of an incremental rewrite given up are made again
        const QList<Paper> papers = papersForExport(m_library, m_ids);
        setFrame(papers.size());
        const QStringList keys = ExportText::citationKeys(papers);
        QByteArray text = m_header;
        for (qsizetype i = 0; i < papers.size(); ++i) {
            m_indexable = m_indexable && !papers[i].citationKey.isEmpty();
            append(text, papers[i].id, m_exporter.entry(papers[i], keys[i], m_options).toUtf8());
            ++m_entriesMade;
        }
        text += m_footer;
        return text;
    }

    // Writes the text unless the file holds it already: sameAsFile says so when it is known, else the file is read.
    Expected<bool> finish(const QByteArray &text, std::optional<bool> sameAsFile)
    {
        if (!sameAsFile) {
            QFile file(m_kept.path);
            sameAsFile = file.open(QIODevice::ReadOnly) && file.readAll() == text;
        }
        if (!*sameAsFile)
            if (auto written = writeExportFile(m_kept.path, text); !written)
                return written.error();
        m_index.stamp = KeptExportIndex::Stamp::of(m_kept.path);
        m_index.hash = KeptExportIndex::hashOf(text);
        storeIndex();
        return !*sameAsFile;
    }

    // A failure to store is no error: the index left is of another file, which its hash tells, so the next rewrite
    // is whole.
    void storeIndex() const
    {
        const QString path = KeptExportIndex::pathFor(m_library.path(), m_kept.path);
        if (!m_indexable) {
            QFile::remove(path);
            return;
        }
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_index.serialized()) >= 0)
            file.commit();
    }

public:
    qsizetype entriesMade() const { return m_entriesMade; }

private:
    Library &m_library;
    const KeptExport &m_kept;
    const Exporter &m_exporter;
    const ExportOptions m_options;
    QList<qint64> m_ids;
    QHash<qint64, qint64> m_revisions;
    QByteArray m_probe;
    QByteArray m_header;
    QByteArray m_separator;
    QByteArray m_footer;
    QByteArray m_old;
    KeptExportIndex m_index;
    bool m_indexable = true;
    bool m_sameAsFile = false;
    qsizetype m_entriesMade = 0;
};

// Lectern JSON carries the library's lists, settings and the time it was made besides its papers: made whole.
Expected<bool> refreshWhole(Library &library, const KeptExport &kept)
{
    const auto text = exportText(library, kept);
    if (!text)
        return text.error();
    if (contentsOf(kept.path) == text->toUtf8())
        return false;
    if (auto written = writeExportFile(kept.path, *text); !written)
        return written.error();
    return true;
}

Expected<bool> refreshTie(Library &library, const KeptExport &kept, qsizetype &entriesMade)
{
    if (kept.format == LecternJsonFormat)
        return refreshWhole(library, kept);
    auto options = tieOptions(kept);
    if (!options)
        return options.error();
    const auto selection = exportSelection(library, kept.scope, kept.source);
    if (!selection)
        return selection.error();
    options->title = selection->title;
    KeptFileWriter writer(library, kept, *exporterNamed(kept.format), *options);
    auto written = writer.refresh(*selection);
    entriesMade += writer.entriesMade();
    return written;
}

} // namespace

KeptExportStore::Refresh KeptExportStore::refresh()
{
    Refresh result;
    for (const KeptExport &kept : all()) {
        const auto written = refreshTie(m_library, kept, result.entriesMade);
        if (!written)
            result.errors.append(Error{written.error().message, written.error().file.isEmpty() ? kept.path
                                                                                             : written.error().file});
        else if (*written)
            result.written.append(kept.path);
    }
    return result;
}

} // namespace Lectern
