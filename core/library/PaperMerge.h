#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Lectern {

class Library;

struct MergeResult
{
    qint64 kept = 0;
    qint64 removed = 0;
    QStringList fieldsFromOther; // the fields the kept paper now has from the removed one (PaperFields' names)
};

// Makes two papers one (a duplicate pair): the kept paper gets the union of both papers' tags, both notes (joined,
// each under a line saying which paper it was on), every highlight (re-anchored in the abstract it ends with),
// every reading-list place (the earlier one where both papers are in a list), both histories and a 'merged'
// event; its status stays unless it is still in the inbox, its rating is the higher. For each field of the record
// (PaperFields) it keeps its own value, or the other's where it has none, or the other's where the caller says
// so. Then the other paper is removed. One transaction: all of it or nothing.
class PaperMerge
{
public:
    explicit PaperMerge(Library &library) : m_library(library) {}

    Expected<MergeResult> merge(qint64 keep, qint64 other, const QSet<QString> &takeFromOther = {});

private:
    Library &m_library;
};

// The fields (PaperFields' names) in which two papers' records differ, in the fields' order.
QStringList differingFields(const Paper &a, const Paper &b);
// Both notes, each under a line naming its paper; one note alone as it is.
QString joinedNotes(const Paper &keep, const Paper &other);

} // namespace Lectern
