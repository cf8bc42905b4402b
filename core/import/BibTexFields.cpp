#include "import/BibTexFields.h"

#include "import/BibTexNames.h"
#include "text/LatexText.h"
#include "library/EntryType.h"
#include "text/PaperText.h"

#include <QDate>
#include <QLocale>
#include <QUrl>

namespace Lectern {

namespace {

// An entry's fields, taken by name (in any case) as the paper is filled; the ones never taken are the extra fields.
class Fields
{
public:
    explicit Fields(const QList<BibTexField> &fields) : m_fields(fields), m_taken(fields.size(), false)
    {
        m_names.reserve(fields.size());
        for (const BibTexField &field : fields)
            m_names.append(field.name.toLower());
    }

    bool has(QStringView name) const { return indexOf(name) >= 0; }
    // The value as written, and the field taken; empty when the entry does not have it.
    QString take(QStringView name)
    {
        const qsizetype i = indexOf(name);
        if (i < 0)
            return {};
        m_taken[i] = true;
        return m_fields[i].value;
    }
    QString peek(QStringView name) const
    {
        const qsizetype i = indexOf(name);
        return i < 0 ? QString() : m_fields[i].value;
    }
    // The first of the names the entry has ("journaltitle" before "journal"); the others stay extra fields.
    QString takeFirst(std::initializer_list<QStringView> names)
    {
        for (QStringView name : names)
            if (has(name))
                return take(name);
        return {};
    }
    QList<ExtraField> rest() const;

private:
    qsizetype indexOf(QStringView name) const
    {
        for (qsizetype i = 0; i < m_names.size(); ++i)
            if (m_names[i] == name) // compares the sizes first, unlike QStringList::indexOf
                return i;
        return -1;
    }

    const QList<BibTexField> &m_fields;
    QStringList m_names; // in lower case
    QList<bool> m_taken;
};

// A value as written, but for its line breaks: a value spread over lines reads as one line, as BibTeX reads it.
QString joinedLines(QStringView raw)
{
    QString text;
    text.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != u'\n') {
            text += raw[i];
            continue;
        }
        while (!text.isEmpty() && (text.back() == u' ' || text.back() == u'\t'))
            text.chop(1);
        while (i + 1 < raw.size() && raw[i + 1].isSpace())
            ++i;
        text += u' ';
    }
    return text.trimmed();
}

QList<ExtraField> Fields::rest() const
{
    QList<ExtraField> extra;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (!m_taken[i])
            extra.append({m_fields[i].name, joinedLines(m_fields[i].value)});
    return extra;
}

// Text of one line: a title, a journal, a name of a month.
QString line(QStringView raw)
{
    return PaperText::singleLine(LatexText::toUnicode(raw));
}

// A field that is not TeX text (a DOI, a link, an arXiv id): braces and spaces go, and the backslashes of escapes
// that some writers still put in them ("10.1000/a\_b").
QString verbatim(QStringView raw)
{
    QString text;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        const bool escape = c == u'\\' && i + 1 < raw.size() && !raw[i + 1].isLetter();
        if (c != u'{' && c != u'}' && !c.isSpace() && !escape)
            text += c;
    }
    return text;
}

void readTitle(Fields &fields, Paper &paper)
{
    paper.title = line(fields.take(u"title"));
    const QString subtitle = line(fields.take(u"subtitle"));
    if (!subtitle.isEmpty())
        paper.title += paper.title.isEmpty() ? subtitle : QStringLiteral(": ") + subtitle;
}

// "2006", "2011-12", "2010-08-17" and the like at the start of the text, each part checked; empty when there is no
// year. A part that is no date ("2004-22", biblatex's winter) ends it.
QString isoDate(QStringView text)
{
    const auto digits = [&](qsizetype from, qsizetype count) {
        if (text.size() < from + count)
            return false;
        for (qsizetype i = from; i < from + count; ++i)
            if (!text[i].isDigit())
                return false;
        return true;
    };
    if (!digits(0, 4))
        return {};
    const int year = text.first(4).toInt();
    if (text.size() < 7 || text[4] != u'-' || !digits(5, 2))
        return text.first(4).toString();
    const int month = text.sliced(5, 2).toInt();
    if (month < 1 || month > 12)
        return text.first(4).toString();
    if (text.size() < 10 || text[7] != u'-' || !digits(8, 2) || !QDate(year, month, text.sliced(8, 2).toInt()).isValid())
        return text.first(7).toString();
    return text.first(10).toString();
}

// "8", "08", "aug", "Aug.", "August", and the first of a range ("jul--aug"); 0 when it is none of those.
int monthNumber(QStringView text)
{
    qsizetype end = 0;
    while (end < text.size() && text[end] != u'-' && text[end] != u'–' && text[end] != u'/')
        ++end;
    QStringView month = text.first(end).trimmed();
    if (month.endsWith(u'.'))
        month.chop(1);
    bool number = false;
    const int value = month.toInt(&number);
    if (number)
        return value >= 1 && value <= 12 ? value : 0;
    for (int m = 1; m <= 12 && month.size() >= 3; ++m)
        if (QLocale::c().monthName(m, QLocale::LongFormat).startsWith(month, Qt::CaseInsensitive))
            return m;
    return 0;
}

// biblatex's date: "2010-08-17", "2011-12", a range ("1988/1992") by its start, "2000~" (about) by its year.
QString biblatexDate(Fields &fields)
{
    const QString date = line(fields.peek(u"date"));
    const QString start = isoDate(QStringView(date).first(date.contains(u'/') ? date.indexOf(u'/') : date.size()));
    if (!start.isEmpty())
        fields.take(u"date");
    return start;
}

// BibTeX's year, month and day as far as they make a date; a year that is no number ("in press") is kept as written.
QString bibtexDate(Fields &fields)
{
    const QString year = line(fields.take(u"year"));
    const QString date = isoDate(year);
    const int month = monthNumber(line(fields.peek(u"month")));
    if (date.isEmpty() || month == 0)
        return date.isEmpty() ? year : date;
    fields.take(u"month");
    const QString withMonth = date + u'-' + QString::number(month).rightJustified(2, u'0');
    const QString day = line(fields.peek(u"day"));
    const QString withDay = isoDate(QString(withMonth + u'-' + day.rightJustified(2, u'0')));
    if (day.isEmpty() || withDay.size() < 10)
        return withMonth;
    fields.take(u"day");
    return withDay;
}

void readDate(Fields &fields, Paper &paper)
{
    paper.published = biblatexDate(fields);
    if (paper.published.isEmpty())
        paper.published = bibtexDate(fields);
}

// A DOI as fields give it: bare, "doi:10...", or a link to a resolver or a publisher ("https://doi.org/10...",
// "http://doi.acm.org/10..."), which is percent-encoded.
QString doiFrom(const QString &text)
{
    if (text.startsWith(u"doi:", Qt::CaseInsensitive))
        return text.sliced(4);
    if (text.startsWith(u"http://", Qt::CaseInsensitive) || text.startsWith(u"https://", Qt::CaseInsensitive)) {
        const qsizetype at = text.indexOf(u"/10.");
        if (at >= 0)
            return QUrl::fromPercentEncoding(text.sliced(at + 1).toUtf8());
    }
    return text;
}

// An arXiv id is an eprint whose archivePrefix (BibTeX) or eprinttype (biblatex) is arXiv, or one written "arXiv:...".
void readEprint(Fields &fields, Paper &paper)
{
    const QString eprint = verbatim(fields.peek(u"eprint"));
    const bool prefixed = eprint.startsWith(u"arXiv:", Qt::CaseInsensitive);
    const QString archive = verbatim(fields.peek(u"archiveprefix").isEmpty() ? fields.peek(u"eprinttype")
                                                                            : fields.peek(u"archiveprefix"));
    if (eprint.isEmpty() || (!prefixed && archive.compare(u"arxiv", Qt::CaseInsensitive) != 0))
        return;
    paper.arxivId = prefixed ? eprint.sliced(6) : eprint;
    for (QStringView name : {u"eprint", u"archiveprefix", u"eprinttype"})
        fields.take(name);
    paper.arxivCategory = verbatim(fields.takeFirst({u"primaryclass", u"eprintclass"}));
}

void readLinks(Fields &fields, Paper &paper)
{
    paper.doi = doiFrom(verbatim(fields.take(u"doi")));
    readEprint(fields, paper);
    const QString url = verbatim(fields.take(u"url"));
    if (!url.isEmpty())
        paper.links.append({url, PaperText::linkKind(url)});
}

void readPlainFields(Fields &fields, Paper &paper)
{
    paper.container = line(fields.takeFirst({u"journaltitle", u"journal", u"booktitle"}));
    paper.volume = line(fields.take(u"volume"));
    paper.issue = line(fields.takeFirst({u"number", u"issue"}));
    paper.pages = line(fields.take(u"pages"));
    paper.publisher = line(fields.take(u"publisher"));
    paper.isbn = line(fields.take(u"isbn"));
    paper.issn = line(fields.take(u"issn"));
    paper.language = line(fields.takeFirst({u"language", u"langid"}));
    paper.abstract = LatexText::toUnicode(fields.take(u"abstract"));
}

// BibTeX's note, the annote that annotated bibliographies print, and biblatex's annotation, a blank line apart.
void readNote(Fields &fields, Paper &paper)
{
    QStringList notes;
    for (QStringView name : {u"note", u"annote", u"annotation"})
        if (const QString note = LatexText::toUnicode(fields.take(name)); !note.isEmpty())
            notes.append(note);
    paper.note = notes.join(QStringLiteral("\n\n"));
}

void readTags(Fields &fields, const ImportOptions &options, Paper &paper)
{
    if (options.keywordTags) {
        const QString keywords = LatexText::toUnicode(fields.take(u"keywords")).replace(u';', u',');
        for (QStringView keyword : QStringView(keywords).split(u',')) {
            const QString tag = PaperText::singleLine(keyword);
            if (!tag.isEmpty() && !paper.tags.contains(tag))
                paper.tags.append(tag);
        }
    }
    if (options.categoryTags && !paper.arxivCategory.isEmpty())
        paper.tags.append(QStringLiteral("arxiv/") + paper.arxivCategory);
}

// JabRef's ranking ("rank1" to "rank5") and reading status ("read", "skimmed"); other values stay extra fields.
void readJabRefFields(Fields &fields, Paper &paper)
{
    const QString ranking = verbatim(fields.peek(u"ranking"));
    if (ranking.size() == 5 && ranking.startsWith(u"rank") && ranking[4] >= u'1' && ranking[4] <= u'5') {
        paper.rating = ranking[4].digitValue();
        fields.take(u"ranking");
    }
    const QString status = verbatim(fields.peek(u"readstatus"));
    if (status == u"read" || status == u"skimmed") {
        paper.status = status == u"read" ? ReadingStatus::Read : ReadingStatus::Reading;
        fields.take(u"readstatus");
    }
}

// An arXiv eprint in a @misc, @online or @article that no journal published is a preprint.
QString entryType(const QString &type, const Paper &paper, bool inJournal)
{
    const bool preprintType = type == u"misc" || type == u"online" || type == u"article";
    if (preprintType && !paper.arxivId.isEmpty() && !inJournal)
        return QStringLiteral("preprint");
    return EntryType::fromBibtex(type);
}

} // namespace

Paper paperFromEntry(const BibTexEntry &entry, const ImportOptions &options)
{
    Fields fields(entry.fields);
    Paper paper;
    paper.citationKey = entry.key;
    const bool inJournal = fields.has(u"journal") || fields.has(u"journaltitle");
    readTitle(fields, paper);
    paper.authors = BibTexNames::parse(fields.take(u"author"));
    paper.editors = BibTexNames::parse(fields.take(u"editor"));
    readDate(fields, paper);
    readLinks(fields, paper);
    readPlainFields(fields, paper);
    readNote(fields, paper);
    readTags(fields, options, paper);
    readJabRefFields(fields, paper);
    paper.type = entryType(entry.type, paper, inJournal);
    paper.extraFields = fields.rest();
    return paper;
}

} // namespace Lectern
