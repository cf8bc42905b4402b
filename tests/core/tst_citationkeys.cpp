// Citation keys: every paper has one, stored, unique in the library ignoring case; a source file's key is kept,
// other keys are made once from the pattern and change only when the user says so. Also the tags' commas, which
// the same schema step settles.

#include "export/ExportText.h"
#include "library/CitationKeys.h"
#include "library/Library.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "library/TagStore.h"
#include "storage/Database.h"
#include "storage/Schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Lectern::Paper)

namespace {

Paper makePaper(const QString &title, const QString &author = {}, const QString &published = {},
                const QString &key = {})
{
    Paper paper;
    paper.title = title;
    paper.abstract = u"An abstract."_s;
    if (!author.isEmpty())
        paper.authors = {Person::fromText(author)};
    paper.published = published;
    paper.citationKey = key;
    return paper;
}

QStringList keysOf(Library &library)
{
    QStringList keys;
    Statement q(library.db(), "SELECT citation_key FROM papers ORDER BY id");
    while (q.step())
        keys.append(q.text(0));
    return keys;
}

} // namespace

class TestCitationKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void fromPattern_makesBetterBibtexStyleKeys_data();
    void fromPattern_makesBetterBibtexStyleKeys();
    void checkPattern_namesWhatIsWrong_data();
    void checkPattern_namesWhatIsWrong();
    void checkKey_refusesWhatBibtexWouldSplit_data();
    void checkKey_refusesWhatBibtexWouldSplit();
    void clashSuffix_countsInLetters();

    void import_givesEveryPaperAUniqueKey();
    void import_keepsTheSourcesKey();
    void keys_doNotChangeWhenOtherPapersArriveOrOnExport();
    void setKey_refusesInvalidAndTakenKeys();
    void setKey_isRecordedInTheHistory();
    void regenerate_makesKeysFromTheCurrentPattern();
    void setPattern_refusesABadPatternAndKeepsKeys();
    void upgrade_givesEarlierLibrariesKeys();

    void tags_refuseCommas();
    void upgrade_renamesCommaTags();

private:
    std::unique_ptr<Library> openLibrary();
    QString libraryPath() const { return m_dir->filePath(u"lib.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCitationKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Library> TestCitationKeys::openLibrary()
{
    auto library = Library::open(libraryPath());
    if (!library)
        qFatal("%s", qPrintable(library.error().message));
    return std::move(*library);
}

void TestCitationKeys::fromPattern_makesBetterBibtexStyleKeys_data()
{
    QTest::addColumn<Paper>("paper");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("key");
    const QString standard = CitationKeys::defaultPattern();
    QTest::newRow("author year title") << makePaper(u"Lion: Adversarial Distillation"_s, u"Chen, Lizhang"_s, u"2025-02-01"_s)
                                       << standard << u"chen2025lion"_s;
    QTest::newRow("function words skipped") << makePaper(u"Towards a Theory of Everything"_s, u"Bo Liu"_s, u"2024"_s)
                                            << standard << u"liu2024theory"_s;
    QTest::newRow("accents dropped") << makePaper(u"Über Quanten"_s, u"Erwin Schrödinger"_s, u"1926"_s) << standard
                                     << u"schrodinger1926uber"_s;
    QTest::newRow("letters without an accent") << makePaper(u"Logika"_s, u"Łukasiewicz, Jan"_s, u"1929"_s) << standard
                                               << u"lukasiewicz1929logika"_s;
    QTest::newRow("particle kept") << makePaper(u"Innovation"_s, u"Eric von Hippel"_s) << standard
                                   << u"vonhippelinnovation"_s;
    QTest::newRow("no author, no year: the day's list")
        << makePaper(u"Towards Cross Domain Learning"_s) << standard << u"cross"_s;
    QTest::newRow("nothing at all") << makePaper(u"???"_s) << standard << u"paper"_s;
    QTest::newRow("own text and short title")
        << makePaper(u"Deep Residual Learning for Image Recognition"_s, u"He, Kaiming"_s, u"2016"_s)
        << u"[auth]_[year]:[shorttitle]"_s << u"he_2016:deepresiduallearning"_s;
    QTest::newRow("fields the paper lacks") << makePaper(u"Graph Networks"_s) << u"[auth][year]"_s << u"graph"_s;
}

void TestCitationKeys::fromPattern_makesBetterBibtexStyleKeys()
{
    QFETCH(Paper, paper);
    QFETCH(QString, pattern);
    QFETCH(QString, key);
    QVERIFY(CitationKeys::checkPattern(pattern).ok());
    QCOMPARE(CitationKeys::fromPattern(paper, pattern), key);
    QVERIFY(CitationKeys::checkKey(key).ok());
}

void TestCitationKeys::checkPattern_namesWhatIsWrong_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown field") << u"[author][year]"_s << u"unknown field [author]"_s;
    QTest::newRow("unclosed") << u"[auth][year"_s << u"not closed"_s;
    QTest::newRow("space") << u"[auth] [year]"_s << u"' '"_s;
    QTest::newRow("no field") << u"key"_s << u"no field"_s;
}

void TestCitationKeys::checkPattern_namesWhatIsWrong()
{
    QFETCH(QString, pattern);
    QFETCH(QString, message);
    const Status status = CitationKeys::checkPattern(pattern);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(message), qPrintable(status.error().message));
}

void TestCitationKeys::checkKey_refusesWhatBibtexWouldSplit_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"chen2025lion"_s << true;
    QTest::newRow("punctuation BibTeX takes") << u"Smith:2020/a-b_c.d+e"_s << true;
    QTest::newRow("non-ASCII (biber takes UTF-8)") << u"müller2020"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << u"a b"_s << false;
    for (const char16_t c : u",{}()\"#%'=\\~")
        QTest::addRow("%s", qPrintable(u"holds "_s + QChar(c))) << (u"a"_s + QChar(c) + u"b"_s) << false;
    QTest::newRow("control character") << u"a\u0007b"_s << false;
    QTest::newRow("too long") << QString(201, u'k') << false;
}

void TestCitationKeys::checkKey_refusesWhatBibtexWouldSplit()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(CitationKeys::checkKey(key).ok(), valid);
}

void TestCitationKeys::clashSuffix_countsInLetters()
{
    QCOMPARE(CitationKeys::clashSuffix(0), QString());
    QCOMPARE(CitationKeys::clashSuffix(1), u"a"_s);
    QCOMPARE(CitationKeys::clashSuffix(26), u"z"_s);
    QCOMPARE(CitationKeys::clashSuffix(27), u"aa"_s);
    QCOMPARE(CitationKeys::clashSuffix(28), u"ab"_s);
}

void TestCitationKeys::import_givesEveryPaperAUniqueKey()
{
    auto library = openLibrary();
    const QList<Paper> papers{makePaper(u"Towards Cross Domain Learning"_s), makePaper(u"Towards Cross Domain Transfer"_s),
                              makePaper(u"Lion"_s, u"Chen, Lizhang"_s, u"2025"_s),
                              makePaper(u"Lion Again"_s, u"Chen, Lizhang"_s, u"2025"_s)};
    QVERIFY(PaperStore(*library).add(papers, u"day.txt"_s, u"daily"_s).ok());
    QCOMPARE(keysOf(*library), (QStringList{u"cross"_s, u"crossa"_s, u"chen2025lion"_s, u"chen2025liona"_s}));
    // The library enforces it: no second paper can hold a key in any case.
    QVERIFY(!library->db().exec("UPDATE papers SET citation_key = 'CROSS' WHERE citation_key = 'chen2025lion'").ok());
}

void TestCitationKeys::import_keepsTheSourcesKey()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"First"_s, {}, {}, u"Smith:2020"_s)}, u"a.bib"_s, u"bibtex"_s).ok());
    const QList<Paper> papers{makePaper(u"Second"_s, {}, {}, u"smith:2020"_s), // taken, ignoring case
                              makePaper(u"Third"_s, {}, {}, u"has space"_s),   // not a key
                              makePaper(u"Fourth"_s, {}, {}, u"  jones2021  "_s)};
    QVERIFY(PaperStore(*library).add(papers, u"b.bib"_s, u"bibtex"_s).ok());
    QCOMPARE(keysOf(*library), (QStringList{u"Smith:2020"_s, u"smith:2020a"_s, u"third"_s, u"jones2021"_s}));
}

void TestCitationKeys::keys_doNotChangeWhenOtherPapersArriveOrOnExport()
{
    auto library = openLibrary();
    PaperStore store(*library);
    QVERIFY(store.add({makePaper(u"Towards Physically Plausible Motion"_s)}, u"1.txt"_s, u"daily"_s).ok());
    QVERIFY(store.add({makePaper(u"Towards Physically Plausible Video"_s)}, u"2.txt"_s, u"daily"_s).ok());
    const QStringList before = keysOf(*library);
    QCOMPARE(before, (QStringList{u"physically"_s, u"physicallya"_s}));
    // The case: exporting only the second paper must not give it the first one's key.
    const QList<qint64> ids = store.ids();
    QCOMPARE(ExportText::citationKeys({*store.paper(ids[1])}), QStringList{u"physicallya"_s});
    QCOMPARE(ExportText::citationKeys({*store.paper(ids[1]), *store.paper(ids[0])}),
             (QStringList{u"physicallya"_s, u"physically"_s}));
    // Reopened, and with a new import in between, the keys stay.
    library.reset();
    library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Physically Based Rendering"_s)}, u"3.txt"_s, u"daily"_s).ok());
    QCOMPARE(keysOf(*library), before + QStringList{u"physicallyb"_s});
}

void TestCitationKeys::setKey_refusesInvalidAndTakenKeys()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Alpha"_s), makePaper(u"Beta"_s)}, u"a.txt"_s, u"daily"_s).ok());
    const QList<qint64> ids = PaperStore(*library).ids();
    CitationKeyStore keys(*library);
    const Status taken = keys.setKey(ids[1], u"ALPHA"_s);
    QVERIFY(!taken.ok());
    QVERIFY2(taken.error().message.contains(u"already the key of paper"_s), qPrintable(taken.error().message));
    QVERIFY(!keys.setKey(ids[1], u"two words"_s).ok());
    QCOMPARE(keysOf(*library), (QStringList{u"alpha"_s, u"beta"_s}));
    QVERIFY(keys.setKey(ids[1], u" Beta2020 "_s).ok());
    QVERIFY(keys.setKey(ids[0], u"ALPHA"_s).ok()); // its own key in another case
    QCOMPARE(keysOf(*library), (QStringList{u"ALPHA"_s, u"Beta2020"_s}));
    QCOMPARE(keys.key(ids[1]), u"Beta2020"_s);
}

void TestCitationKeys::setKey_isRecordedInTheHistory()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Alpha"_s)}, u"a.txt"_s, u"daily"_s).ok());
    const qint64 id = PaperStore(*library).ids().first();
    QVERIFY(CitationKeyStore(*library).setKey(id, u"mine"_s).ok());
    const QList<PaperEvent> events = PaperHistory(*library).forPaper(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, EventKind::KeyChanged);
    QCOMPARE(events[0].detail, u"mine"_s);
    QCOMPARE(events[0].previous, u"alpha"_s);
}

void TestCitationKeys::regenerate_makesKeysFromTheCurrentPattern()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Lion"_s, u"Chen, Lizhang"_s, u"2025"_s, u"Source:Key"_s),
                                      makePaper(u"Tiger"_s, u"Chen, Lizhang"_s, u"2025"_s)},
                                     u"a.bib"_s, u"bibtex"_s)
                .ok());
    const QList<qint64> ids = PaperStore(*library).ids();
    CitationKeyStore keys(*library);
    QVERIFY(keys.setPattern(u"[auth][year]"_s).ok());
    const auto regenerated = keys.regenerate(ids);
    QVERIFY(regenerated);
    QCOMPARE(*regenerated, (QStringList{u"chen2025"_s, u"chen2025a"_s}));
    QCOMPARE(keysOf(*library), *regenerated);
    // Again: the same keys, not "chen2025b" because the old ones were in the way.
    QCOMPARE(*keys.regenerate(ids), *regenerated);
}

void TestCitationKeys::setPattern_refusesABadPatternAndKeepsKeys()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Alpha"_s)}, u"a.txt"_s, u"daily"_s).ok());
    CitationKeyStore keys(*library);
    QCOMPARE(keys.pattern(), CitationKeys::defaultPattern());
    QVERIFY(!keys.setPattern(u"[nope]"_s).ok());
    QCOMPARE(keys.pattern(), CitationKeys::defaultPattern());
    QVERIFY(keys.setPattern(u"[title][year]"_s).ok());
    QCOMPARE(CitationKeyStore(*openLibrary()).pattern(), u"[title][year]"_s); // stored in the library
    QCOMPARE(keysOf(*library), QStringList{u"alpha"_s}); // a new pattern is for new keys
}

void TestCitationKeys::upgrade_givesEarlierLibrariesKeys()
{
    {
        auto raw = Database::open(libraryPath());
        QVERIFY(raw);
        Database &db = **raw;
        QVERIFY(Schema::migrate(db, 8).ok());
        QVERIFY(db.exec("INSERT INTO papers(title, title_key, authors, added_at, citation_key) VALUES"
                        " ('Lion', 'lion', 'Lizhang Chen', '2025-01-01', ''),"
                        " ('Kept', 'kept', '', '2025-01-01', 'Key2020'),"
                        " ('Twin key', 'twin key', '', '2025-01-01', 'key2020'),"
                        " ('Bad key', 'bad key', '', '2025-01-01', 'a b')")
                    .ok());
    }
    auto library = openLibrary();
    QCOMPARE(keysOf(*library), (QStringList{u"chenlion"_s, u"Key2020"_s, u"twin"_s, u"bad"_s}));
}

void TestCitationKeys::tags_refuseCommas()
{
    auto library = openLibrary();
    QVERIFY(PaperStore(*library).add({makePaper(u"Alpha"_s)}, u"a.txt"_s, u"daily"_s).ok());
    const qint64 id = PaperStore(*library).ids().first();
    const auto edit = TagStore(*library).edit({id}, {u"comma, tag"_s});
    QVERIFY(!edit);
    QVERIFY2(edit.error().message.contains(u"comma"_s), qPrintable(edit.error().message));
    QVERIFY(!TagStore(*library).edit({id}, {u"semicolon; tag"_s}));
    QVERIFY(TagStore(*library).edit({id}, {u"fine"_s}));
    QVERIFY(!TagStore(*library).rename(u"fine"_s, u"a,b"_s));
    QVERIFY(!TagStore(*library).rename(u"fine"_s, u"a;b"_s));
    QCOMPARE(TagStore(*library).tagsOf(id), QStringList{u"fine"_s});
}

void TestCitationKeys::upgrade_renamesCommaTags()
{
    {
        auto library = openLibrary();
        QVERIFY(PaperStore(*library).add({makePaper(u"Alpha"_s), makePaper(u"Beta"_s)}, u"a.txt"_s, u"daily"_s).ok());
        const QList<qint64> ids = PaperStore(*library).ids();
        QVERIFY(TagStore(*library).edit({ids[0]}, {u"comma tag"_s}));
        QVERIFY(TagStore(*library).edit({ids[1]}, {u"other"_s, u"other/child"_s}));
        // As an earlier Lectern could store them.
        QVERIFY(library->db().exec("UPDATE tags SET name = 'other, name', name_key = 'other, name' WHERE name = 'other';"
                                   "UPDATE tags SET name = 'other, name/child', name_key = 'other, name/child'"
                                   " WHERE name = 'other/child';"
                                   "INSERT INTO tags(name, name_key) VALUES ('comma,tag', 'comma,tag');"
                                   "INSERT INTO paper_tags(paper_id, tag_id) SELECT 2, id FROM tags WHERE name = 'comma,tag';"
                                   "INSERT INTO tags(name, name_key) VALUES ('semi; colon', 'semi; colon');"
                                   "INSERT INTO paper_tags(paper_id, tag_id) SELECT 1, id FROM tags WHERE name = 'semi; colon'")
                    .ok());
    }
    auto library = openLibrary();
    const QList<qint64> ids = PaperStore(*library).ids();
    QCOMPARE(TagStore(*library).tagsOf(ids[0]), (QStringList{u"comma tag"_s, u"semi colon"_s}));
    QCOMPARE(TagStore(*library).tagsOf(ids[1]), (QStringList{u"comma tag"_s, u"other name"_s, u"other name/child"_s}));
}

QTEST_GUILESS_MAIN(TestCitationKeys)
#include "tst_citationkeys.moc"
