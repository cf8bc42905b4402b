#include "export/CsvExporter.h"

#include "export/ExportText.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

const QString LineEnd = QStringLiteral("\r\n");
const QString ListSeparator = QStringLiteral("; ");

QString highlightLines(const Paper &paper)
{
    QStringList lines;
    for (const Highlight &highlight : paper.highlights) {
        QString line = highlight.quote.simplified();
        if (!highlight.comment.trimmed().isEmpty())
            line += QStringLiteral(" — ") + highlight.comment.simplified();
        lines.append(line);
    }
    return lines.join(u'\n');
}

using Column = std::pair<QString, QString>; // header, value

// The paper's columns; the header row is the names of any paper's columns.
QList<Column> columns(const Paper &paper, const ExportOptions &options)
{
    QList<Column> columns{
        {QStringLiteral("id"), QString::number(paper.id)},
        {QStringLiteral("title"), paper.title},
        {QStringLiteral("authors"), paper.authorNames().join(ListSeparator)},
        {QStringLiteral("published"), paper.published},
        {QStringLiteral("arxiv_id"), paper.arxivId},
        {QStringLiteral("doi"), paper.doi},
        {QStringLiteral("url"), ExportText::paperUrl(paper)},
        {QStringLiteral("links"), ExportText::otherUrls(paper).join(u' ')},
        {QStringLiteral("abstract"), paper.abstract},
    };
    if (options.tags)
        columns.append({QStringLiteral("tags"), paper.tags.join(ListSeparator)});
    if (options.status)
        columns.append({QStringLiteral("status"), statusName(paper.status)});
    if (options.rating)
        columns.append({QStringLiteral("rating"), QString::number(paper.rating)});
    if (options.notes)
        columns.append({QStringLiteral("notes"), paper.note});
    if (options.highlights)
        columns.append({QStringLiteral("highlights"), highlightLines(paper)});
    return columns;
}

QString line(const QList<Column> &columns, bool header)
{
    QStringList fields;
    for (const auto &[name, value] : columns)
        fields.append(CsvExporter::field(header ? name : value));
    return fields.join(u',') + LineEnd;
}

// A spreadsheet runs a cell that starts with = + - or @ as a formula, and some skip a leading tab or CR
// to find one: such a cell gets a leading ' (OWASP's advice on CSV injection), which spreadsheets show as
// text. A plain number ("-0.5", "+3") stays as it is: it runs nothing, and the quote would make it text.
QString withoutFormula(const QString &text)
{
    static const QRegularExpression number(QRegularExpression::anchoredPattern(QStringLiteral("[+-]?[0-9]+([.][0-9]+)?")));
    if (text.isEmpty() || !QStringView(u"=+-@\t\r").contains(text.front()) || number.match(text).hasMatch())
        return text;
    return u'\'' + text;
}

} // namespace

QString CsvExporter::field(const QString &value)
{
    const QString text = withoutFormula(value);
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    return u'"' + quoted.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

ExportFrame CsvExporter::frame(const ExportOptions &options, qsizetype) const
{
    return {line(columns(Paper(), options), true), {}, {}};
}

QString CsvExporter::entry(const Paper &paper, const QString &, const ExportOptions &options) const
{
    return line(columns(paper, options), false);
}

} // namespace Lectern
