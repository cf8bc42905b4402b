#include "query/QueryFields.h"

#include "library/Paper.h"
#include "library/TagStore.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <functional>

namespace Lectern {

namespace {

using Field = QueryTerm::Field;

// The fields a user can type, in the order the "unknown field" message lists them.
constexpr Field TypedFields[] = {
    Field::Title,   Field::Author, Field::Abstract, Field::Note,  Field::Tag,
    Field::Status,  Field::Rating, Field::Year,     Field::AddedOn, Field::Has,
    Field::Arxiv,   Field::Doi,    Field::List,
};

const QStringList HasValues{QStringLiteral("note"), QStringLiteral("highlight"), QStringLiteral("link"),
                            QStringLiteral("code")};

struct Bounds
{
    std::optional<qint64> low;
    std::optional<qint64> high;
};

using PointParser = std::function<std::optional<qint64>(QStringView)>;

std::optional<Bounds> comparisonBounds(QStringView op, qint64 point)
{
    if (op == u">=")
        return Bounds{point, std::nullopt};
    if (op == u">")
        return Bounds{point + 1, std::nullopt};
    if (op == u"<=")
        return Bounds{std::nullopt, point};
    if (op == u"<")
        return Bounds{std::nullopt, point - 1};
    return Bounds{point, point};
}

// "n", "=n", ">n", ">=n", "<n", "<=n", "a..b", "a.." and "..b", each end read by point(); inclusive.
std::optional<Bounds> parseBounds(QStringView text, const PointParser &point)
{
    static const QRegularExpression comparison(QStringLiteral(R"(^(>=|<=|>|<|=)?(.+)$)"));
    if (const qsizetype dots = text.indexOf(u".."); dots >= 0) {
        const QStringView lowText = text.left(dots);
        const QStringView highText = text.mid(dots + 2);
        const auto low = lowText.isEmpty() ? std::nullopt : point(lowText);
        const auto high = highText.isEmpty() ? std::nullopt : point(highText);
        if ((!lowText.isEmpty() && !low) || (!highText.isEmpty() && !high) || (!low && !high))
            return std::nullopt;
        return Bounds{low, high};
    }
    const auto match = comparison.matchView(text);
    if (!match.hasMatch())
        return std::nullopt;
    const auto value = point(match.capturedView(2));
    if (!value)
        return std::nullopt;
    return comparisonBounds(match.capturedView(1), *value);
}

// A number of exactly `digits` digits (any count when 0) between min and max.
PointParser numberBetween(qint64 min, qint64 max, int digits = 0)
{
    return [=](QStringView text) -> std::optional<qint64> {
        const bool allDigits = std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
        if (text.isEmpty() || !allDigits || (digits > 0 && text.size() != digits))
            return std::nullopt;
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value < min || value > max)
            return std::nullopt;
        return value;
    };
}

std::optional<qint64> julianDay(QStringView text)
{
    static const QRegularExpression isoDay(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    if (!isoDay.matchView(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text.toString(), Qt::ISODate);
    return day.isValid() ? std::optional<qint64>(day.toJulianDay()) : std::nullopt;
}

// Open ends count as min and max: a range must leave at least one value in [min, max].
bool leavesSomething(const Bounds &bounds, qint64 min, qint64 max)
{
    const qint64 low = bounds.low.value_or(min);
    const qint64 high = bounds.high.value_or(max);
    return low <= high && low <= max && high >= min;
}

Expected<QueryTerm> rangeTerm(Field field, const QString &value, const PointParser &point, qint64 min,
                              qint64 max, const QString &takes)
{
    const auto bounds = parseBounds(value, point);
    if (!bounds)
        return Error{takes};
    if (!leavesSomething(*bounds, min, max))
        return Error{QCoreApplication::translate("Lectern::QueryFields", "the range '%1' is empty").arg(value)};
    return QueryTerm{field, {}, false, false, bounds->low, bounds->high};
}

Expected<QueryTerm> textTerm(Field field, const QString &value, bool quoted)
{
    const bool prefix = !quoted && value.endsWith(u'*');
    const QString text = prefix ? value.chopped(1) : value;
    if (quoted && !isSearchable(text))
        return Error{QCoreApplication::translate("Lectern::QueryFields",
                                                 "the quotes hold no letters or digits to search for")};
    if (!isSearchable(text))
        return Error{QCoreApplication::translate("Lectern::QueryFields", "'%1' has no letters or digits to search for")
                         .arg(value)};
    return QueryTerm{field, text, quoted, prefix};
}

// "<7d" and "7d": added within that age; ">30d": added before it. Units: days, weeks, months, years.
std::optional<QueryTerm> ageTerm(const QString &value)
{
    static const QRegularExpression age(QStringLiteral(R"(^(>=|<=|>|<|=)?([1-9]\d{0,3}[dwmy])$)"));
    const auto match = age.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const bool before = match.captured(1).startsWith(u'>');
    return QueryTerm{before ? Field::AddedBefore : Field::AddedWithin, match.captured(2)};
}

Expected<QueryTerm> addedTerm(const QString &value)
{
    if (auto term = ageTerm(value))
        return *term;
    const qint64 firstDay = QDate(1, 1, 1).toJulianDay();
    const qint64 lastDay = QDate(LastYear, 12, 31).toJulianDay();
    return rangeTerm(Field::AddedOn, value, julianDay, firstDay, lastDay,
                     QCoreApplication::translate("Lectern::QueryFields",
                                                 "added takes a day (2025-06-01), "
                                                 "a range of days (2025-06-01..2025-06-30), "
                                                 "a comparison (>=2025-06-01) or an age (<7d, >30d; d, w, m, y)"));
}

Expected<QueryTerm> tagTerm(const QString &value)
{
    const auto name = TagStore::normalizedName(value);
    if (!name)
        return name.error();
    return QueryTerm{Field::Tag, *name};
}

Expected<QueryTerm> statusTerm(const QString &value)
{
    const auto status = statusFromName(value);
    if (!status) {
        QStringList names;
        for (const ReadingStatus known : allStatuses())
            names.append(statusName(known));
        return Error{QCoreApplication::translate("Lectern::QueryFields", "unknown status '%1' (one of %2)")
                         .arg(value, names.join(QStringLiteral(", ")))};
    }
    return QueryTerm{Field::Status, statusName(*status)};
}

Expected<QueryTerm> hasTerm(const QString &value)
{
    const QString what = value.toLower();
    if (!HasValues.contains(what))
        return Error{QCoreApplication::translate("Lectern::QueryFields", "has takes one of %1, not '%2'")
                         .arg(HasValues.join(QStringLiteral(", ")), value)};
    return QueryTerm{Field::Has, what};
}

Expected<QueryTerm> arxivTerm(const QString &value)
{
    // findArxivId wants the id introduced as in running text; a bare "2306.01234v2" is how users type it.
    const bool isUrl = value.contains(QStringLiteral("arxiv.org/"), Qt::CaseInsensitive);
    const QString id = PaperText::findArxivId(isUrl ? value : QStringLiteral("arXiv:") + value);
    if (id.isEmpty())
        return Error{QCoreApplication::translate("Lectern::QueryFields", "'%1' is not an arXiv id (like 2306.01234)")
                         .arg(value)};
    return QueryTerm{Field::Arxiv, id};
}

Expected<QueryTerm> doiTerm(const QString &value)
{
    const QString doi = PaperText::findDoi(value);
    if (doi.isEmpty())
        return Error{QCoreApplication::translate("Lectern::QueryFields", "'%1' is not a DOI (like 10.1234/abc)")
                         .arg(value)};
    return QueryTerm{Field::Doi, doi};
}

} // namespace

QString fieldName(Field field)
{
    switch (field) {
    case Field::Words:
        return QStringLiteral("word");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Author:
        return QStringLiteral("author");
    case Field::Abstract:
        return QStringLiteral("abstract");
    case Field::Note:
        return QStringLiteral("note");
    case Field::Tag:
        return QStringLiteral("tag");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Rating:
        return QStringLiteral("rating");
    case Field::Year:
        return QStringLiteral("year");
    case Field::AddedOn:
    case Field::AddedWithin:
    case Field::AddedBefore:
        return QStringLiteral("added");
    case Field::Has:
        return QStringLiteral("has");
    case Field::Arxiv:
        return QStringLiteral("arxiv");
    case Field::Doi:
        return QStringLiteral("doi");
    case Field::List:
        return QStringLiteral("list");
    }
    return {};
}

std::optional<Field> fieldNamed(QStringView name)
{
    for (const Field field : TypedFields)
        if (name.compare(fieldName(field), Qt::CaseInsensitive) == 0)
            return field;
    return std::nullopt;
}

QStringList typedFieldNames()
{
    QStringList names;
    for (const Field field : TypedFields)
        names.append(fieldName(field));
    return names;
}

bool isSearchable(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

Expected<QueryTerm> fieldTerm(Field field, const QString &value, bool quoted)
{
    if (isTextField(field))
        return textTerm(field, value, quoted);
    switch (field) {
    case Field::Rating:
        return rangeTerm(field, value, numberBetween(0, HighestRating), 0, HighestRating,
                         QCoreApplication::translate("Lectern::QueryFields",
                                                     "rating takes a number from 0 to 5, "
                                                     "a comparison (>=4) or a range (3..5)"));
    case Field::Year:
        return rangeTerm(field, value, numberBetween(0, LastYear, 4), 0, LastYear,
                         QCoreApplication::translate("Lectern::QueryFields",
                                                     "year takes a year (2023), "
                                                     "a comparison (>=2020) or a range (2019..2021)"));
    case Field::AddedOn:
    case Field::AddedWithin:
    case Field::AddedBefore:
        return addedTerm(value);
    case Field::Status:
        return statusTerm(value);
    case Field::Has:
        return hasTerm(value);
    case Field::Arxiv:
        return arxivTerm(value);
    case Field::Doi:
        return doiTerm(value);
    case Field::Tag:
        return tagTerm(value);
    default:
        return QueryTerm{field, value}; // List: any name
    }
}

} // namespace Lectern
