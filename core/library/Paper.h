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

// A paper as stored in the library. Fields an importer could not find stay empty.
struct Paper
{
    qint64 id = 0;
    QString title;
    QStringList authors;
    QString abstract;
    QString published; // as the source gave it: "2023-06-13", "Jun 13"
    QString arxivId;
    QString doi;
    QList<Link> links;
    QString note;
    QStringList tags; // full paths, "ml/optimization"
    ReadingStatus status = ReadingStatus::Inbox;
    int rating = 0; // 0 (none) to 5
    QList<Highlight> highlights;
    QString sourceFile;
    QDateTime importedAt;
    QDateTime added;

    QString firstAuthor() const { return authors.isEmpty() ? QString() : authors.first(); }
};

// Which of a paper's columns the list shows and sorts by; kept in core so that the SQL
// that sorts stays next to the table it reads.
// Added: the order papers were added to the library, which is their ids' order.
enum class PaperSort { Added, Title, FirstAuthor, Published };

} // namespace Lectern
