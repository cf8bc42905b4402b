#pragma once

#include "gui/sidebar/SidebarSection.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Lectern {

// The sidebar's tree: each section's entries, one section after the other. Two columns: the label
// (with a colour swatch) and the count. refresh() reads every section again; when the lines are the
// same ones (the usual case after an edit: only counts moved) it updates them in place, so that the
// view keeps its selection and scroll position.
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, CountColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, QueryRole, CountRole, SectionRole };

    explicit SidebarModel(QObject *parent = nullptr);
    ~SidebarModel() override;

    void addSection(std::unique_ptr<SidebarSection> section);
    SidebarSection *section(int index) const { return m_sections.at(index).get(); }
    int sectionCount() const { return int(m_sections.size()); }
    void refresh();

    QModelIndex indexOfKey(const QString &key) const;
    const SidebarEntry *entry(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    std::unique_ptr<Node> buildTree();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void updateInPlace(Node &current, const Node &fresh);
    static void collectChanges(Node &current, const Node &fresh, std::vector<std::pair<Node *, const SidebarEntry *>> &changes);

    std::vector<std::unique_ptr<SidebarSection>> m_sections;
    std::unique_ptr<Node> m_root;
};

} // namespace Lectern
