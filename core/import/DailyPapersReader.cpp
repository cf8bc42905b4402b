#include "import/DailyPapersReader.h"

#include "text/PaperText.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <deque>

namespace Lectern {

namespace {

struct Line
{
    int number; // 1-based, as an editor shows it
    QString text;
};
using Paragraph = QList<Line>;

// The context of this file's texts (a class for lupdate to see).
struct DailyPapersText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::DailyPapersReader)
};

// The page's own words above the list; skipped wherever they occur before the first title.
bool isChrome(const QString &line)
{
    static const QStringList chrome{QStringLiteral("new"), QStringLiteral("Get trending papers in your email inbox!"),
                                    QStringLiteral("Subscribe"), QStringLiteral("byAK and the research community")};
    return chrome.contains(line.trimmed(), Qt::CaseInsensitive);
}

// "Jun 13", "June 13", "Jun 13, 2025": the day the list is for.
bool isDateLine(const QString &line)
{
    return !PaperText::sortableDate(line).isEmpty() && line.trimmed().size() <= 20;
}

// A short single line that is not a sentence: another title, where an abstract was expected.
bool looksLikeTitle(const Paragraph &block)
{
    constexpr int LongestTitle = 250;
    const QString &text = block.first().text;
    return block.size() == 1 && text.size() < LongestTitle && !text.contains(QStringLiteral(". "))
        && !text.endsWith(u'.');
}

// A date line without a year ("Jun 13") is the most recent such day not after today: a list is read on its day or
// soon after, and a list from December read in January is last year's. ISO, with the line kept as the mark of a date
// inferred; a line that has a year, or is no date at all, stays as it was.
struct ListDate
{
    QString published;
    QString inferredFrom;
};

ListDate listDate(const QString &line, const QDate &today)
{
    const QString sortable = PaperText::sortableDate(line);
    if (!sortable.startsWith(u"--") || !today.isValid())
        return {line, {}};
    const int month = sortable.mid(2, 2).toInt();
    const int day = sortable.mid(5, 2).toInt();
    for (int year = today.year(); year > today.year() - 8; --year) {
        const QDate date(year, month, day); // Feb 29 is only in a leap year
        if (date.isValid() && date <= today)
            return {date.toString(Qt::ISODate), line.trimmed()};
    }
    return {line, {}};
}

Paper makePaper(const QString &title, const QString &abstract, const ListDate &date)
{
    Paper paper;
    // A title is one line of the file, but a line may hold a line or paragraph separator or a control character.
    paper.type = QStringLiteral("preprint");
    paper.title = PaperText::singleLine(title);
    paper.abstract = abstract;
    paper.published = date.published;
    if (!date.inferredFrom.isEmpty())
        paper.extraFields.append({Paper::InferredDateField, date.inferredFrom});
    paper.links = PaperText::findLinks(abstract);
    paper.arxivId = PaperText::findArxivId(abstract);
    paper.doi = PaperText::findDoi(abstract);
    return paper;
}

// Reads paragraphs as they are needed: deciding whether a block is a title or an abstract looks two ahead.
class DailyPapersReader : public PaperReader
{
public:
    DailyPapersReader(TextInput &input, Clock clock) : PaperReader(input), m_clock(std::move(clock)) {}

    Expected<std::optional<Paper>> next() override
    {
        if (!m_started)
            skipChrome();
        if (!fill(1))
            return end();
        const Line title = m_ahead.front().first();
        if (m_ahead.front().size() != 1) {
            const auto lines = m_ahead.front().size();
            m_ahead.pop_front();
            return m_input.errorAt(DailyPapersText::tr("expected a title on a line of its own, "
                                      "found %1 lines without a blank line between them").arg(lines),
                                   title.number);
        }
        // A title followed by another title (with more after it) has no abstract: it is the error, and the second
        // title starts the next record.
        if (!fill(3) && m_input.error())
            return *m_input.error();
        if (m_ahead.size() < 2 || (looksLikeTitle(m_ahead[1]) && m_ahead.size() > 2)) {
            m_ahead.pop_front();
            return m_input.errorAt(DailyPapersText::tr("the title \"%1\" has no abstract after it").arg(title.text), title.number);
        }
        QStringList abstractLines;
        for (const Line &line : m_ahead[1])
            abstractLines.append(line.text);
        m_ahead.pop_front();
        m_ahead.pop_front();
        m_found = true;
        return std::optional(makePaper(title.text, abstractLines.join(u' '), m_published));
    }

private:
    // The chrome comes first; the date line, when there is one, dates every paper below it.
    void skipChrome()
    {
        m_started = true;
        while (fill(1) && m_ahead.front().size() == 1) {
            const QString &line = m_ahead.front().first().text;
            if (isDateLine(line))
                m_published = listDate(line, (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toLocalTime().date());
            else if (!isChrome(line))
                break;
            m_ahead.pop_front();
        }
    }

    Expected<std::optional<Paper>> end()
    {
        if (m_input.error())
            return *m_input.error();
        if (!m_found)
            return m_input.errorAt(DailyPapersText::tr("no papers found: expected a title line, a blank line and an abstract"), 1);
        return std::optional<Paper>();
    }

    // True when at least count paragraphs are ahead.
    bool fill(size_t count)
    {
        while (m_ahead.size() < count) {
            Paragraph paragraph;
            while (const auto line = m_input.readLine()) {
                const QString trimmed = line->trimmed();
                if (!trimmed.isEmpty())
                    paragraph.append({m_input.lineNumber(), trimmed});
                else if (!paragraph.isEmpty())
                    break;
            }
            if (paragraph.isEmpty() || m_input.error())
                return false;
            m_ahead.push_back(std::move(paragraph));
        }
        return true;
    }

    std::deque<Paragraph> m_ahead;
    Clock m_clock;
    ListDate m_published;
    bool m_started = false;
    bool m_found = false;
};

// Any text made of paragraphs can be a list, and the reader says precisely what is wrong with it; but text that
// starts as JSON, XML or a BibTeX entry is a file of another format (one Lectern does not read, when no other
// reader took it), not a list with a strange first title.
bool recognizes(QStringView head)
{
    const QStringView text = head.trimmed();
    return !text.isEmpty() && !QStringView(u"{[<@").contains(text.front());
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    input.allowWindows1252(true);
    return std::make_unique<DailyPapersReader>(input, options.clock);
}

} // namespace

const Format &dailyPapersFormat()
{
    static const Format format{"daily", QT_TRANSLATE_NOOP("Lectern::Formats", "Daily papers list"), "*.txt",
                               recognizes, open};
    return format;
}

} // namespace Lectern
