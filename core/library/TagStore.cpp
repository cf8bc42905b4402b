#include "library/TagStore.h"

#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

// Tags are looked up by their case-folded name, which the schema keeps unique.
QString nameKey(const QString &name)
{
    return name.toCaseFolded();
}

bool isInSubtree(const QString &key, const QString &rootKey)
{
    return key == rootKey || key.startsWith(rootKey + u'/');
}

// The LIKE pattern for everything below key, with LIKE's wildcards in the name taken literally
// (so that "a_b" does not find "axb/c").
QString belowPattern(QString key)
{
    key.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return key + QStringLiteral("/%");
}

struct StoredTag
{
    qint64 id = 0;
    QString name;
    QString color;
};

std::optional<StoredTag> findTag(Database &db, const QString &name)
{
    Statement q(db, "SELECT id, name, color FROM tags WHERE name_key = ?");
    if (!q.bind(1, nameKey(name)).step())
        return std::nullopt;
    return StoredTag{q.integer(0), q.text(1), q.text(2)};
}

// The tag named path and every tag below it, parents first.
QList<StoredTag> subtree(Database &db, const QString &path)
{
    Statement q(db, "SELECT id, name, color FROM tags WHERE name_key = ? OR name_key LIKE ? ESCAPE '\\'"
                    " ORDER BY name_key");
    const QString key = nameKey(path);
    q.bind(1, key).bind(2, belowPattern(key));
    QList<StoredTag> tags;
    while (q.step())
        tags.append({q.integer(0), q.text(1), q.text(2)});
    return tags;
}

QList<qint64> papersOf(Database &db, qint64 tagId)
{
    Statement q(db, "SELECT paper_id FROM paper_tags WHERE tag_id = ? ORDER BY paper_id");
    q.bind(1, tagId);
    QList<qint64> ids;
    while (q.step())
        ids.append(q.integer(0));
    return ids;
}

// The name spelled as the library already spells its longest existing prefix: with "ML" stored,
// "ml/Optimization" becomes "ML/Optimization", so a parent never shows up twice in two cases.
QString storedSpelling(Database &db, const QString &name)
{
    const QStringList parts = name.split(u'/');
    Statement q(db, "SELECT name FROM tags WHERE name_key = ? OR name_key LIKE ? ESCAPE '\\' ORDER BY id LIMIT 1");
    for (qsizetype n = parts.size(); n > 0; --n) {
        const QString key = nameKey(parts.first(n).join(u'/'));
        q.bind(1, key).bind(2, belowPattern(key));
        const bool found = q.step();
        const QStringList stored = found ? q.text(0).split(u'/') : QStringList();
        q.reset();
        if (found)
            return (stored.first(n) + parts.sliced(n)).join(u'/');
    }
    return name;
}

Expected<StoredTag> insertTag(Database &db, const QString &name, const QString &color)
{
    Statement insert(db, "INSERT INTO tags(name, name_key, color) VALUES (?, ?, ?)");
    if (auto s = insert.bind(1, name).bind(2, nameKey(name)).bindOptional(3, color).run(); !s)
        return Error{QCoreApplication::translate("Lectern::TagStore", "cannot store the tag '%1': %2")
                         .arg(name, s.error().message)};
    return StoredTag{db.lastInsertId(), name, color};
}

Expected<StoredTag> ensureTag(Database &db, const QString &name)
{
    if (auto tag = findTag(db, name))
        return *tag;
    return insertTag(db, storedSpelling(db, name), {});
}

Error noSuchTag(const QString &name)
{
    return Error{QCoreApplication::translate("Lectern::TagStore", "no tag is named '%1'").arg(name)};
}

// Gives tags new names in two passes, so that names can pass along a chain ("a/b/c" -> "a/c" while
// "a/b/b/c" -> "a/b/c") without two tags holding one name halfway.
Status setNames(Database &db, const QList<std::pair<qint64, QString>> &names)
{
    // No real key starts with "/", so the parked keys collide with nothing.
    Statement park(db, "UPDATE tags SET name_key = '/' || id WHERE id = ?");
    for (const auto &entry : names)
        if (auto s = park.bind(1, entry.first).run(); !s)
            return s;
    Statement rename(db, "UPDATE tags SET name = ?, name_key = ? WHERE id = ?");
    for (const auto &[id, name] : names)
        if (auto s = rename.bind(1, name).bind(2, nameKey(name)).bind(3, id).run(); !s)
            return Error{QCoreApplication::translate("Lectern::TagStore", "cannot rename a tag to '%1': %2")
                             .arg(name, s.error().message)};
    return success();
}

// Puts tags on papers and takes them off, each statement prepared once for the whole operation.
class PaperTagLinks
{
public:
    explicit PaperTagLinks(Database &db)
        : m_db(db),
          m_attach(db, "INSERT OR IGNORE INTO paper_tags(paper_id, tag_id) VALUES (?, ?)"),
          m_detach(db, "DELETE FROM paper_tags WHERE paper_id = ? AND tag_id = ?")
    {
    }

    // Each returns the papers it changed: those that did not have the tag, or did.
    Expected<QList<qint64>> attach(const QList<qint64> &paperIds, qint64 tagId) { return run(m_attach, paperIds, tagId); }
    Expected<QList<qint64>> detach(const QList<qint64> &paperIds, qint64 tagId) { return run(m_detach, paperIds, tagId); }

private:
    Expected<QList<qint64>> run(Statement &statement, const QList<qint64> &paperIds, qint64 tagId)
    {
        QList<qint64> changed;
        for (const qint64 paperId : paperIds) {
            if (auto s = statement.bind(1, paperId).bind(2, tagId).run(); !s)
                return s.error();
            if (m_db.changes() > 0)
                changed.append(paperId);
        }
        return changed;
    }

    Database &m_db;
    Statement m_attach;
    Statement m_detach;
};

using PapersByTag = QMap<QString, QList<qint64>>;

PapersByTag byTag(const QList<PaperTag> &pairs)
{
    PapersByTag result;
    for (const PaperTag &pair : pairs)
        result[pair.tag].append(pair.paperId);
    return result;
}

// Adds, then removes, each tag on its papers; returns and records what really changed.
Expected<TagEdit> applyEdit(Database &db, PaperHistory &history, const PapersByTag &add, const PapersByTag &remove)
{
    PaperTagLinks links(db);
    TagEdit result;
    for (const auto &[name, paperIds] : add.asKeyValueRange()) {
        const auto tag = ensureTag(db, name);
        if (!tag)
            return tag.error();
        const auto added = links.attach(paperIds, tag->id);
        if (!added)
            return added.error();
        for (const qint64 paperId : *added)
            result.added.append({paperId, tag->name});
        if (auto s = history.record(*added, EventKind::TagAdded, tag->name); !s)
            return s.error();
    }
    for (const auto &[name, paperIds] : remove.asKeyValueRange()) {
        const auto tag = findTag(db, name);
        if (!tag)
            return noSuchTag(name);
        const auto removed = links.detach(paperIds, tag->id);
        if (!removed)
            return removed.error();
        for (const qint64 paperId : *removed)
            result.removed.append({paperId, tag->name});
        if (auto s = history.record(*removed, EventKind::TagRemoved, tag->name); !s)
            return s.error();
    }
    return result;
}

Expected<QStringList> normalizedNames(const QStringList &names, Expected<QString> (*normalize)(const QString &))
{
    QStringList result;
    for (const QString &name : names) {
        auto normalized = normalize(name);
        if (!normalized)
            return normalized.error();
        result.append(*normalized);
    }
    return result;
}

PapersByTag sameTagsFor(const QStringList &names, const QList<qint64> &paperIds)
{
    PapersByTag result;
    for (const QString &name : names)
        result.insert(name, paperIds);
    return result;
}

// Merges tag into the tag `into`: its papers get `into`, and tag is gone.
Expected<TagMove> merge(Database &db, PaperHistory &history, const StoredTag &tag, const StoredTag &into)
{
    TagMove move{tag.name, into.name, true, tag.color, papersOf(db, tag.id), {}};
    const auto gained = PaperTagLinks(db).attach(move.paperIds, into.id);
    if (!gained)
        return gained.error();
    move.gainedPaperIds = *gained;
    Statement remove(db, "DELETE FROM tags WHERE id = ?");
    if (auto s = remove.bind(1, tag.id).run(); !s)
        return s.error();
    if (auto s = history.record(move.paperIds, EventKind::TagMerged, into.name, tag.name); !s)
        return s.error();
    return move;
}

// Splits a merge again: the merged tag comes back on its papers, and the papers that got the other
// tag only through the merge lose it.
Status split(Database &db, PaperHistory &history, const TagMove &move)
{
    const auto tag = insertTag(db, move.from, move.color);
    if (!tag)
        return tag.error();
    const auto into = findTag(db, move.to);
    if (!into)
        return noSuchTag(move.to);
    PaperTagLinks links(db);
    if (auto s = links.attach(move.paperIds, tag->id); !s)
        return s.error();
    if (auto s = links.detach(move.gainedPaperIds, into->id); !s)
        return s.error();
    if (auto s = history.record(move.paperIds, EventKind::TagAdded, move.from); !s)
        return s;
    return history.record(move.gainedPaperIds, EventKind::TagRemoved, move.to);
}

// Renames tags by id and records it on their papers.
Status renameTags(Database &db, PaperHistory &history, const QList<std::pair<qint64, QString>> &names,
                  const QStringList &oldNames)
{
    if (auto s = setNames(db, names); !s)
        return s;
    for (qsizetype i = 0; i < names.size(); ++i)
        if (auto s = history.record(papersOf(db, names[i].first), EventKind::TagRenamed, names[i].second, oldNames[i]); !s)
            return s;
    return success();
}

enum class CountPapers { No, Yes };

// Every tag and implied parent, parents first; with their papers counted when asked.
QList<TagSummary> tagTree(Database &db, CountPapers countPapers)
{
    struct Entry
    {
        TagSummary summary;
        QStringList keyParts;
        bool hasChildren = false;
        qint64 lastPaper = 0; // while counting: the last paper counted for this entry
    };
    QList<Entry> entries;
    QHash<QString, qsizetype> indexOfKey;
    QHash<qint64, QList<qsizetype>> entriesOfTag; // a stored tag: its parents' entries, then its own
    Statement tags(db, countPapers == CountPapers::Yes
                           ? "SELECT id, name, color, (SELECT count(*) FROM paper_tags WHERE tag_id = tags.id AND paper_id NOT IN"
                             " (SELECT id FROM papers INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL)) FROM tags"
                           : "SELECT id, name, color, 0 FROM tags");
    while (tags.step()) {
        const QString name = tags.text(1);
        QList<qsizetype> &own = entriesOfTag[tags.integer(0)];
        const QStringList parts = name.split(u'/');
        for (qsizetype n = 1; n <= parts.size(); ++n) {
            const QString prefix = parts.first(n).join(u'/');
            const QString key = nameKey(prefix);
            const qsizetype index = indexOfKey.value(key, entries.size());
            if (index == entries.size()) {
                indexOfKey.insert(key, index);
                entries.append({{prefix}, key.split(u'/')});
            }
            entries[index].hasChildren |= n < parts.size();
            own.append(index);
        }
        TagSummary &summary = entries[own.last()].summary;
        summary.path = name; // a stored tag's own spelling wins over one its children imply
        summary.color = tags.text(2);
        summary.directCount = summary.totalCount = int(tags.integer(3));
    }
    if (countPapers == CountPapers::Yes) {
        // A parent counts each paper below it once, however many of its tags the paper carries: with the
        // links in paper order, a paper is new to an entry when it differs from the last one counted.
        for (Entry &entry : entries)
            if (entry.hasChildren)
                entry.summary.totalCount = 0;
        Statement links(db, "SELECT paper_id, tag_id FROM paper_tags WHERE paper_id NOT IN (SELECT id FROM papers"
                            " INDEXED BY papers_trashed WHERE trashed_at IS NOT NULL) ORDER BY paper_id");
        while (links.step()) {
            const qint64 paper = links.integer(0);
            for (const qsizetype index : entriesOfTag.value(links.integer(1))) {
                Entry &entry = entries[index];
                if (entry.hasChildren && entry.lastPaper != paper) {
                    entry.lastPaper = paper;
                    ++entry.summary.totalCount;
                }
            }
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.keyParts < b.keyParts; });
    QList<TagSummary> result;
    result.reserve(entries.size());
    for (const Entry &entry : std::as_const(entries))
        result.append(entry.summary);
    return result;
}

} // namespace

Expected<QString> normalizedColor(const QString &text)
{
    static const QRegularExpression rgb(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString color = text.trimmed();
    if (!rgb.match(color).hasMatch())
        return Error{QCoreApplication::translate("Lectern::TagStore",
                                                 "'%1' is not a colour: write #rrggbb, for example #e5a50a")
                         .arg(text)};
    return color.toLower();
}

Expected<QString> TagStore::normalizedName(const QString &name)
{
    const QString text = name.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty())
        return Error{QCoreApplication::translate("Lectern::TagStore", "a tag needs a name")};
    QStringList parts = text.split(u'/');
    for (QString &part : parts) {
        part = part.simplified();
        if (part.isEmpty())
            return Error{QCoreApplication::translate("Lectern::TagStore",
                                                     "the tag '%1' has an empty part: "
                                                     "write parts between slashes, as in ml/optimization")
                             .arg(text)};
        if (std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
            return Error{QCoreApplication::translate("Lectern::TagStore", "the tag '%1' holds a control character")
                             .arg(text)};
    }
    return parts.join(u'/');
}

Expected<QString> TagStore::newName(const QString &name)
{
    auto normalized = normalizedName(name);
    // The formats separate a paper's tags with commas (BibTeX's keywords, RIS, CSL) or semicolons (CSV, and the
    // readers of RIS and CSL split on both): a tag holding one comes back as two.
    if (normalized && (normalized->contains(u',') || normalized->contains(u';')))
        return Error{QCoreApplication::translate("Lectern::TagStore",
                                                 "the tag '%1' holds a comma or a semicolon, which exports read as two "
                                                 "tags: write a space, or a / for a tag below another")
                         .arg(*normalized)};
    return normalized;
}

Expected<TagEdit> TagStore::edit(const QList<qint64> &paperIds, const QStringList &add, const QStringList &remove)
{
    const auto addNames = normalizedNames(add, TagStore::newName);
    if (!addNames)
        return addNames.error();
    const auto removeNames = normalizedNames(remove, TagStore::normalizedName);
    if (!removeNames)
        return removeNames.error();
    for (const QString &name : *addNames)
        if (removeNames->contains(name, Qt::CaseInsensitive))
            return Error{QCoreApplication::translate("Lectern::TagStore", "the tag '%1' is both added and removed")
                             .arg(name)};

    Transaction transaction(m_library.db());
    if (auto s = PaperStore(m_library).checkIds(paperIds); !s)
        return s.error();
    PaperHistory history(m_library, m_clock);
    auto result = applyEdit(m_library.db(), history, sameTagsFor(*addNames, paperIds), sameTagsFor(*removeNames, paperIds));
    if (!result)
        return result;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

Status TagStore::undo(const TagEdit &edit)
{
    Transaction transaction(m_library.db());
    PaperHistory history(m_library, m_clock);
    if (auto result = applyEdit(m_library.db(), history, byTag(edit.removed), byTag(edit.added)); !result)
        return result.error();
    return transaction.commit();
}

QStringList TagStore::tagsOf(qint64 paperId)
{
    return tagsOf(QList<qint64>{paperId}).value(paperId);
}

QHash<qint64, QStringList> TagStore::tagsOf(const QList<qint64> &paperIds)
{
    Statement q(m_library.db(), "SELECT t.name FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                                " WHERE pt.paper_id = ? ORDER BY t.name_key");
    QHash<qint64, QStringList> result;
    for (const qint64 paperId : paperIds) {
        q.bind(1, paperId);
        QStringList tags;
        while (q.step())
            tags.append(q.text(0));
        q.reset();
        result.insert(paperId, tags);
    }
    return result;
}

QList<qint64> TagStore::paperIds(const QString &path)
{
    const auto name = normalizedName(path);
    if (!name)
        return {};
    Statement q(m_library.db(), "SELECT DISTINCT pt.paper_id FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id"
                                " WHERE t.name_key = ? OR t.name_key LIKE ? ESCAPE '\\' ORDER BY pt.paper_id");
    const QString key = nameKey(*name);
    q.bind(1, key).bind(2, belowPattern(key));
    QList<qint64> ids;
    while (q.step())
        ids.append(q.integer(0));
    return ids;
}

QList<TagSummary> TagStore::summaries()
{
    return tagTree(m_library.db(), CountPapers::Yes);
}

QList<TagSummary> TagStore::paths()
{
    return tagTree(m_library.db(), CountPapers::No);
}

Expected<TagRename> TagStore::rename(const QString &fromText, const QString &toText)
{
    const auto from = normalizedName(fromText);
    if (!from)
        return from.error();
    const auto to = newName(toText);
    if (!to)
        return to.error();
    const QString fromKey = nameKey(*from);
    if (nameKey(*to).startsWith(fromKey + u'/'))
        return Error{QCoreApplication::translate("Lectern::TagStore", "cannot move the tag '%1' below itself")
                         .arg(*from)};

    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const QList<StoredTag> tags = subtree(db, *from);
    if (tags.isEmpty())
        return noSuchTag(*from);
    // A change of case only keeps the new spelling; elsewhere an existing tag's spelling wins.
    const QString target = nameKey(*to) == fromKey ? *to : storedSpelling(db, *to);
    const qsizetype depth = from->count(u'/') + 1;
    PaperHistory history(m_library, m_clock);
    TagRename result;
    QList<std::pair<qint64, QString>> renames;
    QStringList oldNames;
    for (const StoredTag &tag : tags) {
        const QString newName = (QStringList{target} + tag.name.split(u'/').sliced(depth)).join(u'/');
        if (newName == tag.name)
            continue;
        if (const auto existing = findTag(db, newName); existing && !isInSubtree(nameKey(existing->name), fromKey)) {
            auto move = merge(db, history, tag, *existing);
            if (!move)
                return move.error();
            result.moves.append(*move);
        } else {
            renames.append({tag.id, newName});
            oldNames.append(tag.name);
            result.moves.append({tag.name, newName});
        }
    }
    if (auto s = renameTags(db, history, renames, oldNames); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

Status TagStore::removeSeparators()
{
    // One at a time: renaming a tag moves the tags below it, so a list read before would name tags that are gone.
    for (;;) {
        Statement commaTag(m_library.db(),
                           "SELECT name FROM tags WHERE instr(name, ',') > 0 OR instr(name, ';') > 0 LIMIT 1");
        if (!commaTag.step()) {
            if (!commaTag.error().isEmpty())
                return Error{commaTag.error()};
            return success();
        }
        const QString name = commaTag.text(0);
        commaTag.reset();
        QString to = name;
        for (const QChar separator : {u',', u';'})
            to.replace(QString(separator) + u' ', QStringLiteral(" ")).replace(separator, u' ');
        if (auto renamed = rename(name, to); !renamed)
            return renamed.error();
    }
}

Status TagStore::undo(const TagRename &rename)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    PaperHistory history(m_library, m_clock);
    QList<std::pair<qint64, QString>> renames;
    QStringList oldNames;
    for (const TagMove &move : rename.moves) {
        if (move.merged)
            continue;
        const auto tag = findTag(db, move.to);
        if (!tag)
            return noSuchTag(move.to);
        renames.append({tag->id, move.from});
        oldNames.append(tag->name);
    }
    if (auto s = renameTags(db, history, renames, oldNames); !s)
        return s;
    for (const TagMove &move : rename.moves)
        if (move.merged)
            if (auto s = split(db, history, move); !s)
                return s;
    return transaction.commit();
}

Expected<QString> TagStore::setColor(const QString &path, const QString &color)
{
    const auto name = normalizedName(path);
    if (!name)
        return name.error();
    QString newColor;
    if (!color.isEmpty()) {
        const auto normalized = normalizedColor(color);
        if (!normalized)
            return normalized.error();
        newColor = *normalized;
    }
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    auto tag = findTag(db, *name);
    if (!tag) {
        if (subtree(db, *name).isEmpty())
            return noSuchTag(*name);
        auto parent = insertTag(db, storedSpelling(db, *name), {});
        if (!parent)
            return parent.error();
        tag = *parent;
    }
    Statement update(db, "UPDATE tags SET color = ? WHERE id = ?");
    if (auto s = update.bindOptional(1, newColor).bind(2, tag->id).run(); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return tag->color;
}

Expected<QList<TagSnapshot>> TagStore::deleteTag(const QString &path)
{
    const auto name = normalizedName(path);
    if (!name)
        return name.error();
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    const QList<StoredTag> tags = subtree(db, *name);
    if (tags.isEmpty())
        return noSuchTag(*name);
    PaperHistory history(m_library, m_clock);
    Statement remove(db, "DELETE FROM tags WHERE id = ?");
    QList<TagSnapshot> snapshots;
    for (const StoredTag &tag : tags) {
        snapshots.append({tag.name, tag.color, papersOf(db, tag.id)});
        if (auto s = history.record(snapshots.last().paperIds, EventKind::TagRemoved, tag.name); !s)
            return s.error();
        if (auto s = remove.bind(1, tag.id).run(); !s)
            return s.error();
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return snapshots;
}

Status TagStore::restore(const QList<TagSnapshot> &snapshots)
{
    Database &db = m_library.db();
    Transaction transaction(db);
    if (!transaction)
        return transaction.error();
    PaperHistory history(m_library, m_clock);
    for (const TagSnapshot &snapshot : snapshots) {
        const auto tag = insertTag(db, snapshot.name, snapshot.color);
        if (!tag)
            return tag.error();
        if (auto s = PaperTagLinks(db).attach(snapshot.paperIds, tag->id); !s)
            return s.error();
        if (auto s = history.record(snapshot.paperIds, EventKind::TagAdded, snapshot.name); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace Lectern
