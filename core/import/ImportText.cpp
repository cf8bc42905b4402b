#include "import/ImportText.h"

#include "export/ExportText.h"
#include "library/TagStore.h"
#include "text/PaperText.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Lectern::ImportText {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct ImportTextText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::ImportText)
};

QString twoDigits(int number)
{
    return QString::number(number).rightJustified(2, u'0');
}

struct Accent
{
    char16_t command;
    char16_t mark; // the combining character
};
// \"o: the accent is one character and takes its letter directly.
constexpr Accent SymbolAccents[] = {{u'`', 0x300}, {u'\'', 0x301}, {u'^', 0x302}, {u'~', 0x303},
                                    {u'=', 0x304}, {u'.', 0x307}, {u'"', 0x308}};
// \v{s} or \v s: the accent is a letter and needs braces or a space, or it is the start of another command.
constexpr Accent LetterAccents[] = {{u'u', 0x306}, {u'r', 0x30a}, {u'H', 0x30b}, {u'v', 0x30c},
                                    {u'd', 0x323}, {u'c', 0x327}, {u'k', 0x328}, {u'b', 0x331}};

struct SpecialLetter
{
    const char16_t *command;
    const char16_t *letter;
};
constexpr SpecialLetter SpecialLetters[] = {
    {u"o", u"ø"},  {u"O", u"Ø"},  {u"l", u"ł"},  {u"L", u"Ł"},  {u"ss", u"ß"}, {u"ae", u"æ"}, {u"AE", u"Æ"},
    {u"oe", u"œ"}, {u"OE", u"Œ"}, {u"aa", u"å"}, {u"AA", u"Å"}, {u"i", u"ı"},  {u"j", u"ȷ"},
};

template<size_t N>
char16_t markOf(const Accent (&accents)[N], QChar command)
{
    for (const Accent &accent : accents)
        if (command == accent.command)
            return accent.mark;
    return 0;
}

struct Decoded
{
    QString text;
    qsizetype end; // just after what was decoded
};

Decoded compose(QStringView letter, char16_t mark, qsizetype end)
{
    // TeX puts accents on a dotless i (\'\i); Unicode composes them with a plain one.
    const QString base = letter == u"ı" || letter == u"\\i" ? QStringLiteral("i") : letter.toString();
    const QString combined = base + QChar(mark);
    return {combined.normalized(QString::NormalizationForm_C), end};
}

// The letter an accent at text[from] applies to: "{e}", "{\i}", and "e" or "\i" (after a space, for letter accents).
std::optional<Decoded> accented(QStringView text, qsizetype from, char16_t mark, bool needsSpace)
{
    const QStringView rest = text.sliced(from);
    if (rest.startsWith(u'{')) {
        if (rest.size() >= 3 && rest[1].isLetter() && rest[2] == u'}')
            return compose(rest.sliced(1, 1), mark, from + 3);
        if (rest.startsWith(u"{\\i}"))
            return compose(u"\\i", mark, from + 4);
        return std::nullopt;
    }
    qsizetype at = 0;
    if (needsSpace) {
        if (!rest.startsWith(u' '))
            return std::nullopt;
        at = 1;
    }
    if (at < rest.size() && rest[at].isLetter())
        return compose(rest.sliced(at, 1), mark, from + at + 1);
    if (rest.sliced(at).startsWith(u"\\i") && (at + 2 == rest.size() || !rest[at + 2].isLetter()))
        return compose(u"\\i", mark, from + at + 2);
    return std::nullopt;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// What the command starting with the backslash at text[at] stands for, when it is an accent or a special letter.
std::optional<Decoded> decodeCommand(QStringView text, qsizetype at)
{
    if (at + 1 >= text.size())
        return std::nullopt;
    const QChar first = text[at + 1];
    if (const char16_t mark = markOf(SymbolAccents, first))
        return accented(text, at + 2, mark, false);
    qsizetype end = at + 1;
    while (end < text.size() && isAsciiLetter(text[end]))
        ++end;
    const QStringView name = text.sliced(at + 1, end - at - 1);
    if (name.size() == 1)
        if (const char16_t mark = markOf(LetterAccents, first))
            if (auto letter = accented(text, end, mark, true))
                return letter;
    for (const SpecialLetter &special : SpecialLetters) {
        if (name == QStringView(special.command)) {
            // TeX takes the space after a command word as its end ("Bj\o rn").
            return Decoded{QString::fromUtf16(special.letter), end < text.size() && text[end] == u' ' ? end + 1 : end};
        }
    }
    return std::nullopt;
}

struct Tag
{
    QString name; // lower case, without a namespace ("jats:p" is "p"); empty for a comment
    bool namespaced;
    bool breaksParagraph;
    qsizetype end;
};

// The tag (or comment) starting with the "<" at markup[at], if it is one.
std::optional<Tag> readTag(QStringView markup, qsizetype at)
{
    if (markup.sliced(at).startsWith(u"<!--")) {
        const qsizetype close = markup.indexOf(u"-->", at);
        return Tag{{}, false, false, close < 0 ? markup.size() : close + 3};
    }
    qsizetype start = at + 1;
    if (start < markup.size() && markup[start] == u'/')
        ++start;
    if (start >= markup.size() || !isAsciiLetter(markup[start]))
        return std::nullopt;
    const qsizetype close = markup.indexOf(u'>', start);
    if (close < 0)
        return std::nullopt;
    qsizetype nameEnd = start;
    while (nameEnd < close && (markup[nameEnd].isLetterOrNumber() || markup[nameEnd] == u':' || markup[nameEnd] == u'-'))
        ++nameEnd;
    QStringView name = markup.sliced(start, nameEnd - start);
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon >= 0)
        name = name.sliced(colon + 1); // "jats:p" is a "p"
    static const QStringList blocks{QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("br"),
                                    QStringLiteral("title"), QStringLiteral("sec"), QStringLiteral("section"),
                                    QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"),
                                    QStringLiteral("list"), QStringLiteral("list-item"), QStringLiteral("table"),
                                    QStringLiteral("tr"), QStringLiteral("blockquote"), QStringLiteral("h1"),
                                    QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4")};
    return Tag{name.toString().toLower(), colon >= 0, blocks.contains(name, Qt::CaseInsensitive), close + 1};
}

// The tags that only style a title's words: CSL's rich text (<i>, <b>, <sup>, <sub>, <span class="nocase">,
// <span style="font-variant:small-caps;">), what Crossref and publishers add (<em>, <scp>, <sc>), and any tag of a
// namespace (<jats:italic>, <mml:math>).
bool isInlineStyle(const Tag &tag)
{
    static const QStringList styles{QStringLiteral("i"),  QStringLiteral("b"),      QStringLiteral("em"),
                                    QStringLiteral("strong"), QStringLiteral("sup"), QStringLiteral("sub"),
                                    QStringLiteral("span"), QStringLiteral("sc"),   QStringLiteral("scp"),
                                    QStringLiteral("u"),  QStringLiteral("tt"),     QStringLiteral("small")};
    return tag.namespaced || styles.contains(tag.name);
}

// The character an entity starting with the "&" at markup[at] stands for ("&amp;", "&#8217;", "&#x2019;").
std::optional<Decoded> readEntity(QStringView markup, qsizetype at)
{
    constexpr qsizetype LongestEntity = 10;
    const qsizetype semicolon = markup.indexOf(u';', at);
    if (semicolon < 0 || semicolon - at > LongestEntity)
        return std::nullopt;
    const QStringView name = markup.sliced(at + 1, semicolon - at - 1);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.startsWith(u"#x", Qt::CaseInsensitive) ? name.sliced(2).toUInt(&ok, 16)
                                                                       : name.sliced(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10ffff)
            return std::nullopt;
        const char32_t character = code;
        return Decoded{QString::fromUcs4(&character, 1), semicolon + 1};
    }
    static const QList<std::pair<QStringView, QStringView>> named{
        {u"amp", u"&"}, {u"lt", u"<"}, {u"gt", u">"}, {u"quot", u"\""}, {u"apos", u"'"}, {u"nbsp", u"\u00a0"}};
    for (const auto &[entity, text] : named)
        if (name == entity)
            return Decoded{text.toString(), semicolon + 1};
    return std::nullopt;
}

} // namespace

QString isoDate(int year, int month, int day)
{
    if (year < 1 || year > 9999)
        return {};
    QString text = QString::number(year).rightJustified(4, u'0');
    if (month < 1 || month > 12)
        return text;
    text += u'-' + twoDigits(month);
    if (day < 1 || !QDate(year, month, day).isValid())
        return text;
    return text + u'-' + twoDigits(day);
}

QString dateFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const QStringView year = trimmed.first(qMin<qsizetype>(4, trimmed.size()));
    bool yearRead = false;
    const int yearNumber = year.size() == 4 ? year.toInt(&yearRead) : 0;
    if (trimmed.contains(u'/')) {
        // RIS: "year/month/day/other", each part optional but the year.
        const QList<QStringView> parts = trimmed.split(u'/');
        if (!yearRead || parts.first().size() != 4)
            return {};
        return isoDate(yearNumber, parts.value(1).toInt(), parts.value(2).toInt());
    }
    if (const QString sortable = PaperText::sortableDate(trimmed); !sortable.isEmpty() && !sortable.startsWith(u'-'))
        return sortable;
    if (yearRead && (trimmed.size() == 4 || !trimmed[4].isDigit()))
        return isoDate(yearNumber);
    return {};
}

QString keywordTag(const QString &keyword)
{
    const auto tag = TagStore::newName(keyword);
    return tag ? *tag : QString();
}

QString decodeTexAccents(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString decoded;
    decoded.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        // "{\"o}": the braces only held the accent together.
        if (c == u'{' && i + 1 < text.size() && text[i + 1] == u'\\') {
            const auto letter = decodeCommand(text, i + 1);
            if (letter && letter->end < text.size() && text[letter->end] == u'}') {
                decoded += letter->text;
                i = letter->end + 1;
                continue;
            }
        }
        if (c == u'\\') {
            if (const auto letter = decodeCommand(text, i)) {
                decoded += letter->text;
                i = letter->end;
                continue;
            }
            // "\\" is a backslash of its own, not the start of "\"o" that follows it.
            decoded += text.sliced(i, qMin<qsizetype>(2, text.size() - i));
            i += 2;
            continue;
        }
        decoded += c;
        ++i;
    }
    return decoded;
}

namespace {

// The markup's text with its entities decoded. Each tag goes to dropTag(tag, textSoFar), which says whether it is
// markup to leave out (true) or text to keep as written (false).
template<typename DropTag>
QString decodedText(QStringView markup, DropTag dropTag)
{
    QString text;
    text.reserve(markup.size());
    for (qsizetype i = 0; i < markup.size();) {
        const QChar c = markup[i];
        if (c == u'<') {
            if (const auto tag = readTag(markup, i); tag && dropTag(*tag, text)) {
                i = tag->end;
                continue;
            }
        } else if (c == u'&') {
            if (const auto entity = readEntity(markup, i)) {
                text += entity->text;
                i = entity->end;
                continue;
            }
        }
        text += c;
        ++i;
    }
    return text;
}

} // namespace

QString textFromMarkup(QStringView markup)
{
    QStringList paragraphs;
    const QString last = decodedText(markup, [&](const Tag &tag, QString &text) {
        if (tag.breaksParagraph) {
            paragraphs += ExportText::paragraphs(text);
            text.clear();
        }
        return true;
    });
    paragraphs += ExportText::paragraphs(last);
    if (!paragraphs.isEmpty() && paragraphs.first().compare(u"Abstract", Qt::CaseInsensitive) == 0)
        paragraphs.removeFirst();
    return paragraphs.join(QStringLiteral("\n\n"));
}

QString textFromInlineMarkup(QStringView markup)
{
    return decodedText(markup, [](const Tag &tag, const QString &) { return isInlineStyle(tag); });
}

bool isHtmlBlocks(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'<') || !trimmed.endsWith(u'>'))
        return false;
    const auto first = readTag(trimmed, 0);
    const qsizetype lastOpen = trimmed.lastIndexOf(u"</");
    const auto last = lastOpen > 0 ? readTag(trimmed, lastOpen) : std::nullopt;
    return first && first->breaksParagraph && last && last->breaksParagraph && last->end == trimmed.size();
}

Error jsonError(const TextInput &input, QByteArrayView json, const QJsonParseError &error, int firstLine,
                int firstColumn)
{
    // A text cut short fails at its very end: the place to show is the last thing written, not the blank after it.
    qsizetype end = json.size();
    while (end > 0 && QChar::isSpace(uchar(json[end - 1])))
        --end;
    const QByteArrayView before = json.first(qBound(qsizetype(0), qsizetype(error.offset), end));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = firstLine + int(before.count('\n'));
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + (lineStart == 0 ? firstColumn : 1);
    return input.errorAt(ImportTextText::tr("expected well-formed JSON: %1").arg(error.errorString()), line, column);
}

} // namespace Lectern::ImportText
