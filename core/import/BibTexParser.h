#pragma once

#include "import/TextInput.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Lectern {

struct BibTexField
{
    QString name;  // as the file spells it: "Title", "journaltitle"
    QString value; // @string names expanded and pieces joined, but still LaTeX: "The {\sc Conniver} Manual"
    int line = 0;
};

// One entry of a .bib file as written: its type, key and fields, not yet read as a paper.
struct BibTexEntry
{
    QString type; // in lower case: "article", "xdata"
    QString key;
    int line = 0; // where its "@" is
    QList<BibTexField> fields;
};

// BibTeX's syntax, read from a TextInput one entry at a time: it keeps the @string definitions (and the month names
// jan ... dec), skips @comment, @preamble and the free text between entries, and follows a "% Encoding:" line that
// comes before the first entry (JabRef writes one).
class BibTexParser
{
public:
    using WarningFunction = std::function<void(const QString &message, int line, int column)>;
    BibTexParser(TextInput &input, WarningFunction warn);

    // The next entry, std::nullopt at the end of the input, or the error of a broken one. A value may span lines,
    // but an entry that is still open at the end of the input, or when a line starts with "@type{", is reported at
    // its own line and the next call starts at that line, so that one missing brace costs one entry.
    Expected<std::optional<BibTexEntry>> next();

    // How many entries (not @string, @comment, @preamble) were found, broken ones included.
    int entriesFound() const { return m_entriesFound; }

    // Whether the text starts with "@word{" or "@word(": how entries begin.
    static bool startsEntry(QStringView text);

private:
    enum class Stop { None, EndOfInput, NextEntry };

    bool findEntry();
    bool nextLine();
    void readEncodingLine(QStringView line, int number);
    QChar peek() const;
    void advance();
    void skipSpace();
    int column() const { return int(m_pos) + 1; }

    Expected<std::optional<BibTexEntry>> readBlock();
    Error brokenBlock(const BibTexEntry &entry, int column);
    bool readEntry(QChar close, BibTexEntry &entry);
    bool readKey(QChar close, BibTexEntry &entry);
    bool readFields(QChar close, QList<BibTexField> &fields);
    bool readField(QChar close, BibTexField &field);
    bool readString(QChar close);
    bool readPreamble(QChar close);
    bool skipComment(QChar open, QChar close);
    bool readValue(const QString &field, QString &value);
    bool readPiece(const QString &field, QString &value);
    bool readBraced(const QString &field, QString &value);
    bool readQuoted(const QString &field, QString &value);
    bool expectClose(QChar close, const QString &after);
    bool withinLimit(const QString &field, const QString &value);
    QString readName();
    QString expand(const QString &name, int line, int column);
    bool fail(const QString &message);

    TextInput &m_input;
    WarningFunction m_warn;
    QHash<QString, QString> m_macros; // by lower-case name
    QString m_text;                   // the line being read
    qsizetype m_pos = 0;
    int m_lineNumber = 0;
    Stop m_stop = Stop::None;
    bool m_inBlock = false;
    std::optional<QString> m_pendingLine; // a line that starts an entry, read while another was open
    int m_pendingLineNumber = 0;
    std::optional<Error> m_failure;
    int m_entriesFound = 0;
    bool m_blockFound = false;
};

} // namespace Lectern
