#pragma once

#include "gui/OfflineBrowser.h"
#include "gui/search/QueryMatches.h"
#include "text/Anchor.h"

#include <optional>

namespace Lectern {

class Query;
struct Paper;

// Shows one paper: title, authors, date, its details (where it appeared, its kind and numbers, and the fields the
// file carried that Lectern has no place for), links and abstract. Its links open as every link does
// (OfflineBrowser).
class ReaderView : public OfflineBrowser
{
    Q_OBJECT

public:
    explicit ReaderView(QWidget *parent = nullptr);

    // Showing the paper that is shown already (after an edit) keeps the scroll position.
    void showPaper(const Paper &paper);
    void clear();

    // The abstract sits in its own block, inserted as plain text, so that character i of the stored
    // abstract is document position abstractStart() + i: a selection maps exactly onto highlight
    // offsets. Marks on the abstract (highlights, matched words) are char formats on that range.
    int abstractStart() const { return m_abstractStart; }
    // The selected part of the abstract; nothing when no abstract text is selected.
    std::optional<Anchor::Span> selectedAbstractSpan() const;
    // Selects that part of the abstract and scrolls to it.
    void showAbstractSpan(Anchor::Span span);
    // Marks the words the query looks for in the title and abstract, in this paper and the next ones.
    // The marks are extra selections, over the document rather than in it: highlights stay as they are.
    void setSearchQuery(const Query &query);

Q_SIGNALS:
    // The title was double-clicked: the paper's details are to be edited.
    void titleDoubleClicked();

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    // A compact block of the paper's other fields, read-only; empty when the paper has none.
    QString detailsHtml(const Paper &paper) const;
    // "Journal article" for "article": the paper's type as the reader shows it (HTML); empty for none and misc.
    static QString entryTypeLabel(const QString &type);
    void insertAbstract(const QString &abstract);
    void paintHighlights(const QList<Highlight> &highlights);
    void markMatches();

    qint64 m_paperId = 0;
    int m_abstractStart = 0;
    int m_abstractLength = 0;
    QList<MatchTerm> m_matchTerms;
};

} // namespace Lectern
