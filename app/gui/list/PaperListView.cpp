#include "gui/list/PaperListView.h"

#include "gui/PaperListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QSignalBlocker>

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

PaperListView::PaperListView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("paperList"));
    // A list of papers, one a row: as QTreeView shows one, without a grid, cells or rows that wrap.
    setSelectionBehavior(SelectRows);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab goes on to the reader, not to the next cell
    setCornerButtonEnabled(false);
    setEditTriggers(DoubleClicked | EditKeyPressed);
    setDragDropOverwriteMode(false); // a drop goes between rows
    setHorizontalScrollMode(ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumSectionSize(1);
    header()->setHighlightSections(false);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header()->setSectionsMovable(true);
    header()->setFirstSectionMovable(false);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QWidget::customContextMenuRequested, this, &PaperListView::showColumnMenu);
}

void PaperListView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    applyColumnModes();
    if (!model)
        return;
    // After the header's own handling of each (it is connected first): its rows then have their default height.
    connect(model, &QAbstractItemModel::modelReset, this, &PaperListView::fitRowHeight);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PaperListView::fitRowHeight);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PaperListView::fitRowHeight);
    fitRowHeight();
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

// Rows, not cells: the columns are one paper. Home and End go to the first and the last paper, as in a tree,
// rather than to the first and last column of the row.
QModelIndex PaperListView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    switch (cursorAction) {
    case MoveLeft:
    case MoveRight:
    case MoveNext:
    case MovePrevious:
        return currentIndex();
    case MoveHome:
    case MoveEnd:
        return QTableView::moveCursor(cursorAction, modifiers | Qt::ControlModifier);
    default:
        return QTableView::moveCursor(cursorAction, modifiers);
    }
}

// Every row is as high as the first one's delegates ask (two lines with a search's snippet, one without), as
// QTreeView's uniformRowHeights has it. The rows are the vertical header's sections: without its signals, one per
// row (a million at a million papers), it only counts them; the view's geometry follows here.
void PaperListView::fitRowHeight()
{
    if (!model() || model()->rowCount() == 0)
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect.setWidth(-1);
    int height = 0;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column))
            continue;
        const QModelIndex index = model()->index(0, column);
        height = std::max(height, itemDelegateForIndex(index)->sizeHint(option, index).height());
    }
    if (height <= 0 || height == verticalHeader()->defaultSectionSize())
        return;
    {
        const QSignalBlocker blocker(verticalHeader());
        verticalHeader()->setDefaultSectionSize(height);
    }
    updateGeometries();
    viewport()->update();
}

void PaperListView::restoreHeader(const QByteArray &state)
{
    header()->restoreState(state);
    // A state saved before the widths were the view's own brings its fixed widths back with it.
    applyColumnModes();
}

void PaperListView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void PaperListView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitRowHeight();
}

// The delegates are set after the model (the title's by the window): the height is theirs once shown.
void PaperListView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitRowHeight();
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
    QTableView::paintEvent(event);
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
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            header()->setSectionHidden(column, !shown);
            fitRowHeight();
        });
    }
    menu->popup(header()->viewport()->mapToGlobal(position));
}

} // namespace Lectern
