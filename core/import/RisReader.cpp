#include "import/RisReader.h"

#include "import/ImportText.h"
#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct RisText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::RisReader)
};

struct Field
{
    QString tag; // "TY", "AU", "M3"
    QString value;
    int line = 0;
};

struct TagLine
{
    QString tag;
    QString value;
    bool oneSpace = false; // "TY - JOUR" rather than the standard "TY  - JOUR"
};

bool isTagLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// "TY  - JOUR"; "ER  -", with or without the space after the dash; and "TY - JOUR", which a few writers use.
std::optional<TagLine> tagLine(QStringView line)
{
    if (line.size() < 4 || !isTagLetter(line[0]) || !(isTagLetter(line[1]) || line[1].isDigit()) || line[2] != u' ')
        return std::nullopt;
    const bool oneSpace = line[3] == u'-';
    const qsizetype dash = oneSpace ? 3 : 4;
    if (dash >= line.size() || line[dash] != u'-' || (dash + 1 < line.size() && line[dash + 1] != u' '))
        return std::nullopt;
    return TagLine{line.first(2).toString(), line.sliced(dash + 1).trimmed().toString(), oneSpace};
}

// "nan" and "null": a value a data frame (pandas, R) lost and wrote as text, as asreview's exports have it
// ("EP  - nan", "AU  - van den Hoven, null").
bool isMissing(QStringView value)
{
    return value.isEmpty() || value == u"nan" || value == u"null";
}

// "1.", "<1>": the numbers some databases (Ovid) write above each record.
bool isCounter(QStringView line)
{
    const QStringView text = line.trimmed();
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u'<' || c == u'>';
    });
}

// Where a field of one value goes when the record has it more than once, best first: the journal's full name
// (JF, T2) before its abbreviations (JO, JA).
struct TextTarget
{
    QList<QStringView> tags;
    QString Paper::*member;
};

const QList<TextTarget> &textTargets()
{
    static const QList<TextTarget> targets{
        {{u"TI", u"T1", u"CT"}, &Paper::title},   {{u"AB", u"N2"}, &Paper::abstract},
        {{u"JF", u"T2", u"JO", u"JA"}, &Paper::container},
        {{u"VL"}, &Paper::volume},                {{u"IS"}, &Paper::issue},
        {{u"PB"}, &Paper::publisher},             {{u"LA"}, &Paper::language},
        {{u"ID"}, &Paper::citationKey},
    };
    return targets;
}

// The field each target takes its value from: the first of its best tag.
QList<qsizetype> chosenFields(const QList<Field> &fields)
{
    QList<qsizetype> chosen;
    for (const TextTarget &target : textTargets()) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const qsizetype rank = isMissing(fields[i].value) ? -1 : target.tags.indexOf(fields[i].tag);
            if (rank >= 0 && (best < 0 || rank < target.tags.indexOf(fields[best].tag)))
                best = i;
        }
        chosen.append(best);
    }
    return chosen;
}

bool isDateTag(QStringView tag)
{
    return tag == u"PY" || tag == u"Y1" || tag == u"DA";
}

// PY, Y1 and DA often say the same date, with more or less of it ("2018" and "2018/03/01/"): the fullest is the
// date, and one that says something else is kept as it is.
void readDates(Paper &paper, const QList<Field> &fields, QList<ExtraField> &unused)
{
    QString firstText;
    for (const Field &field : fields) {
        if (!isDateTag(field.tag) || isMissing(field.value))
            continue;
        if (firstText.isEmpty())
            firstText = field.value;
        if (const QString date = ImportText::dateFromText(field.value); date.size() > paper.published.size())
            paper.published = date;
    }
    for (const Field &field : fields) {
        if (!isDateTag(field.tag) || isMissing(field.value))
            continue;
        const QString date = ImportText::dateFromText(field.value);
        const bool agrees = !date.isEmpty() && paper.published.startsWith(date);
        if (!agrees && !(paper.published.isEmpty() && field.value == firstText))
            unused.append({field.tag, field.value});
    }
    // Paper::published keeps a source's own text when it is no date Lectern reads.
    if (paper.published.isEmpty())
        paper.published = firstText;
}

// "Liu, Bo", "Tingley, M.W.", "van de Schoot, Rens", "Liu R."; RIS writes a suffix last ("Smith, John, Jr."),
// where Person::fromText reads it in the middle.
Person risName(const QString &text)
{
    static const QStringList suffixes{QStringLiteral("Jr"), QStringLiteral("Jr."), QStringLiteral("Sr"),
                                      QStringLiteral("Sr."), QStringLiteral("II"), QStringLiteral("III"),
                                      QStringLiteral("IV")};
    QStringList parts = text.split(u',');
    for (QString &part : parts)
        if (isMissing(part.trimmed()))
            part.clear();
    if (parts.size() == 3 && suffixes.contains(parts[2].trimmed()))
        return Person::fromText(QString(parts[0] + u',' + parts[2] + u',' + parts[1]));
    return Person::fromText(parts.join(u','));
}

// SN holds an ISBN or an ISSN: an ISBN has 10 or 13 digits, an ISSN 8.
bool looksLikeIsbn(QStringView text)
{
    int digits = 0;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit() || c == u'X' || c == u'x')
            ++digits;
        else if (c != u'-' && c != u' ')
            break;
    }
    return digits == 10 || digits == 13;
}

// A value the paper holds once: the first fills it, another that differs is kept as an extra field.
bool fillOnce(QString &member, const QString &value)
{
    if (member.isEmpty()) {
        member = value;
        return true;
    }
    return member == value;
}

class RisReader : public PaperReader
{
public:
    RisReader(TextInput &input, const ImportOptions &options) : PaperReader(input), m_options(options) {}

    Expected<std::optional<Paper>> next() override
    {
        std::optional<Field> type = std::exchange(m_nextType, std::nullopt);
        while (!type) {
            const auto line = m_input.readLine();
            if (!line)
                return end();
            const auto tag = tagLine(*line);
            // Blank lines, counters and whatever a database writes between records are not read.
            if (!tag)
                continue;
            if (tag->tag == u"TY") {
                type = Field{tag->tag, tag->value, m_input.lineNumber()};
                m_oneSpace = tag->oneSpace;
            } else if (!m_started && !tag->oneSpace) {
                m_started = true; // reported once; what follows is skipped up to a TY
                return m_input.errorAt(RisText::tr("expected \"TY  - \" to start a record, found \"%1  - \"").arg(tag->tag));
            }
        }
        m_started = true;
        return readRecord(*type);
    }

private:
    Expected<std::optional<Paper>> end()
    {
        if (m_input.error())
            return *m_input.error();
        return std::optional<Paper>();
    }

    Expected<std::optional<Paper>> readRecord(const Field &type)
    {
        QList<Field> fields{type};
        while (const auto line = m_input.readLine()) {
            const auto tag = tagLine(*line);
            if (tag && (!tag->oneSpace || m_oneSpace)) {
                if (tag->tag == u"ER")
                    return std::optional(makePaper(fields));
                if (tag->tag == u"TY") {
                    m_nextType = Field{tag->tag, tag->value, m_input.lineNumber()};
                    m_oneSpace = tag->oneSpace;
                    return m_input.errorAt(RisText::tr("expected \"ER  - \" to end the record that starts here "
                                                       "before the next \"TY  - \" (line %1)")
                                               .arg(m_input.lineNumber()),
                                           type.line);
                }
                fields.append({tag->tag, tag->value, m_input.lineNumber()});
            } else if (const QString text = line->trimmed(); !text.isEmpty()) {
                continueField(fields, text);
            }
        }
        if (m_input.error())
            return *m_input.error();
        return m_input.errorAt(RisText::tr("expected \"ER  - \" to end the record that starts here; "
                                           "the file ends first"),
                               type.line);
    }

    // A line without a tag continues the field above it; under KW (as Rayyan writes keywords) it is another keyword.
    void continueField(QList<Field> &fields, const QString &text)
    {
        Field &last = fields.last();
        if (last.tag == u"KW" && !last.value.isEmpty())
            fields.append({last.tag, text, m_input.lineNumber()});
        else if (last.value.isEmpty())
            last.value = text;
        else
            last.value += (last.tag == u"N1" ? u'\n' : u' ') + text;
    }

    Paper makePaper(const QList<Field> &fields)
    {
        Paper paper;
        QList<ExtraField> unused;
        readDates(paper, fields, unused);
        const QList<qsizetype> chosen = chosenFields(fields);
        Pages pages;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const Field &field = fields[i];
            // readDates took the dates; a missing value says nothing.
            if (!isDateTag(field.tag) && !isMissing(field.value) && !readField(paper, fields, i, chosen, pages))
                paper.extraFields.append({field.tag, field.value});
        }
        paper.pages = pages.text();
        paper.extraFields += unused;
        return paper;
    }

    struct Pages
    {
        QString start;
        QString end;

        QString text() const
        {
            if (end.isEmpty() || start == end || start.contains(u'-'))
                return start.isEmpty() ? end : start;
            return start + u'–' + end;
        }
    };

    // Reads the field into the paper; false when it has no place there and is kept as an extra field.
    bool readField(Paper &paper, const QList<Field> &fields, qsizetype index, const QList<qsizetype> &chosen,
                   Pages &pages)
    {
        const Field &field = fields[index];
        const QString &tag = field.tag;
        if (const qsizetype target = targetOf(tag); target >= 0)
            return readText(paper, fields, index, target, chosen);
        if (tag == u"TY") {
            paper.type = EntryType::fromRis(field.value);
            return true;
        }
        if (tag == u"AU" || tag == u"A1")
            return addPerson(paper.authors, field.value);
        if (tag == u"A2" || tag == u"ED")
            return addPerson(paper.editors, field.value);
        if (tag == u"SP" || tag == u"EP")
            return fillOnce(tag == u"SP" ? pages.start : pages.end, field.value);
        if (tag == u"DO")
            return readDoi(paper, field.value);
        if (tag == u"UR" || tag == u"L1" || tag == u"L2")
            return readLinks(paper, field.value);
        if (tag == u"KW")
            return readKeywords(paper, field);
        if (tag == u"N1")
            return addNote(paper, field.value);
        if (tag == u"SN")
            return fillOnce(looksLikeIsbn(field.value) ? paper.isbn : paper.issn, field.value);
        return false;
    }

    static qsizetype targetOf(const QString &tag)
    {
        const QList<TextTarget> &targets = textTargets();
        for (qsizetype i = 0; i < targets.size(); ++i)
            if (targets[i].tags.contains(tag))
                return i;
        return -1;
    }

    static bool readText(Paper &paper, const QList<Field> &fields, qsizetype index, qsizetype target,
                         const QList<qsizetype> &chosen)
    {
        const Field &best = fields[chosen[target]];
        if (index != chosen[target])
            return fields[index].value == best.value; // the same again is nothing new
        const bool oneLine = textTargets()[target].member != &Paper::abstract;
        paper.*textTargets()[target].member = oneLine ? PaperText::singleLine(best.value) : best.value;
        return true;
    }

    static bool addPerson(QList<Person> &people, const QString &name)
    {
        const Person person = risName(name);
        if (!person.isEmpty())
            people.append(person);
        return true;
    }

    static bool readDoi(Paper &paper, const QString &value)
    {
        const QString doi = PaperText::findDoi(value);
        return !doi.isEmpty() && fillOnce(paper.doi, doi);
    }

    // Web links become links (an arXiv one also gives the paper's arXiv id); a path to a file on the writer's
    // disk ("internal-pdf://", "file:///") stays an extra field.
    static bool readLinks(Paper &paper, const QString &value)
    {
        const QList<Link> links = PaperText::findLinks(value);
        for (const Link &link : links) {
            if (!paper.links.contains(link))
                paper.links.append(link);
            if (paper.arxivId.isEmpty())
                paper.arxivId = PaperText::findArxivId(link.url);
        }
        return !links.isEmpty();
    }

    // "KW  - deep learning; biology": each keyword a tag, when the options make keywords tags.
    bool readKeywords(Paper &paper, const Field &field)
    {
        if (!m_options.keywordTags)
            return false;
        for (const QString &keyword : field.value.split(u';', Qt::SkipEmptyParts)) {
            const QString tag = ImportText::keywordTag(keyword);
            if (tag.isEmpty()) {
                warn(RisText::tr("the keyword \"%1\" cannot be a tag; kept as a field").arg(keyword.trimmed()), field.line);
                paper.extraFields.append({field.tag, keyword.trimmed()});
            } else if (!paper.tags.contains(tag)) {
                paper.tags.append(tag);
            }
        }
        return true;
    }

    // Zotero writes its notes as HTML ("<p>ASReview_relevant</p>").
    static bool addNote(Paper &paper, const QString &value)
    {
        const QString note = ImportText::isHtmlBlocks(value) ? ImportText::textFromMarkup(value) : value;
        if (!note.isEmpty())
            paper.note += (paper.note.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        return true;
    }

    const ImportOptions m_options;
    std::optional<Field> m_nextType; // a TY read where an ER was expected: it starts the next record
    bool m_oneSpace = false;         // the record's TY line had one space before its dash, and so may its other lines
    bool m_started = false;
};

// The first line that is not blank or a counter is a tag line, or a "TY  - " line starts a record further on.
bool recognizes(QStringView head)
{
    bool meaningfulSeen = false;
    for (QStringView line : head.tokenize(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const auto tag = tagLine(line);
        if (tag && !meaningfulSeen && (!tag->oneSpace || tag->tag == u"TY"))
            return true;
        if (tag && tag->tag == u"TY" && !tag->oneSpace)
            return true;
        meaningfulSeen = meaningfulSeen || !(line.trimmed().isEmpty() || isCounter(line));
    }
    return false;
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    input.allowWindows1252(true);
    return std::make_unique<RisReader>(input, options);
}

} // namespace

const Format &risFormat()
{
    static const Format format{"ris",
                               QT_TRANSLATE_NOOP("Lectern::Formats",
                                                 "RIS (EndNote, Zotero, Scopus, Web of Science, PubMed)"),
                               "*.ris *.txt", recognizes, open};
    return format;
}

} // namespace Lectern
