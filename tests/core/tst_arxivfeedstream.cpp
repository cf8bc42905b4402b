// The arXiv API's feed is read as a stream: whatever its size and its lines (a whole feed on one line, an abstract of
// a megabyte), each entry is handed over when little more than it has been read, an import's progress follows the
// bytes read, and a feed cut short or broken is an error at the line and column where it goes wrong.

#include "import/FileImport.h"
#include "library/Library.h"
#include "ImportFixtures.h"
#include "ReaderSteps.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray FeedStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\">\n";

QByteArray entry(const QByteArray &title, const QByteArray &summary)
{
    return "<entry><id>http://arxiv.org/abs/2306.01234v1</id><title>" + title + "</title><summary>" + summary
         + "</summary><author><name>Ada Lovelace</name></author></entry>\n";
}

// "streaming streaming ... streaming", about size bytes; wrapped, a line end every eighth word instead of a space.
QByteArray longAbstract(qsizetype size, bool wrapped)
{
    QByteArray text;
    text.reserve(size + 16);
    for (int word = 1; text.size() < size; ++word)
        text.append("streaming").append(wrapped && word % 8 == 0 ? '\n' : ' ');
    text.chop(1);
    return text;
}

// The first error reading the bytes as arXiv's feed gives, as "line:column: message".
QString firstError(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto papers = readPapers(*formatNamed(u"arxiv-atom"), buffer, u"test"_s);
    if (papers)
        return u"no error, %1 papers"_s.arg(papers->size());
    return u"%1:%2: %3"_s.arg(papers.error().line).arg(papers.error().column).arg(papers.error().message);
}

} // namespace

class TestArxivFeedStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLineFeed_isReadEntryByEntry_readingLittleMoreThanEachEntry();
    void aMegabyteAbstract_isReadWhole_data();
    void aMegabyteAbstract_isReadWhole();
    void aFeedCutShort_isAnErrorWhereItsTextEnds_data();
    void aFeedCutShort_isAnErrorWhereItsTextEnds();
    void brokenXml_isAnErrorAtItsLineAndColumn_data();
    void brokenXml_isAnErrorAtItsLineAndColumn();
    void aPieceWithoutEnd_isRefusedBeforeItFillsMemory_data();
    void aPieceWithoutEnd_isRefusedBeforeItFillsMemory();
    void importProgress_followsTheBytesRead();
};

// Longer than the longest line a line reader takes (MaxLineLength): after each entry the reader has read at most a
// chunk or two beyond it, so memory holds an entry and a chunk, whatever the feed's size.
void TestArxivFeedStream::oneLineFeed_isReadEntryByEntry_readingLittleMoreThanEachEntry()
{
    QByteArray feed = arxivAtomOnOneLine(2000);
    QVERIFY(feed.size() > 4 * MaxLineLength);
    QVERIFY(!feed.contains('\n'));
    QBuffer buffer(&feed);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TextInput input(buffer, u"feed.xml"_s);
    const Format *format = recognizeFormat(input.head());
    QVERIFY(format);
    QCOMPARE(QString::fromLatin1(format->name), u"arxiv-atom"_s);
    const auto reader = format->open(input, {});
    qsizetype entryEnd = 0;
    for (int i = 1; i <= 2000; ++i) {
        const auto paper = reader->next();
        QVERIFY2(paper && *paper, qPrintable(paper ? u"the end at %1"_s.arg(i) : paper.error().toString()));
        QCOMPARE((*paper)->arxivId, u"2306.%1"_s.arg(i, 5, 10, QChar(u'0')));
        QCOMPARE((*paper)->title, u"Paper %1 & a <title>"_s.arg(i));
        QCOMPARE((*paper)->authors.size(), 2);
        entryEnd = feed.indexOf("</entry>", entryEnd) + qsizetype(sizeof("</entry>") - 1);
        QVERIFY2(input.bytesRead() <= entryEnd + 2 * ChunkSize,
                 qPrintable(u"entry %1 ends at byte %2, %3 bytes read"_s.arg(i).arg(entryEnd).arg(input.bytesRead())));
    }
    const auto end = reader->next();
    QVERIFY2(end && !*end, qPrintable(end ? u"another paper"_s : end.error().toString()));
    QCOMPARE(input.bytesRead(), qint64(feed.size()));
}

void TestArxivFeedStream::aMegabyteAbstract_isReadWhole_data()
{
    QTest::addColumn<bool>("wrapped");
    QTest::newRow("on one line") << false;
    QTest::newRow("wrapped, as arXiv writes it") << true;
}

void TestArxivFeedStream::aMegabyteAbstract_isReadWhole()
{
    QFETCH(bool, wrapped);
    const QByteArray abstract = longAbstract(1024 * 1024, wrapped);
    const QByteArray feed = FeedStart + entry("Long", abstract) + entry("Short", "A short one.") + "</feed>\n";
    QByteArray bytes = feed;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const auto papers = readPapers(*formatNamed(u"arxiv-atom"), buffer, u"test"_s);
    QVERIFY2(papers, qPrintable(papers ? QString() : papers.error().toString()));
    QCOMPARE(papers->size(), 2);
    // The abstract on one line, as every abstract of the feed.
    QCOMPARE(papers->at(0).abstract, QString::fromLatin1(longAbstract(1024 * 1024, false)));
    QCOMPARE(papers->at(1).title, u"Short"_s);
}

void TestArxivFeedStream::aFeedCutShort_isAnErrorWhereItsTextEnds_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QStringList>("steps");
    const QByteArray oneLine = arxivAtomOnOneLine(3);
    const QString first = u"Paper 1 & a <title>"_s;
    const QString second = u"Paper 2 & a <title>"_s;
    const qsizetype secondEntry = oneLine.indexOf("<entry>", oneLine.indexOf("</entry>"));
    // On one line the error's column is the length of what is left, plus one: just after its last character.
    const auto cutAfter = [&](const QByteArray &text) { return oneLine.first(oneLine.indexOf(text, secondEntry) + text.size()); };
    const auto endOf = [](const QByteArray &text) { return u"error at 1:%1"_s.arg(text.size() + 1); };
    for (const char *place : {"<title>Paper", "<summ", "term=\"cs.", "&am", "<author><name>Ada Love"}) {
        const QByteArray cut = cutAfter(place);
        QTest::newRow(qPrintable(u"one line, in the second entry after "_s + QString::fromLatin1(place)))
            << cut << QStringList{first, endOf(cut), u"end"_s};
    }
    const QByteArray afterEntry = cutAfter("</entry>");
    QTest::newRow("one line, after the second entry") << afterEntry << QStringList{first, second, endOf(afterEntry), u"end"_s};
    QTest::newRow("one line, before </feed>'s >") << oneLine.chopped(1) << QStringList{first, second, u"Paper 3 & a <title>"_s,
                                                                                         endOf(oneLine.chopped(1)), u"end"_s};
    // Empty lines after the cut: the error is where the text stops, not on the last empty line.
    const QByteArray inTitle = cutAfter("<title>Paper");
    QTest::newRow("empty lines after the cut") << inTitle + "\r\n\n  \n\n" << QStringList{first, u"error at 3:3"_s, u"end"_s};
    const QByteArray wrappedAbstract = FeedStart + entry("Short", "A short one.") + "<entry><id>http://arxiv.org/abs/2306.01235v1</id><summary>"
                                     + longAbstract(1024 * 1024, true);
    QTest::newRow("in a megabyte abstract, wrapped")
        << wrappedAbstract
        << QStringList{u"Short"_s, u"error at %1:%2"_s.arg(wrappedAbstract.count('\n') + 1)
                                       .arg(wrappedAbstract.size() - wrappedAbstract.lastIndexOf('\n')),
                       u"end"_s};
    QTest::newRow("before the feed") << QByteArray("<?xml version=\"1.0\"?>\n") << QStringList{u"error at 1:22"_s, u"end"_s};
}

void TestArxivFeedStream::aFeedCutShort_isAnErrorWhereItsTextEnds()
{
    QFETCH(QByteArray, feed);
    QFETCH(QStringList, steps);
    QCOMPARE(readingSteps("arxiv-atom", feed), steps);
}

void TestArxivFeedStream::brokenXml_isAnErrorAtItsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QString>("error");
    QByteArray mismatched = arxivAtomOnOneLine(1000);
    // Entry 900's summary closed as a title, some 670 KB along the only line: the parser stops just after the tag.
    const qsizetype at = mismatched.indexOf("</summary>", mismatched.indexOf("2306.00900"));
    mismatched.replace(at, 10, "</title>");
    QTest::newRow("a tag mismatched far along one line")
        << mismatched << u"1:%1: expected well-formed XML: Opening and ending tag mismatch."_s.arg(at + 9);
    QTest::newRow("an entity no DTD declares")
        << FeedStart + entry("A&nbsp;title", "An abstract.") + "</feed>\n"
        << u"3:64: expected well-formed XML: Entity 'nbsp' not declared."_s;
    QTest::newRow("text after the feed")
        << FeedStart + entry("A title", "An abstract.") + "</feed>\nmore\n"
        << u"5:2: expected well-formed XML: Extra content at end of document."_s;
    QTest::newRow("another root than a feed")
        << QByteArray("<?xml version=\"1.0\"?>\n<rss xmlns:arxiv=\"http://arxiv.org/schemas/atom\"><channel/></rss>\n")
        << u"2:50: expected an Atom <feed>, found <rss>"_s;
    QTest::newRow("an error entry of the API")
        << FeedStart + "<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_abc</id><title>Error</title>"
                       "<summary>incorrect id format for abc</summary></entry>\n</feed>\n"
        << u"3:0: the arXiv API answered with an error: incorrect id format for abc"_s;
    QTest::newRow("an error entry of the old API, titled Error without a date")
        << FeedStart + entry("Error", "malformed query") + "</feed>\n"
        << u"3:0: the arXiv API answered with an error: malformed query"_s;
}

void TestArxivFeedStream::brokenXml_isAnErrorAtItsLineAndColumn()
{
    QFETCH(QByteArray, feed);
    QFETCH(QString, error);
    QCOMPARE(firstError(feed), error);
}

// A comment, a quoted value or a text that never ends would be held whole by the parser, and an element's text by the
// reader: past MaxAtomTextSize (16 MB) the feed is refused instead of being read into memory to its end.
void TestArxivFeedStream::aPieceWithoutEnd_isRefusedBeforeItFillsMemory_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QString>("error");
    const QByteArray filler = longAbstract(17 * 1024 * 1024, true);
    const QByteArray start = FeedStart + entry("One", "An abstract.");
    QTest::newRow("a comment never closed")
        << start + "<!-- " + filler + "\n" + entry("Two", "An abstract.") + "</feed>\n"
        << u"4:2: the feed goes on for over 16 MB after this place without a tag or a text ending; is a closing quote, "
           "--> or ]]> missing?"_s;
    QByteArray paragraphs;
    while (paragraphs.size() < 22 * 1024 * 1024)
        paragraphs.append("<p>A paragraph of an endless summary.</p>\n");
    QTest::newRow("a summary of 18 MB of text in paragraphs")
        << start + "<entry><title>Two</title><summary type=\"xhtml\">" + paragraphs + "</summary></entry></feed>\n"
        << u"4:48: <summary> holds over 16 MB of text, which no entry from arXiv does"_s;
}

void TestArxivFeedStream::aPieceWithoutEnd_isRefusedBeforeItFillsMemory()
{
    QFETCH(QByteArray, feed);
    QFETCH(QString, error);
    QCOMPARE(readingSteps("arxiv-atom", feed).first(), u"One"_s);
    QCOMPARE(firstError(feed), error);
}

// The import reports the bytes read as it goes (the window's bar, the terminal's percentage), up to the feed's size.
void TestArxivFeedStream::importProgress_followsTheBytesRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto library = Library::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY(library);
    QByteArray feed = arxivAtomOnOneLine(1000);
    QBuffer buffer(&feed);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QList<qint64> bytesRead;
    const auto result = importDevice(**library, buffer, u"feed.xml"_s, u"feed.xml"_s, {}, [&](const ImportProgress &progress) {
        if (progress.bytesTotal == feed.size())
            bytesRead.append(progress.bytesRead);
        return true;
    });
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->added.added, 1000);
    QVERIFY(std::is_sorted(bytesRead.cbegin(), bytesRead.cend()));
    QVERIFY2(QSet<qint64>(bytesRead.cbegin(), bytesRead.cend()).size() >= 5, qPrintable(QString::number(bytesRead.size())));
    QVERIFY(bytesRead.first() < feed.size() / 2);
    QCOMPARE(bytesRead.last(), qint64(feed.size()));
}

QTEST_GUILESS_MAIN(TestArxivFeedStream)
#include "tst_arxivfeedstream.moc"
