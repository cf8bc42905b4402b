#pragma once

#include "gui/sidebar/SidebarSection.h"
#include "library/TagStore.h"

#include <QCoreApplication>

namespace Lectern {

class Annotator;
class BackgroundReader;
class Library;
class SidebarView;

// The tags as a tree nested by "/", with their colours and counts (a parent counts the papers below
// it too), and the context menu to rename (onto an existing name: merge), colour and delete them.
class TagSection : public SidebarSection
{
    Q_DECLARE_TR_FUNCTIONS(TagSection)

public:
    static inline const QString KeyPrefix = QStringLiteral("tag:");

    TagSection(Library &library, Annotator &annotator, SidebarView &view);

    QString title() const override;
    QList<SidebarEntry> entries() override;
    void recount() override;
    QList<QAction *> actions() override { return m_actions; }

    // tag:"ml/optimization"
    static QString tagQuery(const QString &path);

private:
    QList<SidebarEntry> children(const QString &parentKey, const QList<TagSummary> &tags,
                                 const QHash<QString, QList<int>> &childrenOf) const;
    QString currentTag() const;
    void updateActions();
    void renameCurrent();
    void recolorCurrent();
    void removeColorOfCurrent();
    void deleteCurrent();
    bool confirmMerge(const QString &from, const QString &into);

    Library &m_library;
    Annotator &m_annotator;
    SidebarView &m_view;
    QList<QAction *> m_actions;
    BackgroundReader *m_counter;
    QList<TagSummary> m_tags; // the tags and their colours, as last read (without counts)
    // Counting the tags' papers reads every paper's tags (20 ms at 100k papers, a good part of a second at a
    // million), and most edits (a status, a note) leave the counts as they are: they are counted again, in the
    // background, only after an edit of tags. By case-folded path, as last counted.
    QHash<QString, TagSummary> m_counted;
    bool m_tagsCounted = false;
};

} // namespace Lectern
