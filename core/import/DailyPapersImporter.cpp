#include "import/DailyPapersImporter.h"

#include "text/PaperText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lectern {

namespace {

struct Line
{
    int number; // 1-based, as an editor shows it
    QString text;
};

// The page's own words above the list; skipped wherever they occur before the first title.
bool isChrome(const QString &line)
{
    static const QStringList chrome{QStringLiteral("new"), QStringLiteral("Get trending papers in your email inbox!"),
                                    QStringLiteral("Subscribe"), QStringLiteral("byAK and the research community")};
    return chrome.contains(line.trimmed(), Qt::CaseInsensitive);
}

// "Jun 13", "June 13", "Jun 13, 2025": the day the list is for.
bool isDateLine(const QString &line)
{
    return !PaperText::sortableDate(line).isEmpty() && line.trimmed().size() <= 20;
}

// Non-empty lines with their numbers; runs of blank lines separate them.
QList<QList<Line>> paragraphs(const QString &text)
{
    QList<QList<Line>> result;
    QList<Line> current;
    int number = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty()) {
            if (!current.isEmpty())
                result.append(std::exchange(current, {}));
            continue;
        }
        current.append({number, trimmed});
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

// A short single line that is not a sentence: another title, where an abstract was expected.
bool looksLikeTitle(const QList<Line> &block)
{
    constexpr int LongestTitle = 250;
    const QString &text = block.first().text;
    return block.size() == 1 && text.size() < LongestTitle && !text.contains(QStringLiteral(". "))
        && !text.endsWith(u'.');
}

Paper makePaper(const QString &title, const QString &abstract, const QString &published)
{
    Paper paper;
    // A title is one line of the file, but a line may hold a line or paragraph separator or a control character.
    paper.title = PaperText::singleLine(title);
    paper.abstract = abstract;
    paper.published = published;
    paper.links = PaperText::findLinks(abstract);
    paper.arxivId = PaperText::findArxivId(abstract);
    paper.doi = PaperText::findDoi(abstract);
    return paper;
}

} // namespace

bool DailyPapersImporter::recognizes(const QString &text) const
{
    // Any text made of paragraphs can be a list; parse() says precisely what is wrong with it.
    return !text.trimmed().isEmpty();
}

Expected<QList<Paper>> DailyPapersImporter::parse(const QString &text, const QString &fileName) const
{
    const QList<QList<Line>> blocks = paragraphs(text);
    QString published;
    qsizetype i = 0;
    // The chrome comes first; the date line, when there is one, dates every paper below it.
    for (; i < blocks.size() && blocks[i].size() == 1; ++i) {
        const QString &line = blocks[i].first().text;
        if (isDateLine(line))
            published = line;
        else if (!isChrome(line))
            break;
    }

    QList<Paper> papers;
    while (i < blocks.size()) {
        const QList<Line> &titleBlock = blocks[i];
        if (titleBlock.size() != 1)
            return Error{QCoreApplication::translate("Lectern::DailyPapersImporter",
                                                     "expected a title on a line of its own, "
                                                     "found %1 lines without a blank line between them")
                             .arg(titleBlock.size()),
                         fileName, titleBlock.first().number};
        if (i + 1 >= blocks.size())
            return Error{QCoreApplication::translate("Lectern::DailyPapersImporter",
                                                     "the title \"%1\" has no abstract after it")
                             .arg(titleBlock.first().text),
                         fileName, titleBlock.first().number};
        if (looksLikeTitle(blocks[i + 1]) && i + 2 < blocks.size())
            return Error{QCoreApplication::translate("Lectern::DailyPapersImporter",
                                                     "the title \"%1\" has no abstract after it")
                             .arg(titleBlock.first().text),
                         fileName, titleBlock.first().number};
        QStringList abstractLines;
        for (const Line &line : blocks[i + 1])
            abstractLines.append(line.text);
        papers.append(makePaper(titleBlock.first().text, abstractLines.join(u' '), published));
        i += 2;
    }
    if (papers.isEmpty())
        return Error{QCoreApplication::translate("Lectern::DailyPapersImporter",
                                                 "no papers found: "
                                                 "expected a title line, a blank line and an abstract"),
                     fileName, 1};
    return papers;
}

} // namespace Lectern
