#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

struct Link
{
    enum class Kind { Page, Code };
    QString url;
    Kind kind = Kind::Page;

    bool operator==(const Link &) const = default;
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
    QString sourceFile;
    QDateTime importedAt;
    QDateTime added;

    QString firstAuthor() const { return authors.isEmpty() ? QString() : authors.first(); }
};

// Which of a paper's columns the list shows and sorts by; kept in core so that the SQL
// that sorts stays next to the table it reads.
enum class PaperSort { Added, Title, FirstAuthor, Published };

} // namespace Lectern
