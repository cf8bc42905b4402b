#pragma once

#include "library/Paper.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

class Library;

// Every paper has a citation key, stored and unique in the library ignoring case (BibTeX matches keys so):
// `\cite{chen2025lion}` means the same paper in every export, whatever else was exported or imported since.
// A key a source file gave is kept; otherwise one is made once, from the library's pattern, and changes only
// when the user edits or regenerates it.
namespace CitationKeys {

// "[auth][year][title]": the first author's family name, the year and the first significant word of the
// title, as Better BibTeX makes them ("chen2025lion").
QString defaultPattern();
// The words a pattern takes, with what each gives: shown where the pattern is set.
QStringList patternFields();
// An error naming what is wrong with the pattern: an unknown [field], an unclosed bracket, a character
// a key cannot hold, or no field at all.
Status checkPattern(const QString &pattern);
// The key the pattern makes for the paper before any clash is resolved: ASCII letters and digits in lower
// case (accents dropped: "Schrödinger" gives "schrodinger"), the pattern's own characters, and "paper" when
// the paper gives the pattern nothing.
QString fromPattern(const Paper &paper, const QString &pattern);
// A key BibTeX, biber and pandoc read back as one: no white space, none of , { } ( ) " # % ' = \ ~, no
// control character, at most 200 characters.
Status checkKey(const QString &key);
// The key a paper asks for when it is stored, before any clash is resolved: the source file's key when it is a
// valid key, otherwise the pattern's.
QString wantedKey(const Paper &paper, const QString &pattern);
// "", "a", ..., "z", "aa", "ab", ...: appended to a key taken by another paper.
QString clashSuffix(int repeat);

} // namespace CitationKeys

// The keys in the library: made, checked, changed. Writes are one transaction each and record the change in the
// paper's history. One store may make many keys (an import keeps one for all its papers): it remembers where each
// key's clash suffixes stand, so that the 10,000th "paper" of a list is not tried against the 9,999 before it.
class CitationKeyStore
{
public:
    explicit CitationKeyStore(Library &library) : m_library(library) {}

    // The library's pattern (the default until one is set), and setting it: keys already made stay.
    QString pattern();
    Status setPattern(const QString &pattern);

    // The paper's key, or an empty string when it has none yet (a read-only library of an earlier schema).
    QString key(qint64 paperId);
    // wanted when it is a key no other paper holds, else wanted with the first free clash suffix. Call it inside
    // the transaction that stores the key, so that no other writer can take the same one in between.
    QString freeKey(const QString &wanted, qint64 paperId = 0);
    // The key a paper gets when it is stored: CitationKeys::wantedKey, suffixed if another paper holds it.
    QString keyForNewPaper(const Paper &paper) { return freeKey(CitationKeys::wantedKey(paper, pattern())); }

    // Sets the key the user typed; an invalid key or one another paper holds is an error and changes nothing.
    Status setKey(qint64 paperId, const QString &key) { return setKeys({{paperId, key}}); }
    // Sets several papers' keys at once, so that keys may move between them (an undo of regenerate()): all of
    // them, or, if one is invalid or held by a paper not in the list, none.
    using PaperKey = std::pair<qint64, QString>;
    Status setKeys(const QList<PaperKey> &keys);
    QList<PaperKey> keys(const QList<qint64> &paperIds);
    // Makes each paper's key again from the pattern (suffixed on clashes); the new keys, in the order of paperIds.
    Expected<QStringList> regenerate(const QList<qint64> &paperIds);
    // Gives every paper without a key one (papers from before keys were stored); a few thousand per transaction.
    Status assignMissing();

private:
    Library &m_library;
    QString m_pattern;               // read once
    QHash<QString, int> m_nextRepeat; // a key in lower case: the first clash suffix not yet known to be taken
};

} // namespace Lectern
