#include "export/RisExporter.h"

#include "export/ExportText.h"
#include "library/EntryType.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

// A value is one line: the format ends a field at the line break, and pandoc's reader refuses a line that
// continues one.
void addLine(QString &record, QStringView tag, const QString &value)
{
    const QString line = value.simplified();
    if (!line.isEmpty())
        record += tag + QStringLiteral("  - ") + line + QStringLiteral("\r\n");
}

// "Family, Given, Suffix", the RIS specification's order (EndNote and Zotero read it so; BibTeX's, and pandoc's
// reader of RIS, put the suffix second). A name with no given name ends with a comma, which is how EndNote marks an
// organisation: readers keep "World Health Organization," whole instead of taking its last word for a family name.
QString risName(const Person &person)
{
    if (!person.literal.isEmpty())
        return person.literal + u',';
    QString name = person.familyName() + u',';
    if (!person.given.isEmpty())
        name += u' ' + person.given;
    if (!person.suffix.isEmpty())
        name += QStringLiteral(", ") + person.suffix;
    return name;
}

// Editors of the journal, book or proceedings a paper is part of are its secondary authors (A2); the editors of a
// book or a volume itself are ED.
QStringView editorTag(const QString &type)
{
    static const QStringList partTypes{QStringLiteral("article"), QStringLiteral("inproceedings"), QStringLiteral("chapter")};
    return partTypes.contains(type) ? QStringView(u"A2") : QStringView(u"ED");
}

// PY is the year alone (pandoc reads a PY that holds more as a date it does not know); DA "2023/06/13/" or
// "2023/06//" gives month and day, when known.
void addDates(QString &record, const Paper &paper)
{
    const QList<int> parts = ExportText::dateParts(paper);
    if (parts.isEmpty())
        return;
    addLine(record, u"PY", QString::number(parts[0]));
    if (parts.size() < 2)
        return;
    const auto twoDigits = [](int part) { return QStringLiteral("%1").arg(part, 2, 10, QChar(u'0')); };
    addLine(record, u"DA", QStringLiteral("%1/%2/%3/").arg(parts[0], 4, 10, QChar(u'0'))
                               .arg(twoDigits(parts[1]), parts.size() > 2 ? twoDigits(parts[2]) : QString()));
}

void addContainer(QString &record, const Paper &paper, const QString &type)
{
    // T2, the secondary title, is the journal, book or proceedings in the current specification; readers of the
    // older one know a journal only as JO.
    if (type == u"article")
        addLine(record, u"JO", paper.container);
    addLine(record, u"T2", paper.container);
    addLine(record, u"VL", paper.volume);
    addLine(record, u"IS", paper.issue);
    const ExportText::PageRange pages = ExportText::pageRange(paper.pages);
    addLine(record, u"SP", pages.first);
    addLine(record, u"EP", pages.last);
    addLine(record, u"PB", paper.publisher);
    addLine(record, u"SN", paper.isbn);
    addLine(record, u"SN", paper.issn);
    addLine(record, u"LA", paper.language);
}

// Fields a RIS file gave that Lectern has no place for ("M3", a keyword that could not be a tag) go back as they
// came; not the tags that hold one value this record has already written (a second DO, a date that disagreed),
// nor TY and ER, which would end the record.
bool isWrittenBack(const ExtraField &field)
{
    static const QRegularExpression risTag(QRegularExpression::anchoredPattern(QStringLiteral("[A-Z][A-Z0-9]")));
    static const QStringList ownTags = QStringLiteral("TY ER TI T1 AB N2 PY Y1 DA DO ID JO JF T2 VL IS SP EP PB LA")
                                           .split(u' ');
    return risTag.match(field.name).hasMatch() && !ownTags.contains(field.name);
}

QString record(const Paper &paper, const QString &key, const ExportOptions &options)
{
    const QString type = ExportText::entryType(paper);
    QString record;
    addLine(record, u"TY", EntryType::toRis(type));
    addLine(record, u"ID", key);
    addLine(record, u"TI", paper.title);
    for (const Person &person : paper.authors)
        addLine(record, u"AU", risName(person));
    for (const Person &person : paper.editors)
        addLine(record, editorTag(type), risName(person));
    addDates(record, paper);
    addContainer(record, paper, type);
    addLine(record, u"AB", paper.abstract);
    addLine(record, u"DO", paper.doi);
    addLine(record, u"UR", ExportText::paperUrl(paper));
    for (const QString &url : ExportText::otherUrls(paper))
        addLine(record, u"UR", url);
    if (options.tags)
        for (const QString &tag : paper.tags)
            addLine(record, u"KW", tag);
    if (options.notes)
        addLine(record, u"N1", paper.note);
    for (const ExtraField &field : paper.extraFields)
        if (isWrittenBack(field))
            addLine(record, field.name, field.value);
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

ExportFrame RisExporter::frame(const ExportOptions &, qsizetype) const
{
    return {{}, QStringLiteral("\r\n"), {}};
}

QString RisExporter::entry(const Paper &paper, const QString &key, const ExportOptions &options) const
{
    return record(paper, key, options);
}

} // namespace Lectern
