#include "gui/sidebar/SidebarModel.h"

#include "gui/ColorSwatch.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace Lectern {

struct SidebarModel::Node
{
    SidebarEntry entry;
    int section = -1;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }

    Node *add(const SidebarEntry &fromEntry, int sectionIndex)
    {
        auto node = std::make_unique<Node>();
        node->entry = fromEntry;
        node->entry.children.clear(); // the tree holds them as nodes
        node->section = sectionIndex;
        node->parent = this;
        for (const SidebarEntry &child : fromEntry.children)
            node->add(child, sectionIndex);
        children.push_back(std::move(node));
        return children.back().get();
    }

    bool sameShape(const Node &other) const
    {
        if (entry.key != other.entry.key || children.size() != other.children.size())
            return false;
        for (size_t i = 0; i < children.size(); ++i)
            if (!children[i]->sameShape(*other.children[i]))
                return false;
        return true;
    }
};

SidebarModel::SidebarModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) {}

SidebarModel::~SidebarModel() = default;

void SidebarModel::addSection(std::unique_ptr<SidebarSection> section)
{
    m_sections.push_back(std::move(section));
    beginResetModel();
    m_root = buildTree();
    endResetModel();
}

std::unique_ptr<SidebarModel::Node> SidebarModel::buildTree()
{
    auto root = std::make_unique<Node>();
    for (size_t i = 0; i < m_sections.size(); ++i) {
        SidebarSection &section = *m_sections[i];
        const QList<SidebarEntry> entries = section.entries();
        if (section.title().isEmpty()) {
            for (const SidebarEntry &entry : entries)
                root->add(entry, int(i));
            continue;
        }
        SidebarEntry heading;
        heading.key = QStringLiteral("section:") + QString::number(i);
        heading.label = section.title();
        heading.selectable = false;
        heading.children = entries;
        root->add(heading, int(i));
    }
    return root;
}

void SidebarModel::refresh()
{
    std::unique_ptr<Node> fresh = buildTree();
    if (m_root->sameShape(*fresh)) {
        updateInPlace(*m_root, *fresh);
        return;
    }
    beginResetModel();
    m_root = std::move(fresh);
    endResetModel();
}

// Same keys in the same places: copies what is shown and reports the lines that changed. One line (a count after
// an edit) is one dataChanged; many at once (every tag's count when the tags were counted) are one layoutChanged:
// the view places each line changed by its column's width, which the count column (resized to its contents)
// measures over every line of the sidebar again, so one signal a line took n² measures, 1.1-1.9 s for the
// 394 tags of the synthetic library, in the window's thread.
void SidebarModel::updateInPlace(Node &current, const Node &fresh)
{
    std::vector<std::pair<Node *, const SidebarEntry *>> changes;
    collectChanges(current, fresh, changes);
    if (changes.size() > 1)
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    for (const auto &[node, entry] : changes) {
        node->entry = *entry;
        node->entry.children.clear();
    }
    if (changes.size() == 1)
        Q_EMIT dataChanged(indexOf(changes.front().first, LabelColumn), indexOf(changes.front().first, CountColumn));
    else if (changes.size() > 1)
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void SidebarModel::collectChanges(Node &current, const Node &fresh,
                                  std::vector<std::pair<Node *, const SidebarEntry *>> &changes)
{
    for (size_t i = 0; i < current.children.size(); ++i) {
        Node &node = *current.children[i];
        const SidebarEntry &entry = fresh.children[i]->entry;
        const bool changed = node.entry.label != entry.label || node.entry.count != entry.count
            || node.entry.color != entry.color || node.entry.toolTip != entry.toolTip || node.entry.query != entry.query
            || node.entry.kept != entry.kept;
        if (changed)
            changes.emplace_back(&node, &entry);
        collectChanges(node, *fresh.children[i], changes);
    }
}

QModelIndex SidebarModel::indexOfKey(const QString &key) const
{
    const QModelIndexList found = match(index(0, 0), KeyRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

const SidebarEntry *SidebarModel::entry(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    return node ? &node->entry : nullptr;
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex SidebarModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = parent.isValid() ? nodeOf(parent) : m_root.get();
    return createIndex(row, column, parentNode->children[size_t(row)].get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = parent.isValid() ? nodeOf(parent) : m_root.get();
    return int(node->children.size());
}

int SidebarModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeOf(index);
    const SidebarEntry &entry = node.entry;
    const bool countColumn = index.column() == CountColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (countColumn)
            return entry.count >= 0 ? QVariant(entry.count) : QVariant();
        return entry.label;
    case Qt::DecorationRole:
        if (countColumn)
            return entry.kept ? QVariant(QApplication::style()->standardIcon(QStyle::SP_BrowserReload)) : QVariant();
        return entry.color.isValid() ? QVariant(colorSwatch(entry.color)) : QVariant();
    case Qt::ToolTipRole:
        return entry.toolTip.isEmpty() ? QVariant() : QVariant(entry.toolTip);
    case Qt::TextAlignmentRole:
        return countColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (!entry.selectable) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return entry.key;
    case QueryRole:
        return entry.query;
    case CountRole:
        return entry.count;
    case SectionRole:
        return node.section;
    }
    return {};
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    const SidebarEntry *item = entry(index);
    if (!item)
        return Qt::NoItemFlags;
    return item->selectable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

} // namespace Lectern
