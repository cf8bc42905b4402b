// edit, delete and trash as a user runs them: the real lectern on a real library file, checked through the exit
// status, the messages and what show, search and list print afterwards.

#include "TestKit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestEditCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void edit_changesTheFieldsAndTheSearchFindsThem();
    void edit_recordsTheChangeInTheHistory();
    void edit_withABadFieldOrValue_isAUsageErrorAndChangesNothing_data();
    void edit_withABadFieldOrValue_isAUsageErrorAndChangesNothing();
    void edit_withATakenKeyOrAnUnknownPaper_failsAndChangesNothing();
    void deleteAndTrash_moveListRestoreAndEmpty();
    void delete_ofAnUnknownId_namesItAndChangesNothing();
    void filesKeptUpToDate_followDeletesAndRestores_notTheListing();
    void help_namesTheNewCommands();

private:
    CommandResult lectern(const QStringList &arguments) { return runLectern(m_dir->filePath(u"library.sqlite"_s), arguments); }
    QJsonObject shown(int id);
    QStringList searched(const QString &query);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CommandResult imported = lectern({u"import"_s, QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

QJsonObject TestEditCommands::shown(int id)
{
    const CommandResult show = lectern({u"show"_s, QString::number(id), u"--format"_s, u"json"_s});
    const QJsonDocument document = QJsonDocument::fromJson(show.out.toUtf8());
    return document.isArray() ? document.array().first().toObject() : document.object();
}

QStringList TestEditCommands::searched(const QString &query)
{
    const CommandResult found = lectern({u"search"_s, u"--format"_s, u"tsv"_s, u"--query"_s, query});
    QStringList ids;
    for (const QString &line : found.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
        ids.append(line.section(u'\t', 0, 0));
    return ids;
}

void TestEditCommands::edit_changesTheFieldsAndTheSearchFindsThem()
{
    const CommandResult edited = lectern({u"edit"_s, u"1"_s, u"title=Latent operators"_s,
                                          u"authors=Liu, Bo; Chen, Lizhang"_s, u"year=2025"_s, u"doi=10.1000/XYZ"_s,
                                          u"type=inproceedings"_s, u"extra.file=a.pdf"_s});
    QVERIFY2(edited.exitCode == 0, qPrintable(edited.err));
    QCOMPARE(edited.out, u"paper 1: changed type, title, authors, date, doi, extra.file\n"_s);
    const QJsonObject paper = shown(1);
    QCOMPARE(paper[u"title"].toString(), u"Latent operators"_s);
    QCOMPARE(paper[u"authors"].toArray().first().toString(), u"Bo Liu"_s);
    QCOMPARE(paper[u"published"].toString(), u"2025-06-13"_s);
    QCOMPARE(paper[u"doi"].toString(), u"10.1000/xyz"_s);
    QCOMPARE(paper[u"type"].toString(), u"inproceedings"_s);
    QCOMPARE(searched(u"title:operators"_s), QStringList{u"1"_s});
    QCOMPARE(searched(u"author:lizhang year:2025"_s), QStringList{u"1"_s});
    QCOMPARE(searched(u"title:spectral"_s), QStringList());
    const CommandResult check = lectern({u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestEditCommands::edit_recordsTheChangeInTheHistory()
{
    QCOMPARE(lectern({u"edit"_s, u"2"_s, u"date=2023-06"_s}).exitCode, 0);
    const QJsonObject paper = shown(2);
    // show --format json has no history; Lectern JSON has it.
    const CommandResult exported = lectern({u"export"_s, u"--query"_s, u"arxiv:2306.01234"_s, u"--format"_s,
                                            u"lectern-json"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(u"\"kind\":\"field-edited\""_s), qPrintable(exported.out));
    QVERIFY(exported.out.contains(u"\"detail\":\"date\""_s));
    // The list's "Jun 13", dated when it was imported.
    QVERIFY(exported.out.contains(u"\"previous\":\""_s + listDateToday(6, 13) + u'"'));
    QVERIFY(exported.out.contains(u"\"value\":\"2023-06\""_s));
    QCOMPARE(paper[u"published"].toString(), u"2023-06"_s);
}

void TestEditCommands::edit_withABadFieldOrValue_isAUsageErrorAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    QTest::newRow("unknown field") << QStringList{u"1"_s, u"title=New"_s, u"colour=red"_s} << u"colour"_s;
    QTest::newRow("not a year") << QStringList{u"1"_s, u"title=New"_s, u"year=20x5"_s} << u"year"_s;
    QTest::newRow("unknown type") << QStringList{u"1"_s, u"title=New"_s, u"type=poem"_s} << u"type"_s;
    QTest::newRow("no equals sign") << QStringList{u"1"_s, u"title"_s} << u"FIELD=VALUE"_s;
    QTest::newRow("no assignment") << QStringList{u"1"_s} << u"FIELD=VALUE"_s;
    QTest::newRow("no id") << QStringList{u"title=New"_s} << u"id"_s;
}

void TestEditCommands::edit_withABadFieldOrValue_isAUsageErrorAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);

    const CommandResult edited = lectern(QStringList{u"edit"_s} + arguments);
    QCOMPARE(edited.exitCode, 2);
    QVERIFY2(edited.err.contains(named), qPrintable(edited.err));
    QCOMPARE(shown(1)[u"title"].toString(), u"Solving High-Dimensional PDEs with Latent Spectral Models"_s);
}

void TestEditCommands::edit_withATakenKeyOrAnUnknownPaper_failsAndChangesNothing()
{
    QCOMPARE(lectern({u"edit"_s, u"2"_s, u"key=Taken2025"_s}).exitCode, 0);
    const CommandResult taken = lectern({u"edit"_s, u"1"_s, u"title=New"_s, u"key=taken2025"_s});
    QCOMPARE(taken.exitCode, 1);
    QVERIFY2(taken.err.contains(u"taken2025"_s) && taken.err.contains(u"paper 2"_s), qPrintable(taken.err));
    QCOMPARE(shown(1)[u"title"].toString(), u"Solving High-Dimensional PDEs with Latent Spectral Models"_s);
    const CommandResult unknown = lectern({u"edit"_s, u"999999"_s, u"title=New"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(u"999999"_s), qPrintable(unknown.err));
}

void TestEditCommands::deleteAndTrash_moveListRestoreAndEmpty()
{
    QCOMPARE(lectern({u"tag"_s, u"1"_s, u"+keep"_s}).exitCode, 0);
    const CommandResult deleted = lectern({u"delete"_s, u"1"_s, u"3"_s});
    QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    QVERIFY(deleted.out.contains(u"moved 2 papers"_s));
    QVERIFY(searched(u"spectral"_s).isEmpty());
    QVERIFY(!lectern({u"list"_s, u"--format"_s, u"tsv"_s}).out.contains(u"Latent Spectral"_s));
    QVERIFY(lectern({u"show"_s, u"1"_s}).out.contains(u"in the Trash (lectern trash --restore 1 brings it back)"_s));
    const CommandResult trash = lectern({u"trash"_s});
    QCOMPARE(trash.exitCode, 0);
    QCOMPARE(trash.out.count(u'\n'), 2);
    QVERIFY(trash.out.contains(u"1\tSolving High-Dimensional PDEs with Latent Spectral Models"_s));

    const CommandResult restored = lectern({u"trash"_s, u"--restore"_s, u"1"_s});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(searched(u"spectral tag:keep"_s), QStringList{u"1"_s});
    const CommandResult notThere = lectern({u"trash"_s, u"--restore"_s, u"2"_s});
    QCOMPARE(notThere.exitCode, 1);
    QVERIFY2(notThere.err.contains(u"paper 2 is not in the Trash"_s), qPrintable(notThere.err));

    const CommandResult emptied = lectern({u"trash"_s, u"--empty"_s});
    QVERIFY2(emptied.exitCode == 0, qPrintable(emptied.err));
    QVERIFY(emptied.out.contains(u"removed 1 paper"_s));
    QCOMPARE(lectern({u"trash"_s}).out, QString());
    QCOMPARE(lectern({u"show"_s, u"3"_s}).exitCode, 1);
    QCOMPARE(lectern({u"check"_s}).exitCode, 0);
    QCOMPARE(lectern({u"trash"_s, u"--restore"_s, u"--empty"_s}).exitCode, 2);
    QCOMPARE(lectern({u"trash"_s, u"5"_s}).exitCode, 2);
}

void TestEditCommands::delete_ofAnUnknownId_namesItAndChangesNothing()
{
    const CommandResult deleted = lectern({u"delete"_s, u"2"_s, u"999999"_s});
    QCOMPARE(deleted.exitCode, 1);
    QVERIFY2(deleted.err.contains(u"999999"_s), qPrintable(deleted.err));
    QCOMPARE(lectern({u"trash"_s}).out, QString());
    QCOMPARE(lectern({u"delete"_s, u"x"_s}).exitCode, 2);
}

void TestEditCommands::filesKeptUpToDate_followDeletesAndRestores_notTheListing()
{
    const QString path = m_dir->filePath(u"all.md"_s);
    const CommandResult kept = lectern({u"export"_s, u"--all"_s, u"--format"_s, u"md"_s, u"-o"_s, path, u"--keep-updated"_s});
    QVERIFY2(kept.exitCode == 0, qPrintable(kept.err));
    QVERIFY(QFile::remove(path));
    QCOMPARE(lectern({u"trash"_s}).exitCode, 0);
    QVERIFY(!QFile::exists(path)); // listing the Trash changes nothing, and writes nothing
    QCOMPARE(lectern({u"delete"_s, u"1"_s}).exitCode, 0);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY(!text.contains(u"Latent Spectral"_s));
    QVERIFY(text.contains(u"ASID"_s));
    written.close();
    QCOMPARE(lectern({u"trash"_s, u"--restore"_s, u"1"_s}).exitCode, 0);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(written.readAll()).contains(u"Latent Spectral"_s));
}

void TestEditCommands::help_namesTheNewCommands()
{
    const QString help = lectern({u"--help"_s}).out;
    for (const QString &command : {u"edit ID FIELD=VALUE"_s, u"delete ID..."_s, u"trash [--restore"_s})
        QVERIFY2(help.contains(command), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
