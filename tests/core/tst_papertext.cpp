// The text rules every importer relies on: links in prose, identifiers, title keys and dates; and the rule
// for every link Lectern opens.

#include "text/PaperText.h"

#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestPaperText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findLinks_dropsProsePunctuationAndRepeats_data();
    void findLinks_dropsProsePunctuationAndRepeats();
    void linkKind_marksCodeHostsAsCode_data();
    void linkKind_marksCodeHostsAsCode();
    void titleKey_ignoresCasePunctuationAndAccents_data();
    void titleKey_ignoresCasePunctuationAndAccents();
    void titleKey_keepsDifferentTitlesApart();
    void sortableDate_givesIsoOrderOrNothing_data();
    void sortableDate_givesIsoOrderOrNothing();
    void findArxivId_findsModernAndOldStyleIds_data();
    void findArxivId_findsModernAndOldStyleIds();
    void findDoi_findsLowerCasedDoiWithoutTrailingPunctuation_data();
    void findDoi_findsLowerCasedDoiWithoutTrailingPunctuation();
    void browserUrl_opensOnlyWebAndDoiLinks_data();
    void browserUrl_opensOnlyWebAndDoiLinks();
    void forTerminal_showsWhatATerminalWouldObey_data();
    void forTerminal_showsWhatATerminalWouldObey();
    void singleLine_putsTheTextOnOneLine_data();
    void singleLine_putsTheTextOnOneLine();
};

void TestPaperText::findLinks_dropsProsePunctuationAndRepeats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");

    QTest::newRow("no link") << u"Plain prose, no address; the httpd server is not one."_s << QStringList();
    QTest::newRow("trailing full stop")
        << u"Code is available at https://github.com/thuml/Latent-Spectral-Models."_s
        << QStringList{u"https://github.com/thuml/Latent-Spectral-Models"_s};
    QTest::newRow("trailing comma") << u"See https://a.org/x, then read on."_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("trailing semicolon, colon, ! and ?")
        << u"https://a.org/1; https://a.org/2: https://a.org/3! https://a.org/4?"_s
        << QStringList{u"https://a.org/1"_s, u"https://a.org/2"_s, u"https://a.org/3"_s, u"https://a.org/4"_s};
    QTest::newRow("unbalanced closing parenthesis") << u"(code: https://a.org/x)"_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("parenthesis then full stop") << u"(see https://a.org/x)."_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("balanced parentheses are part of the link")
        << u"See https://en.wikipedia.org/wiki/Lisp_(programming_language)."_s
        << QStringList{u"https://en.wikipedia.org/wiki/Lisp_(programming_language)"_s};
    QTest::newRow("unbalanced closing bracket") << u"[https://a.org/x]"_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("double quotes then full stop") << u"at \"http://x.org/a/\"."_s << QStringList{u"http://x.org/a/"_s};
    QTest::newRow("single quotes") << u"at 'https://a.org/x'."_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("angle brackets") << u"<https://a.org/x>"_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("{this https URL} suffix")
        << u"Code: https://github.com/a/b{this https URL}."_s << QStringList{u"https://github.com/a/b"_s};
    QTest::newRow("arXiv's 'this https URL' alone is no link") << u"Code at this https URL."_s << QStringList();
    QTest::newRow("query string kept, trailing full stop dropped")
        << u"Try https://a.org/s?q=1&n=2."_s << QStringList{u"https://a.org/s?q=1&n=2"_s};
    QTest::newRow("duplicates removed, order kept")
        << u"https://b.org/y and https://a.org/x, again https://b.org/y."_s
        << QStringList{u"https://b.org/y"_s, u"https://a.org/x"_s};
    QTest::newRow("same link with and without punctuation is one link")
        << u"https://a.org/x. Again: https://a.org/x"_s << QStringList{u"https://a.org/x"_s};
    QTest::newRow("upper-case scheme") << u"HTTPS://A.ORG/x"_s << QStringList{u"HTTPS://A.ORG/x"_s};
    QTest::newRow("scheme without a host") << u"Only http:// and https://."_s << QStringList();
    QTest::newRow("other scheme") << u"ftp://a.org/x and mailto:a@b.org"_s << QStringList();
}

void TestPaperText::findLinks_dropsProsePunctuationAndRepeats()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);

    QStringList found;
    for (const Link &link : PaperText::findLinks(text))
        found.append(link.url);
    QCOMPARE(found, urls);
}

void TestPaperText::linkKind_marksCodeHostsAsCode_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("isCode");

    QTest::newRow("github") << u"https://github.com/thuml/Latent-Spectral-Models"_s << true;
    QTest::newRow("www.github") << u"http://www.github.com/a/b"_s << true;
    QTest::newRow("gitlab") << u"https://gitlab.com/a/b"_s << true;
    QTest::newRow("codeberg") << u"https://codeberg.org/a/b"_s << true;
    QTest::newRow("upper case host") << u"https://GitHub.com/a/b"_s << true;
    QTest::newRow("github pages site is a page") << u"https://weirdlabuw.github.io/asid"_s << false;
    QTest::newRow("project page") << u"https://example.org/project"_s << false;
    QTest::newRow("arXiv") << u"https://arxiv.org/abs/2306.01234"_s << false;
    QTest::newRow("github in the path only") << u"https://example.org/github.com/a"_s << false;
}

void TestPaperText::linkKind_marksCodeHostsAsCode()
{
    QFETCH(QString, url);
    QFETCH(bool, isCode);

    QCOMPARE(PaperText::linkKind(url) == Link::Kind::Code, isCode);
    const QList<Link> links = PaperText::findLinks(QString(u"Code: "_s + url + u'.'));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().kind == Link::Kind::Code, isCode);
}

void TestPaperText::titleKey_ignoresCasePunctuationAndAccents_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");

    QTest::newRow("case") << u"Latent Spectral MODELS"_s << u"latent spectral models"_s;
    QTest::newRow("punctuation")
        << u"Solving High-Dimensional PDEs: with Latent-Spectral Models!"_s
        << u"solving high dimensional pdes with latent spectral models"_s;
    QTest::newRow("accents") << u"Café Über Naïve Señor"_s << u"cafe uber naive senor"_s;
    QTest::newRow("accents written as combining marks") << u"Cafe\u0301 Nai\u0308ve"_s << u"cafe naive"_s;
    QTest::newRow("ligature") << u"ﬁne-tuning"_s << u"fine tuning"_s;
    QTest::newRow("spacing") << u"  Many \t  spaces\nhere  "_s << u"many spaces here"_s;
    QTest::newRow("digits kept") << u"GPT-4 in 2023"_s << u"gpt 4 in 2023"_s;
    // Case folding also makes the final sigma an ordinary one, so "ΛΌΓΟΣ" and "λόγος" meet.
    QTest::newRow("non-Latin letters kept") << u"Α-Stable Λόγος"_s << u"α stable λογοσ"_s;
    QTest::newRow("leading and trailing punctuation") << u"«Attention» (is all?)"_s << u"attention is all"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u"?! -- ..."_s << QString();
}

void TestPaperText::titleKey_ignoresCasePunctuationAndAccents()
{
    QFETCH(QString, title);
    QFETCH(QString, key);

    QCOMPARE(PaperText::titleKey(title), key);
}

void TestPaperText::titleKey_keepsDifferentTitlesApart()
{
    QCOMPARE_NE(PaperText::titleKey(u"Attention Is All You Need"), PaperText::titleKey(u"Attention Is Not All You Need"));
    QCOMPARE_NE(PaperText::titleKey(u"Latent Spectral Models"), PaperText::titleKey(u"Latent Spectral Models 2"));
}

void TestPaperText::sortableDate_givesIsoOrderOrNothing_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("sortable");

    QTest::newRow("month and day") << u"Jun 13"_s << u"--06-13"_s;
    QTest::newRow("one-digit day") << u"Jun 5"_s << u"--06-05"_s;
    QTest::newRow("lower case month") << u"jun 13"_s << u"--06-13"_s;
    QTest::newRow("full month name") << u"September 3"_s << u"--09-03"_s;
    QTest::newRow("abbreviation with a full stop") << u"Sept. 3"_s << u"--09-03"_s;
    QTest::newRow("ISO date") << u"2023-06-13"_s << u"2023-06-13"_s;
    QTest::newRow("ISO date and time") << u"2023-06-13T17:59:58Z"_s << u"2023-06-13"_s;
    QTest::newRow("ISO date and time with a space") << u"2023-06-13 17:59"_s << u"2023-06-13"_s;
    QTest::newRow("ISO month") << u"2023-06"_s << u"2023-06"_s;
    QTest::newRow("year") << u"2023"_s << u"2023"_s;
    QTest::newRow("month, day, year") << u"June 5, 2023"_s << u"2023-06-05"_s;
    QTest::newRow("month, day, year without comma") << u"Jun 5 2023"_s << u"2023-06-05"_s;
    QTest::newRow("surrounding spaces") << u"  Jun 13 "_s << u"--06-13"_s;
    QTest::newRow("leap day without a year") << u"Feb 29"_s << u"--02-29"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("a word") << u"Subscribe"_s << QString();
    QTest::newRow("month without a day") << u"June"_s << QString();
    QTest::newRow("day before month") << u"13 Jun"_s << QString();
    QTest::newRow("word that starts like a month") << u"Decoder 2"_s << QString();
    QTest::newRow("another such word") << u"Octopus 7"_s << QString();
    QTest::newRow("day that does not exist") << u"Jun 31"_s << QString();
    QTest::newRow("day out of range") << u"Jun 45"_s << QString();
    QTest::newRow("month out of range") << u"2023-13-01"_s << QString();
    QTest::newRow("ISO day that does not exist") << u"2023-02-30"_s << QString();
    QTest::newRow("number at the start of a title") << u"2048 Tokens"_s << QString();
    QTest::newRow("too many digits") << u"12345"_s << QString();
}

void TestPaperText::sortableDate_givesIsoOrderOrNothing()
{
    QFETCH(QString, published);
    QFETCH(QString, sortable);

    QCOMPARE(PaperText::sortableDate(published), sortable);
}

void TestPaperText::findArxivId_findsModernAndOldStyleIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("id");

    QTest::newRow("arXiv: prefix") << u"Preprint: arXiv:2306.01234."_s << u"2306.01234"_s;
    QTest::newRow("arXiv: prefix with a space") << u"(arXiv: 2306.01234)"_s << u"2306.01234"_s;
    QTest::newRow("lower case prefix") << u"see arxiv:2306.01234"_s << u"2306.01234"_s;
    QTest::newRow("five-digit number") << u"arXiv:2401.12345"_s << u"2401.12345"_s;
    QTest::newRow("abs link, version dropped") << u"https://arxiv.org/abs/2306.01234v2"_s << u"2306.01234"_s;
    QTest::newRow("pdf link") << u"https://arxiv.org/pdf/2306.01234.pdf"_s << u"2306.01234"_s;
    QTest::newRow("old style") << u"arXiv:hep-th/9901001"_s << u"hep-th/9901001"_s;
    QTest::newRow("old style with subject class") << u"arXiv:math.GT/0309136"_s << u"math.GT/0309136"_s;
    QTest::newRow("first of two") << u"arXiv:2306.01234 extends arXiv:2201.00001"_s << u"2306.01234"_s;
    QTest::newRow("number without the prefix") << u"Version 2306.01234 of the data."_s << QString();
    QTest::newRow("too few digits") << u"arXiv:2306.123"_s << QString();
    QTest::newRow("nothing") << u"No identifier here."_s << QString();
}

void TestPaperText::findArxivId_findsModernAndOldStyleIds()
{
    QFETCH(QString, text);
    QFETCH(QString, id);

    QCOMPARE(PaperText::findArxivId(text), id);
}

void TestPaperText::findDoi_findsLowerCasedDoiWithoutTrailingPunctuation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("doi");

    QTest::newRow("in prose") << u"Published as DOI 10.1145/3377811.3380330 in ICSE."_s << u"10.1145/3377811.3380330"_s;
    QTest::newRow("end of sentence") << u"See 10.1145/3377811.3380330."_s << u"10.1145/3377811.3380330"_s;
    QTest::newRow("in a doi.org link") << u"https://doi.org/10.1145/3377811.3380330)."_s
                                       << u"10.1145/3377811.3380330"_s;
    QTest::newRow("doi: prefix, upper case") << u"(doi:10.1000/XYZ-123)"_s << u"10.1000/xyz-123"_s;
    QTest::newRow("balanced parentheses kept") << u"10.1002/(SICI)1097-4636"_s << u"10.1002/(sici)1097-4636"_s;
    QTest::newRow("registrant too short") << u"10.123/abc"_s << QString();
    QTest::newRow("version number") << u"version 10.1 of the code"_s << QString();
    QTest::newRow("nothing") << u"No identifier here."_s << QString();
}

void TestPaperText::findDoi_findsLowerCasedDoiWithoutTrailingPunctuation()
{
    QFETCH(QString, text);
    QFETCH(QString, doi);

    QCOMPARE(PaperText::findDoi(text), doi);
}

void TestPaperText::browserUrl_opensOnlyWebAndDoiLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("url"); // empty: the link opens nothing

    QTest::newRow("https") << u"https://example.org/a?b=1#c"_s << u"https://example.org/a?b=1#c"_s;
    QTest::newRow("http") << u"http://example.org/"_s << u"http://example.org/"_s;
    QTest::newRow("scheme in capitals") << u"HTTPS://example.org/"_s << u"https://example.org/"_s;
    QTest::newRow("doi") << u"doi:10.1000/xyz"_s << u"https://doi.org/10.1000/xyz"_s;
    QTest::newRow("DOI in capitals") << u"DOI:10.1000/XYZ"_s << u"https://doi.org/10.1000/XYZ"_s;
    QTest::newRow("doi with ? and #") << u"doi:10.1000/a?b#c"_s << u"https://doi.org/10.1000/a%3Fb%23c"_s;
    QTest::newRow("doi: without a DOI") << u"doi:hello/world"_s << QString();
    QTest::newRow("doi: with no prefix") << u"doi:10.1000"_s << QString();
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QString();
    QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("relative path") << u"notes.md"_s << QString();
    QTest::newRow("absolute path") << u"/etc/passwd"_s << QString();
    QTest::newRow("smb") << u"smb://host/share"_s << QString();
    QTest::newRow("mailto") << u"mailto:someone@example.org"_s << QString();
    QTest::newRow("custom scheme") << u"x-lectern-evil://run"_s << QString();
    QTest::newRow("http without a host") << u"http:///etc/passwd"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestPaperText::browserUrl_opensOnlyWebAndDoiLinks()
{
    QFETCH(QString, link);
    QFETCH(QString, url);
    QCOMPARE(PaperText::browserUrl(link).toString(QUrl::FullyEncoded), url);
}

void TestPaperText::forTerminal_showsWhatATerminalWouldObey_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    const QString r(QChar::ReplacementCharacter);
    QTest::newRow("plain, accents, CJK, emoji") << u"Schrödinger 薛定谔 🐈"_s << u"Schrödinger 薛定谔 🐈"_s;
    QTest::newRow("tab and line feed are layout") << u"a\tb\nc"_s << u"a\tb\nc"_s;
    QTest::newRow("window title (OSC)") << u"\x1b]0;pwned\x07"_s << r + u"]0;pwned"_s + r;
    QTest::newRow("clear screen (CSI)") << u"\x1b[2J"_s << r + u"[2J"_s;
    QTest::newRow("carriage return") << u"safe\rfake"_s << u"safe"_s + r + u"fake"_s;
    QTest::newRow("backspace, NUL, form feed, vertical tab") << u"a\bb\0c\fd\ve"_s
                                                              << u"a"_s + r + u"b"_s + r + u"c"_s + r + u"d"_s + r + u"e"_s;
    QTest::newRow("DEL") << u"a\x7f"_s << u"a"_s + r;
    QTest::newRow("C1 CSI") << u"\u009b31m"_s << r + u"31m"_s;
    QTest::newRow("C1 NEL and OSC") << u"\u0085\u009d"_s << r + r;
    QTest::newRow("bidi override and pop") << u"\u202eevil\u202c"_s << r + u"evil"_s + r;
    QTest::newRow("bidi isolates") << u"\u2066a\u2069"_s << r + u"a"_s + r;
    QTest::newRow("no-break space and line separator stay") << u"a\u00a0b\u2028c"_s << u"a\u00a0b\u2028c"_s;
}

void TestPaperText::forTerminal_showsWhatATerminalWouldObey()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(PaperText::forTerminal(text), shown);
}

void TestPaperText::singleLine_putsTheTextOnOneLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");

    QTest::newRow("plain") << u"Schrödinger's Cat: 100% \"Certain\""_s << u"Schrödinger's Cat: 100% \"Certain\""_s;
    QTest::newRow("line separator") << u"First\u2028Second"_s << u"First Second"_s;
    QTest::newRow("paragraph separator") << u"First\u2029Second"_s << u"First Second"_s;
    QTest::newRow("line feed, carriage return, NEL") << u"a\nb\rc\u0085d"_s << u"a b c d"_s;
    QTest::newRow("tab, vertical tab, form feed") << u"a\tb\vc\fd"_s << u"a b c d"_s;
    QTest::newRow("escape sequence") << u"Retitled \x1b]0;pwned\x07 paper"_s << u"Retitled ]0;pwned paper"_s;
    QTest::newRow("C1 and DEL") << u"a\u009bb\x7f"_s << u"a b"_s;
    QTest::newRow("runs and ends") << u"\u2028 a \n\n b \u2029"_s << u"a b"_s;
    QTest::newRow("a joiner stays, a no-break space is a space") << u"c\u200dd\u00a0e"_s << u"c\u200dd e"_s;
}

void TestPaperText::singleLine_putsTheTextOnOneLine()
{
    QFETCH(QString, text);
    QFETCH(QString, line);
    QCOMPARE(PaperText::singleLine(text), line);
}

QTEST_GUILESS_MAIN(TestPaperText)
#include "tst_papertext.moc"
