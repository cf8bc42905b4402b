#include "import/CslJsonReader.h"

#include "import/ImportText.h"
#include "import/JsonItemReader.h"
#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct CslJsonText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CslJsonReader)
};

bool isEmpty(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().trimmed().isEmpty())
        || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
}

// A value as an extra field keeps it: a string as it is, anything else as compact JSON.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

// 2017, "2017", "-100" (BC): the date parts are numbers or strings.
int datePart(const QJsonValue &value)
{
    return value.isString() ? value.toString().trimmed().toInt() : value.toInt();
}

struct CslDate
{
    QString published;
    bool whole = false; // published says all the date says: no range, season, circa or text left out
};

CslDate dateFromParts(const QJsonObject &date, const QJsonArray &ranges)
{
    const QJsonArray start = ranges.at(0).toArray();
    const int year = datePart(start.at(0));
    const int month = datePart(start.at(1));
    // Some writers put a season in the month (13-16, or 21-24 as EDTF does): a season is not a month.
    const bool season = month > 12 || date.contains(u"season");
    CslDate result;
    // ISO has no year before 1 that a reader would recognise; "334 BC" says what CSL's -334 means.
    result.published = year < 0 ? QString::number(-year) + QStringLiteral(" BC")
                                : ImportText::isoDate(year, season ? 0 : month, datePart(start.at(2)));
    const int partsRead = int(result.published.count(u'-')) + 1;
    result.whole = ranges.size() == 1 && !season && !date.contains(u"circa") && year > 0 && partsRead == start.size();
    return result;
}

// issued: {"date-parts": [[2018, 3, 1]]}, a range [[start], [end]], with "season" or "circa", or a "literal" or
// "raw" text instead of parts. A range gives its start.
CslDate cslDate(const QJsonValue &value)
{
    const QJsonObject date = value.toObject();
    const QJsonArray ranges = date.value(u"date-parts").toArray();
    if (!ranges.isEmpty() && datePart(ranges.at(0).toArray().at(0)) != 0)
        return dateFromParts(date, ranges);
    for (const QStringView key : {QStringView(u"literal"), QStringView(u"raw")}) {
        const QString text = date.value(key).toString().trimmed();
        if (text.isEmpty())
            continue;
        const QString iso = ImportText::dateFromText(text);
        return {iso.isEmpty() ? text : iso, iso == text && date.size() == 1};
    }
    return {};
}

QList<Person> people(const QJsonArray &names)
{
    QList<Person> result;
    for (const QJsonValue &value : names) {
        if (value.isString()) {
            result.append(Person::fromText(value.toString()));
            continue;
        }
        const QJsonObject name = value.toObject();
        if (const QString literal = name.value(u"literal").toString(); !literal.isEmpty()) {
            result.append(Person::literalName(literal));
            continue;
        }
        // CSL's order is "given dropping-particle non-dropping-particle family": "Ludwig van Beethoven".
        const QString particle = QStringList{name.value(u"dropping-particle").toString(),
                                             name.value(u"non-dropping-particle").toString()}
                                     .join(u' ')
                                     .trimmed();
        const Person person{name.value(u"family").toString().trimmed(), name.value(u"given").toString().trimmed(),
                            particle, name.value(u"suffix").toString().trimmed(), {}};
        if (!person.isEmpty())
            result.append(person);
    }
    return result;
}

// CSL keys read into a text field as they are. An array (Crossref gives "ISSN": [print, online]) fills the field
// with its first element and keeps the others as extra fields.
struct TextKey
{
    const char16_t *key;
    QString Paper::*member;
};
constexpr TextKey TextKeys[] = {
    {u"volume", &Paper::volume},     {u"issue", &Paper::issue},     {u"page", &Paper::pages},
    {u"publisher", &Paper::publisher}, {u"ISBN", &Paper::isbn},     {u"ISSN", &Paper::issn},
    {u"language", &Paper::language}, {u"note", &Paper::note},
};

// Titles may carry CSL's rich text (<i>, <sup>, <span class="nocase">) and, from Crossref, JATS; any other tag is
// text, as citeproc reads it.
QString titleText(const QString &title)
{
    return PaperText::singleLine(ImportText::textFromInlineMarkup(title));
}

class CslJsonReader : public PaperReader
{
public:
    CslJsonReader(TextInput &input, const ImportOptions &options)
        : PaperReader(input), m_items(input, JsonItemReader::Layout::Document), m_options(options)
    {
    }

    Expected<std::optional<Paper>> next() override
    {
        auto item = m_items.next();
        if (!item)
            return item.error();
        if (!*item)
            return std::optional<Paper>();
        m_line = (*item)->line;
        if (!(*item)->value.isObject())
            return m_input.errorAt(CslJsonText::tr("expected an object for item %1 of the list").arg((*item)->index),
                                   m_line, (*item)->column);
        return std::optional(paper((*item)->value.toObject()));
    }

private:
    Paper paper(const QJsonObject &item)
    {
        Paper paper;
        for (auto it = item.begin(); it != item.end(); ++it)
            if (!isEmpty(it.value()) && !read(paper, it.key(), it.value()))
                paper.extraFields.append({it.key(), textOf(it.value())});
        // CSL 1.0.2's citation-key is the key; id is often a database's (Zotero's, Crossref's), and only a key
        // when there is no citation-key.
        const QString id = isEmpty(item.value(u"id")) ? QString() : textOf(item.value(u"id"));
        const QString key = item.value(u"citation-key").toString();
        paper.citationKey = key.isEmpty() ? id : key;
        if (!key.isEmpty() && !id.isEmpty() && id != key)
            paper.extraFields.append({QStringLiteral("id"), id});
        return paper;
    }

    // Reads one key into the paper; false for what goes to the extra fields.
    bool read(Paper &paper, const QString &key, const QJsonValue &value)
    {
        if (key == u"id" || key == u"citation-key")
            return true; // after the loop: which is the key depends on both
        if (key == u"type") {
            paper.type = EntryType::fromCsl(value.toString());
            return true;
        }
        if (key == u"title" || key == u"container-title") {
            const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
            (key == u"title" ? paper.title : paper.container) = titleText(values.first().toString());
            return values.size() == 1; // Crossref's several titles are kept whole
        }
        if (key == u"author" || key == u"editor") {
            (key == u"author" ? paper.authors : paper.editors) = people(value.toArray());
            return value.isArray();
        }
        if (key == u"issued") {
            const CslDate date = cslDate(value);
            paper.published = date.published;
            return date.whole;
        }
        if (key == u"abstract") {
            paper.abstract = ImportText::textFromMarkup(value.toString());
            return true;
        }
        if (key == u"DOI") {
            paper.doi = PaperText::findDoi(value.toString());
            return !paper.doi.isEmpty();
        }
        if (key == u"URL")
            return readUrl(paper, value.toString());
        if (key == u"keyword")
            return readKeywords(paper, value);
        return readText(paper, key, value);
    }

    bool readText(Paper &paper, const QString &key, const QJsonValue &value)
    {
        for (const TextKey &text : TextKeys) {
            if (key != QStringView(text.key))
                continue;
            const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray{value};
            paper.*text.member = textOf(values.first()).trimmed();
            for (qsizetype i = 1; i < values.size(); ++i)
                paper.extraFields.append({key, textOf(values.at(i))});
            return true;
        }
        return false;
    }

    static bool readUrl(Paper &paper, const QString &url)
    {
        const QString link = url.trimmed();
        if (!PaperText::isWebUrl(link))
            return false;
        paper.links.append({link, PaperText::linkKind(link)});
        if (paper.arxivId.isEmpty())
            paper.arxivId = PaperText::findArxivId(link);
        return true;
    }

    // "deep learning, biology" (Zotero), or a list of keywords.
    bool readKeywords(Paper &paper, const QJsonValue &value)
    {
        if (!m_options.keywordTags)
            return false;
        QStringList keywords;
        if (value.isArray()) {
            for (const QJsonValue &keyword : value.toArray())
                keywords.append(textOf(keyword));
        } else {
            static const QRegularExpression separator(QStringLiteral("[,;]"));
            keywords = value.toString().split(separator, Qt::SkipEmptyParts);
        }
        for (const QString &keyword : keywords) {
            if (keyword.trimmed().isEmpty())
                continue;
            const QString tag = ImportText::keywordTag(keyword);
            if (tag.isEmpty()) {
                warn(CslJsonText::tr("the keyword \"%1\" cannot be a tag; kept as a field").arg(keyword.trimmed()), m_line);
                paper.extraFields.append({QStringLiteral("keyword"), keyword.trimmed()});
            } else if (!paper.tags.contains(tag)) {
                paper.tags.append(tag);
            }
        }
        return true;
    }

    JsonItemReader m_items;
    const ImportOptions m_options;
    int m_line = 0; // where the item being read starts
};

// "key": with its colon, so that a value that merely says "type" does not count.
bool hasKey(QStringView text, QStringView key)
{
    const QString quoted = u'"' + key.toString() + u'"';
    for (qsizetype at = text.indexOf(quoted); at >= 0; at = text.indexOf(quoted, at + 1)) {
        qsizetype after = at + quoted.size();
        while (after < text.size() && text[after].isSpace())
            ++after;
        if (after < text.size() && text[after] == u':')
            return true;
    }
    return false;
}

// The first "type" in the text is one of CSL's item types: a JSON file of another shape (a report, a settings file)
// that merely has "type" and "title" somewhere is not taken for a bibliography.
bool firstTypeIsCsl(QStringView text)
{
    static const QRegularExpression type(QStringLiteral(R"re("type"\s*:\s*"([a-z_-]+)")re"));
    static const QStringList cslTypes{
        u"article"_s, u"article-journal"_s, u"article-magazine"_s, u"article-newspaper"_s, u"bill"_s, u"book"_s,
        u"broadcast"_s, u"chapter"_s, u"classic"_s, u"collection"_s, u"dataset"_s, u"document"_s, u"entry"_s,
        u"entry-dictionary"_s, u"entry-encyclopedia"_s, u"event"_s, u"figure"_s, u"graphic"_s, u"hearing"_s,
        u"interview"_s, u"legal_case"_s, u"legislation"_s, u"manuscript"_s, u"map"_s, u"motion_picture"_s,
        u"musical_score"_s, u"pamphlet"_s, u"paper-conference"_s, u"patent"_s, u"performance"_s, u"periodical"_s,
        u"personal_communication"_s, u"post"_s, u"post-weblog"_s, u"regulation"_s, u"report"_s, u"review"_s,
        u"review-book"_s, u"software"_s, u"song"_s, u"speech"_s, u"standard"_s, u"thesis"_s, u"treaty"_s, u"webpage"_s};
    const auto match = type.matchView(text);
    return match.hasMatch() && cslTypes.contains(match.captured(1));
}

// A JSON array or object with CSL's keys; not Lectern's own JSON (its papers have "author_names" and
// "highlights"), and not the arXiv snapshot, which has no "type" (and is recognised before this).
bool recognizes(QStringView head)
{
    const QStringView text = head.trimmed();
    if (!text.startsWith(u'[') && !text.startsWith(u'{'))
        return false;
    if (!firstTypeIsCsl(text) || hasKey(text, u"author_names") || hasKey(text, u"highlights"))
        return false;
    for (const char16_t *key : {u"title", u"author", u"issued", u"container-title", u"DOI", u"id"})
        if (hasKey(text, QStringView(key)))
            return true;
    return false;
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    return std::make_unique<CslJsonReader>(input, options);
}

} // namespace

const Format &cslJsonFormat()
{
    static const Format format{"csljson", QT_TRANSLATE_NOOP("Lectern::Formats", "CSL-JSON (Zotero, pandoc, citeproc)"),
                               "*.json", recognizes, open};
    return format;
}

} // namespace Lectern
