// The query language's syntax: each construct parses to the tree it means, and each mistake is reported
// where it is.

#include "query/Query.h"
#include "query/QueryParser.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestQueryParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachConstruct_parsesToItsTree_data();
    void eachConstruct_parsesToItsTree();
    void eachMistake_isReportedAtItsPosition_data();
    void eachMistake_isReportedAtItsPosition();
    void quotedValues_readBackAsThemselves_data();
    void quotedValues_readBackAsThemselves();
    void queriesUpToTheLimits_parse_data();
    void queriesUpToTheLimits_parse();
    void hostileText_isHandledQuickly_withoutExhaustingTheStack_data();
    void hostileText_isHandledQuickly_withoutExhaustingTheStack();
    void blankText_isAValidEmptyQuery();
    void anInvalidQuery_hasNoTree();
    void onlyPositiveTextTerms_countAsWords_data();
    void onlyPositiveTextTerms_countAsWords();
};

void TestQueryParser::eachConstruct_parsesToItsTree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tree");

    QTest::newRow("word") << u"graph"_s << u"word:graph"_s;
    QTest::newRow("words are ANDed") << u"graph neural"_s << u"AND(word:graph, word:neural)"_s;
    QTest::newRow("phrase") << u"\"graph neural\""_s << u"word:\"graph neural\""_s;
    QTest::newRow("prefix") << u"neur*"_s << u"word:neur*"_s;
    QTest::newRow("title word") << u"title:graph"_s << u"title:graph"_s;
    QTest::newRow("title phrase") << u"title:\"graph neural\""_s << u"title:\"graph neural\""_s;
    QTest::newRow("author prefix") << u"author:smi*"_s << u"author:smi*"_s;
    QTest::newRow("abstract and note") << u"abstract:pde note:todo"_s << u"AND(abstract:pde, note:todo)"_s;
    QTest::newRow("field names ignore case") << u"Title:graph"_s << u"title:graph"_s;
    QTest::newRow("tag") << u"tag:ml/optimization"_s << u"tag:ml/optimization"_s;
    QTest::newRow("tag is normalised") << u"tag:\"ML / optimization\""_s << u"tag:ML/optimization"_s;
    QTest::newRow("quoted list name") << u"list:\"to print\""_s << u"list:\"to print\""_s;
    QTest::newRow("escaped quote in a list name") << uR"(list:"the \"best\" ones")"_s << uR"(list:"the \"best\" ones")"_s;
    QTest::newRow("escaped backslash in a list name") << uR"(list:"a\\b")"_s << uR"(list:a\b)"_s;
    QTest::newRow("other backslashes are themselves") << uR"(list:"C:\papers")"_s << uR"(list:C:\papers)"_s;
    QTest::newRow("escaped quote in a phrase") << uR"("say \"hi\"")"_s << uR"(word:"say \"hi\"")"_s;
    QTest::newRow("status is normalised") << u"status:To-Read"_s << u"status:to-read"_s;
    QTest::newRow("rating equal") << u"rating:4"_s << u"rating:4"_s;
    QTest::newRow("rating =") << u"rating:=5"_s << u"rating:5"_s;
    QTest::newRow("rating >=") << u"rating:>=4"_s << u"rating:4.."_s;
    QTest::newRow("rating >") << u"rating:>3"_s << u"rating:4.."_s;
    QTest::newRow("rating <") << u"rating:<3"_s << u"rating:..2"_s;
    QTest::newRow("rating <=") << u"rating:<=2"_s << u"rating:..2"_s;
    QTest::newRow("rating range") << u"rating:2..4"_s << u"rating:2..4"_s;
    QTest::newRow("year") << u"year:2023"_s << u"year:2023"_s;
    QTest::newRow("year >=") << u"year:>=2020"_s << u"year:2020.."_s;
    QTest::newRow("year range") << u"year:2019..2021"_s << u"year:2019..2021"_s;
    QTest::newRow("year open start") << u"year:..2019"_s << u"year:..2019"_s;
    QTest::newRow("added within") << u"added:<7d"_s << u"added:<7d"_s;
    QTest::newRow("added age alone means within") << u"added:2w"_s << u"added:<2w"_s;
    QTest::newRow("added before") << u"added:>30d"_s << u"added:>30d"_s;
    QTest::newRow("added months and years") << u"added:<=3m added:>=1y"_s << u"AND(added:<3m, added:>1y)"_s;
    QTest::newRow("added day") << u"added:2025-06-01"_s << u"added:2025-06-01"_s;
    QTest::newRow("added days") << u"added:2025-06-01..2025-06-30"_s << u"added:2025-06-01..2025-06-30"_s;
    QTest::newRow("added after a day") << u"added:>2025-06-01"_s << u"added:2025-06-02.."_s;
    QTest::newRow("has") << u"has:Code has:note"_s << u"AND(has:code, has:note)"_s;
    QTest::newRow("arxiv with version") << u"arxiv:2306.01234v2"_s << u"arxiv:2306.01234"_s;
    QTest::newRow("arxiv url") << u"arxiv:https://arxiv.org/abs/2306.01234"_s << u"arxiv:2306.01234"_s;
    QTest::newRow("doi lower-cased") << u"doi:10.1000/ABC.5"_s << u"doi:10.1000/abc.5"_s;
    QTest::newRow("or") << u"graph OR mesh"_s << u"OR(word:graph, word:mesh)"_s;
    QTest::newRow("and binds tighter than or") << u"a b OR c"_s << u"OR(AND(word:a, word:b), word:c)"_s;
    QTest::newRow("group") << u"a (b OR c)"_s << u"AND(word:a, OR(word:b, word:c))"_s;
    QTest::newRow("nested groups merge") << u"(a b) c"_s << u"AND(word:a, word:b, word:c)"_s;
    QTest::newRow("not word") << u"-graph"_s << u"NOT(word:graph)"_s;
    QTest::newRow("not phrase") << u"-\"graph neural\""_s << u"NOT(word:\"graph neural\")"_s;
    QTest::newRow("not field") << u"pde -tag:ml"_s << u"AND(word:pde, NOT(tag:ml))"_s;
    QTest::newRow("not group") << u"-(a OR b)"_s << u"NOT(OR(word:a, word:b))"_s;
    QTest::newRow("not binds tightest") << u"-a b OR c"_s << u"OR(AND(NOT(word:a), word:b), word:c)"_s;
    QTest::newRow("double negation cancels") << u"--a"_s << u"word:a"_s;
    QTest::newRow("lower-case or is a word") << u"a or b"_s << u"AND(word:a, word:or, word:b)"_s;
    QTest::newRow("hyphen inside a word") << u"state-of-the-art"_s << u"word:state-of-the-art"_s;
    QTest::newRow("url is a word") << u"http://example.org/x"_s << u"word:http://example.org/x"_s;
    QTest::newRow("colon after punctuation is a word") << u"C++:"_s << u"word:C++:"_s;
    QTest::newRow("unknown name with nothing after the colon is a word") << u"Conclusion: pde"_s
                                                                         << u"AND(word:Conclusion:, word:pde)"_s;
    QTest::newRow("punctuation alone is skipped") << u"graph & mesh"_s << u"AND(word:graph, word:mesh)"_s;
    QTest::newRow("quoted field name is a phrase") << u"\"foo:bar\""_s << u"word:\"foo:bar\""_s;
}

void TestQueryParser::eachConstruct_parsesToItsTree()
{
    QFETCH(QString, text);
    QFETCH(QString, tree);

    const Query query = Query::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
    QCOMPARE(query.toString(), tree);
    QCOMPARE(query.text(), text);
}

namespace {

// depth groups, each in the one before: "(a (a (a ... x)))".
QString nestedGroups(int depth)
{
    return QString(u"(a "_s).repeated(depth) + u'x' + QString(depth, u')');
}

QString words(int count, const QString &separator = u" "_s)
{
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(u"w"_s + QString::number(i));
    return words.join(separator);
}

} // namespace

void TestQueryParser::eachMistake_isReportedAtItsPosition_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    QTest::newRow("unterminated quote") << u"\"graph neural"_s << u"quote is not closed"_s << 0 << 13;
    QTest::newRow("unterminated quote later") << u"pde \"graph"_s << u"quote is not closed"_s << 4 << 6;
    QTest::newRow("unterminated quoted value") << u"list:\"to print"_s << u"quote is not closed"_s << 5 << 9;
    QTest::newRow("escaped quote does not close") << uR"(list:"a \")"_s << u"quote is not closed"_s << 5 << 5;
    QTest::newRow("unclosed group") << u"a (b c"_s << u"'(' is not closed"_s << 2 << 1;
    QTest::newRow("group open at the end") << u"a ("_s << u"'(' is not closed"_s << 2 << 1;
    QTest::newRow("unmatched close") << u"a b)"_s << u"')' has no matching '('"_s << 3 << 1;
    QTest::newRow("close first") << u") a"_s << u"')' has no matching '('"_s << 0 << 1;
    QTest::newRow("empty group") << u"a ( ) b"_s << u"parentheses are empty"_s << 2 << 3;
    QTest::newRow("group of punctuation") << u"(&)"_s << u"parentheses are empty"_s << 0 << 3;
    QTest::newRow("dangling or") << u"a OR"_s << u"OR needs a term on both sides"_s << 2 << 2;
    QTest::newRow("leading or") << u"OR a"_s << u"OR needs a term on both sides"_s << 0 << 2;
    QTest::newRow("double or") << u"a OR OR b"_s << u"OR needs a term on both sides"_s << 2 << 2;
    QTest::newRow("or before close") << u"(a OR) b"_s << u"OR needs a term on both sides"_s << 3 << 2;
    QTest::newRow("dangling minus") << u"a -"_s << u"'-' must be followed"_s << 2 << 1;
    QTest::newRow("minus before a space") << u"a - b"_s << u"'-' must be followed"_s << 2 << 1;
    QTest::newRow("minus before or") << u"a -OR b"_s << u"'-' must be followed"_s << 2 << 1;
    QTest::newRow("minus before punctuation") << u"-&"_s << u"'-' must be followed"_s << 0 << 1;
    QTest::newRow("unknown field") << u"pde foo:bar"_s << u"unknown field 'foo:'"_s << 4 << 4;
    QTest::newRow("unknown field with a quoted value") << u"foo:\"a b\""_s << u"unknown field 'foo:'"_s << 0 << 4;
    QTest::newRow("missing value") << u"tag:"_s << u"'tag:' needs a value"_s << 0 << 4;
    QTest::newRow("missing value before a group") << u"a status:(b)"_s << u"'status:' needs a value"_s << 2 << 7;
    QTest::newRow("tag with an empty part") << u"tag:ml/"_s << u"has an empty part"_s << 4 << 3;
    QTest::newRow("rating is not a number") << u"rating:high"_s << u"rating takes a number"_s << 7 << 4;
    QTest::newRow("rating above five") << u"rating:6"_s << u"rating takes a number"_s << 7 << 1;
    QTest::newRow("rating range is empty") << u"rating:>5"_s << u"range '>5' is empty"_s << 7 << 2;
    QTest::newRow("year of two digits") << u"year:23"_s << u"year takes a year"_s << 5 << 2;
    QTest::newRow("year range backwards") << u"year:2021..2019"_s << u"range '2021..2019' is empty"_s << 5 << 10;
    QTest::newRow("year range of nothing") << u"year:.."_s << u"year takes a year"_s << 5 << 2;
    QTest::newRow("date that does not exist") << u"added:2025-13-01"_s << u"added takes a day"_s << 6 << 10;
    QTest::newRow("duration with an unknown unit") << u"added:<7x"_s << u"added takes a day"_s << 6 << 3;
    QTest::newRow("duration of nothing") << u"added:<0d"_s << u"added takes a day"_s << 6 << 3;
    QTest::newRow("unknown status") << u"status:done"_s << u"unknown status 'done'"_s << 7 << 4;
    QTest::newRow("unknown has") << u"has:pdf"_s << u"has takes one of note, highlight, link, code"_s << 4 << 3;
    QTest::newRow("not an arxiv id") << u"arxiv:nonsense"_s << u"not an arXiv id"_s << 6 << 8;
    QTest::newRow("not a doi") << u"doi:abc"_s << u"not a DOI"_s << 4 << 3;
    QTest::newRow("field word without letters") << u"title:+++"_s << u"no letters or digits"_s << 6 << 3;
    QTest::newRow("empty quotes") << u"a \"\""_s << u"quotes hold no letters or digits"_s << 2 << 2;
    QTest::newRow("only punctuation") << u"&& ||"_s << u"no letters or digits"_s << 0 << 5;
    // The group that opens one level too deep; the first term too many; the first character too many.
    QTest::newRow("groups nested too deep") << nestedGroups(MaxQueryDepth + 1) << u"nested more than 16 deep"_s
                                            << 3 * MaxQueryDepth << 1;
    QTest::newRow("too many terms") << words(MaxQueryTerms + 1) << u"more than 256 terms"_s
                                    << int(words(MaxQueryTerms).size()) + 1 << 4;
    QTest::newRow("too many terms under OR") << words(MaxQueryTerms + 1, u" OR "_s) << u"more than 256 terms"_s
                                             << int(words(MaxQueryTerms, u" OR "_s).size()) + 4 << 4;
    QTest::newRow("too long") << QString(MaxQueryLength + 5, u'a') << u"10005 characters long"_s << MaxQueryLength << 5;
}

void TestQueryParser::eachMistake_isReportedAtItsPosition()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QFETCH(int, position);
    QFETCH(int, length);

    const Query query = Query::parse(text);
    QVERIFY2(!query.isValid(), qPrintable(query.toString()));
    QVERIFY2(query.error()->message.contains(message), qPrintable(query.error()->message));
    QCOMPARE(query.error()->position, position);
    QCOMPARE(query.error()->length, length);
}

void TestQueryParser::quotedValues_readBackAsThemselves_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << u"Weekend"_s;
    QTest::newRow("spaces and parentheses") << u"to print (later)"_s;
    QTest::newRow("double quotes") << u"the \"best\" ones"_s;
    QTest::newRow("only a quote") << u"\""_s;
    QTest::newRow("backslashes") << uR"(C:\papers\new)"_s;
    QTest::newRow("ends with a backslash") << uR"(back\)"_s;
    QTest::newRow("backslash before a quote") << uR"(a\"b)"_s;
    QTest::newRow("query syntax") << u"-tag:x OR (y"_s;
}

// What the window writes for a reading list (list:NAME) finds that list, whatever its name holds.
void TestQueryParser::quotedValues_readBackAsThemselves()
{
    QFETCH(QString, name);

    const Query query = Query::parse(u"list:"_s + Query::quoted(name));
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
    QCOMPARE(query.root()->kind, QueryNode::Kind::Term);
    QCOMPARE(query.root()->term.field, QueryTerm::Field::List);
    QCOMPARE(query.root()->term.value, name);
    QCOMPARE(Query::parse(query.toString()).toString(), query.toString());
}

void TestQueryParser::queriesUpToTheLimits_parse_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("deepest groups") << nestedGroups(MaxQueryDepth);
    QTest::newRow("deepest negated groups") << QString(u"-(a "_s).repeated(MaxQueryDepth) + u'x' + QString(MaxQueryDepth, u')');
    QTest::newRow("most terms") << words(MaxQueryTerms);
    QTest::newRow("most terms under OR") << words(MaxQueryTerms, u" OR "_s);
    QTest::newRow("longest") << QString(MaxQueryLength, u'a');
}

void TestQueryParser::queriesUpToTheLimits_parse()
{
    QFETCH(QString, text);

    const Query query = Query::parse(text);
    QVERIFY2(query.isValid(), qPrintable(query.error() ? query.error()->message : QString()));
}

void TestQueryParser::hostileText_isHandledQuickly_withoutExhaustingTheStack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tree"); // empty: invalid

    // Each would recurse once per character in a parser that recursed on them.
    QTest::newRow("ten thousand '('") << QString(9999, u'(') + u'a' << QString();
    QTest::newRow("ten thousand '-('") << QString(u"-("_s).repeated(4999) + u"a)"_s << QString();
    QTest::newRow("ten thousand ')'") << QString(10000, u')') << QString();
    QTest::newRow("an even run of '-'") << QString(9998, u'-') + u"ab"_s << u"word:ab"_s;
    QTest::newRow("an odd run of '-'") << QString(9999, u'-') + u'a' << u"NOT(word:a)"_s;
    QTest::newRow("a megabyte of '('") << QString(1 << 20, u'(') << QString();
}

void TestQueryParser::hostileText_isHandledQuickly_withoutExhaustingTheStack()
{
    QFETCH(QString, text);
    QFETCH(QString, tree);

    QElapsedTimer timer;
    timer.start();
    const Query query = Query::parse(text);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(query.isValid(), !tree.isEmpty());
    QCOMPARE(query.toString(), tree);
}

void TestQueryParser::blankText_isAValidEmptyQuery()
{
    for (const QString &text : {QString(), u"   \t"_s}) {
        const Query query = Query::parse(text);
        QVERIFY(query.isValid());
        QVERIFY(query.isEmpty());
        QVERIFY(!query.hasWords());
        QCOMPARE(query.root(), nullptr);
    }
    QVERIFY(!Query::parse(u"a"_s).isEmpty());
}

void TestQueryParser::anInvalidQuery_hasNoTree()
{
    const Query query = Query::parse(u"(a"_s);
    QVERIFY(!query.isValid());
    QVERIFY(!query.isEmpty());
    QCOMPARE(query.root(), nullptr);
    QCOMPARE(query.toString(), QString());
}

void TestQueryParser::onlyPositiveTextTerms_countAsWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasWords");

    QTest::newRow("word") << u"graph"_s << true;
    QTest::newRow("column word") << u"title:graph"_s << true;
    QTest::newRow("negated word") << u"-graph"_s << false;
    QTest::newRow("filters") << u"tag:ml rating:>=3"_s << false;
    QTest::newRow("word under or with a filter") << u"graph OR tag:ml"_s << true;
    QTest::newRow("negated twice inside") << u"-(a -b)"_s << true;
}

void TestQueryParser::onlyPositiveTextTerms_countAsWords()
{
    QFETCH(QString, text);
    QFETCH(bool, hasWords);

    QCOMPARE(Query::parse(text).hasWords(), hasWords);
}

QTEST_GUILESS_MAIN(TestQueryParser)
#include "tst_queryparser.moc"
