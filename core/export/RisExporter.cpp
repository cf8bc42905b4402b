#include "export/RisExporter.h"

#include "export/ExportText.h"

namespace Lectern {

namespace {

// A value is one line: the format ends a field at the line break.
void addLine(QString &record, const char *tag, const QString &value)
{
    const QString line = value.simplified();
    if (!line.isEmpty())
        record += QLatin1StringView(tag) + QStringLiteral("  - ") + line + QStringLiteral("\r\n");
}

QString record(const Paper &paper, const ExportOptions &options)
{
    QString record;
    addLine(record, "TY", ExportText::isJournalArticle(paper) ? QStringLiteral("JOUR") : QStringLiteral("GEN"));
    addLine(record, "TI", paper.title);
    for (const Person &person : paper.authors)
        addLine(record, "AU", person.familyFirst());
    addLine(record, "AB", paper.abstract);
    addLine(record, "PY", ExportText::year(paper));
    addLine(record, "DO", paper.doi);
    addLine(record, "UR", ExportText::paperUrl(paper));
    for (const QString &url : ExportText::otherUrls(paper))
        addLine(record, "UR", url);
    if (options.tags)
        for (const QString &tag : paper.tags)
            addLine(record, "KW", tag);
    if (options.notes)
        addLine(record, "N1", paper.note);
    return record + QStringLiteral("ER  - \r\n");
}

} // namespace

ExportOptions RisExporter::supportedFields() const
{
    ExportOptions supported;
    supported.tags = true;
    supported.notes = true;
    return supported;
}

QString RisExporter::write(const QList<Paper> &papers, const ExportOptions &options) const
{
    QStringList records;
    for (const Paper &paper : papers)
        records.append(record(paper, options));
    return records.join(QStringLiteral("\r\n"));
}

} // namespace Lectern
