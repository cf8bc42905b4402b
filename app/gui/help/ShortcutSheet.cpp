#include "gui/help/ShortcutSheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Lectern {

namespace {

// "&Tag..." as the sheet says it: "Tag".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu &menu, const QString &group, QList<ShortcutSheet::Entry> &entries, QSet<const QAction *> &seen)
{
    for (QAction *action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            collect(*action->menu(), group + QStringLiteral(" › ") + plainText(action->text()), entries, seen);
            continue;
        }
        if (seen.contains(action))
            continue;
        seen.insert(action);
        if (const QString keys = keysOf(action); !keys.isEmpty())
            entries.append({group, plainText(action->text()), keys});
    }
}

} // namespace

QList<ShortcutSheet::Entry> ShortcutSheet::entries(const QMainWindow &window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    for (QAction *top : window.menuBar()->actions())
        if (top->menu())
            collect(*top->menu(), plainText(top->text()), entries, seen);
    // Keys the window has outside its menus.
    for (QAction *action : window.actions())
        if (!seen.contains(action) && !keysOf(action).isEmpty() && !action->text().isEmpty())
            entries.append({tr("Other"), plainText(action->text()), keysOf(action)});
    return entries;
}

ShortcutSheet::ShortcutSheet(const QMainWindow &window, QWidget *parent) : QDialog(parent), m_table(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutSheet"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setColumnCount(2);
    m_table->setHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries(window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_table, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(group, {entry.command, entry.keys});
    }
    m_table->expandAll();
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 600);
}

} // namespace Lectern
