#include "query/QueryNode.h"

#include "query/Query.h"
#include "query/QueryFields.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace Lectern {

namespace {

using Field = QueryTerm::Field;

// Values that would not read back as one token are quoted.
QString quotedIfNeeded(const QString &value)
{
    const bool plain = !value.isEmpty()
        && std::none_of(value.begin(), value.end(),
                        [](QChar c) { return c.isSpace() || c == u'(' || c == u')' || c == u'"'; });
    return plain ? value : Query::quoted(value);
}

QString textValue(const QueryTerm &term)
{
    const QString star = term.prefix ? QStringLiteral("*") : QString();
    return (term.phrase ? Query::quoted(term.value) : term.value) + star;
}

QString rangeValue(const QueryTerm &term, const std::function<QString(qint64)> &print)
{
    if (term.low && term.high && *term.low == *term.high)
        return print(*term.low);
    return (term.low ? print(*term.low) : QString()) + QStringLiteral("..") + (term.high ? print(*term.high) : QString());
}

QString dayValue(qint64 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

QString numberValue(qint64 number)
{
    return QString::number(number);
}

QString joined(const std::vector<QueryNode> &children)
{
    QStringList parts;
    for (const QueryNode &child : children)
        parts.append(child.toString());
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool isTextField(Field field)
{
    return field <= Field::Note;
}

QString QueryTerm::toString() const
{
    const QString name = fieldName(field) + u':';
    switch (field) {
    case Field::Words:
    case Field::Title:
    case Field::Author:
    case Field::Abstract:
    case Field::Note:
        return name + textValue(*this);
    case Field::Rating:
    case Field::Year:
        return name + rangeValue(*this, numberValue);
    case Field::AddedOn:
        return name + rangeValue(*this, dayValue);
    case Field::AddedWithin:
        return name + u'<' + value;
    case Field::AddedBefore:
        return name + u'>' + value;
    case Field::Tag:
    case Field::Status:
    case Field::Has:
    case Field::Arxiv:
    case Field::Doi:
    case Field::List:
        break;
    }
    return name + quotedIfNeeded(value);
}

QString QueryNode::toString() const
{
    switch (kind) {
    case Kind::Term:
        return term.toString();
    case Kind::And:
        return QStringLiteral("AND(") + joined(children) + u')';
    case Kind::Or:
        return QStringLiteral("OR(") + joined(children) + u')';
    case Kind::Not:
        return QStringLiteral("NOT(") + joined(children) + u')';
    }
    return {};
}

} // namespace Lectern
