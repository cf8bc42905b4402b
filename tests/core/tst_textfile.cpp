// Reading an input stops at a hard limit on the bytes actually read, whatever size the input reports:
// one byte past the limit says that it holds too much.

#include "import/TextFile.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace Lectern;

namespace {

// Zeros for ever, as /dev/zero gives them; its size is 0, as a device's is.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        std::fill_n(data, maxSize, '\0');
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class TestTextFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAtMost_stopsOneBytePastTheLimit_data();
    void readAtMost_stopsOneBytePastTheLimit();
};

void TestTextFile::readAtMost_stopsOneBytePastTheLimit_data()
{
    QTest::addColumn<qint64>("holds"); // -1: endless
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("read");

    QTest::newRow("less than the limit") << qint64(10) << qint64(100) << qint64(10);
    QTest::newRow("the limit") << qint64(100) << qint64(100) << qint64(100);
    QTest::newRow("more than the limit") << qint64(1000) << qint64(100) << qint64(101);
    QTest::newRow("endless") << qint64(-1) << qint64(100) << qint64(101);
    QTest::newRow("endless, past several chunks") << qint64(-1) << qint64(3'000'000) << qint64(3'000'001);
}

void TestTextFile::readAtMost_stopsOneBytePastTheLimit()
{
    QFETCH(qint64, holds);
    QFETCH(qint64, limit);
    QFETCH(qint64, read);

    QByteArray contents(holds < 0 ? 0 : holds, 'x');
    QBuffer buffer(&contents);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    EndlessDevice endless;
    QIODevice &device = holds < 0 ? static_cast<QIODevice &>(endless) : buffer;

    const QByteArray bytes = readAtMost(device, limit);
    QCOMPARE(bytes.size(), read);
}

QTEST_GUILESS_MAIN(TestTextFile)
#include "tst_textfile.moc"
