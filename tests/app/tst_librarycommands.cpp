// check, backup, backups and restore as a user runs them: the real lectern on a real library file, with
// its data folder (where automatic backups go) in this test's own folder.

#include "TestKit.h"

#include "library/Library.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestLibraryCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void check_ofAWholeLibrary_saysOk();
    void check_ofAScribbledLibrary_failsAndNamesTheDamage();
    void backupThenRestore_bringsTheLibraryBackAndKeepsWhatWasThere();
    void backups_listsTheAutomaticOnes();
    void changes_writeOneAutomaticBackupADay();
    void restore_ofAFileThatIsNoLibrary_failsAndChangesNothing();
    void upgrade_ofALargeLibrary_isSaidBeforeIt_data();
    void upgrade_ofALargeLibrary_isSaidBeforeIt();

private:
    CommandResult lectern(const QStringList &arguments);
    QString libraryPath() const { return m_dir->filePath(u"library.sqlite"_s); }
    int paperCount();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibraryCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const CommandResult imported = lectern({u"import"_s, QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
}

// With the data folder (where automatic backups go) in this test's own folder.
CommandResult TestLibraryCommands::lectern(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    return runLectern(libraryPath(), arguments, environment);
}

int TestLibraryCommands::paperCount()
{
    const CommandResult listed = lectern({u"list"_s, u"--format"_s, u"tsv"_s});
    return listed.exitCode == 0 ? int(listed.out.count(u'\n')) - 1 : -1; // less the header line
}

void TestLibraryCommands::check_ofAWholeLibrary_saysOk()
{
    const CommandResult checked = lectern({u"check"_s});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY2(checked.out.startsWith(u"ok"_s), qPrintable(checked.out));
}

void TestLibraryCommands::check_ofAScribbledLibrary_failsAndNamesTheDamage()
{
    // Enough papers for the file to have pages beyond the schema's, all in the file itself (no WAL).
    QString text = u"Jun 13\n\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"Paper %1 about a long road\n\nIts abstract, which is longer than its title, number %1.\n\n"_s.arg(i);
    QFile more(m_dir->filePath(u"more.txt"_s));
    QVERIFY(more.open(QIODevice::WriteOnly));
    more.write(text.toUtf8());
    more.close();
    QCOMPARE(lectern({u"import"_s, more.fileName()}).exitCode, 0);
    QVERIFY(!QFile::exists(libraryPath() + u"-wal"_s));

    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (qint64 offset = 5 * 4096; offset < file.size() - 4096; offset += 3 * 4096) {
        file.seek(offset + 100);
        file.write(QByteArray(200, '\x5a'));
    }
    file.close();

    const CommandResult checked = lectern({u"check"_s});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(u"is damaged"_s), qPrintable(checked.err));
    QVERIFY2(!checked.out.isEmpty(), "the damage was not named");
}

void TestLibraryCommands::backupThenRestore_bringsTheLibraryBackAndKeepsWhatWasThere()
{
    const int before = paperCount();
    QVERIFY(before > 0);
    const QString backup = m_dir->filePath(u"saved.sqlite"_s);
    const CommandResult backedUp = lectern({u"backup"_s, backup});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY(QFile::exists(backup));

    QFile more(m_dir->filePath(u"more.txt"_s));
    QVERIFY(more.open(QIODevice::WriteOnly));
    more.write("Jun 14\n\nA Paper After the Backup\n\nIts abstract.\n");
    more.close();
    QCOMPARE(lectern({u"import"_s, more.fileName()}).exitCode, 0);
    QCOMPARE(paperCount(), before + 1);

    const CommandResult restored = lectern({u"restore"_s, backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(paperCount(), before);
    const QRegularExpression asideLine(u"what it held before is in (.+)"_s);
    const auto match = asideLine.match(restored.out);
    QVERIFY2(match.hasMatch(), qPrintable(restored.out));
    QVERIFY(QFile::exists(match.captured(1).trimmed()));
}

void TestLibraryCommands::backups_listsTheAutomaticOnes()
{
    // init's import was the library's first change: the automatic backup of the day followed it.
    const CommandResult daily = lectern({u"backups"_s});
    QCOMPARE(daily.exitCode, 0);
    QCOMPARE(daily.out.count(u'\n'), 1);
    const CommandResult backedUp = lectern({u"backup"_s});
    QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
    QVERIFY2(backedUp.out.contains(m_dir->filePath(u"data"_s)), qPrintable(backedUp.out));

    const CommandResult listed = lectern({u"backups"_s});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count(u'\n'), 2);
    QVERIFY2(listed.out.contains(u".sqlite"_s), qPrintable(listed.out));
}

void TestLibraryCommands::changes_writeOneAutomaticBackupADay()
{
    const auto backupsNow = [&] { return lectern({u"backups"_s}).out.count(u'\n'); };
    QCOMPARE(backupsNow(), 1); // after init's import, the library's first change
    QCOMPARE(lectern({u"tag"_s, u"1"_s, u"+more"_s}).exitCode, 0);
    QCOMPARE(backupsNow(), 1); // the newest is not a day old

    // A day later (the backup's time is its file's), the next change writes another; reads write none.
    const QStringList listed = lectern({u"backups"_s}).out.split(u'\n', Qt::SkipEmptyParts);
    const QString newest = listed.first().section(u"  "_s, -1); // time, size, path
    QVERIFY2(QFile::exists(newest), qPrintable(listed.first()));
    QFile file(newest);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(lectern({u"list"_s}).exitCode, 0);
    QCOMPARE(backupsNow(), 1);
    QCOMPARE(lectern({u"status"_s, u"1"_s, u"read"_s}).exitCode, 0);
    QCOMPARE(backupsNow(), 2);
}

void TestLibraryCommands::restore_ofAFileThatIsNoLibrary_failsAndChangesNothing()
{
    const int before = paperCount();
    const CommandResult restored = lectern({u"restore"_s, QStringLiteral(LECTERN_TEST_DATA "/daily-papers-small.txt")});
    QCOMPARE(restored.exitCode, 1);
    QVERIFY2(restored.err.contains(u"not a Lectern library"_s), qPrintable(restored.err));
    QCOMPARE(paperCount(), before);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*before-restore*"_s}), QStringList());
}

// A library of an earlier schema is upgraded as it opens: a backup of the whole file, then its search index made
// again, minutes for a million papers. The command line says so first when the library is large, so that the wait
// does not look like a hang; a small one upgrades in a moment, without a word.
void TestLibraryCommands::upgrade_ofALargeLibrary_isSaidBeforeIt_data()
{
    QTest::addColumn<int>("papers");
    QTest::addColumn<bool>("said");
    QTest::newRow("small") << 3 << false;
    QTest::newRow("large") << Lectern::Library::LongUpgradePapers << true;
}

void TestLibraryCommands::upgrade_ofALargeLibrary_isSaidBeforeIt()
{
    QFETCH(int, papers);
    QFETCH(bool, said);
    const QString old = m_dir->filePath(u"old.sqlite"_s);
    QVERIFY(writeLibraryOfSchema(old, 14, papers));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    const CommandResult listed = runLectern(old, {u"list"_s, u"--format"_s, u"tsv"_s}, environment);
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QCOMPARE(int(listed.out.count(u'\n')) - 1, papers);
    QCOMPARE(listed.err.contains(u"upgrading the library"_s), said);
    // Said once: the next command finds the library upgraded.
    QVERIFY(!runLectern(old, {u"list"_s}, environment).err.contains(u"upgrading"_s));
}

QTEST_GUILESS_MAIN(TestLibraryCommands)
#include "tst_librarycommands.moc"
