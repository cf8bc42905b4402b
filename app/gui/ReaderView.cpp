#include "gui/ReaderView.h"

#include "gui/tags/TagChip.h"
#include "library/Paper.h"
#include "query/Query.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

#include <algorithm>

namespace Lectern {

ReaderView::ReaderView(QWidget *parent) : OfflineBrowser(parent)
{
    setObjectName(QStringLiteral("reader"));
    setPlaceholderText(tr("Select a paper to read its abstract."));
}

void ReaderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The title is the document's first block; elsewhere a double-click selects a word, as it does in text.
    if (m_paperId != 0 && cursorForPosition(event->position().toPoint()).block() == document()->firstBlock()) {
        event->accept();
        Q_EMIT titleDoubleClicked();
        return;
    }
    OfflineBrowser::mouseDoubleClickEvent(event);
}

void ReaderView::showPaper(const Paper &paper)
{
    // Everything from the library is escaped: a title may contain "<", an abstract anything at all.
    QString html = u"<h2>" + paper.title.toHtmlEscaped() + u"</h2>";
    if (!paper.authors.isEmpty())
        html += u"<p><i>" + paper.authorNames().join(QStringLiteral(", ")).toHtmlEscaped() + u"</i></p>";
    if (!paper.published.isEmpty()) {
        const auto inferred = std::find_if(paper.extraFields.cbegin(), paper.extraFields.cend(), [](const ExtraField &field) {
            return field.name == Paper::InferredDateField;
        });
        html += u"<p>" + tr("Published %1").arg(paper.published.toHtmlEscaped());
        if (inferred != paper.extraFields.cend())
            //: %1 is the date as the list gave it, without a year ("Jun 13")
            html += u' ' + tr("(the year inferred: the list said \u201c%1\u201d)").arg(inferred->value.toHtmlEscaped());
        html += u"</p>";
    }
    for (const Link &link : paper.links) {
        const QString url = link.url.toHtmlEscaped();
        const QString kind = link.kind == Link::Kind::Code ? tr("Code") : tr("Page");
        html += u"<p>" + kind + u": <a href=\"" + url + u"\">" + url + u"</a></p>";
    }
    const int scroll = paper.id == m_paperId ? verticalScrollBar()->value() : 0;
    setHtml(html);
    insertAbstract(paper.abstract);
    paintHighlights(paper.highlights);
    markMatches();
    m_paperId = paper.id;
    verticalScrollBar()->setValue(scroll);
}

void ReaderView::clear()
{
    OfflineBrowser::clear();
    m_paperId = 0;
    m_abstractStart = m_abstractLength = 0;
}

void ReaderView::insertAbstract(const QString &abstract)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat block;
    block.setTopMargin(12);
    // A plain char format, so that the abstract does not continue the link or heading before it.
    cursor.insertBlock(block, QTextCharFormat());
    m_abstractStart = cursor.position();
    // insertText() keeps every character; a line break becomes one paragraph separator, still one position.
    cursor.insertText(abstract);
    m_abstractLength = int(abstract.size());
}

void ReaderView::paintHighlights(const QList<Highlight> &highlights)
{
    for (const Highlight &highlight : highlights) {
        if (highlight.orphaned)
            continue;
        QTextCursor cursor(document());
        cursor.setPosition(m_abstractStart + highlight.start);
        cursor.setPosition(m_abstractStart + highlight.start + highlight.length, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        const QColor color(highlight.color);
        format.setBackground(color);
        format.setForeground(TagChip::textColorOn(color));
        if (!highlight.comment.isEmpty())
            format.setToolTip(highlight.comment);
        cursor.mergeCharFormat(format);
    }
}

std::optional<Anchor::Span> ReaderView::selectedAbstractSpan() const
{
    const QTextCursor cursor = textCursor();
    const int start = std::max(cursor.selectionStart(), m_abstractStart) - m_abstractStart;
    const int end = std::min(cursor.selectionEnd(), m_abstractStart + m_abstractLength) - m_abstractStart;
    if (!cursor.hasSelection() || end <= start)
        return std::nullopt;
    return Anchor::Span{start, end - start};
}

void ReaderView::setSearchQuery(const Query &query)
{
    m_matchTerms = matchTerms(query.root());
    markMatches();
}

void ReaderView::markMatches()
{
    QList<ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(255, 196, 0, 110));
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(QColor(0xc0, 0x70, 0x00));
    const auto mark = [&](int start, int length, QueryTerm::Field column) {
        const QString text = document()->toPlainText().mid(start, length);
        for (const MatchSpan &span : findMatches(text, column, m_matchTerms)) {
            QTextCursor cursor(document());
            cursor.setPosition(start + span.start);
            cursor.setPosition(start + span.start + span.length, QTextCursor::KeepAnchor);
            marks.append({cursor, format});
        }
    };
    if (!m_matchTerms.isEmpty()) {
        const QTextBlock title = document()->firstBlock();
        mark(title.position(), title.length() - 1, QueryTerm::Field::Title);
        mark(m_abstractStart, m_abstractLength, QueryTerm::Field::Abstract);
    }
    setExtraSelections(marks);
}

void ReaderView::showAbstractSpan(Anchor::Span span)
{
    QTextCursor cursor(document());
    cursor.setPosition(m_abstractStart + span.start);
    cursor.setPosition(m_abstractStart + span.start + span.length, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace Lectern
