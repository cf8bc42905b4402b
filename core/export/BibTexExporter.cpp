#include "export/BibTexExporter.h"

#include "export/ExportText.h"
#include "library/EntryType.h"
#include "text/LatexText.h"

#include <QRegularExpression>

#include <algorithm>

namespace Lectern {

namespace {

// URLs and DOIs are read verbatim by biblatex and the url package, so a TeX escape would end up in
// the link; the few characters that would unbalance the field are percent-encoded instead.
QString verbatim(QString url)
{
    return url.replace(u'\\', QStringLiteral("%5C")).replace(u'{', QStringLiteral("%7B")).replace(u'}', QStringLiteral("%7D"));
}

// Which of the text's braces have a partner: BibTeX counts every brace, escaped or not, to find where a value
// ends, so only a brace with its partner may be written as \{ or \}.
QList<bool> pairedBraces(const QString &text)
{
    QList<bool> paired(text.size(), false);
    QList<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'{') {
            open.append(i);
        } else if (text[i] == u'}' && !open.isEmpty()) {
            paired[open.takeLast()] = true;
            paired[i] = true;
        }
    }
    return paired;
}

// Appends the character, or what stands for it in TeX when it is special there. A brace without a partner is
// written as \textbraceleft{} or \textbraceright{}, which hold no brace BibTeX would count (pandoc drops them;
// LaTeX, biber and BibTeX print the brace). Pairs of TeX ligatures are split with {} so that they print as typed:
// -- would print as a dash, '' and `` as quotation marks, !` and ?` as inverted marks. < and > print as other
// glyphs in LaTeX's default font encoding; | does too, but pandoc drops \textbar, and with T1 or a Unicode engine,
// as biblatex documents have, | prints as itself.
void appendEscaped(QString &out, QStringView text, qsizetype i, const QList<bool> &paired)
{
    const QChar c = text[i];
    const QChar next = i + 1 < text.size() ? text[i + 1] : QChar();
    switch (c.unicode()) {
    case u'\\': out += QStringLiteral("\\textbackslash{}"); return;
    case u'~': out += QStringLiteral("\\textasciitilde{}"); return;
    case u'^': out += QStringLiteral("\\textasciicircum{}"); return;
    case u'<': out += QStringLiteral("\\textless{}"); return;
    case u'>': out += QStringLiteral("\\textgreater{}"); return;
    case u'{': out += paired[i] ? QStringLiteral("\\{") : QStringLiteral("\\textbraceleft{}"); return;
    case u'}': out += paired[i] ? QStringLiteral("\\}") : QStringLiteral("\\textbraceright{}"); return;
    case u'%': case u'&': case u'$': case u'#': case u'_': out += u'\\'; out += c; return;
    case u'-': out += c; if (next == u'-') out += QStringLiteral("{}"); return;
    case u'\'': out += c; if (next == u'\'') out += QStringLiteral("{}"); return;
    case u'`': out += c; if (next == u'`') out += QStringLiteral("{}"); return;
    case u'!': case u'?': out += c; if (next == u'`') out += QStringLiteral("{}"); return;
    default: out += c; return;
    }
}

// True when appendEscaped() would change the character or the one before it.
bool isSpecialInTex(QChar c)
{
    return QStringView(u"\\~^<>{}%&$#_-'`").contains(c);
}

// As BibTeX counts them, escaped or not: the value would end early, or run on into the next field.
bool bracesBalance(QStringView value)
{
    int depth = 0;
    for (const QChar c : value) {
        depth += c == u'{' ? 1 : c == u'}' ? -1 : 0;
        if (depth < 0)
            return false;
    }
    return depth == 0;
}

bool hasCapital(QStringView word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
}

struct Entry
{
    QString type;
    QString key;
    QList<std::pair<QString, QString>> fields; // name, value as written between the braces

    void add(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            fields.append({name, value});
    }
    bool has(QStringView name) const
    {
        return std::any_of(fields.cbegin(), fields.cend(),
                           [&](const auto &field) { return name.compare(field.first, Qt::CaseInsensitive) == 0; });
    }
    QString text() const
    {
        QString result = u'@' + type + u'{' + key + QStringLiteral(",\n");
        for (const auto &[name, value] : fields) {
            // Month names are BibTeX's predefined macros (jun), which every style turns into its own words.
            const bool macro = name == u"month";
            result += QStringLiteral("  ") + name + QStringLiteral(" = ") + (macro ? value : u'{' + value + u'}')
                + QStringLiteral(",\n");
        }
        return result + QStringLiteral("}\n");
    }
};

class EntryWriter
{
public:
    EntryWriter(const Paper &paper, const QString &key, const ExportOptions &options)
        : m_paper(paper), m_options(options), m_entry{bibtexType(paper), key, {}}
    {
    }

    Entry write()
    {
        m_entry.add(QStringLiteral("author"), people(m_paper.authors));
        m_entry.add(QStringLiteral("editor"), people(m_paper.editors));
        m_entry.add(QStringLiteral("title"), BibTexExporter::titleText(m_paper.title.simplified(), m_options));
        m_entry.add(containerField(), text(m_paper.container.simplified()));
        writeDate();
        m_entry.add(QStringLiteral("volume"), text(m_paper.volume));
        m_entry.add(QStringLiteral("number"), text(m_paper.issue));
        m_entry.add(QStringLiteral("pages"), pages(m_paper.pages));
        m_entry.add(publisherField(), text(m_paper.publisher));
        m_entry.add(QStringLiteral("isbn"), text(m_paper.isbn));
        m_entry.add(QStringLiteral("issn"), text(m_paper.issn));
        m_entry.add(QStringLiteral("language"), text(m_paper.language));
        m_entry.add(QStringLiteral("doi"), verbatim(m_paper.doi));
        if (!m_paper.arxivId.isEmpty()) {
            m_entry.add(QStringLiteral("eprint"), verbatim(m_paper.arxivId));
            m_entry.add(QStringLiteral("archivePrefix"), QStringLiteral("arXiv"));
            m_entry.add(QStringLiteral("primaryClass"), verbatim(m_paper.arxivCategory));
        }
        m_entry.add(QStringLiteral("url"), verbatim(ExportText::paperUrl(m_paper)));
        m_entry.add(QStringLiteral("abstract"), text(ExportText::paragraphs(m_paper.abstract).join(u' ')));
        if (m_options.tags)
            m_entry.add(QStringLiteral("keywords"), text(m_paper.tags.join(QStringLiteral(", "))));
        if (m_options.notes)
            m_entry.add(QStringLiteral("annote"), text(ExportText::paragraphs(m_paper.note).join(u' ')));
        writeExtraFields();
        return m_entry;
    }

private:
    // BibTeX's @article requires a journal; without one (a paper known only by its DOI) the styles warn and print a
    // bare title, so it is a @misc, which needs nothing.
    static QString bibtexType(const Paper &paper)
    {
        const QString type = EntryType::toBibtex(ExportText::entryType(paper));
        return type == u"article" && paper.container.trimmed().isEmpty() ? QStringLiteral("misc") : type;
    }

    QString text(const QString &value) const { return BibTexExporter::escaped(value, m_options); }

    // "Family, Given and ...", with particles and suffixes where BibTeX looks for them ("von Hippel, Eric",
    // "Sherry, Jr., John F."). An organisation is braced whole, so that BibTeX takes it as one family name and
    // an "and" inside it for itself.
    QString people(const QList<Person> &list) const
    {
        static const QRegularExpression andWord(QStringLiteral("\\band\\b"), QRegularExpression::CaseInsensitiveOption);
        QStringList names;
        for (const Person &person : list) {
            if (!person.literal.isEmpty()) {
                names.append(u'{' + text(person.literal.simplified()) + u'}');
                continue;
            }
            QStringList parts;
            for (const QString &part : {person.familyName(), person.suffix, person.given}) {
                const QString simplified = part.simplified();
                if (simplified.isEmpty())
                    continue;
                // A part holding "and" or a comma would split the list or the name: braced, BibTeX keeps it whole.
                const bool brace = andWord.match(simplified).hasMatch() || simplified.contains(u',');
                parts.append(brace ? u'{' + text(simplified) + u'}' : text(simplified));
            }
            if (!parts.isEmpty())
                names.append(parts.join(QStringLiteral(", ")));
        }
        return names.join(QStringLiteral(" and "));
    }

    QString containerField() const
    {
        if (m_entry.type == u"article")
            return QStringLiteral("journal");
        if (m_entry.type.startsWith(u"in")) // inproceedings, incollection, inbook
            return QStringLiteral("booktitle");
        return QStringLiteral("howpublished");
    }

    QString publisherField() const
    {
        if (m_entry.type.endsWith(u"thesis"))
            return QStringLiteral("school");
        if (m_entry.type == u"techreport")
            return QStringLiteral("institution");
        return QStringLiteral("publisher");
    }

    void writeDate()
    {
        static const QStringList months = QStringLiteral("jan feb mar apr may jun jul aug sep oct nov dec").split(u' ');
        const QList<int> parts = ExportText::dateParts(m_paper);
        if (parts.isEmpty())
            return;
        m_entry.add(QStringLiteral("year"), QString::number(parts[0]));
        if (parts.size() > 1 && parts[1] >= 1 && parts[1] <= 12)
            m_entry.add(QStringLiteral("month"), months[parts[1] - 1]);
    }

    // "12-34" as BibTeX writes a range, "12--34": a dash meant as a dash, not split as it is in text.
    QString pages(const QString &value) const
    {
        const ExportText::PageRange range = ExportText::pageRange(value);
        return range.last.isEmpty() ? text(range.first) : text(range.first) + QStringLiteral("--") + text(range.last);
    }

    // The fields of the source file Lectern has no place for, written back as they were when they are BibTeX's
    // own (a lower-case name, braces that balance), and as text otherwise. Other formats' fields (RIS "M3") have
    // names BibTeX has no use for, and stay out.
    void writeExtraFields()
    {
        static const QRegularExpression bibtexName(QStringLiteral("^[a-z][a-z0-9_.:+-]*$"));
        for (const ExtraField &field : m_paper.extraFields) {
            if (!bibtexName.match(field.name).hasMatch() || m_entry.has(field.name))
                continue;
            m_entry.add(field.name, bracesBalance(field.value) ? field.value.simplified() : text(field.value));
        }
    }

    const Paper &m_paper;
    const ExportOptions &m_options;
    Entry m_entry;
};

} // namespace

ExportOptions BibTexExporter::supportedFields() const
{
    ExportOptions supported;
    supported.tags = true;
    supported.notes = true;
    return supported;
}

QString BibTexExporter::escaped(const QString &text, const ExportOptions &options)
{
    // Most values have nothing to escape: they are written as they are, without a copy (a whole library's export
    // escapes millions of them).
    if (std::none_of(text.cbegin(), text.cend(), isSpecialInTex))
        return options.latexAscii ? LatexText::fromUnicode(text) : text;
    const QList<bool> paired = pairedBraces(text);
    QString result;
    result.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i)
        appendEscaped(result, text, i, paired);
    return options.latexAscii ? LatexText::fromUnicode(result) : result;
}

QString BibTexExporter::titleText(const QString &title, const ExportOptions &options)
{
    // Styles and pandoc lower-case titles ("Asid: Active exploration of pdes"): every word with a capital is
    // braced, which keeps it as written and leaves the rest to the style.
    // pandoc also capitalises the first word and the word after a colon ("a micro lie theory" gives "A micro",
    // "learning: variational" "Variational"), so those are braced too.
    QStringList words = escaped(title, options).split(u' ');
    bool startsSentence = true;
    for (QString &word : words) {
        const bool brace = !word.isEmpty() && (hasCapital(word) || startsSentence);
        startsSentence = word.endsWith(u':');
        if (!brace)
            continue;
        qsizetype end = word.size(); // "{Cat}:" rather than "{Cat:}"
        while (end > 1 && QStringView(u".,:;!?").contains(word[end - 1]))
            --end;
        word = u'{' + word.left(end) + u'}' + word.mid(end);
    }
    return words.join(u' ');
}

ExportFrame BibTexExporter::frame(const ExportOptions &, qsizetype) const
{
    return {{}, QStringLiteral("\n"), {}};
}

QString BibTexExporter::entry(const Paper &paper, const QString &key, const ExportOptions &options) const
{
    return EntryWriter(paper, key, options).write().text();
}

} // namespace Lectern
