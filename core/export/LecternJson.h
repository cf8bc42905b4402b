#pragma once

#include <QList>
#include <QString>
#include <QTextStream>

namespace Lectern {

class Library;

// Lectern JSON, the migration and backup format: JSON Lines, so that it is read one record at a time. The first
// line says what it is ({"lectern": "library", "version": 1, ...}); then one object per line under one key:
//   {"tag": {"name", "color"}}                     every tag that has a colour
//   {"paper": {... 'lectern show --format json' keys ..., "history": [{"at", "kind", "detail", "previous"}]}}
//   {"reading_list": {"name", "created", "papers": [{"id", "added"}]}}   in the list's order; ids are the papers'
//   {"smart_list": {"name", "query", "position"}}
// Importing it into an empty library gives the same library; into another, it merges as any import does
// (twins are skipped, lists gain the papers). The reader is LecternJsonReader.
QString writeLecternJson(Library &library, const QList<qint64> &paperIds);
// The same, written to out a line at a time: a whole library's papers are read a batch at a time.
void writeLecternJson(Library &library, const QList<qint64> &paperIds, QTextStream &out);

constexpr int LecternJsonVersion = 1;

} // namespace Lectern
