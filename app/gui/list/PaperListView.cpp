#include "gui/list/PaperListView.h"

#include "gui/PaperListModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>

namespace Lectern {

namespace {

constexpr double MostOfTheWidth = 0.2; // of the list, for each column beside the title

// What the column's text needs: a name with "et al.", a date.
int preferredWidth(const QFontMetrics &metrics, int column)
{
    const int padding = 2 * metrics.averageCharWidth() + 8;
    if (column == PaperListModel::PublishedColumn)
        return metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + padding;
    return metrics.averageCharWidth() * 16 + padding;
}

} // namespace

PaperListView::PaperListView(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("paperList"));
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QWidget::customContextMenuRequested, this, &PaperListView::showColumnMenu);
}

void PaperListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    applyColumnModes();
}

void PaperListView::applyColumnModes()
{
    if (!model())
        return;
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(PaperListModel::TitleColumn, QHeaderView::Stretch);
    for (const int column : {PaperListModel::FirstAuthorColumn, PaperListModel::PublishedColumn})
        header()->setSectionResizeMode(column, QHeaderView::Fixed);
    fitColumns();
}

void PaperListView::keyboardSearch(const QString &search)
{
    Q_UNUSED(search)
}

void PaperListView::restoreHeader(const QByteArray &state)
{
    header()->restoreState(state);
    // A state saved before the widths were the view's own brings its fixed widths back with it.
    applyColumnModes();
}

void PaperListView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void PaperListView::setPlaceholderText(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void PaperListView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    constexpr int Margin = 16;
    painter.drawText(viewport()->rect().adjusted(Margin, Margin, -Margin, -Margin),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

void PaperListView::fitColumns()
{
    if (!model())
        return;
    const int most = int(viewport()->width() * MostOfTheWidth);
    for (const int column : {PaperListModel::FirstAuthorColumn, PaperListModel::PublishedColumn})
        header()->resizeSection(column, std::min(preferredWidth(fontMetrics(), column), most));
}

void PaperListView::showColumnMenu(const QPoint &position)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("columnsMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (column == PaperListModel::TitleColumn)
            continue; // the list is its titles
        QAction *action = menu->addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setObjectName(QStringLiteral("showColumn%1Action").arg(column));
        action->setCheckable(true);
        action->setChecked(!header()->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) { header()->setSectionHidden(column, !shown); });
    }
    menu->popup(header()->viewport()->mapToGlobal(position));
}

} // namespace Lectern
