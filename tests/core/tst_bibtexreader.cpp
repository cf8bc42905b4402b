// BibTeX and biblatex entries become the papers they describe: names split by BibTeX's rules, LaTeX read as
// Unicode, dates from year, month and day or biblatex's date; a broken entry costs that entry alone; and the real
// exports in ../shared/data/import/bibtex give what was read from them by hand (../shared/data/import/expected).

#include "export/BibTexExporter.h"
#include "import/BibTexReader.h"
#include "library/EntryType.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// "given[Eric] particle[von] family[Hippel]": readable when a comparison fails.
QString describe(const Person &person)
{
    QStringList parts;
    const std::pair<const char *, const QString *> named[] = {{"given", &person.given}, {"particle", &person.particle},
                                                              {"family", &person.family}, {"suffix", &person.suffix},
                                                              {"literal", &person.literal}};
    for (const auto &[name, value] : named)
        if (!value->isEmpty())
            parts.append(QLatin1StringView(name) + u'[' + *value + u']');
    return parts.join(u' ');
}

QStringList describe(const QList<Person> &people)
{
    QStringList result;
    for (const Person &person : people)
        result.append(describe(person));
    return result;
}

struct Read
{
    QList<Paper> papers;
    QList<Error> errors;
    QList<Error> warnings;
};

// Every paper and every error of a device, reading on after errors as an import that skips invalid records does.
Read readAll(QIODevice &device, const ImportOptions &options = {})
{
    TextInput input(device, u"test.bib"_s);
    const std::unique_ptr<PaperReader> reader = bibtexFormat().open(input, options);
    Read read;
    for (int guard = 0; guard < 100000; ++guard) {
        auto paper = reader->next();
        read.warnings += reader->takeWarnings();
        if (!paper)
            read.errors.append(paper.error());
        else if (!*paper)
            break;
        else
            read.papers.append(std::move(**paper));
    }
    return read;
}

Read readAll(const QString &text, const ImportOptions &options = {})
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return readAll(buffer, options);
}

// The one paper of an entry made of these fields.
Paper readEntry(const QString &fields, const QString &type = u"misc"_s)
{
    const Read read = readAll(u'@' + type + u"{key,\n" + fields + u"\n}\n");
    if (read.papers.size() != 1 || !read.errors.isEmpty()) {
        qWarning() << "not one paper:" << (read.errors.isEmpty() ? QString() : read.errors.first().toString());
        return {};
    }
    return read.papers.first();
}

QString sharedFolder()
{
    return QStringLiteral(LECTERN_SHARED_DATA "/import");
}

QJsonObject jsonFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// biblatex's @set groups other entries and is no paper: a file's count of records holds them, its papers do not.
int setEntries(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int sets = 0;
    while (!file.atEnd())
        sets += file.readLine().trimmed().toLower().startsWith("@set{");
    return sets;
}

} // namespace

class TestBibTexReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_areSplitByBibTexRules_data();
    void names_areSplitByBibTexRules();
    void latex_readsAsUnicode_data();
    void latex_readsAsUnicode();
    void dates_becomeIsoDates_data();
    void dates_becomeIsoDates();
    void entryTypes_mapToLecternTypes_data();
    void entryTypes_mapToLecternTypes();
    void recognizes_entriesButNotProseWithAnEmail_data();
    void recognizes_entriesButNotProseWithAnEmail();

    void unclosedEntry_isReportedWhereItStarts_andTheNextIsRead();
    void unclosedLastEntry_isReportedAtTheEnd();
    void syntaxError_saysWhatWasExpected_andTheNextIsRead();
    void undefinedMacro_isAWarning_andKeptAsText();
    void crossrefToALaterEntry_isFollowed_asBibTexWantsIt();
    void crossrefToNoEntry_isAWarningAtTheEnd();
    void entriesWaitingForAParent_areBounded();
    void keywords_becomeTagsOnlyWhenAsked();
    void doiAndArxiv_areReadFromTheirUsualSpellings();
    void extraFields_keepTheTextAsWritten();
    void noTitle_isAnErrorNamingTheEntry();
    void noEntries_isAnError();
    void encodingLine_isFollowedButNotAfterAByteOrderMark();
    void hostileText_isAnErrorOrText_notACrash();
    void randomDamage_neverHangsOrCrashes();
    void tenThousandEntries_areAllRead();
    void exportedPapers_readBackTheSame();

    void realFiles_giveTheFactsReadByHand_data();
    void realFiles_giveTheFactsReadByHand();
};

void TestBibTexReader::names_areSplitByBibTexRules_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("people");
    const auto row = [](const char *name, const QString &field, const QStringList &people) {
        QTest::newRow(name) << field << people;
    };
    row("First von Last", u"Eric von Hippel"_s, {u"given[Eric] particle[von] family[Hippel]"_s});
    row("von Last, First", u"von Hippel, Eric"_s, {u"given[Eric] particle[von] family[Hippel]"_s});
    row("von Last, Jr, First", u"Sherry, Jr., John F."_s, {u"given[John F.] family[Sherry] suffix[Jr.]"_s});
    row("Last, First, Jr (a common slip)", u"Sherry, John F., Jr."_s, {u"given[John F.] family[Sherry] suffix[Jr.]"_s});
    row("von von Last, Jr, First", u"van den Huevel, Jr., Johan A"_s,
        {u"given[Johan A] particle[van den] family[Huevel] suffix[Jr.]"_s});
    row("literal in braces", u"{World Health Organization}"_s, {u"literal[World Health Organization]"_s});
    row("literal in double braces", u"{{World Health Organization}}"_s, {u"literal[World Health Organization]"_s});
    row("and inside braces", u"{Barnes and Noble} and Doe, Jane"_s,
        {u"literal[Barnes and Noble]"_s, u"given[Jane] family[Doe]"_s});
    row("hyphenated given name", u"Jean-Paul Sartre"_s, {u"given[Jean-Paul] family[Sartre]"_s});
    row("van", u"Ludwig van Beethoven"_s, {u"given[Ludwig] particle[van] family[Beethoven]"_s});
    row("de la, comma form", u"de la Fontaine, Jean"_s, {u"given[Jean] particle[de la] family[Fontaine]"_s});
    row("de la, no comma", u"Jean de la Fontaine"_s, {u"given[Jean] particle[de la] family[Fontaine]"_s});
    row("and others", u"Smith and Doe and others"_s,
        {u"family[Smith]"_s, u"family[Doe]"_s, u"literal[others]"_s});
    row("AND in capitals", u"Smith AND Doe"_s, {u"family[Smith]"_s, u"family[Doe]"_s});
    row("a lower-case last word is the family name", u"Michael deBraga"_s, {u"given[Michael] family[deBraga]"_s});
    row("capitalised particle stays in the given names", u"Bart De Win"_s, {u"given[Bart De] family[Win]"_s});
    row("comma inside one name", u"Philippe Kruchten, Churchill"_s, {u"given[Churchill] family[Philippe Kruchten]"_s});
    row("tie between initials", u"D.~E. Knuth"_s, {u"given[D. E.] family[Knuth]"_s});
    row("one word", u"Aristotle"_s, {u"family[Aristotle]"_s});
    row("accented letters decide by their letter", u"Aks{\\i}n, {\\\"O}zge and {\\c{C}}etinkaya, Bekir"_s,
        {u"given[Özge] family[Aksın]"_s, u"given[Bekir] family[Çetinkaya]"_s});
    row("a braced von is no von", u"{von Neumann}, John"_s, {u"given[John] family[von Neumann]"_s});
    row("long von and family", u"Charles Louis Xavier Joseph de la Vall{\\'e}e Poussin"_s,
        {u"given[Charles Louis Xavier Joseph] particle[de la] family[Vallée Poussin]"_s});
    row("over lines, trailing and", u"Doe, J. and\n      Roe, R. and"_s, {u"given[J.] family[Doe]"_s, u"given[R.] family[Roe]"_s});
}

void TestBibTexReader::names_areSplitByBibTexRules()
{
    QFETCH(QString, field);
    QFETCH(QStringList, people);
    const Paper paper = readEntry(u"title = {T}, author = {"_s + field + u"}, editor = {"_s + field + u'}');
    QCOMPARE(describe(paper.authors), people);
    QCOMPARE(describe(paper.editors), people);
}

void TestBibTexReader::latex_readsAsUnicode_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("text");
    const auto row = [](const QString &latex, const QString &text) {
        QTest::newRow(qPrintable(QString(latex).replace(u'\n', u"\\n"_s))) << latex << text;
    };
    row(u"M{\\\"o}bius"_s, u"Möbius"_s);
    row(u"M\\\"obius"_s, u"Möbius"_s);
    row(u"Caf\\'{e}"_s, u"Café"_s);
    row(u"Caf{\\'e}"_s, u"Café"_s);
    row(u"H\\^otel \\^{i}le"_s, u"Hôtel île"_s);
    row(u"Espa\\~{n}a"_s, u"España"_s);
    row(u"\\={a} \\.{z} \\u{a}"_s, u"ā ż ă"_s);
    row(u"Dvo\\v{r}\\'ak \\v c"_s, u"Dvořák č"_s);
    row(u"Erd\\H{o}s"_s, u"Erdős"_s);
    row(u"Fran\\c{c}ais \\c c"_s, u"Français ç"_s);
    row(u"\\k{a} \\r{u} \\r a"_s, u"ą ů å"_s);
    row(u"Mart\\'{\\i}nez Mart{\\'\\i}nez \\'\\i"_s, u"Martínez Martínez í"_s);
    row(u"{\\i} {\\j}"_s, u"ı ȷ"_s);
    row(u"Stra{\\ss}e"_s, u"Straße"_s);
    row(u"Bj{\\o}rn {\\O}resund"_s, u"Bjørn Øresund"_s);
    row(u"{\\AA}ngstr{\\\"o}m H{\\aa}kan"_s, u"Ångström Håkan"_s);
    row(u"{\\ae}on {\\AE} {\\oe}uvre {\\OE}"_s, u"æon Æ œuvre Œ"_s);
    row(u"{\\L}{\\'o}d{\\'z} {\\l}"_s, u"Łódź ł"_s);
    row(u"pages 1--10, a---b, well-known"_s, u"pages 1–10, a—b, well-known"_s);
    row(u"J.~Chem. Phys."_s, u"J. Chem. Phys."_s);
    row(u"\\& \\% \\$ \\_ \\#"_s, u"& % $ _ #"_s);
    row(u"The {\\sc Conniver} Manual"_s, u"The Conniver Manual"_s);
    row(u"\\textsc{Gnu} \\emph{very} \\textit{small} \\textbf{bold}"_s, u"Gnu very small bold"_s);
    row(u"{CORDIC} {II:} {A} New {CORDIC} Algorithm"_s, u"CORDIC II: A New CORDIC Algorithm"_s);
    row(u"``quoted'' and 'single'"_s, u"“quoted” and 'single'"_s);
    row(u"$O(n^2)$ time and $\\alpha$-stable"_s, u"$O(n^2)$ time and $\\alpha$-stable"_s);
    row(u"\\foo{bar} baz \\unknown"_s, u"\\foo{bar} baz \\unknown"_s);
    row(u"methodology\\hyphen independent"_s, u"methodology-independent"_s);
    row(u"\\LaTeX\\ and \\TeX{} rock"_s, u"LaTeX and TeX rock"_s);
    row(u"a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}"_s, u"a\\b ~ ^"_s);
    row(u"see \\url{http://example.org/~a_b}"_s, u"see http://example.org/~a_b"_s);
    row(u"Sci-{Hub}"_s, u"Sci-Hub"_s);
    row(u"\\mkbibquote{Intentionalit{\\\"a}t} und \\enquote{x}"_s, u"“Intentionalität” und “x”"_s);
    row(u"over\n   several    lines"_s, u"over several lines"_s);
}

void TestBibTexReader::latex_readsAsUnicode()
{
    QFETCH(QString, latex);
    QFETCH(QString, text);
    QCOMPARE(readEntry(u"title = {"_s + latex + u'}').title, text);
}

void TestBibTexReader::dates_becomeIsoDates_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("published");
    QTest::newRow("bare year") << u"year = 2006"_s << u"2006"_s;
    QTest::newRow("month macro") << u"year = {2018}, month = mar"_s << u"2018-03"_s;
    QTest::newRow("month abbreviated in braces") << u"year = {2020}, month = {Aug}"_s << u"2020-08"_s;
    QTest::newRow("month number") << u"year = 2020, month = {8}"_s << u"2020-08"_s;
    QTest::newRow("month name and day") << u"year = 2020, month = {August}, day = 5"_s << u"2020-08-05"_s;
    QTest::newRow("month range") << u"year = 2020, month = jul # \"--\" # aug"_s << u"2020-07"_s;
    QTest::newRow("no such month") << u"year = 2020, month = {Summer}"_s << u"2020"_s;
    QTest::newRow("no such day") << u"year = 2021, month = feb, day = 30"_s << u"2021-02"_s;
    QTest::newRow("biblatex year and month") << u"date = {2011-12}"_s << u"2011-12"_s;
    QTest::newRow("biblatex full date") << u"date = {2010-08-17}"_s << u"2010-08-17"_s;
    QTest::newRow("biblatex date and time") << u"date = {2010-08-17T10:00:00}"_s << u"2010-08-17"_s;
    QTest::newRow("biblatex range of years") << u"date = {1988/1992}"_s << u"1988"_s;
    QTest::newRow("biblatex range of days") << u"date = {2004-03-01/2004-04-30}"_s << u"2004-03-01"_s;
    QTest::newRow("biblatex approximate") << u"date = {1983~}"_s << u"1983"_s;
    QTest::newRow("biblatex season") << u"date = {2004-22}"_s << u"2004"_s;
    QTest::newRow("date before year") << u"date = {2001-05}, year = 1999"_s << u"2001-05"_s;
    QTest::newRow("year that is no number") << u"year = {in press}"_s << u"in press"_s;
    QTest::newRow("year with a letter") << u"year = {2006a}"_s << u"2006"_s;
    QTest::newRow("no date") << u"note = {undated}"_s << QString();
}

void TestBibTexReader::dates_becomeIsoDates()
{
    QFETCH(QString, fields);
    QFETCH(QString, published);
    QCOMPARE(readEntry(u"title = {T}, "_s + fields).published, published);
}

void TestBibTexReader::entryTypes_mapToLecternTypes_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("type");
    QTest::newRow("article") << u"@Article{k, title = {T}, journal = {J}}"_s << u"article"_s;
    QTest::newRow("inproceedings in capitals, parentheses") << u"@INPROCEEDINGS(k, title = {T})"_s << u"inproceedings"_s;
    QTest::newRow("phdthesis") << u"@PhdThesis{k, title = {T}}"_s << u"thesis"_s;
    QTest::newRow("techreport") << u"@techreport{k, title = {T}}"_s << u"report"_s;
    QTest::newRow("online") << u"@online{k, title = {T}, url = {https://example.org}}"_s << u"webpage"_s;
    QTest::newRow("misc with an arXiv eprint") << u"@misc{k, title = {T}, eprint = {2101.00001}, archivePrefix = {arXiv}}"_s
                                                << u"preprint"_s;
    QTest::newRow("online with an arXiv eprinttype")
        << u"@online{k, title = {T}, eprint = {2101.00001}, eprinttype = {arxiv}}"_s << u"preprint"_s;
    QTest::newRow("article with an arXiv eprint but no journal")
        << u"@article{k, title = {T}, eprint = {arXiv:2101.00001}}"_s << u"preprint"_s;
    QTest::newRow("article with an arXiv eprint in a journal")
        << u"@article{k, title = {T}, journal = {J}, eprint = {2101.00001}, archiveprefix = {arXiv}}"_s << u"article"_s;
    QTest::newRow("type no table knows") << u"@letter{k, title = {T}}"_s << u"misc"_s;
}

void TestBibTexReader::entryTypes_mapToLecternTypes()
{
    QFETCH(QString, entry);
    QFETCH(QString, type);
    const Read read = readAll(entry);
    QCOMPARE(read.papers.size(), 1);
    QCOMPARE(read.papers.first().type, type);
}

void TestBibTexReader::recognizes_entriesButNotProseWithAnEmail_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("bibtex");
    QTest::newRow("entry first") << u"@article{key,\n  title = {T}\n}\n"_s << true;
    QTest::newRow("after comments and text") << u"% Encoding: UTF-8\nSome text.\n\n   @Book (key,\n"_s << true;
    QTest::newRow("a @string only") << u"@string{acm = {ACM}}\n"_s << true;
    QTest::newRow("daily list with an email") << u"Jun 13\n\nA Title\n\nWrite to me@example.org{ok} today.\n"_s << false;
    QTest::newRow("a handle at the start of a line") << u"A Title\n\n@someone said so in an abstract.\n"_s << false;
    QTest::newRow("no word after the @") << u"@{key,\n"_s << false;
}

void TestBibTexReader::recognizes_entriesButNotProseWithAnEmail()
{
    QFETCH(QString, head);
    QFETCH(bool, bibtex);
    QCOMPARE(bibtexFormat().recognizes(head), bibtex);
    const Format *format = recognizeFormat(head);
    QCOMPARE(format && qstrcmp(format->name, "bibtex") == 0, bibtex);
}

void TestBibTexReader::unclosedEntry_isReportedWhereItStarts_andTheNextIsRead()
{
    const Read read = readAll(u"@article{before, title = {Before}}\n"
                              "\n"
                              "@article{broken,\n"
                              "  title = {Unclosed {brace},\n"
                              "  year = 2020,\n"
                              "}\n"
                              "@article{after,\n"
                              "  title = {After},\n"
                              "}\n"_s);
    QCOMPARE(read.errors.size(), 1);
    QCOMPARE(read.errors.first().toString(),
             u"test.bib:3:1: the entry broken starting here is not closed: a brace is missing"_s);
    QCOMPARE(read.papers.size(), 2);
    QCOMPARE(read.papers[0].title, u"Before"_s);
    QCOMPARE(read.papers[1].title, u"After"_s);
}

void TestBibTexReader::unclosedLastEntry_isReportedAtTheEnd()
{
    const Read read = readAll(u"@article{first, title = {First}}\n  @book{last,\n  title = {Last}\n"_s);
    QCOMPARE(read.papers.size(), 1);
    QCOMPARE(read.errors.size(), 1);
    QCOMPARE(read.errors.first().toString(), u"test.bib:2:3: the entry last starting here is not closed: a brace is missing"_s);
}

void TestBibTexReader::syntaxError_saysWhatWasExpected_andTheNextIsRead()
{
    const Read read = readAll(u"@article{a, title = {A} year = 2000}\n"
                              "@article{b, title {B}}\n"
                              "@article{c, = {C}}\n"
                              "@article{d, title = }\n"
                              "@article{e, title = \"E}\n"
                              "@article{f, title = {F}}\n"_s);
    QStringList errors;
    for (const Error &error : read.errors)
        errors.append(error.toString());
    QCOMPARE(errors, (QStringList{
                         u"test.bib:1:25: expected ',' or '}' after the value of field title"_s,
                         u"test.bib:2:19: expected '=' after the field name title"_s,
                         u"test.bib:3:13: expected a field name or '}'"_s,
                         u"test.bib:4:21: expected the value of field title: a {braced} or \"quoted\" text, a number or a @string name"_s,
                         u"test.bib:5:23: expected '\"' to end the value of field title, found '}'"_s,
                     }));
    QCOMPARE(read.papers.size(), 1);
    QCOMPARE(read.papers.first().title, u"F"_s);
}

void TestBibTexReader::undefinedMacro_isAWarning_andKeptAsText()
{
    const Read read = readAll(u"@misc{k,\n  title = {T},\n  publisher = acm # { Press},\n}\n"_s);
    QCOMPARE(read.papers.size(), 1);
    QCOMPARE(read.papers.first().publisher, u"acm Press"_s);
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.first().toString(), u"test.bib:3:15: the @string acm is not defined; its name is kept as text"_s);
}

// BibTeX wants the parent after the entries that name it: they wait for it and come just before it, with its fields.
void TestBibTexReader::crossrefToALaterEntry_isFollowed_asBibTexWantsIt()
{
    const Read read = readAll(u"@incollection{child, title = {Chapter}, crossref = {parent}}\n"
                              "@article{between, title = {Between}}\n"
                              "@incollection{xchild, title = {Chapter X}, xdata = {shared}, crossref = {parent}}\n"
                              "@xdata{shared, publisher = {Springer}}\n"
                              "@collection{parent, title = {Book}, year = 2000}\n"
                              "@incollection{second, title = {Chapter Two}, crossref = {Parent}}\n"_s);
    QStringList titles;
    for (const Paper &paper : read.papers)
        titles.append(paper.title);
    QCOMPARE(titles, (QStringList{u"Between"_s, u"Chapter"_s, u"Chapter X"_s, u"Book"_s, u"Chapter Two"_s}));
    for (const int chapter : {1, 2, 4}) {
        QCOMPARE(read.papers[chapter].published, u"2000"_s);
        QCOMPARE(read.papers[chapter].container, u"Book"_s);
    }
    QCOMPARE(read.papers[2].publisher, u"Springer"_s);
    QVERIFY(read.warnings.isEmpty());
}

// A parent the file does not have: the entry comes at the end, without its fields, and the warning names both.
void TestBibTexReader::crossrefToNoEntry_isAWarningAtTheEnd()
{
    const Read read = readAll(u"@incollection{child, title = {Chapter}, crossref = {nowhere}}\n"
                              "@article{after, title = {After}}\n"_s);
    QCOMPARE(read.papers.size(), 2);
    QCOMPARE(read.papers[0].title, u"After"_s);
    QCOMPARE(read.papers[1].title, u"Chapter"_s);
    QCOMPARE(read.papers[1].container, QString());
    QCOMPARE(read.warnings.size(), 1);
    QCOMPARE(read.warnings.first().line, 1);
    QVERIFY2(read.warnings.first().message.contains(u"child takes fields from nowhere, but the file has no"_s),
             qPrintable(read.warnings.first().message));
}

// A file whose entries name a parent it does not have is not held in memory: past 10,000 waiting entries the oldest
// goes on without its parent's fields.
void TestBibTexReader::entriesWaitingForAParent_areBounded()
{
    QByteArray bib;
    for (int i = 1; i <= 10005; ++i)
        bib += "@incollection{c" + QByteArray::number(i) + ", title = {Chapter " + QByteArray::number(i)
             + "}, crossref = {nowhere}}\n";
    QBuffer buffer(&bib);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TextInput input(buffer, u"test.bib"_s);
    const std::unique_ptr<PaperReader> reader = bibtexFormat().open(input, {});
    const auto first = reader->next();
    QVERIFY(first && *first);
    QCOMPARE((*first)->title, u"Chapter 1"_s);
    QVERIFY2(input.bytesRead() < bib.size(), "the first chapter waited for the end of the file");
    const QList<Error> warnings = reader->takeWarnings();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().message.contains(u"comes in the 10000 entries after it"_s), qPrintable(warnings.first().message));
    int papers = 1;
    for (auto paper = reader->next(); paper && *paper; paper = reader->next())
        ++papers;
    QCOMPARE(papers, 10005);
}

void TestBibTexReader::keywords_becomeTagsOnlyWhenAsked()
{
    const QString entry = u"@misc{k, title = {T}, keywords = {deep learning, optimisation; {\\\"U}bung,, deep learning},"
                          " eprint = {2101.00001}, archivePrefix = {arXiv}, primaryClass = {cs.LG}}"_s;
    QCOMPARE(readAll(entry).papers.first().tags, (QStringList{u"deep learning"_s, u"optimisation"_s, u"Übung"_s}));
    ImportOptions options;
    options.keywordTags = false;
    options.categoryTags = true;
    const Paper paper = readAll(entry, options).papers.first();
    QCOMPARE(paper.tags, QStringList{u"arxiv/cs.LG"_s});
    QCOMPARE(paper.extraFields.size(), 1);
    QCOMPARE(paper.extraFields.first().name, u"keywords"_s);
}

void TestBibTexReader::doiAndArxiv_areReadFromTheirUsualSpellings()
{
    QCOMPARE(readEntry(u"title = {T}, doi = {https://doi.org/10.1000/ABC}"_s).doi, u"10.1000/ABC"_s);
    QCOMPARE(readEntry(u"title = {T}, doi = {http://dx.doi.org/10.1109/MSP.2004.81}"_s).doi, u"10.1109/MSP.2004.81"_s);
    QCOMPARE(readEntry(u"title = {T}, doi = {https://doi.org/10.1002/%28SICI%29x}"_s).doi, u"10.1002/(SICI)x"_s);
    QCOMPARE(readEntry(u"title = {T}, doi = {doi:10.1000/a\\_b}"_s).doi, u"10.1000/a_b"_s);
    const Paper arxiv = readEntry(u"title = {T}, eprint = {1706.03762v5}, eprinttype = {arXiv}, eprintclass = {cs.CL}"_s);
    QCOMPARE(arxiv.arxivId, u"1706.03762v5"_s);
    QCOMPARE(arxiv.arxivCategory, u"cs.CL"_s);
    QVERIFY(arxiv.extraFields.isEmpty());
    const Paper other = readEntry(u"title = {T}, eprint = {hep-th/9901001}, eprinttype = {jstor}"_s);
    QCOMPARE(other.arxivId, QString());
    QCOMPARE(other.extraFields.size(), 2);
}

void TestBibTexReader::extraFields_keepTheTextAsWritten()
{
    const Paper paper = readEntry(u"title = {T},\n"
                                  "  File = {:C\\:\\\\Papers\\\\a.pdf:PDF},\n"
                                  "  comment = {Over\n      two lines {\\em with} LaTeX},\n"
                                  "  ranking = {rank4}, readstatus = {read}, priority = {prio1}"_s);
    QCOMPARE(paper.extraFields, (QList<ExtraField>{{u"File"_s, u":C\\:\\\\Papers\\\\a.pdf:PDF"_s},
                                                   {u"comment"_s, u"Over two lines {\\em with} LaTeX"_s},
                                                   {u"priority"_s, u"prio1"_s}}));
    QCOMPARE(paper.rating, 4);
    QCOMPARE(paper.status, ReadingStatus::Read);
}

void TestBibTexReader::noTitle_isAnErrorNamingTheEntry()
{
    const Read read = readAll(u"\n@misc{untitled, author = {Doe, Jane}}\n@misc{titled, title = {T}}\n"_s);
    QCOMPARE(read.errors.size(), 1);
    QCOMPARE(read.errors.first().toString(), u"test.bib:2: the @misc entry untitled has no title"_s);
    QCOMPARE(read.papers.size(), 1);
}

void TestBibTexReader::noEntries_isAnError()
{
    const Read read = readAll(u"@string{a = {b}}\n@comment{nothing}\nfree text\n"_s);
    QCOMPARE(read.papers.size(), 0);
    QCOMPARE(read.errors.size(), 1);
    QVERIFY2(read.errors.first().message.startsWith(u"no BibTeX entries found"_s), qPrintable(read.errors.first().message));
}

void TestBibTexReader::encodingLine_isFollowedButNotAfterAByteOrderMark()
{
    QByteArray western = "% Encoding: windows-1252\n@misc{k, title = {Gr\xfc\xdf" "e \x80}}\n";
    QBuffer westernBuffer(&western);
    westernBuffer.open(QIODevice::ReadOnly);
    QCOMPARE(readAll(westernBuffer).papers.value(0).title, u"Grüße €"_s);

    // A UTF-16 file is decoded by its byte order mark, whatever its header says (JabRef writes "UTF-16LE" there).
    const QString text = u"% Encoding: UTF-8\n@misc{k, title = {Grüße}}\n"_s;
    QByteArray utf16("\xff\xfe");
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QBuffer utf16Buffer(&utf16);
    utf16Buffer.open(QIODevice::ReadOnly);
    QCOMPARE(readAll(utf16Buffer).papers.value(0).title, u"Grüße"_s);

    const Read unknown = readAll(u"% Encoding: EBCDIC\n@misc{k, title = {T}}\n"_s);
    QCOMPARE(unknown.papers.size(), 1);
    QCOMPARE(unknown.warnings.size(), 1);
    QCOMPARE(unknown.warnings.first().line, 1);
}

void TestBibTexReader::hostileText_isAnErrorOrText_notACrash()
{
    // Accents nested 100,000 deep: past a few dozen levels the text stays as written instead of filling the stack.
    const QString nested = u"\\'{"_s.repeated(100000) + u'e' + u"}"_s.repeated(100000);
    QString deep = u"@misc{k, title = {"_s;
    for (qsizetype i = 0; i < nested.size(); i += 1000)
        deep += nested.sliced(i, qMin<qsizetype>(1000, nested.size() - i)) + u'\n';
    const Read read = readAll(deep + u"}}\n"_s);
    QCOMPARE(read.errors.size(), 0);
    QCOMPARE(read.papers.size(), 1);
    QVERIFY(!read.papers.first().title.isEmpty());

    // Macros that double each other would need gigabytes: a value over a megabyte is an error.
    QString doubling = u"@string{m0 = \"0123456789\"}\n"_s;
    for (int i = 1; i <= 24; ++i)
        doubling += u"@string{m%1 = m%2 # m%2}\n"_s.arg(i).arg(i - 1);
    const Read doubled = readAll(doubling + u"@misc{k, title = m24}\n"_s);
    QVERIFY(!doubled.errors.isEmpty());
    QVERIFY2(doubled.errors.first().message.contains(u"characters long"_s), qPrintable(doubled.errors.first().message));
    QCOMPARE(doubled.papers.size(), 1); // its title is the undefined macro's name
}

// Files cut, and braces, quotes and at signs put in at random places, are read to the end without a hang or a crash.
void TestBibTexReader::randomDamage_neverHangsOrCrashes()
{
    QString sample;
    for (const QFileInfo &file : QDir(QStringLiteral(LECTERN_TEST_DATA "/import/bibtex")).entryInfoList({u"*.bib"_s})) {
        QFile in(file.filePath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        sample += QString::fromUtf8(in.readAll());
    }
    QRandomGenerator random(1);
    const QString damage = u"{}\"@#,=\\()%$~\n"_s;
    for (int round = 0; round < 300; ++round) {
        QString text = sample.first(random.bounded(sample.size()));
        for (int i = 0; i < 20; ++i)
            text.insert(random.bounded(text.size() + 1), damage[random.bounded(damage.size())]);
        const Read read = readAll(text);
        QVERIFY(read.papers.size() + read.errors.size() < text.size());
    }
}

void TestBibTexReader::tenThousandEntries_areAllRead()
{
    QString text = u"@string{pub = {Publisher}}\n"_s;
    for (int i = 0; i < 10000; ++i)
        text += u"@InProceedings{key%1,\n"
                "  author    = {Gustafsson, Oscar and H{\\aa}kan Johansson and von Hippel, Eric},\n"
                "  title     = {Decimation filters for {FIR} filters, number %1},\n"
                "  booktitle = {2015 {IEEE} International Symposium on Circuits and Systems},\n"
                "  publisher = pub,\n"
                "  pages     = {2205--2208},\n"
                "  doi       = {10.1109/ISCAS.2015.%1},\n"
                "  month     = may,\n"
                "  year      = {2015},\n"
                "  abstract  = {A long abstract about filters, with $x^2$ and \\emph{emphasis}, that goes on for a\n"
                "               while over several lines so that the reader has some text to decode.},\n"
                "  timestamp = {Wed, 05 Aug 2015 09:08:53 +0200},\n"
                "}\n\n"_s.arg(i);
    // From a file, as imports read: a QBuffer reads lines a character at a time, which would be most of the time.
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(text.toUtf8());
    QVERIFY(file.seek(0));
    // How long it takes is for the benchmarks to say (a shared machine makes a timed test flaky); this is
    // that a large file streams through whole and right.
    const Read read = readAll(file);
    QCOMPARE(read.papers.size(), 10000);
    QCOMPARE(read.papers.last().published, u"2015-05"_s);
}

// What the exporter writes reads back as the same titles, people, DOIs and years.
void TestBibTexReader::exportedPapers_readBackTheSame()
{
    Paper accents;
    accents.title = u"Über Möbius-Bänder: 100% of $x$ & {braces}, a_b #1 ~ ^ back\\slash"_s;
    accents.authors = {Person{u"Hippel"_s, u"Eric"_s, u"von"_s, {}, {}}, Person{u"Sherry"_s, u"John F."_s, {}, u"Jr."_s, {}},
                       Person{u"Aksın"_s, u"Özge"_s, {}, {}, {}}};
    accents.doi = u"10.1002/(SICI)1096-987X(199803)19:4<377::AID-JCC1>3.0.CO;2-P"_s;
    accents.published = u"2006-05-01"_s;
    Paper preprint;
    preprint.title = u"Attention Is All You Need"_s;
    preprint.authors = {Person{u"Vaswani"_s, u"Ashish"_s, {}, {}, {}}};
    preprint.arxivId = u"1706.03762"_s;
    preprint.published = u"2017"_s;
    preprint.tags = {u"nlp"_s, u"transformers"_s};
    const QList<Paper> papers{accents, preprint};
    const QString bib = BibTexExporter().write(papers, ExportOptions::allFields());
    const Read read = readAll(bib);
    QVERIFY2(read.errors.isEmpty(), qPrintable(read.errors.isEmpty() ? QString() : read.errors.first().toString() + u'\n' + bib));
    QCOMPARE(read.papers.size(), papers.size());
    for (qsizetype i = 0; i < papers.size(); ++i) {
        QCOMPARE(read.papers[i].title, papers[i].title);
        QCOMPARE(describe(read.papers[i].authors), describe(papers[i].authors));
        QCOMPARE(read.papers[i].doi, papers[i].doi);
        QCOMPARE(read.papers[i].arxivId, papers[i].arxivId);
        QCOMPARE(read.papers[i].published, papers[i].published.left(7)); // the year and month: BibTeX has no day
        QCOMPARE(read.papers[i].tags, papers[i].tags);
    }
    QCOMPARE(read.papers[1].type, u"preprint"_s);
}

void TestBibTexReader::realFiles_giveTheFactsReadByHand_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("facts");
    const QDir expected(sharedFolder() + u"/expected"_s);
    if (!expected.exists())
        QSKIP(qPrintable(u"no shared data in "_s + sharedFolder() + u"; the real files are not read"_s));
    for (const QString &name : expected.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QJsonObject facts = jsonFile(expected.filePath(name));
        const QString file = facts.value(u"file").toString();
        if (file.startsWith(u"bibtex/"_s))
            QTest::newRow(qPrintable(file)) << sharedFolder() + u'/' + file << facts;
    }
}

void TestBibTexReader::realFiles_giveTheFactsReadByHand()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, facts);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    TextInput input(file, path);
    const Format *format = recognizeFormat(input.head());
    QVERIFY(format);
    QCOMPARE(format->name, "bibtex");
    const std::unique_ptr<PaperReader> reader = bibtexFormat().open(input, {});
    QHash<QString, Paper> byKey;
    QList<Error> warnings;
    int papers = 0;
    for (;;) {
        auto paper = reader->next();
        warnings += reader->takeWarnings();
        QVERIFY2(paper.ok(), qPrintable(paper.ok() ? QString() : paper.error().toString()));
        if (!*paper)
            break;
        ++papers;
        byKey.insert((*paper)->citationKey, **paper);
    }
    QCOMPARE(papers, facts.value(u"records").toInt() - setEntries(path));
    for (const QJsonValue &value : facts.value(u"samples").toArray()) {
        const QJsonObject sample = value.toObject();
        const QString key = sample.value(u"key").toString();
        QVERIFY2(byKey.contains(key), qPrintable(key));
        const Paper &paper = byKey[key];
        const QString subtitle = sample.value(u"subtitle").toString();
        QCOMPARE(paper.title, sample.value(u"title").toString() + (subtitle.isEmpty() ? QString() : u": "_s + subtitle));
        if (sample.value(u"first_author_family").isString())
            QCOMPARE(paper.authors.value(0).family, sample.value(u"first_author_family").toString());
        else
            QVERIFY(paper.authors.isEmpty());
        for (const auto &[field, part] : {std::pair{u"first_author_given", &Person::given},
                                          std::pair{u"first_author_particle", &Person::particle}})
            if (sample.contains(QStringView(field)))
                QCOMPARE(paper.authors.value(0).*part, sample.value(QStringView(field)).toString());
        if (sample.contains(u"first_author_display"))
            QCOMPARE(paper.firstAuthor(), sample.value(u"first_author_display").toString());
        if (sample.contains(u"authors_count"))
            QCOMPARE(paper.authors.size(), sample.value(u"authors_count").toInt());
        if (sample.contains(u"authors")) {
            QStringList names;
            for (const Person &person : paper.authors)
                names.append(person.familyFirst());
            QStringList expected;
            for (const QJsonValue &name : sample.value(u"authors").toArray())
                expected.append(name.toString());
            QCOMPARE(names, expected);
        }
        QCOMPARE(paper.doi, sample.value(u"doi").toString());
        QCOMPARE(paper.arxivId, sample.value(u"arxiv").toString());
        if (sample.contains(u"journal"))
            QCOMPARE(paper.container, sample.value(u"journal").toString());
        const bool preprint = sample.value(u"arxiv").isString() && !sample.contains(u"journal");
        QCOMPARE(paper.type, preprint ? u"preprint"_s : EntryType::fromBibtex(sample.value(u"type").toString()));
        if (sample.contains(u"month"))
            QCOMPARE(paper.published.mid(5, 2).toInt(), sample.value(u"month").toInt());
        const QString year = sample.value(u"year").isDouble() ? QString::number(sample.value(u"year").toInt()) : QString();
        QCOMPARE(paper.published.left(4), year);
    }
}

QTEST_GUILESS_MAIN(TestBibTexReader)
#include "tst_bibtexreader.moc"
