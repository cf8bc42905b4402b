#include "export/CslJsonExporter.h"

#include "export/ExportText.h"
#include "library/EntryType.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

// The name's parts as the paper holds them, never split again from a display name. CSL's non-dropping particle is
// the one that stays with the family name when it is written family first ("van Beethoven, Ludwig"), as BibTeX's
// von part does.
QJsonObject cslName(const Person &person)
{
    if (!person.literal.isEmpty())
        return {{QStringLiteral("literal"), person.literal}};
    QJsonObject name;
    insertText(name, QStringLiteral("family"), person.family);
    insertText(name, QStringLiteral("given"), person.given);
    insertText(name, QStringLiteral("non-dropping-particle"), person.particle);
    insertText(name, QStringLiteral("suffix"), person.suffix);
    return name;
}

void insertNames(QJsonObject &item, const QString &key, const QList<Person> &people)
{
    QJsonArray names;
    for (const Person &person : people)
        if (!person.isEmpty())
            names.append(cslName(person));
    if (!names.isEmpty())
        item.insert(key, names);
}

void insertIssued(QJsonObject &item, const Paper &paper)
{
    const QList<int> parts = ExportText::dateParts(paper);
    if (parts.isEmpty())
        return;
    QJsonArray dateParts;
    for (const int part : parts)
        dateParts.append(part);
    QJsonArray dates; // CSL allows a range: a list of dates, each a list of parts
    dates.append(dateParts);
    item.insert(QStringLiteral("issued"), QJsonObject{{QStringLiteral("date-parts"), dates}});
}

// CSL writes a page range with a hyphen ("12-34"), which citeproc formats as the style asks.
QString cslPages(const QString &pages)
{
    const ExportText::PageRange range = ExportText::pageRange(pages);
    return range.last.isEmpty() ? range.first : range.first + u'-' + range.last;
}

QJsonObject item(const Paper &paper, const QString &id, const ExportOptions &options)
{
    QJsonObject item{{QStringLiteral("id"), id},
                     {QStringLiteral("type"), EntryType::toCsl(ExportText::entryType(paper))},
                     {QStringLiteral("title"), paper.title.simplified()}};
    insertNames(item, QStringLiteral("author"), paper.authors);
    insertNames(item, QStringLiteral("editor"), paper.editors);
    insertIssued(item, paper);
    const std::pair<const char16_t *, QString> texts[] = {
        {u"container-title", paper.container.simplified()}, {u"volume", paper.volume}, {u"issue", paper.issue},
        {u"page", cslPages(paper.pages)}, {u"publisher", paper.publisher}, {u"ISBN", paper.isbn},
        {u"ISSN", paper.issn}, {u"language", paper.language}, {u"abstract", paper.abstract.trimmed()},
        {u"DOI", paper.doi}, {u"URL", ExportText::paperUrl(paper)},
    };
    for (const auto &[key, value] : texts)
        insertText(item, QString::fromUtf16(key), value);
    // CSL's keyword is one text, its keywords separated by commas; Lectern's tags hold none.
    if (options.tags)
        insertText(item, QStringLiteral("keyword"), paper.tags.join(QStringLiteral(", ")));
    if (options.notes)
        insertText(item, QStringLiteral("note"), paper.note.trimmed());
    return item;
}

} // namespace

ExportOptions CslJsonExporter::supportedFields() const
{
    ExportOptions supported;
    supported.tags = true;
    supported.notes = true;
    return supported;
}

// As QJsonDocument writes an array of items, indented: "[", the items a level in, separated by commas, "]".
ExportFrame CslJsonExporter::frame(const ExportOptions &, qsizetype count) const
{
    if (count == 0)
        return {QString::fromUtf8(QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented)), {}, {}};
    return {QStringLiteral("[\n"), QStringLiteral(",\n"), QStringLiteral("\n]\n")};
}

QString CslJsonExporter::entry(const Paper &paper, const QString &key, const ExportOptions &options) const
{
    // The item alone, each of its lines a level in, as it stands in the array (no string holds a line break).
    const QString json = QString::fromUtf8(QJsonDocument(item(paper, key, options)).toJson(QJsonDocument::Indented));
    QString text;
    text.reserve(json.size() + json.size() / 4);
    for (const QStringView line : QStringView(json).chopped(1).split(u'\n')) {
        if (!text.isEmpty())
            text += u'\n';
        text += QStringLiteral("    ") + line;
    }
    return text;
}

} // namespace Lectern
