#include "library/PaperFieldText.h"

#include "library/CitationKeys.h"
#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern::PaperFieldText {

namespace {

struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PaperFieldText)
};

// The fields that are one text of the paper, each with where it is.
struct TextField
{
    const char16_t *name;
    QString Paper::*member;
};
constexpr TextField TextFields[] = {
    {u"title", &Paper::title},         {u"container", &Paper::container}, {u"volume", &Paper::volume},
    {u"issue", &Paper::issue},         {u"pages", &Paper::pages},         {u"publisher", &Paper::publisher},
    {u"isbn", &Paper::isbn},           {u"issn", &Paper::issn},           {u"language", &Paper::language},
    {u"arxiv-category", &Paper::arxivCategory}, {u"abstract", &Paper::abstract},
};

QString Paper::*textMember(QStringView field)
{
    for (const TextField &entry : TextFields)
        if (field == QStringView(entry.name))
            return entry.member;
    return nullptr;
}

Error badValue(const QString &field, const QString &what)
{
    return Error{field + QStringLiteral(": ") + what};
}

// "2025", "2025-06", "2025-06-13", each a real date.
bool isIsoDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$)"));
    const auto m = iso.match(text);
    if (!m.hasMatch())
        return false;
    const int month = m.hasCaptured(2) ? m.captured(2).toInt() : 1;
    const int day = m.hasCaptured(3) ? m.captured(3).toInt() : 1;
    return QDate(m.captured(1).toInt(), month, day).isValid();
}

// The user dated the paper: the date is no longer one inferred.
void setPublished(Paper &paper, const QString &date)
{
    if (date == paper.published)
        return;
    paper.published = date;
    paper.extraFields.removeIf([](const ExtraField &field) { return field.name == Paper::InferredDateField; });
}

Status setDate(Paper &paper, const QString &text)
{
    // A source's own text ("Jun 13") may stay as it is; a new one is an ISO date.
    if (!text.isEmpty() && text != paper.published && !isIsoDate(text))
        return badValue(QStringLiteral("date"), FieldText::tr("'%1' is not a date: write 2025, 2025-06 or 2025-06-13").arg(text));
    setPublished(paper, text);
    return success();
}

// The year, with the month and day the date had: "--06-13" (a date line without a year) becomes "2025-06-13".
Status setYear(Paper &paper, const QString &text)
{
    static const QRegularExpression year(QStringLiteral(R"(^\d{4}$)"));
    if (text.isEmpty()) {
        setPublished(paper, {});
        return success();
    }
    if (!year.match(text).hasMatch())
        return badValue(QStringLiteral("year"), FieldText::tr("'%1' is not a year: write four digits, such as 2025").arg(text));
    const QString sortable = PaperText::sortableDate(paper.published);
    QString rest;
    if (sortable.startsWith(u"--"))
        rest = sortable.mid(1);
    else if (sortable.size() > 4 && sortable[4] == u'-')
        rest = sortable.mid(4);
    const QString date = text + rest;
    setPublished(paper, isIsoDate(date) ? date : text); // Feb 29 of a year that has none keeps only the year
    return success();
}

Status setType(Paper &paper, const QString &text)
{
    const QString type = text.toLower();
    if (!type.isEmpty() && !EntryType::names().contains(type))
        return badValue(QStringLiteral("type"), FieldText::tr("'%1' is not a type; the types are %2")
                                                    .arg(text, EntryType::names().join(QStringLiteral(", "))));
    paper.type = type;
    return success();
}

Status setDoi(Paper &paper, const QString &text)
{
    if (text.isEmpty()) {
        paper.doi.clear();
        return success();
    }
    const QString doi = PaperText::findDoi(text);
    if (doi.isEmpty())
        return badValue(QStringLiteral("doi"), FieldText::tr("'%1' is not a DOI (10.NNNN/...)").arg(text));
    paper.doi = doi;
    return success();
}

Status setArxivId(Paper &paper, const QString &text)
{
    if (text.isEmpty()) {
        paper.arxivId.clear();
        return success();
    }
    // A bare id ("2306.01234", "2306.01234v2", "hep-th/9901001") or a link to one.
    static const QRegularExpression bare(QStringLiteral(R"(^(?:arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = bare.match(text);
    const QString id = m.hasMatch() ? m.captured(1) : PaperText::findArxivId(text);
    if (id.isEmpty())
        return badValue(QStringLiteral("arxiv"), FieldText::tr("'%1' is not an arXiv id (2306.01234)").arg(text));
    paper.arxivId = id;
    return success();
}

Status setLinks(Paper &paper, const QString &text)
{
    QList<Link> links;
    for (const QString &url : text.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts)) {
        // A link the paper has keeps its kind, and may stay whatever it is; a new one must be a web address.
        const auto kept = std::find_if(paper.links.cbegin(), paper.links.cend(),
                                       [&](const Link &link) { return link.url == url; });
        if (kept != paper.links.cend()) {
            links.append(*kept);
            continue;
        }
        if (!PaperText::isWebUrl(url))
            return badValue(QStringLiteral("links"), FieldText::tr("'%1' is not a web address (http or https)").arg(url));
        links.append({url, PaperText::linkKind(url)});
    }
    paper.links = links;
    return success();
}

Status setKey(Paper &paper, const QString &text)
{
    if (auto s = CitationKeys::checkKey(text); !s)
        return badValue(Key, s.error().message);
    paper.citationKey = text;
    return success();
}

Status setExtra(Paper &paper, const QString &name, const QString &text)
{
    if (name.isEmpty())
        return badValue(ExtraPrefix, FieldText::tr("name the extra field: extra.NAME=VALUE"));
    const auto found = std::find_if(paper.extraFields.begin(), paper.extraFields.end(),
                                    [&](const ExtraField &field) { return field.name == name; });
    if (text.isEmpty()) {
        if (found != paper.extraFields.end())
            paper.extraFields.erase(found);
    } else if (found != paper.extraFields.end()) {
        found->value = text;
    } else {
        paper.extraFields.append({name, text});
    }
    return success();
}

} // namespace

QStringList names()
{
    return {QStringLiteral("type"),    QStringLiteral("title"),     QStringLiteral("authors"),
            QStringLiteral("editors"), QStringLiteral("date"),      QStringLiteral("container"),
            QStringLiteral("volume"),  QStringLiteral("issue"),     QStringLiteral("pages"),
            QStringLiteral("publisher"), QStringLiteral("isbn"),    QStringLiteral("issn"),
            QStringLiteral("language"), QStringLiteral("doi"),      QStringLiteral("arxiv"),
            QStringLiteral("arxiv-category"), QStringLiteral("links"), QStringLiteral("abstract"), Key};
}

QString canonicalName(const QString &typed)
{
    const QString name = typed.trimmed();
    if (name.startsWith(ExtraPrefix))
        return name;
    const QString lower = name.toLower();
    if (lower == u"year" || lower == u"published")
        return QStringLiteral("date");
    if (lower == u"url" || lower == u"urls" || lower == u"link")
        return QStringLiteral("links");
    if (lower == u"citation-key" || lower == u"citationkey")
        return Key;
    if (lower == u"arxiv-id" || lower == u"eprint")
        return QStringLiteral("arxiv");
    if (lower == u"journal")
        return QStringLiteral("container");
    return names().contains(lower) ? lower : QString();
}

QString text(const Paper &paper, const QString &field)
{
    if (auto member = textMember(field))
        return paper.*member;
    if (field == u"type")
        return paper.type;
    if (field == u"authors")
        return peopleText(paper.authors);
    if (field == u"editors")
        return peopleText(paper.editors);
    if (field == u"date")
        return paper.published;
    if (field == u"doi")
        return paper.doi;
    if (field == u"arxiv")
        return paper.arxivId;
    if (field == u"links") {
        QStringList urls;
        for (const Link &link : paper.links)
            urls.append(link.url);
        return urls.join(u'\n');
    }
    if (field == Key)
        return paper.citationKey;
    if (field.startsWith(ExtraPrefix)) {
        const QString name = field.mid(ExtraPrefix.size());
        for (const ExtraField &extra : paper.extraFields)
            if (extra.name == name)
                return extra.value;
    }
    return {};
}

Status set(Paper &paper, const QString &typed, const QString &value)
{
    const QString field = canonicalName(typed);
    if (field.isEmpty())
        return Error{FieldText::tr("no field is called '%1'; the fields are %2 and extra.NAME")
                         .arg(typed, names().join(QStringLiteral(", ")))};
    // The abstract keeps its paragraphs and a title its words as typed; one-line fields lose the spaces around them.
    const QString trimmed = field == u"abstract" ? value : value.trimmed();
    if (auto member = textMember(field)) {
        if (field == u"title" && trimmed.isEmpty())
            return badValue(field, FieldText::tr("a paper needs a title"));
        paper.*member = field == u"title" ? PaperText::singleLine(trimmed) : trimmed;
        return success();
    }
    if (field == u"type")
        return setType(paper, trimmed);
    if (field == u"authors") {
        paper.authors = peopleFromText(trimmed);
        return success();
    }
    if (field == u"editors") {
        paper.editors = peopleFromText(trimmed);
        return success();
    }
    if (field == u"date")
        return typed.trimmed().toLower() == u"year" ? setYear(paper, trimmed) : setDate(paper, trimmed);
    if (field == u"doi")
        return setDoi(paper, trimmed);
    if (field == u"arxiv")
        return setArxivId(paper, trimmed);
    if (field == u"links")
        return setLinks(paper, trimmed);
    if (field == Key)
        return setKey(paper, trimmed);
    return setExtra(paper, field.mid(ExtraPrefix.size()), trimmed);
}

QStringList extraNames(const Paper &paper)
{
    QStringList result;
    for (const ExtraField &extra : paper.extraFields)
        result.append(ExtraPrefix + extra.name);
    return result;
}

QList<Person> peopleFromText(QStringView text)
{
    QList<Person> people;
    for (QStringView line : text.split(QRegularExpression(QStringLiteral("[;\\n]")))) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'{') && line.endsWith(u'}'))
            people.append(Person::literalName(line.mid(1, line.size() - 2).toString()));
        else
            people.append(Person::fromText(line));
    }
    return people;
}

QString peopleText(const QList<Person> &people)
{
    QStringList names;
    for (const Person &person : people)
        names.append(person.literal.isEmpty() ? person.familyFirst() : u'{' + person.literal + u'}');
    return names.join(QStringLiteral("; "));
}

} // namespace Lectern::PaperFieldText
