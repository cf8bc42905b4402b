// Finding a highlight again after the abstract changed: moved text, other whitespace, repeated words.

#include "text/Anchor.h"

#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capture_keepsTheQuoteAndUpTo32CharactersEitherSide();
    void locate_findsTheQuoteInTheChangedText_data();
    void locate_findsTheQuoteInTheChangedText();
};

void TestAnchor::capture_keepsTheQuoteAndUpTo32CharactersEitherSide()
{
    const QString text = QString(40, u'a') + u"QUOTE"_s + QString(40, u'b');
    Highlight h;
    Anchor::capture(h, text, {40, 5});
    QCOMPARE(h.start, 40);
    QCOMPARE(h.length, 5);
    QCOMPARE(h.quote, u"QUOTE"_s);
    QCOMPARE(h.prefix, QString(32, u'a'));
    QCOMPARE(h.suffix, QString(32, u'b'));

    Anchor::capture(h, u"ab QUOTE c"_s, {3, 5});
    QCOMPARE(h.prefix, u"ab "_s);
    QCOMPARE(h.suffix, u" c"_s);
}

void TestAnchor::locate_findsTheQuoteInTheChangedText_data()
{
    QTest::addColumn<QString>("original");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("current");
    QTest::addColumn<int>("expectedStart"); // -1: orphaned
    QTest::addColumn<int>("expectedLength");

    QTest::newRow("unchanged") << u"The quick brown fox jumps."_s << 4 << 5 << u"The quick brown fox jumps."_s << 4 << 5;
    QTest::newRow("text inserted before it")
        << u"The quick brown fox jumps."_s << 4 << 5 << u"Abstract: The quick brown fox jumps."_s << 14 << 5;
    QTest::newRow("double space in the quote became one")
        << u"a quick  brown fox"_s << 2 << 12 << u"a quick brown fox"_s << 2 << 11;
    QTest::newRow("space in the quote became a line break")
        << u"deep learning models"_s << 0 << 13 << u"deep\nlearning models"_s << 0 << 13;
    QTest::newRow("line break and indent became a space")
        << u"graph\n  neural networks"_s << 0 << 14 << u"graph neural networks"_s << 0 << 12;
    QTest::newRow("whitespace changed before the quote")
        << u"We  train\ta model."_s << 12 << 5 << u"We train a model."_s << 11 << 5;
    // The second "model": the nearer match is the first one, but its context fits worse.
    QTest::newRow("repeated word: the better context wins over the nearer place")
        << u"the model is small; the model is fast"_s << 24 << 5
        << u"the model is small; and more words here, the model is fast"_s << 45 << 5;
    // Every "la" far enough from the ends has the same context: the one nearest the old place wins.
    QTest::newRow("repeated word, same context: the nearest wins")
        << u"la "_s.repeated(30) << 45 << 2 << (u"la  "_s + u"la "_s.repeated(29)) << 46 << 2;
    QTest::newRow("quote gone: orphaned") << u"We prove a bound."_s << 11 << 5 << u"We prove a limit."_s << -1 << 0;
    QTest::newRow("abstract emptied: orphaned") << u"We prove a bound."_s << 11 << 5 << QString() << -1 << 0;
}

void TestAnchor::locate_findsTheQuoteInTheChangedText()
{
    QFETCH(QString, original);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(QString, current);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedLength);

    Highlight h;
    Anchor::capture(h, original, {start, length});
    const auto span = Anchor::locate(h, current);
    if (expectedStart < 0) {
        QVERIFY(!span);
        return;
    }
    QVERIFY(span);
    QCOMPARE(span->start, expectedStart);
    QCOMPARE(span->length, expectedLength);
}

QTEST_GUILESS_MAIN(TestAnchor)
#include "tst_anchor.moc"
