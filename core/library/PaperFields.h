#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Lectern {

class Library;

// The fields of a paper's record that two records of one paper may differ in: what an import fills in where the
// stored paper has nothing, and what a merge lets the user pick. Tags, note, status, rating, highlights and the
// citation key are the reader's, not the record's, and are none of them.
struct PaperField
{
    QString name;          // "doi": as `lectern edit` takes it and the history records it
    QStringList editNames; // every name a user's edit of it may be recorded under (paper_events 'field-edited')
    std::function<bool(const Paper &)> isEmpty;
    std::function<void(Paper &to, const Paper &from)> copy;
    std::function<QString(const Paper &)> text; // one line, as the Duplicates view shows it side by side
};
const QList<PaperField> &paperFields();
const PaperField *paperField(const QString &name);

namespace PaperFields {

// Writes these fields of paper to its stored row (paper.id), in the caller's transaction.
Status store(Library &library, const Paper &paper, const QStringList &names);
// The fields the user edited by hand (paper_events of kind 'field-edited', detail the field's name), by name:
// nothing fills them in.
QSet<QString> editedByUser(Library &library, qint64 paperId);
// The names of the fields that from can fill in stored: stored has nothing there, from has, and the user never
// edited the field of stored.
QStringList fillable(Library &library, const Paper &stored, const Paper &from);

} // namespace PaperFields

} // namespace Lectern
