#include "import/BibTexNames.h"

#include "text/LatexText.h"

namespace Lectern::BibTexNames {

namespace {

using Words = QList<QStringView>;
// A name as its commas divide it: one part ("First von Last"), two ("von Last, First") or three ("von Last, Jr,
// First").
using Parts = QList<Words>;

bool isCommandLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The names of a field, each as its parts and words; "and", commas and spaces divide only outside braces.
QList<Parts> split(QStringView value)
{
    QList<Parts> names{Parts{Words{}}};
    int depth = 0;
    qsizetype wordStart = -1;
    const auto endWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        const QStringView word = value.sliced(wordStart, end - wordStart);
        wordStart = -1;
        if (word.compare(u"and", Qt::CaseInsensitive) == 0)
            names.append(Parts{Words{}});
        else
            names.last().last().append(word);
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value[i];
        if (depth == 0 && (c.isSpace() || c == u'~' || c == u',')) {
            endWord(i);
            if (c == u',')
                names.last().append(Words{});
            continue;
        }
        if (wordStart < 0)
            wordStart = i;
        if (c == u'\\')
            ++i; // \{ and \} do not count as braces
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && depth > 0)
            --depth;
    }
    endWord(value.size());
    return names;
}

// The commands for letters, whose case is the case of the letter they make.
bool isSpecialLetter(QStringView name)
{
    static const QStringView letters[] = {u"i", u"j", u"oe", u"OE", u"ae", u"AE", u"aa", u"AA",
                                          u"o", u"O", u"l", u"L", u"ss"};
    return std::find(std::begin(letters), std::end(letters), name) != std::end(letters);
}

// Whether a word belongs to "von": BibTeX looks at its first letter, where a group in braces that does not start with
// a command has no case ("{van} Gogh" keeps "van" out of von) and a letter made by a command counts as that letter
// ("{\"O}zge" and "{\c{C}}etinkaya" start in upper case).
bool startsInLowerCase(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word[i];
        if (c == u'{') {
            if (i + 1 >= word.size() || word[i + 1] != u'\\')
                i = LatexText::closingBrace(word, i);
            continue;
        }
        if (c == u'\\') {
            qsizetype end = i + 1;
            while (end < word.size() && isCommandLetter(word[end]))
                ++end;
            const QStringView name = word.sliced(i + 1, end - i - 1);
            if (isSpecialLetter(name))
                return name.front().isLower();
            i = end == i + 1 ? i + 1 : end - 1; // past the accent's symbol or the command's name
            if (i + 1 < word.size() && word[i + 1] == u'{')
                ++i; // into the accent's argument, which is not a caseless group
            continue;
        }
        if (c.isLetter())
            return c.isLower();
    }
    return false;
}

QString decoded(const Words &words, qsizetype from, qsizetype to)
{
    QString raw;
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            raw += u' ';
        raw += words[i];
    }
    return LatexText::toUnicode(raw);
}

// "First von Last": von runs from the first word in lower case to the last one before the last word.
Person firstVonLast(const Words &words)
{
    const qsizetype last = words.size() - 1;
    qsizetype vonStart = 0;
    while (vonStart < last && !startsInLowerCase(words[vonStart]))
        ++vonStart;
    qsizetype familyStart = last;
    if (vonStart < last) {
        familyStart = vonStart + 1;
        for (qsizetype i = vonStart + 1; i < last; ++i)
            if (startsInLowerCase(words[i]))
                familyStart = i + 1;
    }
    Person person;
    person.given = decoded(words, 0, vonStart);
    person.particle = decoded(words, vonStart, familyStart);
    person.family = decoded(words, familyStart, words.size());
    return person;
}

// "von Last" before a comma: von runs to the last word in lower case before the last word.
void setVonLast(const Words &words, Person &person)
{
    qsizetype familyStart = 0;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        if (startsInLowerCase(words[i]))
            familyStart = i + 1;
    person.particle = decoded(words, 0, familyStart);
    person.family = decoded(words, familyStart, words.size());
}

bool isSuffix(const Words &words)
{
    static const QStringView suffixes[] = {u"jr", u"jr.", u"sr", u"sr.", u"ii", u"iii", u"iv", u"2nd", u"3rd", u"4th"};
    return words.size() == 1 && std::any_of(std::begin(suffixes), std::end(suffixes), [&](QStringView suffix) {
               return words.front().compare(suffix, Qt::CaseInsensitive) == 0;
           });
}

bool isBraced(QStringView word)
{
    return word.startsWith(u'{') && LatexText::closingBrace(word, 0) == word.size() - 1;
}

Person person(const Parts &parts)
{
    if (parts.size() == 1 && parts.front().size() == 1) {
        const QStringView word = parts.front().front();
        if (isBraced(word))
            return Person::literalName(LatexText::toUnicode(word));
        if (word.compare(u"others", Qt::CaseInsensitive) == 0)
            return Person::literalName(QStringLiteral("others"));
    }
    if (parts.size() == 1)
        return firstVonLast(parts.front());
    Person person;
    setVonLast(parts.front(), person);
    if (parts.size() == 2) {
        person.given = decoded(parts[1], 0, parts[1].size());
        return person;
    }
    // "Sherry, John F., Jr." is a common slip for "Sherry, Jr., John F.": a known suffix last swaps them back.
    const bool swapped = isSuffix(parts[2]) && !isSuffix(parts[1]);
    const Words &suffix = swapped ? parts[2] : parts[1];
    person.suffix = decoded(suffix, 0, suffix.size());
    QStringList given;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (&parts[i] != &suffix)
            given.append(decoded(parts[i], 0, parts[i].size()));
    person.given = given.join(QStringLiteral(", "));
    return person;
}

bool isEmpty(const Parts &parts)
{
    return std::all_of(parts.begin(), parts.end(), [](const Words &words) { return words.isEmpty(); });
}

} // namespace

QList<Person> parse(QStringView value)
{
    QList<Person> people;
    for (const Parts &parts : split(value))
        if (!isEmpty(parts))
            people.append(person(parts));
    return people;
}

} // namespace Lectern::BibTexNames
