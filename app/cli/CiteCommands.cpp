#include "cli/Command.h"

#include "export/BibTexExporter.h"
#include "export/Citation.h"
#include "export/ExportFile.h"
#include "export/ExportText.h"
#include "library/CitationKeys.h"
#include "library/Library.h"
#include "library/PaperStore.h"

namespace Lectern::CommandLine {

namespace {

const QString RegenerateOption = QStringLiteral("regenerate");

// The papers named by id, in that order, or why one cannot be.
Expected<QList<Paper>> namedPapers(Library &library, const QList<qint64> &ids)
{
    if (auto s = PaperStore(library).checkIds(ids); !s)
        return s.error();
    return papersForExport(library, ids);
}

int citeCommand(Context &context)
{
    const auto ids = paperIds(context.positional());
    if (!ids)
        return context.usageError(ids.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    const auto papers = namedPapers(*library, *ids);
    if (!papers)
        return context.failure(papers.error().toString());
    const QStringList keys = ExportText::citationKeys(*papers);
    const QString format = context.format();
    if (format == u"key") {
        out() << Citation::latexCite(keys) << '\n';
    } else if (format == u"pandoc") {
        out() << Citation::pandocCite(keys) << '\n';
    } else if (format == u"bibtex") {
        ExportOptions options;
        out() << BibTexExporter().write(*papers, options);
    } else {
        const auto style = format == u"markdown" ? Citation::Style::Markdown : Citation::Style::Text;
        for (const Paper &paper : *papers)
            out() << Citation::reference(paper, style) << '\n';
    }
    out() << Qt::flush;
    return Done;
}

int regenerateKeys(Context &context, Library &library, const QList<qint64> &ids)
{
    const auto keys = CitationKeyStore(library).regenerate(ids);
    if (!keys)
        return context.failure(keys.error().toString());
    for (qsizetype i = 0; i < ids.size(); ++i)
        out() << ids[i] << '\t' << keys->at(i) << '\n';
    out() << Qt::flush;
    return Done;
}

int keyCommand(Context &context)
{
    const QStringList arguments = context.positional();
    const bool regenerate = context.parser.isSet(RegenerateOption);
    if (!regenerate && (arguments.isEmpty() || arguments.size() > 2))
        return context.usageError(QStringLiteral("give a paper id, and the new key to set it"));
    const auto ids = paperIds(regenerate ? arguments : arguments.mid(0, 1));
    if (!ids)
        return context.usageError(ids.error().message);
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    if (auto s = PaperStore(*library).checkIds(*ids); !s)
        return context.failure(s.error().toString());
    if (regenerate)
        return regenerateKeys(context, *library, *ids);
    CitationKeyStore keys(*library);
    if (arguments.size() == 2) {
        if (auto s = keys.setKey(ids->first(), arguments[1]); !s)
            return context.failure(s.error().toString());
    }
    out() << keys.key(ids->first()) << Qt::endl;
    return Done;
}

int keyPatternCommand(Context &context)
{
    const QStringList arguments = context.positional();
    if (arguments.size() > 1)
        return context.usageError(QStringLiteral("give one pattern (quote it), or none to show the pattern"));
    auto library = context.openLibrary();
    if (!library)
        return Failed;
    CitationKeyStore keys(*library);
    if (arguments.isEmpty()) {
        out() << keys.pattern() << "\n\n" << CitationKeys::patternFields().join(u'\n') << Qt::endl;
        return Done;
    }
    if (auto s = keys.setPattern(arguments.first()); !s)
        return context.usageError(s.error().message);
    out() << "new keys are made from " << keys.pattern() << "; existing keys stay (lectern key --regenerate ID...)"
          << Qt::endl;
    return Done;
}

} // namespace

QList<Command> citeCommands()
{
    return {
        {"cite", "ID...", "Print the papers' citation: \\cite{...} (key), [@...] (pandoc), BibTeX entries, or references.",
         {QStringLiteral("key"), QStringLiteral("pandoc"), QStringLiteral("bibtex"), QStringLiteral("text"),
          QStringLiteral("markdown")},
         citeCommand},
        {"key", "ID [KEY]", "Show a paper's citation key, or set it (unique in the library).", {}, keyCommand,
         {{RegenerateOption, QStringLiteral("Make the keys of the papers ID... again from the key pattern.")}}},
        {"key-pattern", "[PATTERN]", "Show the pattern new citation keys are made from, or set it: [auth][year][title].",
         {}, keyPatternCommand},
    };
}

} // namespace Lectern::CommandLine
