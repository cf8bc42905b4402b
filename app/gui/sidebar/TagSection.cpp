#include "gui/sidebar/TagSection.h"

#include "gui/BackgroundReader.h"
#include "gui/InputDialogs.h"
#include "gui/NewAction.h"
#include "gui/sidebar/SidebarView.h"
#include "gui/undo/Annotator.h"

#include <QAction>

#include <algorithm>

namespace Lectern {

namespace {

QString parentKey(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.first(slash).toCaseFolded();
}

} // namespace

TagSection::TagSection(Library &library, Annotator &annotator, SidebarView &view)
    : m_library(library), m_annotator(annotator), m_view(view), m_counter(new BackgroundReader(library.path(), &view))
{
    QAction *rename = newAction(&view, tr("&Rename..."), QStringLiteral("renameTagAction"), Qt::Key_F2);
    QAction *recolor = newAction(&view, tr("Change &Colour..."), QStringLiteral("recolorTagAction"));
    QAction *removeColor = newAction(&view, tr("Remove C&olour"), QStringLiteral("removeTagColorAction"));
    QAction *remove = newAction(&view, tr("&Delete"), QStringLiteral("deleteTagAction"), QKeySequence::Delete);
    QObject::connect(rename, &QAction::triggered, &view, [this] { renameCurrent(); });
    QObject::connect(recolor, &QAction::triggered, &view, [this] { recolorCurrent(); });
    QObject::connect(removeColor, &QAction::triggered, &view, [this] { removeColorOfCurrent(); });
    QObject::connect(remove, &QAction::triggered, &view, [this] { deleteCurrent(); });
    m_actions = {rename, recolor, removeColor, remove};
    QObject::connect(&view, &SidebarView::currentEntryChanged, &view, [this] { updateActions(); });
    QObject::connect(&annotator, &Annotator::tagsChanged, &view, [this] { m_tagsCounted = false; });
    updateActions();
}

QString TagSection::title() const
{
    return tr("Tags");
}

QString TagSection::tagQuery(const QString &path)
{
    // The query language has no escape inside quotes: a tag whose name holds '"' cannot be a scope.
    return KeyPrefix + u'"' + path + u'"';
}

// The tags themselves are read at once (a new tag is there to be selected); their papers are counted in the
// background, which reads every paper's tags.
void TagSection::recount()
{
    if (m_tagsCounted)
        return;
    m_tagsCounted = true;
    m_tags = TagStore(m_library).paths();
    m_counter->newTicket(); // the counts of before the latest edit of tags are not wanted any more
    m_counter->post<QList<TagSummary>>([](Library &library) { return TagStore(library).summaries(); },
                                       [this](const QList<TagSummary> &counted) {
                                           QHash<QString, TagSummary> byKey;
                                           for (const TagSummary &tag : counted)
                                               byKey.insert(tag.path.toCaseFolded(), tag);
                                           if (byKey == m_counted)
                                               return;
                                           m_counted = byKey;
                                           m_view.showNewCounts();
                                       });
}

QList<SidebarEntry> TagSection::entries()
{
    QHash<QString, QList<int>> childrenOf;
    for (int i = 0; i < m_tags.size(); ++i)
        childrenOf[parentKey(m_tags[i].path)].append(i);
    return children(QString(), m_tags, childrenOf);
}

QList<SidebarEntry> TagSection::children(const QString &parent, const QList<TagSummary> &tags,
                                         const QHash<QString, QList<int>> &childrenOf) const
{
    QList<SidebarEntry> entries;
    for (const int i : childrenOf.value(parent)) {
        const TagSummary &tag = tags[i];
        SidebarEntry entry;
        entry.key = KeyPrefix + tag.path;
        entry.label = tag.path.section(u'/', -1);
        entry.query = tagQuery(tag.path);
        const auto counted = m_counted.constFind(tag.path.toCaseFolded());
        entry.count = counted == m_counted.cend() ? -1 : counted->totalCount;
        entry.color = tag.color.isEmpty() ? QColor() : QColor(tag.color);
        if (counted != m_counted.cend())
            entry.toolTip = tr("%1: %n paper(s) tagged with it", nullptr, counted->directCount).arg(tag.path);
        entry.children = children(tag.path.toCaseFolded(), tags, childrenOf);
        entries.append(entry);
    }
    return entries;
}

QString TagSection::currentTag() const
{
    const SidebarEntry *entry = m_view.currentEntry();
    return entry && entry->key.startsWith(KeyPrefix) ? entry->key.mid(KeyPrefix.size()) : QString();
}

void TagSection::updateActions()
{
    const bool onTag = !currentTag().isEmpty();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(onTag);
}

void TagSection::renameCurrent()
{
    const QString path = currentTag();
    if (path.isEmpty())
        return;
    const auto answer = InputDialogs::getText(&m_view, tr("Rename Tag"),
                                              tr("New name for %1 (the name of another tag merges the two):").arg(path),
                                              path);
    if (!answer)
        return;
    const auto name = TagStore::normalizedName(*answer);
    if (!name) {
        m_annotator.notifyFailed(name.error().message);
        return;
    }
    if (*name == path || !confirmMerge(path, *name))
        return;
    if (m_annotator.renameTag(path, *name))
        m_view.selectKey(KeyPrefix + *name);
}

// A rename onto a name that another tag has merges the two, which the user should mean to do.
bool TagSection::confirmMerge(const QString &from, const QString &into)
{
    const QString key = into.toCaseFolded();
    if (key == from.toCaseFolded())
        return true; // only the spelling changes
    const bool taken = std::any_of(m_tags.cbegin(), m_tags.cend(),
                                   [&key](const TagSummary &tag) { return tag.path.toCaseFolded() == key; });
    return !taken
        || InputDialogs::confirm(&m_view, tr("Merge Tags"),
                                 tr("There is a tag %1 already. Merge %2 into it? Its papers keep both.").arg(into, from),
                                 tr("Merge"));
}

void TagSection::recolorCurrent()
{
    const QString path = currentTag();
    if (path.isEmpty())
        return;
    const SidebarEntry *entry = m_view.currentEntry();
    const auto color = InputDialogs::getColor(&m_view, tr("Colour of %1").arg(path),
                                              entry->color.isValid() ? entry->color : QColor(Qt::gray));
    if (color)
        m_annotator.setTagColor(path, color->name());
}

void TagSection::removeColorOfCurrent()
{
    const QString path = currentTag();
    if (!path.isEmpty())
        m_annotator.setTagColor(path, {});
}

void TagSection::deleteCurrent()
{
    const QString path = currentTag();
    if (path.isEmpty())
        return;
    const int count = m_view.currentEntry()->count;
    const QString question = tr("Delete the tag %1 and the tags below it from %n paper(s)?", nullptr, count).arg(path);
    if (InputDialogs::confirm(&m_view, tr("Delete Tag"), question, tr("Delete")))
        m_annotator.deleteTag(path);
}

} // namespace Lectern
