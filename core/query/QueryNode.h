#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace Lectern {

// One term: a word or phrase to find, or a filter with its value already checked and normalised.
struct QueryTerm
{
    // What the term looks at. The first five search the full-text index; the rest filter on the columns
    // and tables of the library.
    enum class Field {
        Words,       // every indexed column
        Title,
        Author,
        Abstract,
        Note,
        Tag,         // the tag or one nested under it
        Status,
        Rating,
        Year,
        AddedOn,     // whole local days
        AddedWithin, // added less than an age ago ("<7d")
        AddedBefore, // added more than an age ago (">30d")
        Has,
        Arxiv,
        Doi,
        List,
    };

    Field field = Field::Words;
    // Text fields: the word or phrase. Tag, List: the name. Status: its stored name. Has: note, highlight,
    // link or code. Arxiv, Doi: the normalised identifier. AddedWithin, AddedBefore: the age, "7d".
    QString value;
    bool phrase = false; // text fields: "quoted"
    bool prefix = false; // text fields: word*
    // Rating, Year: numbers; AddedOn: Julian days. Inclusive; unset is open.
    std::optional<qint64> low;
    std::optional<qint64> high;

    QString toString() const;
};

bool isTextField(QueryTerm::Field field);

// A parsed query: a term, or AND / OR over two or more children, or NOT over one.
struct QueryNode
{
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    QueryTerm term;
    std::vector<QueryNode> children;

    // The tree in one line, for tests and debugging: AND(word:foo, NOT(tag:ml)).
    QString toString() const;
};

} // namespace Lectern
