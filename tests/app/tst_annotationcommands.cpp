// The annotation subcommands (tag, tags, note, status), run as a user runs them: the real binary on a
// real library file, checked through its exit status, its output and what list/show print afterwards.

#include "library/AnnotationStore.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tag_onSeveralPapers_showsInTagsAndShow();
    void tags_printsCountsAndColoursAsText();
    void tag_withAnUnknownId_failsAndChangesNothing();
    void tag_withWrongArguments_isAUsageErrorAndChangesNothing_data();
    void tag_withWrongArguments_isAUsageErrorAndChangesNothing();
    void note_setThenPrinted();
    void note_readFromAFile();
    void note_fromAMissingFile_failsAndChangesNothing();
    void note_withSetAndFile_isAUsageError();
    void note_ofAnUnknownPaper_fails();
    void status_onSeveralPapers_showsInList();
    void status_withAnUnknownNameOrId_changesNothing();
    void everyAnnotation_isInShowListAndSearch_asTextAndJson();

private:
    // Runs "lectern COMMAND --library <this test's library> ARGUMENTS...".
    Result lectern(const QString &command, const QStringList &arguments = {});
    QJsonValue json(const QString &command, const QStringList &arguments = {});
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnnotationCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(libraryPath());
    QVERIFY(library);
    QList<Paper> papers;
    for (const QString &title : {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}) {
        Paper paper;
        paper.title = title;
        paper.abstract = u"About "_s + title + u'.';
        papers.append(paper);
    }
    const auto added = PaperStore(**library).add(papers, u"test.txt"_s, u"test"_s);
    QVERIFY(added);
    QCOMPARE(added->addedIds, (QList<qint64>{1, 2, 3}));
}

void TestAnnotationCommands::cleanup()
{
    m_dir.reset();
}

Result TestAnnotationCommands::lectern(const QString &command, const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_BINARY), QStringList{command, u"--library"_s, libraryPath()} + arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonValue TestAnnotationCommands::json(const QString &command, const QStringList &arguments)
{
    const Result result = lectern(command, arguments + QStringList{u"--format"_s, u"json"_s});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (result.exitCode != 0 || error.error != QJsonParseError::NoError)
        qWarning("lectern %s printed no JSON: %s", qPrintable(command), qPrintable(result.err));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

void TestAnnotationCommands::tag_onSeveralPapers_showsInTagsAndShow()
{
    Result result = lectern(u"tag"_s, {u"1"_s, u"2"_s, u"+ml/optimization"_s, u"+todo"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    result = lectern(u"tag"_s, {u"2"_s, u"3"_s, u"+read-later"_s, u"-todo"_s});
    QCOMPARE(result.exitCode, 0);

    const QJsonArray expected{
        QJsonObject{{u"name"_s, u"ml"_s}, {u"color"_s, QJsonValue()}, {u"count"_s, 0}, {u"total"_s, 2}},
        QJsonObject{{u"name"_s, u"ml/optimization"_s}, {u"color"_s, QJsonValue()}, {u"count"_s, 2}, {u"total"_s, 2}},
        QJsonObject{{u"name"_s, u"read-later"_s}, {u"color"_s, QJsonValue()}, {u"count"_s, 2}, {u"total"_s, 2}},
        QJsonObject{{u"name"_s, u"todo"_s}, {u"color"_s, QJsonValue()}, {u"count"_s, 1}, {u"total"_s, 1}},
    };
    QCOMPARE(json(u"tags"_s).toArray(), expected);

    const QJsonObject second = json(u"show"_s, {u"2"_s}).toObject();
    QCOMPARE(second.value(u"tags"_s).toArray(), (QJsonArray{u"ml/optimization"_s, u"read-later"_s}));
    QCOMPARE(second.value(u"status"_s).toString(), u"inbox"_s);
    QCOMPARE(second.value(u"rating"_s).toInt(-1), 0);
    QCOMPARE(second.value(u"note"_s).toString(u"missing"_s), QString());
    QCOMPARE(second.value(u"highlights"_s).toArray(), QJsonArray());
    const QJsonObject first = json(u"show"_s, {u"1"_s}).toObject();
    QCOMPARE(first.value(u"tags"_s).toArray(), (QJsonArray{u"ml/optimization"_s, u"todo"_s}));
}

void TestAnnotationCommands::tags_printsCountsAndColoursAsText()
{
    QCOMPARE(lectern(u"tag"_s, {u"1"_s, u"3"_s, u"+ml/vision"_s}).exitCode, 0);
    const Result result = lectern(u"tags"_s);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"     2  ml\n     2  ml/vision\n"_s);
}

void TestAnnotationCommands::tag_withAnUnknownId_failsAndChangesNothing()
{
    const Result result = lectern(u"tag"_s, {u"1"_s, u"99"_s, u"+x"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"99"_s), qPrintable(result.err));
    QCOMPARE(json(u"tags"_s).toArray(), QJsonArray());
    QCOMPARE(json(u"show"_s, {u"1"_s}).toObject().value(u"tags"_s).toArray(), QJsonArray());
}

void TestAnnotationCommands::tag_withWrongArguments_isAUsageErrorAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no paper id") << QStringList{u"+x"_s};
    QTest::newRow("no tag") << QStringList{u"1"_s, u"2"_s};
    QTest::newRow("neither id nor tag") << QStringList{u"1"_s, u"x"_s};
    QTest::newRow("empty part in a tag") << QStringList{u"1"_s, u"+a//b"_s};
    QTest::newRow("empty tag") << QStringList{u"1"_s, u"+"_s};
    QTest::newRow("an option after the ids") << QStringList{u"1"_s, u"+a"_s, u"--format"_s, u"json"_s};
}

void TestAnnotationCommands::tag_withWrongArguments_isAUsageErrorAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    const Result result = lectern(u"tag"_s, arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.startsWith(u"lectern tag: "_s));
    QCOMPARE(json(u"tags"_s).toArray(), QJsonArray());
}

void TestAnnotationCommands::note_setThenPrinted()
{
    const QString note = u"# Reading\n\nThe *bound* is loose."_s;
    QCOMPARE(lectern(u"note"_s, {u"2"_s, u"--set"_s, note}).exitCode, 0);
    const Result printed = lectern(u"note"_s, {u"2"_s});
    QCOMPARE(printed.exitCode, 0);
    QCOMPARE(printed.out, note + u'\n');
    QCOMPARE(json(u"show"_s, {u"2"_s}).toObject().value(u"note"_s).toString(), note);
    QCOMPARE(lectern(u"note"_s, {u"1"_s}).out, QString()); // no note: nothing printed
}

void TestAnnotationCommands::note_readFromAFile()
{
    const QString note = u"Ünïcode stays intact.\n- a list\n- of points\n"_s;
    QFile file(m_dir->filePath(u"note.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(note.toUtf8());
    file.close();

    QCOMPARE(lectern(u"note"_s, {u"3"_s, u"--file"_s, file.fileName()}).exitCode, 0);
    QCOMPARE(lectern(u"note"_s, {u"3"_s}).out, note);
    const QJsonArray found = json(u"search"_s, {u"points"_s}).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"id"_s).toInteger(), 3);
}

void TestAnnotationCommands::note_fromAMissingFile_failsAndChangesNothing()
{
    QCOMPARE(lectern(u"note"_s, {u"3"_s, u"--set"_s, u"kept"_s}).exitCode, 0);
    const QString missing = m_dir->filePath(u"missing.md"_s);
    const Result result = lectern(u"note"_s, {u"3"_s, u"--file"_s, missing});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
    QCOMPARE(lectern(u"note"_s, {u"3"_s}).out, u"kept\n"_s);
}

void TestAnnotationCommands::note_withSetAndFile_isAUsageError()
{
    const Result result = lectern(u"note"_s, {u"1"_s, u"--set"_s, u"a"_s, u"--file"_s, u"b"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(lectern(u"note"_s, {u"1"_s}).out, QString());
}

void TestAnnotationCommands::note_ofAnUnknownPaper_fails()
{
    const Result result = lectern(u"note"_s, {u"42"_s, u"--set"_s, u"x"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"42"_s));
    QCOMPARE(lectern(u"note"_s, {u"42"_s}).exitCode, 1);
}

void TestAnnotationCommands::status_onSeveralPapers_showsInList()
{
    const Result result = lectern(u"status"_s, {u"1"_s, u"3"_s, u"reading"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());

    QStringList statuses;
    for (const QJsonValue paper : json(u"list"_s).toArray())
        statuses.append(paper.toObject().value(u"status"_s).toString());
    QCOMPARE(statuses, (QStringList{u"reading"_s, u"inbox"_s, u"reading"_s}));
}

void TestAnnotationCommands::status_withAnUnknownNameOrId_changesNothing()
{
    Result result = lectern(u"status"_s, {u"1"_s, u"finished"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(u"to-read"_s)); // names the statuses there are
    result = lectern(u"status"_s, {u"1"_s, u"99"_s, u"read"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"99"_s));
    result = lectern(u"status"_s, {u"read"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(json(u"show"_s, {u"1"_s}).toObject().value(u"status"_s).toString(), u"inbox"_s);
}

// What the window does, seen from the command line: the text of show, and the keys that JSON of list,
// search and show gains (tags, status, rating, note, highlights).
void TestAnnotationCommands::everyAnnotation_isInShowListAndSearch_asTextAndJson()
{
    QCOMPARE(lectern(u"tag"_s, {u"2"_s, u"+ml/optimization"_s, u"+physics"_s}).exitCode, 0);
    QCOMPARE(lectern(u"status"_s, {u"2"_s, u"reading"_s}).exitCode, 0);
    QCOMPARE(lectern(u"note"_s, {u"2"_s, u"--set"_s, u"# Worth it\nsee *methods*"_s}).exitCode, 0);
    {
        // Rating and highlights have no command of their own: the window makes them.
        auto library = Library::open(libraryPath());
        QVERIFY(library);
        QVERIFY(AnnotationStore(**library).setRating(2, 4));
        QVERIFY(HighlightStore(**library).add(2, 6, 4, u"#ffe066"_s, u"the name"_s)); // "Beta" in "About Beta."
    }

    const Result shown = lectern(u"show"_s, {u"2"_s});
    QCOMPARE(shown.exitCode, 0);
    for (const QString &line : {u"status: reading\n"_s, u"rating: 4\n"_s, u"tags: ml/optimization, physics\n"_s,
                                u"highlight: \"Beta\" #ffe066 - the name\n"_s, u"\nnote:\n# Worth it\nsee *methods*\n"_s})
        QVERIFY2(shown.out.contains(line), qPrintable(shown.out));
    const Result plain = lectern(u"show"_s, {u"1"_s});
    QVERIFY2(plain.out.endsWith(u"status: inbox\n"_s), qPrintable(plain.out)); // nothing else to say

    const QJsonObject listed = json(u"list"_s).toArray().at(1).toObject();
    const QJsonObject found = json(u"search"_s, {u"methods"_s}).toArray().at(0).toObject();
    const QJsonObject single = json(u"show"_s, {u"2"_s}).toObject();
    for (const QJsonObject &paper : {listed, found, single}) {
        QCOMPARE(paper.value(u"id"_s).toInteger(), 2);
        QCOMPARE(paper.value(u"tags"_s).toArray(), (QJsonArray{u"ml/optimization"_s, u"physics"_s}));
        QCOMPARE(paper.value(u"status"_s).toString(), u"reading"_s);
        QCOMPARE(paper.value(u"rating"_s).toInt(), 4);
        QCOMPARE(paper.value(u"note"_s).toString(), u"# Worth it\nsee *methods*"_s);
        const QJsonArray highlights = paper.value(u"highlights"_s).toArray();
        QCOMPARE(highlights.size(), 1);
        const QJsonObject highlight = highlights.first().toObject();
        QCOMPARE(highlight.value(u"quote"_s).toString(), u"Beta"_s);
        QCOMPARE(highlight.value(u"start"_s).toInt(), 6);
        QCOMPARE(highlight.value(u"length"_s).toInt(), 4);
        QCOMPARE(highlight.value(u"color"_s).toString(), u"#ffe066"_s);
        QCOMPARE(highlight.value(u"comment"_s).toString(), u"the name"_s);
        QCOMPARE(highlight.value(u"orphaned"_s).toBool(true), false);
    }
}

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
