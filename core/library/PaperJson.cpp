#include "library/PaperJson.h"

#include <QJsonDocument>

namespace Lectern {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDateTime &time)
{
    // Milliseconds, as the library stores times: a Lectern JSON round trip keeps them exactly.
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray highlightsToJson(const QList<Highlight> &highlights)
{
    QJsonArray array;
    for (const Highlight &h : highlights)
        array.append(QJsonObject{
            {QStringLiteral("id"), h.id},
            {QStringLiteral("start"), h.start},
            {QStringLiteral("length"), h.length},
            {QStringLiteral("quote"), h.quote},
            {QStringLiteral("color"), h.color},
            {QStringLiteral("comment"), h.comment},
            {QStringLiteral("orphaned"), h.orphaned},
            {QStringLiteral("prefix"), h.prefix},
            {QStringLiteral("suffix"), h.suffix},
            {QStringLiteral("created"), orNull(h.created)},
        });
    return array;
}

QList<Highlight> highlightsFromJson(const QJsonArray &array)
{
    QList<Highlight> highlights;
    for (const QJsonValue &value : array) {
        Highlight h;
        h.start = value[u"start"].toInt();
        h.length = value[u"length"].toInt();
        h.quote = value[u"quote"].toString();
        h.prefix = value[u"prefix"].toString();
        h.suffix = value[u"suffix"].toString();
        h.color = value[u"color"].toString();
        h.comment = value[u"comment"].toString();
        h.created = QDateTime::fromString(value[u"created"].toString(), Qt::ISODateWithMs);
        highlights.append(h);
    }
    return highlights;
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The bibliographic fields after the first version's keys, each in the paper's member of the same meaning.
struct TextField
{
    const char *key;
    QString Paper::*member;
};
constexpr TextField TextFields[] = {
    {"type", &Paper::type},         {"container", &Paper::container},   {"volume", &Paper::volume},
    {"issue", &Paper::issue},       {"pages", &Paper::pages},           {"publisher", &Paper::publisher},
    {"isbn", &Paper::isbn},         {"issn", &Paper::issn},             {"language", &Paper::language},
    {"arxiv_category", &Paper::arxivCategory}, {"citation_key", &Paper::citationKey},
};

} // namespace

QJsonArray peopleToJson(const QList<Person> &people)
{
    QJsonArray array;
    for (const Person &person : people) {
        QJsonObject object;
        const std::pair<const char *, const QString *> parts[] = {{"family", &person.family}, {"given", &person.given},
                                                                  {"particle", &person.particle},
                                                                  {"suffix", &person.suffix}, {"literal", &person.literal}};
        for (const auto &[key, value] : parts)
            if (!value->isEmpty())
                object.insert(QLatin1StringView(key), *value);
        array.append(object);
    }
    return array;
}

QList<Person> peopleFromJson(const QJsonArray &array)
{
    QList<Person> people;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        people.append({o.value(u"family").toString(), o.value(u"given").toString(), o.value(u"particle").toString(),
                       o.value(u"suffix").toString(), o.value(u"literal").toString()});
    }
    return people;
}

QJsonObject paperToJson(const Paper &paper)
{
    QJsonArray links;
    for (const Link &link : paper.links)
        links.append(QJsonObject{{QStringLiteral("url"), link.url},
                                 {QStringLiteral("kind"), link.kind == Link::Kind::Code ? QStringLiteral("code")
                                                                                        : QStringLiteral("page")}});
    QJsonObject object{
        {QStringLiteral("id"), paper.id},
        {QStringLiteral("title"), paper.title},
        {QStringLiteral("authors"), QJsonArray::fromStringList(paper.authorNames())},
        {QStringLiteral("abstract"), paper.abstract},
        {QStringLiteral("links"), links},
        {QStringLiteral("arxiv_id"), orNull(paper.arxivId)},
        {QStringLiteral("doi"), orNull(paper.doi)},
        {QStringLiteral("published"), orNull(paper.published)},
        {QStringLiteral("added"), orNull(paper.added)},
        {QStringLiteral("source"), orNull(paper.sourceFile)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(paper.tags)},
        {QStringLiteral("status"), statusName(paper.status)},
        {QStringLiteral("rating"), paper.rating},
        {QStringLiteral("note"), paper.note},
        {QStringLiteral("highlights"), highlightsToJson(paper.highlights)},
        {QStringLiteral("author_names"), peopleToJson(paper.authors)},
        {QStringLiteral("editors"), peopleToJson(paper.editors)},
        {QStringLiteral("note_updated"), orNull(paper.noteUpdated)},
    };
    for (const TextField &field : TextFields)
        object.insert(QLatin1StringView(field.key), orNull(paper.*field.member));
    QJsonArray extra;
    for (const ExtraField &field : paper.extraFields)
        extra.append(QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("value"), field.value}});
    object.insert(QStringLiteral("extra_fields"), extra);
    return object;
}

Paper paperFromJson(const QJsonObject &object)
{
    Paper paper;
    paper.id = object.value(u"id").toInteger();
    paper.added = timeFromJson(object.value(u"added"));
    paper.noteUpdated = timeFromJson(object.value(u"note_updated"));
    paper.highlights = highlightsFromJson(object.value(u"highlights").toArray());
    paper.title = object.value(u"title").toString();
    paper.authors = peopleFromJson(object.value(u"author_names").toArray());
    paper.editors = peopleFromJson(object.value(u"editors").toArray());
    paper.abstract = object.value(u"abstract").toString();
    for (const QJsonValue &link : object.value(u"links").toArray())
        paper.links.append({link[u"url"].toString(),
                            link[u"kind"].toString() == u"code" ? Link::Kind::Code : Link::Kind::Page});
    paper.arxivId = object.value(u"arxiv_id").toString();
    paper.doi = object.value(u"doi").toString();
    paper.published = object.value(u"published").toString();
    for (const QJsonValue &tag : object.value(u"tags").toArray())
        paper.tags.append(tag.toString());
    paper.status = statusFromName(object.value(u"status").toString()).value_or(ReadingStatus::Inbox);
    paper.rating = object.value(u"rating").toInt();
    paper.note = object.value(u"note").toString();
    for (const TextField &field : TextFields)
        paper.*field.member = object.value(QLatin1StringView(field.key)).toString();
    for (const QJsonValue &field : object.value(u"extra_fields").toArray())
        paper.extraFields.append({field[u"name"].toString(), field[u"value"].toString()});
    return paper;
}

namespace {

const QString AuthorSeparator = QStringLiteral("; ");

QJsonArray arrayColumn(const QString &column)
{
    return column.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(column.toUtf8()).array();
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString displayNamesColumn(const QList<Person> &people)
{
    return displayNames(people).join(AuthorSeparator);
}

QString peopleColumn(const QList<Person> &people)
{
    return people.isEmpty() ? QString() : compact(peopleToJson(people));
}

QString extraFieldsColumn(const QList<ExtraField> &fields)
{
    if (fields.isEmpty())
        return {};
    QJsonArray array;
    for (const ExtraField &field : fields)
        array.append(QJsonArray{field.name, field.value});
    return compact(array);
}

QList<Person> peopleFromColumns(const QString &json, const QString &names)
{
    QList<Person> people = peopleFromJson(arrayColumn(json));
    if (people.isEmpty())
        for (const QString &name : names.split(AuthorSeparator, Qt::SkipEmptyParts))
            people.append(Person::fromText(name));
    return people;
}

QString firstDisplayName(const QString &names)
{
    return names.section(AuthorSeparator, 0, 0);
}

QList<ExtraField> extraFieldsFromColumn(const QString &json)
{
    QList<ExtraField> fields;
    for (const QJsonValue &field : arrayColumn(json))
        fields.append({field[0].toString(), field[1].toString()});
    return fields;
}

} // namespace Lectern
