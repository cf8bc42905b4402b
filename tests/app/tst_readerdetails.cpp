#include "GuiTestSupport.h"

#include "gui/ReaderView.h"

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 9: "every other field the file carried, kept verbatim (name, value) with the paper, shown read-only in the
// reader". Under the authors and the date the reader shows where the paper appeared, its kind and numbers, and
// those fields as "name: value" lines; a paper with none of them looks as it did.
class TestReaderDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anArticle_showsWhereItAppearedAndItsFields_underTheDate();
    void longOrMarkedUpValues_areShownAsTextOnOneLine();
    void aPaperWithoutDetails_showsNoDetailsBlock_data();
    void aPaperWithoutDetails_showsNoDetailsBlock();

private:
    // The reader's text once it shows the paper (stored in a new library, the window opened on it).
    QString shownText(const Paper &paper);

    GuiTest::WindowFixture m_fixture;
};

void TestReaderDetails::initTestCase()
{
    m_fixture.isolateSettings(u"tst_readerdetails"_s);
}

void TestReaderDetails::init()
{
    m_fixture.reset();
}

void TestReaderDetails::cleanup()
{
    m_fixture.closeWindow();
}

QString TestReaderDetails::shownText(const Paper &paper)
{
    m_fixture.addPapers({paper});
    if (!m_fixture.openWindow() || !m_fixture.listIsRead() || m_fixture.model()->rowCount() != 1)
        return {};
    m_fixture.selectRow(0);
    auto *reader = m_fixture.child<ReaderView>(u"reader"_s);
    QTest::qWaitFor([&] { return reader->toPlainText().startsWith(paper.title); });
    return reader->toPlainText();
}

void TestReaderDetails::anArticle_showsWhereItAppearedAndItsFields_underTheDate()
{
    Paper paper = GuiTest::makePaper(u"A Journal Article"_s, u"What the article found."_s, u"https://example.org/a"_s);
    paper.authors = {Person::fromText(u"Doe, Jane"_s)};
    paper.type = u"article"_s;
    paper.container = u"Journal of Testing"_s;
    paper.volume = u"12"_s;
    paper.issue = u"3"_s;
    paper.pages = u"45--67"_s;
    paper.publisher = u"Test Press"_s;
    paper.language = u"en"_s;
    paper.issn = u"1234-5678"_s;
    paper.extraFields = {{u"groups"_s, u"Reading group"_s}, {u"file"_s, u":article.pdf:PDF"_s}};

    const QString text = shownText(paper);
    const QString expected = u"A Journal Article\n"
                             u"Jane Doe\n"
                             u"Published 2023-06-13\n"
                             u"Journal of Testing, 12(3), 45\u201367 \u00b7 Test Press\n"
                             u"Journal article \u00b7 en \u00b7 ISSN 1234-5678\n"
                             u"groups: Reading group\n"
                             u"file: :article.pdf:PDF\n"
                             u"Page: https://example.org/a\n"
                             u"What the article found."_s;
    QCOMPARE(text, expected);
}

void TestReaderDetails::longOrMarkedUpValues_areShownAsTextOnOneLine()
{
    Paper paper = GuiTest::makePaper(u"A Chapter"_s, u"About the chapter."_s);
    paper.type = u"chapter"_s;
    paper.editors = {Person::fromText(u"Roe, Rita"_s), Person::fromText(u"Poe, Paul"_s)};
    paper.issue = u"7"_s;
    paper.extraFields = {{u"annote"_s, u"<b>bold</b> & kept,\nover two lines"_s},
                         {u"abstract-long"_s, QString(1000, u'x')}};

    const QString text = shownText(paper);
    QVERIFY2(text.contains(u"\nno. 7\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\nBook chapter \u00b7 Edited by Rita Roe, Paul Poe\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"\nannote: <b>bold</b> & kept, over two lines\n"_s), qPrintable(text));
    // At most 300 characters of a value; the edit dialog has the rest.
    QVERIFY2(text.contains(u"\nabstract-long: "_s + QString(300, u'x') + u"\u2026\n"_s), qPrintable(text));
    QVERIFY(!text.contains(QString(301, u'x')));
}

void TestReaderDetails::aPaperWithoutDetails_showsNoDetailsBlock_data()
{
    QTest::addColumn<bool>("inferredDate");

    QTest::newRow("a day's paper") << false;
    // Its one extra field is said beside the date, not again as a field.
    QTest::newRow("a day's paper whose year was inferred") << true;
}

void TestReaderDetails::aPaperWithoutDetails_showsNoDetailsBlock()
{
    QFETCH(bool, inferredDate);

    Paper paper = GuiTest::makePaper(u"A Daily Paper"_s, u"Its abstract."_s, u"https://example.org/d"_s);
    paper.authors = {Person::fromText(u"Doe, Jane"_s)};
    paper.type = u"preprint"_s; // as the day's list reader makes every paper: alone, the type is no details block
    QString published = u"Published 2023-06-13"_s;
    if (inferredDate) {
        paper.extraFields = {{Paper::InferredDateField, u"Jun 13"_s}};
        published += u" (the year inferred: the list said \u201cJun 13\u201d)"_s;
    }
    QCOMPARE(shownText(paper), u"A Daily Paper\nJane Doe\n"_s + published
                                   + u"\nPage: https://example.org/d\nIts abstract."_s);
}

QTEST_MAIN(TestReaderDetails)
#include "tst_readerdetails.moc"
