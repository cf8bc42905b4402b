#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lectern {

struct Link
{
    enum class Kind { Page, Code };
    QString url;
    Kind kind = Kind::Page;

    bool operator==(const Link &) const = default;
};

// Where a paper is in the reader's day. An import brings papers into the inbox.
enum class ReadingStatus { Inbox, ToRead, Reading, Read, Skipped };
// "inbox", "to-read", "reading", "read", "skipped": the names stored, typed and printed.
QString statusName(ReadingStatus status);
std::optional<ReadingStatus> statusFromName(QStringView name);
QList<ReadingStatus> allStatuses();

// A highlighted span of the abstract. start/length index the abstract as stored; quote, prefix and
// suffix let the span be found again when a re-import changes the abstract's whitespace.
struct Highlight
{
    qint64 id = 0;
    qint64 paperId = 0;
    int start = 0;
    int length = 0;
    QString quote;
    QString prefix;
    QString suffix;
    QString color; // "#rrggbb"
    QString comment;
    QDateTime created;
    bool orphaned = false; // the quote is no longer in the abstract; start/length are where it was
};

// A person's name as the formats structure it: "Eric von Hippel" is given "Eric", particle "von", family
// "Hippel"; "John F. Sherry, Jr." has the suffix "Jr."; an organisation is a literal and nothing else.
struct Person
{
    QString family;
    QString given;
    QString particle;
    QString suffix;
    QString literal;

    // "Given particle Family, Suffix", or the literal: how the list, the reader and the search index show it.
    QString displayName() const;
    // "particle Family": what sorts and what a citation key starts with.
    QString familyName() const;
    // "particle Family, Suffix, Given" (BibTeX's and RIS's order), or the literal.
    QString familyFirst() const;
    bool isEmpty() const { return family.isEmpty() && given.isEmpty() && literal.isEmpty(); }
    bool operator==(const Person &) const = default;

    // A name typed or written as text: "Family, Given", "Family, Suffix, Given" or "Given Family". One word
    // is a family name; a name the rules cannot split keeps its words in family. "Liu R." (initials last) is
    // family first; a capitalised particle before the last word ("Adrian Del Maestro") starts the family name.
    static Person fromText(QStringView text);
    static Person literalName(const QString &text) { return Person{{}, {}, {}, {}, text.trimmed()}; }
};
QStringList displayNames(const QList<Person> &people);

// A field a source file carried that Lectern has no place for, kept verbatim so that it is written back.
struct ExtraField
{
    QString name;  // as the source spelled it: "file", "groups", "M3"
    QString value;

    bool operator==(const ExtraField &) const = default;
};

// A paper as stored in the library. Fields an importer could not find stay empty.
struct Paper
{
    qint64 id = 0;
    QString type; // an EntryType name ("article", "preprint", ...); empty when the source did not say
    QString title;
    QList<Person> authors;
    QList<Person> editors;
    QString abstract;
    // An ISO date, complete or partial ("2023-06-13", "2023-06", "2023") when the source gave one; otherwise the
    // source's own text ("Jun 13"). year: and the date order read both.
    QString published;
    QString arxivId;
    QString arxivCategory; // the primary one: "cs.LG"
    QString doi;
    QString container; // journal, book or proceedings title
    QString volume;
    QString issue;
    QString pages;
    QString publisher;
    QString isbn;
    QString issn;
    QString language;
    QString citationKey; // the key the source file gave (BibTeX key, CSL id), kept as it was
    QList<ExtraField> extraFields;
    // The extra field that says published's year was inferred, holding the date as the source wrote it ("Jun 13"):
    // a day's list gives no year, and its papers are dated the most recent such day. An extra field rather than a
    // column, so that every format and Lectern JSON carry it as they are; no exporter writes it back (BibTeX's
    // fields are lower-case, RIS's two letters). Setting the date removes it.
    static inline const QString InferredDateField = QStringLiteral("Lectern-date-inferred-from");
    QList<Link> links;
    QString note;
    QDateTime noteUpdated;
    QStringList tags; // full paths, "ml/optimization"
    ReadingStatus status = ReadingStatus::Inbox;
    int rating = 0; // 0 (none) to 5
    QList<Highlight> highlights;
    QString sourceFile;
    QDateTime importedAt;
    QDateTime added;

    QString firstAuthor() const { return authors.isEmpty() ? QString() : authors.first().displayName(); }
    QStringList authorNames() const { return displayNames(authors); }
};

// Which of a paper's columns the list shows and sorts by; kept in core so that the SQL
// that sorts stays next to the table it reads.
// Added: the order papers were added to the library, which is their ids' order.
enum class PaperSort { Added, Title, FirstAuthor, Published };

} // namespace Lectern
