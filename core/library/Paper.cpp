#include "library/Paper.h"

namespace Lectern {

namespace {

// BibTeX's rule for "von": a word that starts in lower case, between the given and the family names.
bool isParticle(QStringView word)
{
    return !word.isEmpty() && word.front().isLower();
}

// Written with a capital, these start a family name only before its last word ("Adrian Del Maestro", "Yann Le Cun"):
// elsewhere they are given names as often as not.
bool isCapitalisedParticle(QStringView word)
{
    static const QStringList particles{
        QStringLiteral("Da"),  QStringLiteral("Das"), QStringLiteral("De"),  QStringLiteral("Del"),
        QStringLiteral("Della"), QStringLiteral("Den"), QStringLiteral("Der"), QStringLiteral("Des"),
        QStringLiteral("Di"),  QStringLiteral("Dos"), QStringLiteral("Du"),  QStringLiteral("La"),
        QStringLiteral("Le"),  QStringLiteral("Ten"), QStringLiteral("Ter"), QStringLiteral("Van"),
        QStringLiteral("Von"),
    };
    return particles.contains(word);
}

// "R.", "D.G.", "C.-P.": letters each followed by a full stop, as indexes abbreviate given names.
bool isInitials(QStringView word)
{
    if (word.size() < 2 || !word.endsWith(u'.'))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        const bool letterThenStop = c.isUpper() && i + 1 < word.size() && word[i + 1] == u'.';
        if (!letterThenStop && c != u'.' && c != u'-')
            return false;
    }
    return true;
}

QString joined(const QList<QStringView> &words, qsizetype from, qsizetype to)
{
    QStringList parts;
    for (qsizetype i = from; i < to; ++i)
        parts.append(words[i].toString());
    return parts.join(u' ');
}

// "von Hippel" or "Hippel" (the last word stays the family name even when it starts in lower case).
void splitParticle(QStringView text, Person &person)
{
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    qsizetype particles = 0;
    while (particles + 1 < words.size() && isParticle(words[particles]))
        ++particles;
    person.particle = joined(words, 0, particles);
    person.family = joined(words, particles, words.size());
}

struct StatusName
{
    ReadingStatus status;
    const char16_t *name;
};
constexpr StatusName StatusNames[] = {
    {ReadingStatus::Inbox, u"inbox"},   {ReadingStatus::ToRead, u"to-read"}, {ReadingStatus::Reading, u"reading"},
    {ReadingStatus::Read, u"read"},     {ReadingStatus::Skipped, u"skipped"},
};
} // namespace

QString Person::displayName() const
{
    if (!literal.isEmpty())
        return literal;
    QStringList parts;
    for (const QString *part : {&given, &particle, &family})
        if (!part->isEmpty())
            parts.append(*part);
    QString name = parts.join(u' ');
    if (!suffix.isEmpty())
        name += QStringLiteral(", ") + suffix;
    return name;
}

QString Person::familyName() const
{
    if (!literal.isEmpty())
        return literal;
    return particle.isEmpty() ? family : particle + u' ' + family;
}

QString Person::familyFirst() const
{
    if (!literal.isEmpty())
        return literal;
    QString name = familyName();
    if (!suffix.isEmpty())
        name += QStringLiteral(", ") + suffix;
    if (!given.isEmpty())
        name += QStringLiteral(", ") + given;
    return name;
}

Person Person::fromText(QStringView text)
{
    const QString simplified = text.toString().simplified();
    const QList<QStringView> parts = QStringView(simplified).split(u',');
    Person person;
    if (parts.size() == 1) {
        // "Given particle Family": the given names end at the first particle, or before the last word.
        const QList<QStringView> words = parts.first().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            return person;
        // "Liu R.", "Eloubeidi M.A.": indexes such as Embase write the family name first, then initials.
        if (words.size() > 1 && isInitials(words.last()) && !isInitials(words.first())) {
            qsizetype givenStart = words.size() - 1;
            while (givenStart > 1 && isInitials(words[givenStart - 1]))
                --givenStart;
            splitParticle(QStringView(joined(words, 0, givenStart)), person);
            person.given = joined(words, givenStart, words.size());
            return person;
        }
        qsizetype familyStart = words.size() - 1;
        for (qsizetype i = 1; i + 1 < words.size(); ++i) {
            if (isParticle(words[i])) {
                familyStart = i;
                break;
            }
        }
        while (familyStart > 1 && isCapitalisedParticle(words[familyStart - 1]))
            --familyStart;
        person.given = joined(words, 0, familyStart);
        splitParticle(QStringView(joined(words, familyStart, words.size())), person);
        return person;
    }
    // "particle Family, Given" or "particle Family, Suffix, Given".
    splitParticle(parts.first().trimmed(), person);
    if (parts.size() == 2) {
        person.given = parts[1].trimmed().toString();
    } else {
        person.suffix = parts[1].trimmed().toString();
        QStringList rest;
        for (qsizetype i = 2; i < parts.size(); ++i)
            rest.append(parts[i].trimmed().toString());
        person.given = rest.join(QStringLiteral(", "));
    }
    return person;
}

QStringList displayNames(const QList<Person> &people)
{
    QStringList names;
    names.reserve(people.size());
    for (const Person &person : people)
        names.append(person.displayName());
    return names;
}

QString statusName(ReadingStatus status)
{
    for (const auto &entry : StatusNames)
        if (entry.status == status)
            return QString::fromUtf16(entry.name);
    return {};
}

std::optional<ReadingStatus> statusFromName(QStringView name)
{
    for (const auto &entry : StatusNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.status;
    return std::nullopt;
}

QList<ReadingStatus> allStatuses()
{
    QList<ReadingStatus> result;
    for (const auto &entry : StatusNames)
        result.append(entry.status);
    return result;
}

} // namespace Lectern
