// lectern list, search and export write papers as they read them, a batch at a time: on a library of several
// batches (1,234 synthetic papers, some in the Trash) the real executable gives what one pass over every paper
// gives, byte for byte, and search --limit N gives the first N papers of the whole result, in its order.

#include "TestKit.h"

#include "export/Exporter.h"
#include "export/ExportFile.h"
#include "library/Library.h"
#include "library/PaperJson.h"
#include "library/PaperStore.h"
#include "library/PaperTrash.h"
#include "library/ReadingListStore.h"
#include "synth/SyntheticLibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

constexpr int PaperCount = 1234; // more than two of the command line's batches of 500

QList<qint64> firstColumnIds(const QString &tsv)
{
    QList<qint64> ids;
    for (const QString &line : tsv.split(u'\n', Qt::SkipEmptyParts).mid(1)) // below the header
        ids.append(line.section(u'\t', 0, 0).toLongLong());
    return ids;
}

} // namespace

class TestStreamedOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void searchWithALimit_givesTheFirstPapersOfTheWholeResult_data();
    void searchWithALimit_givesTheFirstPapersOfTheWholeResult();
    void searchTextWithALimit_isTheStartOfTheWholeText();
    void listJson_isTheWholeArrayAsOneDocumentWritesIt();
    void listText_hasEveryPaperOnceInTheirOrder_data();
    void listText_hasEveryPaperOnceInTheirOrder();
    void exportAll_givesTheBytesOfOnePassOverEveryPaper_data();
    void exportAll_givesTheBytesOfOnePassOverEveryPaper();
    void exportAllToAFile_writesWhatStandardOutputGets();
    void exportAllAsLecternJson_hasEveryPaperAndTheirListPlaces();

private:
    TestKit::CommandResult lectern(const QStringList &arguments) const
    {
        return TestKit::runLectern(m_path, arguments);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Library> m_library;
    QList<qint64> m_shown; // every paper not in the Trash, in the order they were added
};

void TestStreamedOutput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"library.sqlite"_s);
    auto library = Library::open(m_path);
    QVERIFY(library);
    m_library = std::move(*library);
    const auto written = Synth::writeSyntheticPapers(*m_library, {PaperCount, 3, 500});
    QVERIFY(written);
    QCOMPARE(written->added, PaperCount);
    // Papers in the Trash are in no list, search or export, wherever they fall in a batch.
    PaperStore store(*m_library);
    const QList<qint64> all = store.ids();
    QVERIFY(PaperTrash(*m_library).trash({all[0], all[499], all[500], all[1000]}));
    QVERIFY(ReadingListStore(*m_library).addPapersToNamedList(u"To read"_s, {all[3], all[700], all[1200]}));
    m_shown = store.ids();
    QCOMPARE(m_shown.size(), PaperCount - 4);
}

void TestStreamedOutput::searchWithALimit_givesTheFirstPapersOfTheWholeResult_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    // Ranked by bm25: a word in most papers, two words, prefixes, a negation, words with filters.
    for (const QString &query : {u"learning"_s, u"graph neural"_s, u"optim*"_s, u"model* -video"_s,
                                 u"tag:ml neural"_s, u"\"reinforcement learning\""_s}) {
        for (const int limit : {1, 50, 700})
            QTest::addRow("%s, %d", qPrintable(query), limit) << query << limit;
    }
    // Unranked: filters alone, in the order the papers were added.
    for (const QString &query : {u"tag:ml"_s, u"year:2023 -tag:ml"_s, u"rating:>=4"_s, u"status:inbox"_s}) {
        for (const int limit : {1, 50, 700})
            QTest::addRow("%s, %d", qPrintable(query), limit) << query << limit;
    }
}

void TestStreamedOutput::searchWithALimit_givesTheFirstPapersOfTheWholeResult()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    const auto whole = lectern({u"search"_s, u"--format"_s, u"tsv"_s, u"--query"_s, query});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const QList<qint64> all = firstColumnIds(whole.out);
    QVERIFY2(all.size() > 1, "the query finds papers enough to order");
    const auto limited = lectern({u"search"_s, u"--format"_s, u"tsv"_s, u"--limit"_s, QString::number(limit),
                                  u"--query"_s, query});
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
    QCOMPARE(firstColumnIds(limited.out), all.mid(0, limit));
}

void TestStreamedOutput::searchTextWithALimit_isTheStartOfTheWholeText()
{
    // Two lines a paper: its id and title, and where the words matched.
    const auto whole = lectern({u"search"_s, u"learning"_s});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    const QStringList lines = whole.out.split(u'\n', Qt::SkipEmptyParts);
    const auto found = lectern({u"search"_s, u"learning"_s, u"--format"_s, u"tsv"_s});
    QCOMPARE(lines.size(), 2 * firstColumnIds(found.out).size());
    QVERIFY(lines.size() > 2 * 600);
    const auto limited = lectern({u"search"_s, u"learning"_s, u"--limit"_s, u"600"_s});
    QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
    QCOMPARE(limited.out.split(u'\n', Qt::SkipEmptyParts), lines.mid(0, 2 * 600));
}

void TestStreamedOutput::listJson_isTheWholeArrayAsOneDocumentWritesIt()
{
    QJsonArray array;
    PaperStore store(*m_library);
    for (const qint64 id : std::as_const(m_shown))
        array.append(paperToJson(*store.paper(id)));
    const auto listed = lectern({u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(listed.out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
}

void TestStreamedOutput::listText_hasEveryPaperOnceInTheirOrder_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << u"text"_s;
    QTest::newRow("tsv") << u"tsv"_s;
}

void TestStreamedOutput::listText_hasEveryPaperOnceInTheirOrder()
{
    QFETCH(QString, format);
    const auto listed = lectern({u"list"_s, u"--format"_s, format});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    if (format == u"tsv")
        QCOMPARE(lines.takeFirst(), u"id\ttitle\tfirst_author\tpublished"_s);
    const QList<PaperRow> rows = PaperStore(*m_library).rows(m_shown);
    QCOMPARE(lines.size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QStringList cells = format == u"tsv" ? lines[i].split(u'\t')
                                                   : QStringList{lines[i].left(6), lines[i].mid(8)};
        QCOMPARE(cells[0].trimmed().toLongLong(), rows[i].id);
        QCOMPARE(cells[1], rows[i].title);
    }
}

void TestStreamedOutput::exportAll_givesTheBytesOfOnePassOverEveryPaper_data()
{
    QTest::addColumn<QString>("format");
    for (const QString &name : exporterNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestStreamedOutput::exportAll_givesTheBytesOfOnePassOverEveryPaper()
{
    QFETCH(QString, format);
    ExportOptions options = ExportOptions::allFields();
    options.title = u"All papers"_s;
    const QString whole = exporterNamed(format)->write(papersForExport(*m_library, m_shown), options);
    const auto exported = lectern({u"export"_s, u"--all"_s, u"--format"_s, format, u"--fields"_s,
                                   fieldNames(ExportOptions::allFields()).join(u',')});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(exported.out.size(), whole.size());
    QVERIFY(exported.out == whole); // QCOMPARE would print megabytes
}

void TestStreamedOutput::exportAllToAFile_writesWhatStandardOutputGets()
{
    const QString file = m_dir.filePath(u"all.bib"_s);
    const auto written = lectern({u"export"_s, u"--all"_s, u"--format"_s, u"bib"_s, u"-o"_s, file});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    QCOMPARE(written.out, u"exported %1 papers to %2\n"_s.arg(m_shown.size()).arg(file));
    const auto printed = lectern({u"export"_s, u"--all"_s, u"--format"_s, u"bib"_s});
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll() == printed.out.toUtf8());
}

void TestStreamedOutput::exportAllAsLecternJson_hasEveryPaperAndTheirListPlaces()
{
    const auto exported = lectern({u"export"_s, u"--all"_s, u"--format"_s, u"lectern-json"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QList<qint64> papers;
    QJsonArray listed;
    for (const QString &line : exported.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
        if (record.contains(u"paper"))
            papers.append(record.value(u"paper").toObject().value(u"id").toInteger());
        if (record.contains(u"reading_list"))
            listed = record.value(u"reading_list").toObject().value(u"papers").toArray();
    }
    QCOMPARE(papers, m_shown);
    QList<qint64> listedIds;
    for (const QJsonValue place : std::as_const(listed))
        listedIds.append(place.toObject().value(u"id").toInteger());
    QCOMPARE(listedIds, (QList<qint64>{m_shown[2], m_shown[697], m_shown[1196]}));
}

QTEST_GUILESS_MAIN(TestStreamedOutput)
#include "tst_streamedoutput.moc"
