// ReadAhead runs a reader on its own thread: the records come in the reader's order with what was said about
// each, the end of the input ends the thread, and an import that stops early (an error, a cancel) stops the reader
// however far ahead it is.

#include "import/ReadAhead.h"

#include <QBuffer>
#include <QTest>

#include <atomic>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// One paper a line ("title"), an error for a line "broken", with a warning for a line "odd".
class LineReader : public PaperReader
{
public:
    using PaperReader::PaperReader;
    std::atomic<int> calls = 0;

    Expected<std::optional<Paper>> next() override
    {
        ++calls;
        const auto line = m_input.readLine();
        if (!line)
            return std::optional<Paper>();
        if (*line == u"broken")
            return m_input.errorAt(u"a broken record"_s);
        if (*line == u"odd")
            warn(u"an odd record"_s);
        Paper paper;
        paper.title = *line;
        return std::optional(paper);
    }
};

QByteArray lines(int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += "paper " + QByteArray::number(i) + '\n';
    return text;
}

} // namespace

class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_comeInOrder_withTheirErrorsAndWarnings();
    void destroyedEarly_stopsTheReader();
    void largeRecords_waitByTheirSize();
};

void TestReadAhead::records_comeInOrder_withTheirErrorsAndWarnings()
{
    QByteArray text = lines(1000) + "broken\nodd\n" + lines(3);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TextInput input(buffer, u"test.txt"_s);
    LineReader reader(input);
    ReadAhead records(reader, input);
    for (int i = 0; i < 1000; ++i) {
        const ReadAhead::Record record = records.next();
        QVERIFY(record.paper && *record.paper);
        QCOMPARE((*record.paper)->title, u"paper %1"_s.arg(i));
    }
    const ReadAhead::Record broken = records.next();
    QVERIFY(!broken.paper);
    QCOMPARE(broken.paper.error().line, 1001);
    const ReadAhead::Record odd = records.next();
    QCOMPARE(odd.warnings.size(), 1);
    QCOMPARE(odd.warnings.first().line, 1002);
    QCOMPARE(odd.bytesRead, qint64(lines(1000).size() + 11));
    for (int i = 0; i < 3; ++i)
        QCOMPARE((*records.next().paper)->title, u"paper %1"_s.arg(i));
    const ReadAhead::Record end = records.next();
    QVERIFY(end.paper && !*end.paper);
    // The thread has ended: the reader and the input are this thread's again.
    QCOMPARE(input.bytesRead(), qint64(text.size()));
}

void TestReadAhead::destroyedEarly_stopsTheReader()
{
    QByteArray text = lines(100000);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    TextInput input(buffer, u"test.txt"_s);
    LineReader reader(input);
    {
        ReadAhead records(reader, input);
        QCOMPARE((*records.next().paper)->title, u"paper 0"_s);
    }
    // It read at most as far as a full queue, not the whole input.
    QVERIFY2(reader.calls <= int(ReadAhead::Capacity) + 2, qPrintable(QString::number(reader.calls)));
}

void TestReadAhead::largeRecords_waitByTheirSize()
{
    // 128 KiB a record: the queue is full by its bytes long before it has Capacity records.
    constexpr int Count = 300;
    const QByteArray line = QByteArray(128 * 1024 - 1, 'x') + '\n';
    QByteArray text = line.repeated(Count);
    QBuffer buffer(&text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    {
        TextInput input(buffer, u"test.txt"_s);
        LineReader reader(input);
        {
            ReadAhead records(reader, input);
            QVERIFY(records.next().paper);
            QTRY_VERIFY(reader.calls > 2); // it is reading ahead
        }
        const int bound = int(ReadAhead::MaxCapacityBytes / line.size()) + 3;
        QVERIFY2(reader.calls <= bound, qPrintable(u"%1 > %2"_s.arg(reader.calls).arg(bound)));
    }
    // Taking the records one by one wakes the reader each time the queue is half empty, to the end.
    QVERIFY(buffer.seek(0));
    TextInput input(buffer, u"test.txt"_s);
    LineReader reader(input);
    ReadAhead records(reader, input);
    int papers = 0;
    for (ReadAhead::Record record = records.next(); record.paper && *record.paper; record = records.next())
        ++papers;
    QCOMPARE(papers, Count);
}

QTEST_GUILESS_MAIN(TestReadAhead)
#include "tst_readahead.moc"
