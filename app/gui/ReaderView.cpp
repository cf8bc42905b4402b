#include "gui/ReaderView.h"

#include "gui/tags/TagChip.h"
#include "library/Paper.h"
#include "query/Query.h"

#include <QHash>
#include <QMouseEvent>
#include <QRegularExpression>
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
    html += detailsHtml(paper);
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

namespace {

// An extra field's value is shown on one line, and at most this long: the edit dialog (F2) has all of it.
constexpr qsizetype LongestDetail = 300;

QString detailText(const QString &value)
{
    QString text = value.simplified();
    if (text.size() > LongestDetail)
        text = text.left(LongestDetail).trimmed() + u'\u2026';
    return text.toHtmlEscaped();
}

// "45--67" and "45-67" as a range is printed: "45–67"; "e1234" and "S-12" stay as they are.
QString pageRange(const QString &pages)
{
    static const QRegularExpression hyphens(QStringLiteral("(?<=\\d)\\s*-{1,2}\\s*(?=\\d)"));
    return QString(pages).replace(hyphens, QStringLiteral("\u2013"));
}

} // namespace

QString ReaderView::detailsHtml(const Paper &paper) const
{
    // "Journal of X, 12(3), 45–67 · Publisher": where the paper appeared, as a reference gives it.
    QStringList where;
    if (!paper.container.isEmpty())
        where.append(u"<i>" + detailText(paper.container) + u"</i>");
    if (!paper.volume.isEmpty())
        where.append(detailText(paper.volume) + (paper.issue.isEmpty() ? QString() : u'(' + detailText(paper.issue) + u')'));
    else if (!paper.issue.isEmpty())
        //: the issue of a journal when no volume is known
        where.append(tr("no. %1").arg(detailText(paper.issue)));
    if (!paper.pages.isEmpty())
        where.append(detailText(pageRange(paper.pages)));
    QStringList lines;
    QStringList citation;
    if (!where.isEmpty())
        citation.append(where.join(QStringLiteral(", ")));
    if (!paper.publisher.isEmpty())
        citation.append(detailText(paper.publisher));
    if (!citation.isEmpty())
        lines.append(citation.join(QStringLiteral(" \u00b7 ")));

    // "Edited by A, B · en · ISBN … · ISSN …": who edited it, and the numbers that identify it.
    QStringList kind;
    if (!paper.editors.isEmpty())
        kind.append(tr("Edited by %1").arg(detailText(displayNames(paper.editors).join(QStringLiteral(", ")))));
    if (!paper.language.isEmpty())
        kind.append(detailText(paper.language));
    if (!paper.isbn.isEmpty())
        kind.append(u"ISBN " + detailText(paper.isbn));
    if (!paper.issn.isEmpty())
        kind.append(u"ISSN " + detailText(paper.issn));

    // Every other field the file carried, as it spelled it; the mark of an inferred date is said beside the date.
    QStringList fields;
    const QString nameColor = palette().color(QPalette::PlaceholderText).name();
    for (const ExtraField &field : paper.extraFields) {
        if (field.name == Paper::InferredDateField)
            continue;
        fields.append(u"<span style=\"color:" + nameColor + u"\">" + field.name.toHtmlEscaped() + u":</span> "
                      + detailText(field.value));
    }

    // The kind of work leads its line, but alone it says too little for a block: a day's paper is a preprint and
    // nothing more, and looks as it always did.
    if (lines.isEmpty() && kind.isEmpty() && fields.isEmpty())
        return {};
    if (const QString type = entryTypeLabel(paper.type); !type.isEmpty())
        kind.prepend(type);
    if (!kind.isEmpty())
        lines.append(kind.join(QStringLiteral(" \u00b7 ")));
    lines.append(fields);
    // A little smaller than the abstract: details, not the text.
    const qreal points = font().pointSizeF() > 0 ? font().pointSizeF() * 0.9 : 9;
    return u"<p style=\"font-size:" + QString::number(points, 'f', 1) + u"pt\">" + lines.join(QStringLiteral("<br/>"))
        + u"</p>";
}

QString ReaderView::entryTypeLabel(const QString &type)
{
    // EntryType's names, as a reader calls them; "misc" says nothing and is not shown.
    static const QHash<QString, const char *> labels{
        {QStringLiteral("article"), QT_TR_NOOP("Journal article")},
        {QStringLiteral("inproceedings"), QT_TR_NOOP("Conference paper")},
        {QStringLiteral("proceedings"), QT_TR_NOOP("Proceedings")},
        {QStringLiteral("book"), QT_TR_NOOP("Book")},
        {QStringLiteral("chapter"), QT_TR_NOOP("Book chapter")},
        {QStringLiteral("thesis"), QT_TR_NOOP("Thesis")},
        {QStringLiteral("report"), QT_TR_NOOP("Report")},
        {QStringLiteral("preprint"), QT_TR_NOOP("Preprint")},
        {QStringLiteral("unpublished"), QT_TR_NOOP("Unpublished")},
        {QStringLiteral("dataset"), QT_TR_NOOP("Dataset")},
        {QStringLiteral("software"), QT_TR_NOOP("Software")},
        {QStringLiteral("webpage"), QT_TR_NOOP("Web page")},
        {QStringLiteral("manual"), QT_TR_NOOP("Manual")},
        {QStringLiteral("patent"), QT_TR_NOOP("Patent")},
    };
    if (type.isEmpty() || type == u"misc")
        return {};
    const auto label = labels.constFind(type);
    return label == labels.cend() ? detailText(type) : tr(*label);
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
