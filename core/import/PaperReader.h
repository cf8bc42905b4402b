#pragma once

#include "import/TextInput.h"
#include "library/Paper.h"
#include "library/PaperHistory.h"
#include "util/Error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Lectern {

class Library;

// Choices a user makes about an import, which readers honour where their format has the thing.
struct ImportOptions
{
    QString format;           // a Format's name to read the input as; empty: recognise it from the content
    bool skipInvalid = false; // import the valid records and report the others, instead of nothing
    bool keywordTags = true;  // a record's keywords (BibTeX keywords, RIS KW, CSL keyword) become tags
    bool categoryTags = false; // arXiv categories become tags under "arxiv/" ("arxiv/cs.LG")
    bool updateDuplicates = true; // a duplicate fills the stored paper's empty fields; false: it is only skipped
    Clock clock;               // today, for a date without a year (a day's list's "Jun 13"); empty: the real one
};

// Where the papers of an input went: the id each had in the input (Paper::id as the reader gave it) to the id of
// the stored paper or of the twin that was there already, and which of them this import added.
struct StoredPapers
{
    QHash<qint64, qint64> ids;
    QSet<qint64> added; // stored ids
};

// Reads one format from a TextInput and hands over one paper at a time, so that an import holds one record and
// not the file. Readers are made by their Format.
class PaperReader
{
public:
    explicit PaperReader(TextInput &input) : m_input(input) {}
    virtual ~PaperReader() = default;

    // The next paper, std::nullopt at the end of the input, or an error for a record that is broken (with the
    // line and, where known, column, and what was expected). After an error the reader has moved on to where
    // the next record can start, so an import that skips invalid records calls next() again; a reader that
    // cannot find one ends the input.
    virtual Expected<std::optional<Paper>> next() = 0;

    // Whether the format holds more than papers, for storeLibraryRecords: only then does the import keep where every
    // paper went (StoredPapers), which for a million papers is tens of megabytes.
    virtual bool hasLibraryRecords() const { return false; }
    // After the last paper, in the import's transaction: what a whole library's file holds besides papers (Lectern
    // JSON's tag colours, reading lists, smart lists, histories). Most formats have nothing.
    virtual Status storeLibraryRecords(Library &library, const StoredPapers &papers)
    {
        Q_UNUSED(library);
        Q_UNUSED(papers);
        return success();
    }

    // What was odd but not wrong since the last call ("undefined macro jan2, kept as text"), with its line.
    QList<Error> takeWarnings() { return std::exchange(m_warnings, {}); }

protected:
    void warn(const QString &message, int line = 0, int column = 0)
    {
        m_warnings.append(m_input.errorAt(message, line, column));
    }
    TextInput &m_input;

private:
    QList<Error> m_warnings;
};

// One format Lectern reads: its name, what it is called, the files it usually comes in, how it is recognised
// and how its reader is made.
struct Format
{
    const char *name;    // "bibtex": stable, typed after --format
    const char *title;   // "BibTeX and biblatex": shown in the Import dialog (translated in Lectern::Formats)
    const char *patterns; // "*.bib *.bibtex": the Import dialog's filter
    // True when the start of a file (TextInput::head) is this format. Cheap, and never fooled by an extension.
    bool (*recognizes)(QStringView head);
    std::unique_ptr<PaperReader> (*open)(TextInput &input, const ImportOptions &options);

    QString displayTitle() const;
};

// Every format Lectern reads, most specific first: recognising tries them in this order.
const QList<Format> &formats();
const Format *formatNamed(QStringView name);
const Format *recognizeFormat(QStringView head);
// "daily, bibtex, ris, ...": for help and errors.
QString formatNames();

// Every paper of an input in memory, or its first error: for tests, fuzzing and small texts, not for imports.
Expected<QList<Paper>> readPapers(const Format &format, QIODevice &device, const QString &name,
                                  const ImportOptions &options = {});
Expected<QList<Paper>> readPapers(const Format &format, const QString &text, const QString &name,
                                  const ImportOptions &options = {});

} // namespace Lectern
