#pragma once

#include <QString>
#include <QStringList>

namespace Lectern::EntryType {

// What kind of work a paper is, in Lectern's own names: "article", "inproceedings", "proceedings", "book",
// "chapter", "thesis", "report", "preprint", "unpublished", "dataset", "software", "webpage", "manual",
// "patent", "misc". One table maps them to and from each format's names, so that every reader and writer
// agrees; a name no table knows reads as "misc".
QStringList names();

QString fromBibtex(QStringView type); // "article", "phdthesis", "online" ... (any case)
QString fromRis(QStringView type);    // "JOUR", "CPAPER", "THES" ...
QString fromCsl(QStringView type);    // "article-journal", "paper-conference" ...

QString toBibtex(const QString &type); // BibTeX's own types where it has one ("misc" for a preprint)
QString toRis(const QString &type);
QString toCsl(const QString &type);

} // namespace Lectern::EntryType
