#pragma once

#include "query/QueryNode.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// A word, prefix or phrase the query looks for, as the full-text index compares words: accents
// dropped, case folded (PaperText::titleKey).
struct MatchTerm
{
    QueryTerm::Field field = QueryTerm::Field::Words; // Words, Title, Author, Abstract or Note
    QStringList words;                    // one, or the words of a phrase
    bool prefix = false;
};

struct MatchSpan
{
    int start = 0;
    int length = 0;
};

// The terms a paper's text matched for: those not under a '-' (a paper shown is one without them).
QList<MatchTerm> matchTerms(const QueryNode *root);

// Where in text (of the given column: Title, Author, Abstract or Note) the terms occur, in order. Words
// are split and compared as the index does, so that what the search found is what is marked.
QList<MatchSpan> findMatches(const QString &text, QueryTerm::Field column, const QList<MatchTerm> &terms);

} // namespace Lectern
