#include "import/ArxivJsonLinesReader.h"

#include "import/ArxivRecord.h"
#include "import/ImportText.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct ArxivJsonLinesText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ArxivJsonLinesReader)
};

QString text(const QJsonObject &object, QStringView key)
{
    return object.value(key).toString();
}

// "Mon, 2 Apr 2007 19:18:42 GMT" (RFC 2822, as versions[].created has it) as "2007-04-02"; empty when it is not.
QString createdDate(QStringView created)
{
    QStringView date = created.trimmed();
    if (const qsizetype comma = date.indexOf(u','); comma >= 0)
        date = date.sliced(comma + 1);
    const QList<QStringView> parts = date.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {};
    static const QStringList months{QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                    QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                    QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                    QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const int month = int(months.indexOf(parts[1])) + 1;
    bool dayRead = false;
    bool yearRead = false;
    const int day = parts[0].toInt(&dayRead);
    const int year = parts[2].toInt(&yearRead);
    if (!dayRead || !yearRead || month == 0)
        return {};
    return ImportText::isoDate(year, month, day);
}

// [family, given, suffix] or [family, given, suffix, affiliation]: the name split as arXiv split it. The family
// name's lower-case particles ("van de Schoot") are split off as every reader splits them.
QList<Person> parsedAuthors(const QJsonArray &parsed)
{
    QList<Person> people;
    for (const QJsonValue &entry : parsed) {
        const QJsonArray parts = entry.toArray();
        const QString family = ImportText::decodeTexAccents(parts.at(0).toString());
        const QString given = ImportText::decodeTexAccents(parts.at(1).toString());
        Person person = Person::fromText(given.isEmpty() ? family : family + QStringLiteral(", ") + given);
        person.suffix = parts.at(2).toString().trimmed();
        if (!person.isEmpty())
            people.append(person);
    }
    return people;
}

// "C. Bal\'azs, E. L. Berger and A. S. Mishchenko (1 and 2) ((1) CREST)": the authors as text, for a record
// without authors_parsed. Affiliations in parentheses are not names.
QList<Person> authorsFromText(const QString &authors)
{
    QString names;
    int depth = 0;
    for (const QChar c : ImportText::decodeTexAccents(PaperText::singleLine(authors))) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            depth = qMax(0, depth - 1);
        else if (depth == 0)
            names += c;
    }
    names.replace(QStringLiteral(" and "), QStringLiteral(","));
    QList<Person> people;
    for (const QString &name : names.split(u',', Qt::SkipEmptyParts))
        if (const Person person = Person::fromText(name); !person.isEmpty())
            people.append(person);
    return people;
}

// The fields Lectern has no place for, under the snapshot's own names (on one line, as arXiv wraps them too).
constexpr const char16_t *KeptFields[] = {u"submitter", u"comments", u"journal-ref", u"report-no", u"license",
                                          u"update_date"};

class ArxivJsonLinesReader : public PaperReader
{
public:
    ArxivJsonLinesReader(TextInput &input, const ImportOptions &options) : PaperReader(input), m_options(options) {}

    Expected<std::optional<Paper>> next() override
    {
        while (const auto line = m_input.readLine()) {
            if (line->trimmed().isEmpty())
                continue;
            const QByteArray json = line->toUtf8();
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(json, &error);
            if (error.error != QJsonParseError::NoError)
                return ImportText::jsonError(m_input, json, error, m_input.lineNumber());
            const QJsonObject object = document.object();
            if (text(object, u"id").isEmpty())
                return m_input.errorAt(ArxivJsonLinesText::tr("expected a JSON object with an arXiv \"id\" on each line"));
            return std::optional(toPaper(record(object), m_options));
        }
        if (m_input.error())
            return *m_input.error();
        return std::optional<Paper>();
    }

private:
    ArxivRecord record(const QJsonObject &object)
    {
        ArxivRecord record;
        record.id = text(object, u"id");
        record.title = text(object, u"title");
        record.abstract = text(object, u"abstract");
        const QJsonArray parsed = object.value(u"authors_parsed").toArray();
        record.authors = parsed.isEmpty() ? authorsFromText(text(object, u"authors")) : parsedAuthors(parsed);
        const QJsonArray versions = object.value(u"versions").toArray();
        if (!versions.isEmpty()) {
            const QString created = versions.first()[u"created"].toString();
            record.published = createdDate(created);
            if (record.published.isEmpty() && !created.isEmpty())
                warn(ArxivJsonLinesText::tr("the first version's date \"%1\" is not a date Lectern reads").arg(created));
            record.version = versions.last()[u"version"].toString();
        }
        record.categories = text(object, u"categories").split(u' ', Qt::SkipEmptyParts);
        record.doi = text(object, u"doi");
        for (const char16_t *key : KeptFields)
            if (const QString value = text(object, key); !value.isEmpty())
                record.extraFields.append({QString::fromUtf16(key), ImportText::decodeTexAccents(PaperText::singleLine(value))});
        return record;
    }

    const ImportOptions m_options;
};

QStringView firstLine(QStringView head)
{
    for (const QStringView line : head.tokenize(u'\n'))
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    return {};
}

// The snapshot's keys in the first record. "submitter" comes second: a record whose authors fill more than the head
// is still known by it.
bool recognizes(QStringView head)
{
    const QStringView line = firstLine(head);
    const auto has = [line](QStringView key) { return line.contains(key); };
    return line.startsWith(u'{') && has(u"\"id\"")
        && (has(u"\"authors_parsed\"") || has(u"\"submitter\"") || (has(u"\"abstract\"") && has(u"\"categories\"")));
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    return std::make_unique<ArxivJsonLinesReader>(input, options);
}

} // namespace

const Format &arxivJsonLinesFormat()
{
    static const Format format{"arxiv-jsonl",
                               QT_TRANSLATE_NOOP("Lectern::Formats", "arXiv metadata snapshot (JSON Lines)"),
                               "*.json *.jsonl", recognizes, open};
    return format;
}

} // namespace Lectern
