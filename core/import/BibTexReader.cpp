#include "import/BibTexReader.h"

#include "import/BibTexFields.h"
#include "import/BibTexParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <deque>

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

// The keys an entry takes fields from: its crossref, then its xdata entries.
QStringList parentKeys(const BibTexEntry &entry)
{
    QStringList keys;
    if (const QString crossref = fieldValue(entry, u"crossref"); !crossref.isEmpty())
        keys.append(crossref);
    for (const QString &key : fieldValue(entry, u"xdata").split(u',', Qt::SkipEmptyParts))
        keys.append(key.trimmed());
    return keys;
}

// The entries others take fields from: biblatex's @xdata, and the books, collections and proceedings that a crossref
// names. Only those are kept, not every entry, so that a large file is not held in memory for the few that are named.
class Parents
{
public:
    // True when the entry is one others take fields from.
    bool remember(const BibTexEntry &entry)
    {
        static const QStringView parentTypes[] = {u"xdata", u"book", u"mvbook", u"collection", u"mvcollection",
                                                  u"proceedings", u"mvproceedings", u"reference", u"mvreference",
                                                  u"periodical"};
        if (std::find(std::begin(parentTypes), std::end(parentTypes), entry.type) == std::end(parentTypes))
            return false;
        m_entries.insert(entry.key.toLower(), entry);
        return true;
    }

    bool knows(const QString &key) const { return m_entries.contains(key.toLower()); }

    // Adds what the entry's crossref and xdata give it; returns the keys it could not find.
    QStringList inherit(BibTexEntry &entry) const
    {
        const QString crossref = fieldValue(entry, u"crossref");
        QStringList missing;
        for (const QString &key : parentKeys(entry))
            if (!add(entry, key, key == crossref))
                missing.append(key);
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

// The most entries held back for a parent that has not come yet; past it the oldest goes on without its parent's
// fields, so that a file of entries naming parents it does not have is not held in memory.
constexpr qsizetype MaxWaitingEntries = 10000;

class BibTexReader : public PaperReader
{
public:
    BibTexReader(TextInput &input, const ImportOptions &options)
        : PaperReader(input), m_options(options),
          m_parser(input, [this](const QString &message, int line, int column) { warn(message, line, column); })
    {
    }

    // BibTeX wants a crossref's parent after the entries that name it (biblatex takes it anywhere): an entry whose
    // parent has not come yet waits for it, and is handed over just before the parent, or at the end of the file
    // without its fields and with a warning.
    Expected<std::optional<Paper>> next() override
    {
        while (m_ready.empty()) {
            auto entry = m_parser.next();
            if (!entry)
                return entry.error();
            if (!*entry) {
                if (m_waiting.empty())
                    return end();
                while (!m_waiting.empty())
                    release(MissingParent::NotInFile);
                continue;
            }
            if (m_parents.remember(**entry) && m_wanted.contains((*entry)->key.toLower()))
                readyTheWaitingWithAllParents();
            if (hasAllParents(**entry)) {
                ready(std::move(**entry));
                continue;
            }
            for (const QString &key : parentKeys(**entry))
                m_wanted.insert(key.toLower());
            m_waiting.push_back(std::move(**entry));
            if (qsizetype(m_waiting.size()) > MaxWaitingEntries)
                release(MissingParent::NotSoon);
        }
        BibTexEntry entry = std::move(m_ready.front());
        m_ready.pop_front();
        return paperOf(entry);
    }

private:
    enum class MissingParent { NotInFile, NotSoon };

    bool hasAllParents(const BibTexEntry &entry) const
    {
        const QStringList keys = parentKeys(entry);
        return std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) { return m_parents.knows(key); });
    }

    // After a parent came: the entries that waited for it, and for no other parent still to come, in their order.
    void readyTheWaitingWithAllParents()
    {
        for (auto waiting = m_waiting.begin(); waiting != m_waiting.end();) {
            if (hasAllParents(*waiting)) {
                ready(std::move(*waiting));
                waiting = m_waiting.erase(waiting);
            } else {
                ++waiting;
            }
        }
        if (m_waiting.empty())
            m_wanted.clear();
    }

    // The entry with what its parents give it, to be handed over unless it is no paper: @xdata holds fields for
    // other entries and @set groups them.
    void ready(BibTexEntry entry)
    {
        if (!parentKeys(entry).isEmpty()) {
            m_parents.inherit(entry);
            m_parents.remember(entry); // a book with an mvbook: the book's chapters take what the book took too
        }
        if (entry.type != u"xdata" && entry.type != u"set")
            m_ready.push_back(std::move(entry));
    }

    // The oldest waiting entry goes on with the parents there are, and a warning for each that is missing.
    void release(MissingParent reason)
    {
        BibTexEntry entry = std::move(m_waiting.front());
        m_waiting.pop_front();
        for (const QString &key : m_parents.inherit(entry)) {
            const QString warning =
                reason == MissingParent::NotInFile
                    ? BibTexReaderText::tr("the entry %1 takes fields from %2, but the file has no book, collection, "
                                           "proceedings or @xdata entry %2; those fields are missing")
                          .arg(entry.key, key)
                    : BibTexReaderText::tr("the entry %1 takes fields from %2, but no book, collection, proceedings or "
                                           "@xdata entry %2 comes in the %3 entries after it; those fields are missing")
                          .arg(entry.key, key, QString::number(MaxWaitingEntries));
            warn(warning, entry.line);
        }
        m_parents.remember(entry);
        if (entry.type != u"xdata" && entry.type != u"set")
            m_ready.push_back(std::move(entry));
    }

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
    std::deque<BibTexEntry> m_waiting; // entries whose crossref or xdata has not come yet, in the file's order
    std::deque<BibTexEntry> m_ready;   // entries to hand over, in order
    QSet<QString> m_wanted;            // the lower-case keys the waiting entries name
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
