#include "gui/PaperListModel.h"

#include <QSet>

#include <memory>

namespace Lectern {

namespace {

// A page is what one query reads; the cache keeps enough pages for a few screens of scrolling back and forth.
constexpr qsizetype PageSize = 200;
constexpr int CachedPages = 50;

PaperSort sortFor(int column)
{
    switch (column) {
    case PaperListModel::TitleColumn:
        return PaperSort::Title;
    case PaperListModel::FirstAuthorColumn:
        return PaperSort::FirstAuthor;
    case PaperListModel::PublishedColumn:
        return PaperSort::Published;
    default:
        return PaperSort::Added;
    }
}

} // namespace

PaperListModel::PaperListModel(Library &library, QObject *parent)
    : QAbstractTableModel(parent), m_store(library), m_pages(CachedPages)
{
    m_ids = currentIds();
}

int PaperListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int PaperListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaperListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const PaperRow *paper = row(index.row());
    if (!paper)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return paper->title;
    case FirstAuthorColumn:
        return paper->firstAuthor;
    case PublishedColumn:
        return paper->published;
    }
    return {};
}

QVariant PaperListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case FirstAuthorColumn:
        return tr("First author");
    case PublishedColumn:
        return tr("Date");
    }
    return {};
}

void PaperListModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PaperListModel::setSearchText(const QString &words)
{
    m_words = words.trimmed();
    reload();
}

void PaperListModel::reload()
{
    beginResetModel();
    m_ids = currentIds();
    m_pages.clear();
    endResetModel();
}

QList<qint64> PaperListModel::currentIds()
{
    m_paperCount = m_store.count();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_words.isEmpty())
        return m_store.ids(sortFor(m_sortColumn), ascending);
    QList<qint64> matches = m_store.search(m_words);
    if (m_sortColumn < 0)
        return matches;
    // Sorted matches are the sorted list of all papers, filtered: the order still comes from SQL.
    const QSet<qint64> matching(matches.cbegin(), matches.cend());
    matches.clear();
    for (const qint64 id : m_store.ids(sortFor(m_sortColumn), ascending))
        if (matching.contains(id))
            matches.append(id);
    return matches;
}

const PaperRow *PaperListModel::row(int row) const
{
    const qsizetype page = row / PageSize;
    if (!m_pages.contains(page)) {
        auto rows = std::make_unique<QHash<qint64, PaperRow>>();
        for (const PaperRow &paper : m_store.rows(m_ids.mid(page * PageSize, PageSize)))
            rows->insert(paper.id, paper);
        m_pages.insert(page, rows.release());
    }
    // A paper removed since the ids were read is missing from its page; its row stays empty.
    const auto *rows = m_pages.object(page);
    const auto found = rows->constFind(m_ids[row]);
    return found == rows->cend() ? nullptr : &*found;
}

} // namespace Lectern
