#pragma once

#include "library/PaperStore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>

namespace Lectern {

class Library;

// The paper list: holds only the ids to show, in order, and reads the rows a page at a time as the
// view asks for them, so that a library of 100k papers opens as fast as one of ten. Sorting and
// searching happen in SQL; there is no proxy model.
class PaperListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, FirstAuthorColumn, PublishedColumn, ColumnCount };

    explicit PaperListModel(Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Column -1 is the natural order: best match first while searching, otherwise the order papers were added.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows the papers matching every word, or all papers when words is empty.
    void setSearchText(const QString &words);
    QString searchText() const { return m_words; }
    // Reads the ids again, after the library changed.
    void reload();

    qint64 paperId(int row) const { return m_ids.value(row); }
    int rowOf(qint64 paperId) const { return int(m_ids.indexOf(paperId)); }
    // Every paper in the library, whether shown or not.
    int paperCount() const { return m_paperCount; }

private:
    QList<qint64> currentIds();
    const PaperRow *row(int row) const;

    mutable PaperStore m_store;
    QList<qint64> m_ids;
    mutable QCache<qsizetype, QHash<qint64, PaperRow>> m_pages; // page number -> its rows by id
    QString m_words;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_paperCount = 0;
};

} // namespace Lectern
