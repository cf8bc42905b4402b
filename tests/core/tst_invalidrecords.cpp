// Broken records in a file: an import stores none of the file and names the first (file, line, column); with
// skipInvalid it stores the others and lists the broken ones; checkRecords lists them all without storing, for the
// window's error dialog. A minified CSL-JSON list, one line longer than any line a line reader takes, included.

#include "import/FileImport.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "ImportFixtures.h"
#include "TestKit.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

const QByteArray RisWithTwoBrokenRecords = "TY  - JOUR\nTI  - One\nER  - \n"
                                           "TY  - JOUR\nTI  - Two\n" // no ER before the next TY: broken at line 4
                                           "TY  - JOUR\nTI  - Three\nER  - \n"
                                           "TY  - JOUR\nTI  - Four\nER  - \n"
                                           "TY  - JOUR\nTI  - Five\n"; // the file ends before its ER: broken at line 12

Expected<RecordCheck> check(QByteArray bytes, const QString &name)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return checkRecords(buffer, name);
}

QList<int> linesOf(const QList<Error> &errors)
{
    QList<int> lines;
    for (const Error &error : errors)
        lines.append(error.line);
    return lines;
}

} // namespace

class TestInvalidRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void minifiedCslJson_withABrokenItem_importsNothing_orTheOthersWithSkipInvalid();
    void checkRecords_listsEveryBrokenRecord_andCountsTheValidOnes();
    void checkRecords_ofAnInputThatCannotBeRead_isItsError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
};

void TestInvalidRecords::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
}

void TestInvalidRecords::minifiedCslJson_withABrokenItem_importsNothing_orTheOthersWithSkipInvalid()
{
    QByteArray json = cslJsonOnOneLine(1000);
    QVERIFY(json.size() > 2 * MaxLineLength);
    // Item 500's title loses its closing quote's comma: "title":"Paper 500 ..." "abstract" is no JSON.
    const QByteArray intact = "[brackets]\",\"abstract\"";
    const qsizetype item500 = json.indexOf("\"id\":\"item500\"");
    const qsizetype broken = json.indexOf(intact, item500) + intact.indexOf(",\"abstract");
    json[broken] = ' ';
    const QString path = m_dir->filePath(u"minified.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    const auto refused = importFile(*m_library, path);
    QVERIFY(!refused);
    QCOMPARE(refused.error().file, path);
    QCOMPARE(refused.error().line, 1);
    // QJsonDocument places the error just inside "abstract", after the blank where the comma was.
    QCOMPARE(refused.error().column, int(broken) + 3);
    QCOMPARE(PaperStore(*m_library).count(), 0);

    ImportOptions options;
    options.skipInvalid = true;
    const auto imported = importFile(*m_library, path, options);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported->added.added, 999);
    QCOMPARE(imported->skipped.size(), 1);
    QCOMPARE(imported->skipped.first().toString(), refused.error().toString());
    QCOMPARE(PaperStore(*m_library).count(), 999);
}

void TestInvalidRecords::checkRecords_listsEveryBrokenRecord_andCountsTheValidOnes()
{
    const auto checked = check(RisWithTwoBrokenRecords, u"records.ris"_s);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().toString()));
    QCOMPARE(checked->valid, 3);
    QCOMPARE(linesOf(checked->invalid), (QList<int>{4, 12}));
    QCOMPARE(checked->invalid.first().file, u"records.ris"_s);
    // It reads and stores nothing.
    QCOMPARE(PaperStore(*m_library).count(), 0);
    // What it lists is what an import that skips them leaves out.
    ImportOptions options;
    options.skipInvalid = true;
    const auto imported = importText(*m_library, QString::fromUtf8(RisWithTwoBrokenRecords), u"records.ris"_s, options);
    QVERIFY(imported);
    QCOMPARE(imported->added.added, checked->valid);
    QCOMPARE(linesOf(imported->skipped), linesOf(checked->invalid));
}

void TestInvalidRecords::checkRecords_ofAnInputThatCannotBeRead_isItsError()
{
    const auto binary = check(RisWithTwoBrokenRecords + QByteArray("TY  - JOUR\nTI  - \0\n", 19), u"binary.ris"_s);
    QVERIFY(!binary);
    QVERIFY2(binary.error().message.contains(u"binary"_s), qPrintable(binary.error().toString()));
    const auto unknown = check("\x89PNG not a format", u"image.png"_s);
    QVERIFY(!unknown);
}

QTEST_GUILESS_MAIN(TestInvalidRecords)
#include "tst_invalidrecords.moc"
