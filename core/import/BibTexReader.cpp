#include "import/BibTexReader.h"

#include "import/BibTexFields.h"
#include "import/BibTexParser.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern {

namespace {

// The context of this file's texts (a class for lupdate to see).
struct BibTexReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::BibTexReader)
};

// Fields a child does not take from the entry it names: biblatex's own list, and what identifies or describes the
// parent alone (its DOI would make every chapter a duplicate of the book; its abstract and notes are not the chapter's).
bool isInherited(QStringView name)
{
    static const QStringView personal[] = {
        u"ids", u"crossref", u"xref", u"xdata", u"entryset", u"entrysubtype", u"execute", u"label", u"options",
        u"presort", u"related", u"relatedoptions", u"relatedstring", u"relatedtype", u"shorthand", u"shorthandintro",
        u"sortkey", u"sorttitle", u"shorttitle", u"indextitle", u"indexsorttitle", u"doi", u"eprint", u"eprinttype",
        u"archiveprefix", u"primaryclass", u"eprintclass", u"url", u"urldate", u"abstract", u"note", u"annote",
        u"annotation", u"keywords", u"file", u"groups", u"owner", u"timestamp", u"ranking", u"readstatus",
        u"priority", u"qualityassured", u"relevance", u"printed",
    };
    return std::find(std::begin(personal), std::end(personal), name) == std::end(personal);
}

// A book's title is its chapter's booktitle.
QString nameInChild(const QString &name)
{
    if (name == u"title" || name == u"subtitle" || name == u"titleaddon")
        return u"book" + name;
    return name;
}

bool hasField(const BibTexEntry &entry, QStringView name)
{
    return std::any_of(entry.fields.cbegin(), entry.fields.cend(),
                       [&](const BibTexField &field) { return field.name.compare(name, Qt::CaseInsensitive) == 0; });
}

QString fieldValue(const BibTexEntry &entry, QStringView name)
{
    for (const BibTexField &field : entry.fields)
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return field.value.trimmed();
    return {};
}

// The entries others take fields from: biblatex's @xdata, and the books, collections and proceedings that a crossref
// names. Only those are kept, not every entry, so that a large file is not held in memory for the few that are named.
// Entries stream, so a parent must come before its children (as BibTeX itself wants).
class Parents
{
public:
    void remember(const BibTexEntry &entry)
    {
        static const QStringView parentTypes[] = {u"xdata", u"book", u"mvbook", u"collection", u"mvcollection",
                                                  u"proceedings", u"mvproceedings", u"reference", u"mvreference",
                                                  u"periodical"};
        if (std::find(std::begin(parentTypes), std::end(parentTypes), entry.type) != std::end(parentTypes))
            m_entries.insert(entry.key.toLower(), entry);
    }

    // Adds what the entry's crossref and xdata give it; returns the keys it could not find.
    QStringList inherit(BibTexEntry &entry) const
    {
        QStringList missing;
        if (const QString crossref = fieldValue(entry, u"crossref"); !crossref.isEmpty() && !add(entry, crossref, true))
            missing.append(crossref);
        for (const QString &key : fieldValue(entry, u"xdata").split(u',', Qt::SkipEmptyParts))
            if (!add(entry, key.trimmed(), false))
                missing.append(key.trimmed());
        return missing;
    }

private:
    bool add(BibTexEntry &child, const QString &key, bool crossref) const
    {
        const auto parent = m_entries.constFind(key.toLower());
        if (parent == m_entries.cend())
            return false;
        for (const BibTexField &field : parent->fields) {
            const QString name = field.name.toLower();
            const QString target = crossref ? nameInChild(name) : name;
            if (isInherited(name) && !hasField(child, target))
                child.fields.append({target, field.value, field.line});
        }
        return true;
    }

    QHash<QString, BibTexEntry> m_entries; // by lower-case key, as BibTeX compares keys
};

class BibTexReader : public PaperReader
{
public:
    BibTexReader(TextInput &input, const ImportOptions &options)
        : PaperReader(input), m_options(options),
          m_parser(input, [this](const QString &message, int line, int column) { warn(message, line, column); })
    {
    }

    Expected<std::optional<Paper>> next() override
    {
        while (true) {
            auto entry = m_parser.next();
            if (!entry)
                return entry.error();
            if (!*entry)
                return end();
            for (const QString &key : m_parents.inherit(**entry))
                warn(BibTexReaderText::tr("the entry %1 takes fields from %2, but no book, collection, proceedings or "
                                          "@xdata entry %2 comes before it; those fields are missing").arg((*entry)->key, key),
                     (*entry)->line);
            m_parents.remember(**entry);
            // @xdata holds fields for other entries and @set groups them: neither is a paper of its own.
            if ((*entry)->type != u"xdata" && (*entry)->type != u"set")
                return paperOf(**entry);
        }
    }

private:
    Expected<std::optional<Paper>> paperOf(const BibTexEntry &entry) const
    {
        Paper paper = paperFromEntry(entry, m_options);
        if (paper.title.isEmpty())
            return m_input.errorAt(BibTexReaderText::tr("the @%1 entry %2 has no title").arg(entry.type, entry.key),
                                   entry.line);
        return std::optional(std::move(paper));
    }

    Expected<std::optional<Paper>> end()
    {
        if (m_parser.entriesFound() > 0 || std::exchange(m_ended, true))
            return std::optional<Paper>();
        return m_input.errorAt(BibTexReaderText::tr("no BibTeX entries found: expected entries such as "
                                                    "@article{key, title = {...}}"), 1);
    }

    const ImportOptions m_options;
    BibTexParser m_parser;
    Parents m_parents;
    bool m_ended = false;
};

// A line that starts an entry, after any comments and free text: "@article{", "@Book (".
bool recognizes(QStringView head)
{
    for (const QStringView line : qTokenize(head, u'\n'))
        if (BibTexParser::startsEntry(line.trimmed()))
            return true;
    return false;
}

std::unique_ptr<PaperReader> open(TextInput &input, const ImportOptions &options)
{
    input.allowWindows1252(true);
    return std::make_unique<BibTexReader>(input, options);
}

} // namespace

const Format &bibtexFormat()
{
    static const Format format{"bibtex", QT_TRANSLATE_NOOP("Lectern::Formats", "BibTeX and biblatex"), "*.bib *.bibtex",
                               recognizes, open};
    return format;
}

} // namespace Lectern
