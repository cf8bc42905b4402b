#include "export/Exporter.h"

#include "export/BibTexExporter.h"
#include "export/CslJsonExporter.h"
#include "export/CsvExporter.h"
#include "export/ExportText.h"
#include "export/HtmlExporter.h"
#include "export/MarkdownExporter.h"
#include "export/OpmlExporter.h"
#include "export/RisExporter.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

namespace {

struct Field
{
    const char16_t *name;
    bool ExportOptions::*flag;
};
constexpr Field Fields[] = {
    {u"tags", &ExportOptions::tags},     {u"status", &ExportOptions::status},
    {u"rating", &ExportOptions::rating}, {u"notes", &ExportOptions::notes},
    {u"highlights", &ExportOptions::highlights},
};

} // namespace

ExportOptions ExportOptions::allFields()
{
    ExportOptions options;
    for (const Field &field : Fields)
        options.*field.flag = true;
    return options;
}

QStringList fieldNames(const ExportOptions &options)
{
    QStringList names;
    for (const Field &field : Fields)
        if (options.*field.flag)
            names.append(QString::fromUtf16(field.name));
    return names;
}

Expected<ExportOptions> fieldsFromNames(const QString &commaSeparated)
{
    ExportOptions options;
    for (const QString &name : commaSeparated.split(u',', Qt::SkipEmptyParts)) {
        const auto field = std::find_if(std::begin(Fields), std::end(Fields), [&](const Field &f) {
            return name.trimmed().compare(QStringView(f.name), Qt::CaseInsensitive) == 0;
        });
        if (field == std::end(Fields))
            return Error{QCoreApplication::translate("Lectern::Exporter", "'%1' is not a field; the fields are %2")
                             .arg(name.trimmed(), fieldNames(ExportOptions::allFields()).join(QStringLiteral(", ")))};
        options.*field->flag = true;
    }
    return options;
}

QString Exporter::write(const QList<Paper> &papers, const ExportOptions &options) const
{
    QString text;
    QTextStream out(&text);
    bool given = false;
    writeTo(out, papers.size(), [&] { return std::exchange(given, true) ? QList<Paper>() : papers; }, options);
    out.flush();
    return text;
}

void Exporter::writeTo(QTextStream &out, qsizetype count, const PaperBatches &papers, const ExportOptions &options) const
{
    const ExportFrame parts = frame(options, count);
    out << parts.header;
    bool first = true;
    QSet<QString> made; // the keys made for papers without one, unique across the batches
    for (QList<Paper> batch = papers(); !batch.isEmpty(); batch = papers()) {
        const QStringList keys = ExportText::citationKeys(batch, made);
        for (qsizetype i = 0; i < batch.size(); ++i) {
            if (!std::exchange(first, false))
                out << parts.separator;
            out << entry(batch[i], keys[i], options);
        }
    }
    out << parts.footer;
}

ExportOptions unsupportedFields(const Exporter &exporter, const ExportOptions &options)
{
    const ExportOptions supported = exporter.supportedFields();
    ExportOptions lost;
    for (const Field &field : Fields)
        lost.*field.flag = options.*field.flag && !(supported.*field.flag);
    return lost;
}

const std::vector<std::unique_ptr<Exporter>> &exporters()
{
    static const auto all = [] {
        std::vector<std::unique_ptr<Exporter>> list;
        list.push_back(std::make_unique<MarkdownExporter>());
        list.push_back(std::make_unique<BibTexExporter>());
        list.push_back(std::make_unique<RisExporter>());
        list.push_back(std::make_unique<CslJsonExporter>());
        list.push_back(std::make_unique<CsvExporter>());
        list.push_back(std::make_unique<HtmlExporter>());
        list.push_back(std::make_unique<OpmlExporter>());
        return list;
    }();
    return all;
}

const Exporter *exporterNamed(QStringView name)
{
    for (const auto &exporter : exporters())
        if (exporter->name() == name)
            return exporter.get();
    return nullptr;
}

QStringList exporterNames()
{
    QStringList names;
    for (const auto &exporter : exporters())
        names.append(exporter->name());
    return names;
}

} // namespace Lectern
