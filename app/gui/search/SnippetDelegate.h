#pragma once

#include <QStyledItemDelegate>

namespace Lectern {

// While the list shows a search with words, gives each title a second line: the passage that
// matched, its matched words in bold (PaperListModel::SnippetRole, valid only while there are words). The first line, and the whole cell
// when there is no snippet, is the title column's own delegate.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Takes ownership of titleDelegate.
    explicit SnippetDelegate(QStyledItemDelegate *titleDelegate, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintSnippet(QPainter &painter, const QStyleOptionViewItem &option, QRect rect, const QString &html) const;

    QStyledItemDelegate *m_title;
};

} // namespace Lectern
