#include "library/CitationKeys.h"

#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperJson.h"
#include "storage/Database.h"
#include "text/LatexText.h"
#include "text/PaperText.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

namespace {

struct KeyText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::CitationKeys)
};

constexpr int MaxKeyLength = 200;
const QString PatternSetting = QStringLiteral("citation_key_pattern");
// Papers given keys per transaction by assignMissing(): short enough that the window's writes are not kept
// waiting long behind it on a library of a million papers.
constexpr int AssignBatch = 5000;

// Letters and digits only, accents dropped, lower case: "Schrödinger" gives "schrodinger". A letter with no accent
// to drop is written as LaTeX writes it with ASCII: "Łukasiewicz" gives "lukasiewicz", "Straße" "strasse".
QString asciiWord(QStringView text)
{
    QString word;
    for (const QChar c : text.toString().normalized(QString::NormalizationForm_KD)) {
        const QString ascii = c.unicode() < 128 || !c.isLetter() ? QString(c) : LatexText::fromUnicode(QStringView(&c, 1));
        for (const QChar a : ascii)
            if (a.unicode() < 128 && a.isLetterOrNumber())
                word += a.toLower();
    }
    return word;
}

// The words a key skips in a title, as Better BibTeX does: "Towards a theory of ..." is keyed by "theory".
bool isFunctionWord(const QString &word)
{
    static const QStringList words{
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("the"),     QStringLiteral("on"),
        QStringLiteral("of"),   QStringLiteral("in"),   QStringLiteral("to"),      QStringLiteral("for"),
        QStringLiteral("and"),  QStringLiteral("with"), QStringLiteral("from"),    QStringLiteral("towards"),
        QStringLiteral("toward"), QStringLiteral("via"), QStringLiteral("do"),     QStringLiteral("some"),
        QStringLiteral("der"),  QStringLiteral("die"),  QStringLiteral("das"),     QStringLiteral("ein"),
        QStringLiteral("eine"), QStringLiteral("le"),   QStringLiteral("la"),      QStringLiteral("les"),
        QStringLiteral("de"),   QStringLiteral("un"),   QStringLiteral("une"),     QStringLiteral("el"),
    };
    return words.contains(word);
}

QStringList titleWords(const Paper &paper, int count)
{
    QStringList words;
    for (const QString &text : PaperText::titleKey(paper.title).split(u' ', Qt::SkipEmptyParts)) {
        const QString word = asciiWord(text);
        if (!word.isEmpty() && !isFunctionWord(word))
            words.append(word);
        if (words.size() == count)
            break;
    }
    return words;
}

QString firstFamilyName(const Paper &paper)
{
    const QList<Person> &people = paper.authors.isEmpty() ? paper.editors : paper.authors;
    if (people.isEmpty())
        return {};
    const Person &first = people.first();
    return asciiWord(first.literal.isEmpty() ? first.familyName() : first.literal);
}

QString yearOf(const Paper &paper)
{
    const QString date = PaperText::sortableDate(paper.published);
    return date.size() >= 4 && date.front().isDigit() ? date.left(4) : QString();
}

struct PatternField
{
    const char16_t *name;
    const char *help;
    QString (*value)(const Paper &);
};
const PatternField PatternFields[] = {
    {u"auth", QT_TRANSLATE_NOOP("Lectern::CitationKeys", "the first author's family name"), firstFamilyName},
    {u"year", QT_TRANSLATE_NOOP("Lectern::CitationKeys", "the year"), yearOf},
    {u"title", QT_TRANSLATE_NOOP("Lectern::CitationKeys", "the first significant word of the title"),
     [](const Paper &p) { return titleWords(p, 1).join(QString()); }},
    {u"shorttitle", QT_TRANSLATE_NOOP("Lectern::CitationKeys", "the first three significant words of the title"),
     [](const Paper &p) { return titleWords(p, 3).join(QString()); }},
    {u"arxiv", QT_TRANSLATE_NOOP("Lectern::CitationKeys", "the arXiv id"),
     [](const Paper &p) { return QString(p.arxivId).remove(u'/'); }},
};

const PatternField *patternField(QStringView name)
{
    const auto found = std::find_if(std::begin(PatternFields), std::end(PatternFields),
                                    [&](const PatternField &field) { return name == QStringView(field.name); });
    return found == std::end(PatternFields) ? nullptr : found;
}

// What a key is made from, read without the rest of the paper (assignMissing reads a million of them).
class KeySource
{
public:
    explicit KeySource(Database &db)
        : m_query(db, "SELECT title, authors, author_names, editor_names, published, arxiv_id FROM papers WHERE id = ?")
    {
    }
    Paper read(qint64 id)
    {
        Paper paper;
        if (m_query.bind(1, id).step()) {
            paper.title = m_query.text(0);
            paper.authors = peopleFromColumns(m_query.text(2), m_query.text(1));
            paper.editors = peopleFromColumns(m_query.text(3));
            paper.published = m_query.text(4);
            paper.arxivId = m_query.text(5);
        }
        m_query.reset();
        return paper;
    }

private:
    Statement m_query;
};

bool isForbidden(QChar c)
{
    static const QString forbidden = QStringLiteral(",{}()\"#%'=\\~");
    return c.isSpace() || c.category() == QChar::Other_Control || forbidden.contains(c);
}

} // namespace

namespace CitationKeys {

QString defaultPattern()
{
    return QStringLiteral("[auth][year][title]");
}

QStringList patternFields()
{
    QStringList lines;
    for (const PatternField &field : PatternFields)
        lines.append(u'[' + QString::fromUtf16(field.name) + QStringLiteral("]: ") + KeyText::tr(field.help));
    return lines;
}

Status checkPattern(const QString &pattern)
{
    bool hasField = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == u'[') {
            const qsizetype end = pattern.indexOf(u']', i);
            if (end < 0)
                return Error{KeyText::tr("the pattern '%1' has a [ that is not closed").arg(pattern)};
            const QStringView name = QStringView(pattern).sliced(i + 1, end - i - 1);
            if (!patternField(name))
                return Error{KeyText::tr("the pattern '%1' has the unknown field [%2]; the fields are: %3")
                                 .arg(pattern, name.toString(), patternFields().join(QStringLiteral("; ")))};
            hasField = true;
            i = end;
        } else if (isForbidden(pattern[i]) || pattern[i] == u']') {
            return Error{KeyText::tr("the pattern '%1' holds '%2', which a citation key cannot").arg(pattern, pattern[i])};
        }
    }
    if (!hasField)
        return Error{KeyText::tr("the pattern '%1' has no field, so every paper would get the same key").arg(pattern)};
    return success();
}

QString fromPattern(const Paper &paper, const QString &pattern)
{
    QString key;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const qsizetype end = pattern[i] == u'[' ? pattern.indexOf(u']', i) : -1;
        if (end < 0) {
            if (!isForbidden(pattern[i]))
                key += pattern[i];
            continue;
        }
        if (const PatternField *field = patternField(QStringView(pattern).sliced(i + 1, end - i - 1)))
            key += field->value(paper);
        i = end;
    }
    // A pattern of only fields the paper lacks ("[auth][year]" for a day's list) still gives a key.
    if (std::none_of(key.cbegin(), key.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        key = titleWords(paper, 1).value(0, QStringLiteral("paper")) + yearOf(paper);
    return key.left(MaxKeyLength - 4); // room for a clash suffix
}

Status checkKey(const QString &key)
{
    if (key.isEmpty())
        return Error{KeyText::tr("a citation key cannot be empty")};
    if (key.size() > MaxKeyLength)
        return Error{KeyText::tr("the citation key is longer than %1 characters").arg(MaxKeyLength)};
    if (const auto bad = std::find_if(key.cbegin(), key.cend(), isForbidden); bad != key.cend())
        return Error{KeyText::tr("the citation key '%1' holds '%2': a key cannot hold white space or any of , { } ( ) \" # % ' = \\ ~")
                         .arg(key, bad->isSpace() ? KeyText::tr("a space") : QString(*bad))};
    return success();
}

QString wantedKey(const Paper &paper, const QString &pattern)
{
    const QString given = paper.citationKey.trimmed();
    return checkKey(given) ? given : fromPattern(paper, pattern);
}

QString clashSuffix(int repeat)
{
    QString suffix;
    for (int n = repeat; n > 0; n = (n - 1) / 26)
        suffix.prepend(QChar(u'a' + (n - 1) % 26));
    return suffix;
}

} // namespace CitationKeys

QString CitationKeyStore::pattern()
{
    if (!m_pattern.isEmpty())
        return m_pattern;
    Statement q(m_library.db(), "SELECT value FROM library_settings WHERE name = ?");
    m_pattern = q.bind(1, PatternSetting).step() && CitationKeys::checkPattern(q.text(0)) ? q.text(0)
                                                                                       : CitationKeys::defaultPattern();
    return m_pattern;
}

Status CitationKeyStore::setPattern(const QString &pattern)
{
    if (auto s = CitationKeys::checkPattern(pattern); !s)
        return s;
    Statement q(m_library.db(), "INSERT INTO library_settings(name, value) VALUES (?, ?)"
                                " ON CONFLICT(name) DO UPDATE SET value = excluded.value");
    if (auto s = q.bind(1, PatternSetting).bind(2, pattern).run(); !s)
        return s;
    m_pattern = pattern;
    return success();
}

QString CitationKeyStore::key(qint64 paperId)
{
    Statement q(m_library.db(), "SELECT citation_key FROM papers WHERE id = ?");
    return q.bind(1, paperId).step() ? q.text(0) : QString();
}

QString CitationKeyStore::freeKey(const QString &wanted, qint64 paperId)
{
    Statement taken(m_library.db(),
                    "SELECT 1 FROM papers WHERE citation_key = ? COLLATE NOCASE AND citation_key <> '' AND id <> ?");
    // Each candidate is still looked up: the remembered suffix is where to start, not a promise. (A key freed while
    // the store lives is not tried again: a later paper gets a longer suffix, never a taken one.) Only a key that
    // clashed is remembered: most keys are wanted once, and an import of a million papers remembering each took
    // some 100 MB.
    const QString lower = wanted.toLower();
    for (int repeat = m_nextRepeat.value(lower);; ++repeat) {
        const QString key = wanted + CitationKeys::clashSuffix(repeat);
        const bool isTaken = taken.bind(1, key).bind(2, paperId).step();
        taken.reset();
        if (!isTaken) {
            if (repeat > 0)
                m_nextRepeat.insert(lower, repeat + 1); // the caller stores it
            return key;
        }
    }
}

QList<CitationKeyStore::PaperKey> CitationKeyStore::keys(const QList<qint64> &paperIds)
{
    QList<PaperKey> result;
    for (const qint64 id : paperIds)
        result.append({id, key(id)});
    return result;
}

Status CitationKeyStore::setKeys(const QList<PaperKey> &typed)
{
    QList<PaperKey> keys;
    for (const auto &[id, text] : typed) {
        if (auto s = CitationKeys::checkKey(text.trimmed()); !s)
            return s;
        keys.append({id, text.trimmed()});
    }
    Transaction transaction(m_library.db());
    if (!transaction)
        return transaction.error();
    // Emptied first, so that two papers may swap keys.
    const QList<PaperKey> old = this->keys([&] {
        QList<qint64> ids;
        for (const auto &entry : keys)
            ids.append(entry.first);
        return ids;
    }());
    Statement clear(m_library.db(), "UPDATE papers SET citation_key = '' WHERE id = ?");
    for (const auto &entry : keys)
        if (auto s = clear.bind(1, entry.first).run(); !s)
            return s;
    Statement holder(m_library.db(), "SELECT id, title FROM papers WHERE citation_key = ? COLLATE NOCASE AND citation_key <> ''");
    Statement update(m_library.db(), "UPDATE papers SET citation_key = ? WHERE id = ?");
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto &[id, key] = keys[i];
        if (holder.bind(1, key).step())
            return Error{KeyText::tr("the citation key '%1' is already the key of paper %2, \"%3\"")
                             .arg(key)
                             .arg(holder.integer(0))
                             .arg(holder.text(1))};
        holder.reset();
        if (auto s = update.bind(1, key).bind(2, id).run(); !s)
            return s;
        if (key != old[i].second)
            if (auto s = PaperHistory(m_library).record({id}, EventKind::KeyChanged, key, old[i].second); !s)
                return s;
    }
    return transaction.commit();
}

Expected<QStringList> CitationKeyStore::regenerate(const QList<qint64> &paperIds)
{
    Transaction transaction(m_library.db());
    if (!transaction)
        return transaction.error();
    const QString keyPattern = pattern();
    // Emptied first, so that regenerating two papers that share a base does not depend on which came first.
    Statement clear(m_library.db(), "UPDATE papers SET citation_key = '' WHERE id = ?");
    QList<std::pair<qint64, QString>> old;
    for (const qint64 id : paperIds) {
        old.append({id, key(id)});
        if (auto s = clear.bind(1, id).run(); !s)
            return s.error();
    }
    m_nextRepeat.clear(); // the keys just emptied are free again
    QStringList keys;
    Statement update(m_library.db(), "UPDATE papers SET citation_key = ? WHERE id = ?");
    KeySource source(m_library.db());
    for (const auto &[id, previous] : old) {
        const QString key = freeKey(CitationKeys::fromPattern(source.read(id), keyPattern), id);
        if (auto s = update.bind(1, key).bind(2, id).run(); !s)
            return s.error();
        if (key != previous)
            if (auto s = PaperHistory(m_library).record({id}, EventKind::KeyChanged, key, previous); !s)
                return s.error();
        keys.append(key);
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return keys;
}

Status CitationKeyStore::assignMissing()
{
    // Read first: a write transaction at every open would wait behind any other process's import.
    Statement any(m_library.db(), "SELECT 1 FROM papers WHERE citation_key = '' LIMIT 1");
    if (!any.step())
        return success();
    any.reset();
    for (;;) {
        Transaction transaction(m_library.db());
        if (!transaction)
            return transaction.error();
        const QString keyPattern = pattern();
        QList<qint64> ids;
        Statement missing(m_library.db(), "SELECT id FROM papers WHERE citation_key = '' ORDER BY id LIMIT ?");
        missing.bind(1, AssignBatch);
        while (missing.step())
            ids.append(missing.integer(0));
        if (ids.isEmpty())
            return success();
        Statement update(m_library.db(), "UPDATE papers SET citation_key = ? WHERE id = ?");
        KeySource source(m_library.db());
        for (const qint64 id : ids) {
            const QString key = freeKey(CitationKeys::fromPattern(source.read(id), keyPattern), id);
            if (auto s = update.bind(1, key).bind(2, id).run(); !s)
                return s;
        }
        if (auto s = transaction.commit(); !s)
            return s;
    }
}

} // namespace Lectern
