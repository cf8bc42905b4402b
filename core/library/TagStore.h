#pragma once

#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

class Library;

// A colour as tags and highlights store it: "#rrggbb" in lower case. Accepts "#RRGGBB".
Expected<QString> normalizedColor(const QString &text);

// One line of the tag sidebar: a stored tag, or a parent that only its children's paths imply.
struct TagSummary
{
    QString path;        // "ml/optimization"
    QString color;       // "#rrggbb", empty for none
    int directCount = 0; // papers that carry exactly this tag
    int totalCount = 0;  // distinct papers that carry it or any tag below it
    bool operator==(const TagSummary &) const = default;
};

struct PaperTag
{
    qint64 paperId = 0;
    QString tag;
    bool operator==(const PaperTag &) const = default;
};

// What an edit of papers' tags really changed (a paper that already had a tag is not in added).
// undo() of it gives back exactly the tags the papers had before.
struct TagEdit
{
    QList<PaperTag> added;
    QList<PaperTag> removed;
};

// A deleted tag, enough to bring it back with restore().
struct TagSnapshot
{
    QString name;
    QString color;
    QList<qint64> paperIds;
};

// One tag that a rename moved: renamed in place, or merged into a tag that already had the new name.
// A merge keeps what is needed to split it again.
struct TagMove
{
    QString from;
    QString to;
    bool merged = false;
    QString color;                // the merged tag's colour
    QList<qint64> paperIds;       // the merged tag's papers
    QList<qint64> gainedPaperIds; // the papers that got `to` through the merge
};

struct TagRename
{
    QList<TagMove> moves; // the tag and every tag below it
};

// Tags are paths: "ml/optimization" lies below "ml", and filtering by "ml" finds both. Names are
// unique ignoring case; the first spelling stays. Each write is one transaction and records the
// papers' events; each returns what its undo needs.
class TagStore
{
public:
    explicit TagStore(Library &library, Clock clock = {}) : m_library(library), m_clock(std::move(clock)) {}

    // "  ML / optimization " -> "ML/optimization"; an empty name or part is an error.
    static Expected<QString> normalizedName(const QString &name);
    // normalizedName(), refusing also what a new tag cannot be named: a comma, since every export format
    // separates tags with commas and would give "comma, tag" back as two tags.
    static Expected<QString> newName(const QString &name);

    // Adds and removes tags on every paper in paperIds. A new name becomes a tag (spelled like an
    // existing tag or parent that differs only in case); removing a tag no paper has ever had, or
    // naming a paper that does not exist, is an error and changes nothing.
    Expected<TagEdit> edit(const QList<qint64> &paperIds, const QStringList &add, const QStringList &remove = {});
    Status undo(const TagEdit &edit);

    // Sorted by name, ignoring case.
    QStringList tagsOf(qint64 paperId);
    QHash<qint64, QStringList> tagsOf(const QList<qint64> &paperIds);
    // Papers tagged path or anything below it.
    QList<qint64> paperIds(const QString &path);
    // Every tag and implied parent, parents before their children.
    QList<TagSummary> summaries();
    // The same without the counts: cheap enough to read after every edit.
    QList<TagSummary> paths();

    // Renames the tag and everything below it ("ml" -> "ai" makes "ml/x" "ai/x"). Where the new
    // name is taken, the tag merges into that one: its papers keep every tag, a paper that had both
    // ends with one.
    Expected<TagRename> rename(const QString &from, const QString &to);
    Status undo(const TagRename &rename);
    // Renames the tags made before commas and semicolons were refused ("comma, tag" becomes "comma tag", merged
    // into a tag of that name if there is one). Reads only, unless there is such a tag.
    Status removeSeparators();

    // Colours a tag (an empty color removes it); colouring an implied parent stores it. Returns the
    // colour before.
    Expected<QString> setColor(const QString &path, const QString &color);

    // Deletes the tag and everything below it from every paper.
    Expected<QList<TagSnapshot>> deleteTag(const QString &path);
    Status restore(const QList<TagSnapshot> &snapshots);

private:
    Library &m_library;
    Clock m_clock; // for the papers' history
};

} // namespace Lectern
