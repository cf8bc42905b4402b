// Files that are not a library this program may write (empty, another program's database, a newer
// Lectern's) are refused and left exactly as they were; a read-only library reads and refuses writes
// clearly; damage is found; backups are whole snapshots that restore without losing what was there.

#include "library/Backups.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "TestKit.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLibraryFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyFile_isRefusedAndLeftEmpty();
    void otherProgramsDatabase_isRefusedAndLeftAlone();
    void newerLibrary_isRefusedWithoutBeingSwitchedToWal();
    void readOnlyLibrary_readsAndRefusesWritesSayingSo();
    void damagedLibrary_isFoundDamaged();
    void wholeLibrary_hasNoDamage();

    void backup_isAWholeCopyThatOpens();
    void automaticBackups_keepTheNewestSeven();
    void automaticBackup_isDueOnlyAfterChangesAndADay();
    void restore_bringsTheBackupBackAndKeepsWhatWasThere();
    void restore_ofAFileThatIsNoLibrary_changesNothing();
    void upgrade_writesABackupFirst();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString libraryPath() const { return path(u"library.sqlite"_s); }
    std::unique_ptr<Library> openLibrary(const QString &file, Access access = Access::ReadWrite)
    {
        auto library = Library::open(file, access);
        if (!library)
            qInfo("cannot open %s: %s", qPrintable(file), qPrintable(library.error().toString()));
        return library ? std::move(*library) : nullptr;
    }
    QList<qint64> addPapers(Library &library, const QStringList &titles)
    {
        QList<Paper> papers;
        for (const QString &title : titles)
            papers.append(paperTitled(title));
        const auto added = PaperStore(library).add(papers, u"fixture.txt"_s, u"test"_s);
        return added ? added->addedIds : QList<qint64>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLibraryFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibraryFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLibraryFiles::cleanup()
{
    QDir(Backups::folderFor(libraryPath())).removeRecursively();
    m_dir.reset();
}

void TestLibraryFiles::emptyFile_isRefusedAndLeftEmpty()
{
    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    const auto refused = Library::open(libraryPath());
    QVERIFY2(!refused, "an empty file was made into a library");
    QCOMPARE(refused.error().file, libraryPath());
    QVERIFY2(refused.error().message.contains(u"empty file"_s), qPrintable(refused.error().message));
    QCOMPARE(QFileInfo(libraryPath()).size(), 0);
    QVERIFY(!QFileInfo::exists(libraryPath() + u"-wal"_s));
}

void TestLibraryFiles::otherProgramsDatabase_isRefusedAndLeftAlone()
{
    {
        auto raw = Database::open(libraryPath());
        QVERIFY(raw);
        QVERIFY((*raw)->exec("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')"));
    }
    const QByteArray before = contentsOf(libraryPath());

    const auto refused = Library::open(libraryPath());
    QVERIFY2(!refused, "another program's database was taken for a library");
    QVERIFY2(refused.error().message.contains(u"another program"_s), qPrintable(refused.error().message));
    QCOMPARE(contentsOf(libraryPath()), before);
    auto raw = Database::open(libraryPath());
    QVERIFY(raw);
    QCOMPARE(textOf(**raw, "PRAGMA journal_mode"), u"delete"_s);
    QCOMPARE(integerOf(**raw, "SELECT count(*) FROM sqlite_master"), qint64(1));
}

void TestLibraryFiles::newerLibrary_isRefusedWithoutBeingSwitchedToWal()
{
    {
        auto library = openLibrary(libraryPath());
        QVERIFY(library);
        QVERIFY(library->db().exec("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99"));
    }
    const auto refused = Library::open(libraryPath());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"newer"_s), qPrintable(refused.error().message));
    auto raw = Database::open(libraryPath());
    QVERIFY(raw);
    QCOMPARE(textOf(**raw, "PRAGMA journal_mode"), u"delete"_s);
    QCOMPARE(integerOf(**raw, "PRAGMA user_version"), qint64(99));
}

void TestLibraryFiles::readOnlyLibrary_readsAndRefusesWritesSayingSo()
{
    qint64 id = 0;
    {
        auto library = openLibrary(libraryPath());
        QVERIFY(library);
        id = addPapers(*library, {u"Kept Paper"_s}).value(0);
        QVERIFY(id > 0);
    }
    auto library = openLibrary(libraryPath(), Access::ReadOnly);
    QVERIFY(library);
    QVERIFY(library->isReadOnly());
    QCOMPARE(PaperStore(*library).count(), 1);
    const auto tagged = TagStore(*library).edit({id}, {u"ml"_s});
    QVERIFY2(!tagged, "a read-only library took a write");
    QVERIFY2(tagged.error().message.contains(u"read-only"_s), qPrintable(tagged.error().message));
    // Opened immutable: no shared-memory file is left behind to keep the file read-only later.
    QVERIFY(!QFileInfo::exists(libraryPath() + u"-shm"_s));
}

void TestLibraryFiles::damagedLibrary_isFoundDamaged()
{
    {
        auto library = openLibrary(libraryPath());
        QVERIFY(library);
        QStringList titles;
        for (int i = 0; i < 300; ++i)
            titles.append(u"Paper number %1 on a long and winding road"_s.arg(i));
        QCOMPARE(addPapers(*library, titles).size(), 300);
        QVERIFY(library->db().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    // Scribbles over the middle of the file, as a failing disk does: pages beyond the header and schema.
    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 16 * 4096);
    for (qint64 offset = 5 * 4096; offset < size - 4096; offset += 3 * 4096) {
        file.seek(offset + 100);
        file.write(QByteArray(200, '\x5a'));
    }
    file.close();

    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    QVERIFY2(!library->damage().isEmpty(), "scribbled pages went unnoticed");
}

void TestLibraryFiles::wholeLibrary_hasNoDamage()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    addPapers(*library, {u"One"_s, u"Two"_s});
    QCOMPARE(library->damage(), QStringList());
}

void TestLibraryFiles::backup_isAWholeCopyThatOpens()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    const qint64 id = addPapers(*library, {u"Backed Up"_s}).value(0);
    QVERIFY(TagStore(*library).edit({id}, {u"kept"_s}));
    const QString target = path(u"copy.sqlite"_s);
    QVERIFY(Backups::write(*library, target));
    QVERIFY(!QFileInfo::exists(target + u".partial"_s));

    auto copy = openLibrary(target);
    QVERIFY(copy);
    QCOMPARE(PaperStore(*copy).count(), 1);
    QCOMPARE(TagStore(*copy).tagsOf(id), QStringList{u"kept"_s});
    QCOMPARE(copy->damage(), QStringList());
}

void TestLibraryFiles::automaticBackups_keepTheNewestSeven()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    QStringList written;
    for (int i = 0; i < Backups::Kept + 3; ++i) {
        const auto backup = Backups::writeAutomatic(*library);
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().toString()));
        written.append(*backup);
    }
    const QList<BackupFile> kept = Backups::list(libraryPath());
    QCOMPARE(kept.size(), Backups::Kept);
    QCOMPARE(kept.first().path, written.last());
    for (const QString &old : written.first(3))
        QVERIFY2(!QFileInfo::exists(old), qPrintable(old));
}

void TestLibraryFiles::automaticBackup_isDueOnlyAfterChangesAndADay()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    addPapers(*library, {u"One"_s});
    const auto first = Backups::writeIfDue(*library);
    QVERIFY(first);
    QVERIFY2(!first->isEmpty(), "no backup was written for a library that has none");

    addPapers(*library, {u"Two"_s});
    const auto sameDay = Backups::writeIfDue(*library);
    QVERIFY(sameDay);
    QVERIFY2(sameDay->isEmpty(), "a second backup on the same day");

    // The newest backup two days old, and changes since.
    QFile backup(*first);
    QVERIFY(backup.open(QIODevice::ReadWrite));
    QVERIFY(backup.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
    backup.close();
    const auto later = Backups::writeIfDue(*library);
    QVERIFY(later);
    QVERIFY2(!later->isEmpty(), "no backup after a day with changes");
}

void TestLibraryFiles::restore_bringsTheBackupBackAndKeepsWhatWasThere()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    addPapers(*library, {u"Before the backup"_s});
    const QString backup = path(u"backup.sqlite"_s);
    QVERIFY(Backups::write(*library, backup));
    addPapers(*library, {u"After the backup"_s});
    auto other = openLibrary(libraryPath()); // another process's connection, as the window's beside the CLI
    QVERIFY(other);

    const auto aside = Backups::restore(*library, backup);
    QVERIFY2(aside, qPrintable(aside ? QString() : aside.error().toString()));
    QCOMPARE(PaperStore(*library).count(), 1);
    QCOMPARE(PaperStore(*other).count(), 1);
    auto before = openLibrary(*aside);
    QVERIFY(before);
    QCOMPARE(PaperStore(*before).count(), 2);
    QCOMPARE(library->damage(), QStringList());
}

void TestLibraryFiles::restore_ofAFileThatIsNoLibrary_changesNothing()
{
    auto library = openLibrary(libraryPath());
    QVERIFY(library);
    addPapers(*library, {u"Stays"_s});
    const QString notes = path(u"notes.sqlite"_s);
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    QVERIFY(!Backups::restore(*library, notes));
    QCOMPARE(PaperStore(*library).count(), 1);
    QCOMPARE(QDir(m_dir->path()).entryList({u"*before-restore*"_s}), QStringList());
}

void TestLibraryFiles::upgrade_writesABackupFirst()
{
    {
        auto raw = Database::open(libraryPath());
        QVERIFY(raw);
        QVERIFY(Schema::migrate(**raw, 6));
        QVERIFY((*raw)->exec("INSERT INTO papers(title, title_key, added_at)"
                             " VALUES ('From schema 6', 'from schema 6', '2023-01-01T00:00:00.000Z')"));
    }
    auto upgraded = openLibrary(libraryPath());
    QVERIFY(upgraded);
    const QList<BackupFile> backups = Backups::list(libraryPath());
    QCOMPARE(backups.size(), 1);
    auto raw = Database::open(backups.first().path);
    QVERIFY(raw);
    QCOMPARE(integerOf(**raw, "PRAGMA user_version"), qint64(6));
    QCOMPARE(integerOf(**raw, "SELECT count(*) FROM papers"), qint64(1));
}

QTEST_GUILESS_MAIN(TestLibraryFiles)
#include "tst_libraryfiles.moc"
