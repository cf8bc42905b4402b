// Editing a paper's details: every field from text, in one transaction, with the search index, the list's names,
// the highlights and the history kept right; a bad value or a taken identifier changes nothing.

#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperEditor.h"
#include "library/PaperFieldText.h"
#include "library/PaperHistory.h"
#include "library/PaperStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include "TestKit.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Lectern::TestKit;
using namespace Qt::StringLiterals;

class TestPaperEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachField_isSetFromTextAndReadBack_data();
    void eachField_isSetFromTextAndReadBack();
    void badValues_areRefusedNamingTheField_data();
    void badValues_areRefusedNamingTheField();
    void year_keepsTheMonthAndDayOfTheDate_data();
    void year_keepsTheMonthAndDayOfTheDate();
    void authors_understandBothOrdersAndOrganisations();
    void anEdit_recordsEachChangedFieldWithItsOldAndNewValue();
    void anEdit_keepsTheSearchIndexRight();
    void anEdit_keepsTheListsNamesAndOrderInStep();
    void aKey_mustBeFreeIgnoringCase();
    void aTakenDoiOrArxivId_isRefusedAndNothingChanges();
    void anAbstractEdit_reanchorsTheHighlights();
    void anUnknownPaper_isAnError();
    void settingTheDate_removesTheMarkOfADateInferred();

private:
    qint64 add(const Paper &paper);
    Paper stored(qint64 id) { return *PaperStore(*m_library).paper(id); }
    QList<qint64> found(const QString &query) { return findPapers(*m_library, Query::parse(query)).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_id = 0;
};

void TestPaperEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto library = Library::open(m_dir->filePath(u"library.sqlite"_s));
    QVERIFY(library);
    m_library = std::move(*library);
    Paper paper = paperTitled(u"Spectral operators for fluids"_s);
    paper.published = u"Jun 13"_s;
    m_id = add(paper);
}

void TestPaperEditor::cleanup()
{
    m_library.reset();
    m_dir.reset();
}

qint64 TestPaperEditor::add(const Paper &paper)
{
    const auto added = PaperStore(*m_library).add({paper}, u"test.txt"_s, u"test"_s);
    return added && !added->addedIds.isEmpty() ? added->addedIds.first() : 0;
}

void TestPaperEditor::eachField_isSetFromTextAndReadBack_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored"); // PaperFieldText::text of the stored paper

    QTest::newRow("title") << u"title"_s << u"  Neural  operators\nfor flows "_s << u"Neural operators for flows"_s;
    QTest::newRow("type") << u"type"_s << u"InProceedings"_s << u"inproceedings"_s;
    QTest::newRow("authors") << u"authors"_s << u"Liu, Bo; Lizhang Chen"_s << u"Liu, Bo; Chen, Lizhang"_s;
    QTest::newRow("editors") << u"editors"_s << u"Knuth, Donald E."_s << u"Knuth, Donald E."_s;
    QTest::newRow("date") << u"date"_s << u"2025-06"_s << u"2025-06"_s;
    QTest::newRow("year") << u"year"_s << u"2024"_s << u"2024-06-13"_s;
    QTest::newRow("container") << u"journal"_s << u"Journal of Fluids"_s << u"Journal of Fluids"_s;
    QTest::newRow("volume") << u"volume"_s << u"12"_s << u"12"_s;
    QTest::newRow("issue") << u"issue"_s << u"3"_s << u"3"_s;
    QTest::newRow("pages") << u"pages"_s << u"1--20"_s << u"1--20"_s;
    QTest::newRow("publisher") << u"publisher"_s << u"Springer"_s << u"Springer"_s;
    QTest::newRow("isbn") << u"isbn"_s << u"978-3-16-148410-0"_s << u"978-3-16-148410-0"_s;
    QTest::newRow("issn") << u"issn"_s << u"2049-3630"_s << u"2049-3630"_s;
    QTest::newRow("language") << u"language"_s << u"de"_s << u"de"_s;
    QTest::newRow("doi as a link") << u"doi"_s << u"https://doi.org/10.1000/ABC.1"_s << u"10.1000/abc.1"_s;
    QTest::newRow("arxiv with a version") << u"arxiv"_s << u"2306.01234v2"_s << u"2306.01234"_s;
    QTest::newRow("arxiv as a link") << u"arxiv"_s << u"https://arxiv.org/pdf/2306.04321"_s << u"2306.04321"_s;
    QTest::newRow("category") << u"arxiv-category"_s << u"cs.LG"_s << u"cs.LG"_s;
    QTest::newRow("links") << u"url"_s << u"https://example.org/a https://github.com/x/y"_s
                           << u"https://example.org/a\nhttps://github.com/x/y"_s;
    QTest::newRow("abstract") << u"abstract"_s << u"New text.\n\nSecond paragraph."_s
                              << u"New text.\n\nSecond paragraph."_s;
    QTest::newRow("key") << u"key"_s << u"liu2025spectral"_s << u"liu2025spectral"_s;
    QTest::newRow("extra field") << u"extra.file"_s << u"paper.pdf"_s << u"paper.pdf"_s;
}

void TestPaperEditor::eachField_isSetFromTextAndReadBack()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, stored);

    const auto changed = PaperEditor(*m_library).edit(m_id, {{field, typed}});
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    const QString name = PaperFieldText::canonicalName(field);
    QCOMPARE(*changed, QStringList{name});
    QCOMPARE(PaperFieldText::text(this->stored(m_id), name), stored);
    // Once more with the same value: nothing to change.
    QCOMPARE(PaperEditor(*m_library).edit(m_id, {{field, typed}}).value(), QStringList());
}

void TestPaperEditor::badValues_areRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");

    QTest::newRow("unknown field") << u"colour"_s << u"red"_s << u"colour"_s;
    QTest::newRow("year of letters") << u"year"_s << u"twenty"_s << u"year"_s;
    QTest::newRow("five-digit year") << u"year"_s << u"20250"_s << u"year"_s;
    QTest::newRow("no such day") << u"date"_s << u"2025-02-30"_s << u"date"_s;
    QTest::newRow("a date in words") << u"date"_s << u"June 2025"_s << u"date"_s;
    QTest::newRow("unknown type") << u"type"_s << u"poem"_s << u"type"_s;
    QTest::newRow("not a DOI") << u"doi"_s << u"xyz"_s << u"doi"_s;
    QTest::newRow("not an arXiv id") << u"arxiv"_s << u"12345"_s << u"arxiv"_s;
    QTest::newRow("not a web link") << u"links"_s << u"javascript:alert(1)"_s << u"links"_s;
    QTest::newRow("key with a space") << u"key"_s << u"a key"_s << u"key"_s;
    QTest::newRow("empty title") << u"title"_s << u"  "_s << u"title"_s;
    QTest::newRow("extra without a name") << u"extra."_s << u"x"_s << u"extra."_s;
}

void TestPaperEditor::badValues_areRefusedNamingTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);

    const Paper before = stored(m_id);
    // The good assignment before the bad one is not stored either.
    const auto changed = PaperEditor(*m_library).edit(m_id, {{u"title"_s, u"Changed"_s}, {field, value}});
    QVERIFY(!changed);
    QVERIFY2(changed.error().message.contains(named), qPrintable(changed.error().message));
    QCOMPARE(stored(m_id).title, before.title);
    QVERIFY(PaperHistory(*m_library).forPaper(m_id).isEmpty());
}

void TestPaperEditor::year_keepsTheMonthAndDayOfTheDate_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a day without a year") << u"Jun 13"_s << u"2025"_s << u"2025-06-13"_s;
    QTest::newRow("a full date") << u"2023-06-13"_s << u"2025"_s << u"2025-06-13"_s;
    QTest::newRow("a month") << u"2023-06"_s << u"2025"_s << u"2025-06"_s;
    QTest::newRow("no date") << QString() << u"2025"_s << u"2025"_s;
    QTest::newRow("Feb 29 into a common year") << u"2024-02-29"_s << u"2025"_s << u"2025"_s;
    QTest::newRow("cleared") << u"2023-06-13"_s << QString() << QString();
}

void TestPaperEditor::year_keepsTheMonthAndDayOfTheDate()
{
    QFETCH(QString, published);
    QFETCH(QString, year);
    QFETCH(QString, expected);

    Paper paper;
    paper.title = u"T"_s;
    paper.published = published;
    QVERIFY(PaperFieldText::set(paper, u"year"_s, year));
    QCOMPARE(paper.published, expected);
}

void TestPaperEditor::authors_understandBothOrdersAndOrganisations()
{
    const QList<Person> people = PaperFieldText::peopleFromText(
        u"Liu, Bo\nLizhang Chen; Eric von Hippel;{World Health Organization};  ; Sherry, Jr., John F."_s);
    QCOMPARE(people.size(), 5);
    QCOMPARE(people[0], (Person{u"Liu"_s, u"Bo"_s}));
    QCOMPARE(people[1], (Person{u"Chen"_s, u"Lizhang"_s}));
    QCOMPARE(people[2], (Person{u"Hippel"_s, u"Eric"_s, u"von"_s}));
    QCOMPARE(people[3], Person::literalName(u"World Health Organization"_s));
    QCOMPARE(people[4], (Person{u"Sherry"_s, u"John F."_s, {}, u"Jr."_s}));
    // Its text reads back as the same people.
    QCOMPARE(PaperFieldText::peopleFromText(PaperFieldText::peopleText(people)), people);
}

void TestPaperEditor::anEdit_recordsEachChangedFieldWithItsOldAndNewValue()
{
    const QDateTime at(QDate(2025, 6, 20), QTime(9, 0), QTimeZone::UTC);
    PaperEditor editor(*m_library, [&] { return at; });
    const auto changed = editor.edit(m_id, {{u"title"_s, u"Fluids"_s}, {u"authors"_s, u"Liu, Bo; Chen, Lizhang"_s},
                                            {u"year"_s, u"2025"_s}, {u"extra.note"_s, u"x"_s}});
    QVERIFY(changed);
    QCOMPARE(*changed, (QStringList{u"title"_s, u"authors"_s, u"date"_s, u"extra.note"_s}));
    QStringList seen;
    for (const PaperEvent &event : PaperHistory(*m_library).forPaper(m_id)) {
        QCOMPARE(event.kind, EventKind::FieldEdited);
        QCOMPARE(event.at, at);
        seen.append(event.detail + u": "_s + event.previous + u" > "_s + event.value);
    }
    QCOMPARE(seen, (QStringList{u"title: Spectral operators for fluids > Fluids"_s,
                                u"authors:  > Liu, Bo; Chen, Lizhang"_s, u"date: Jun 13 > 2025-06-13"_s,
                                u"extra.note:  > x"_s}));
    // As stored, for the question "did the user edit this field?".
    QCOMPARE(integerOf(m_library->db(), "SELECT count(*) FROM paper_events WHERE kind = 'field-edited' AND detail = 'date'"
                                        " AND previous = 'Jun 13' AND value = '2025-06-13'"),
             qint64(1));
}

void TestPaperEditor::anEdit_keepsTheSearchIndexRight()
{
    QCOMPARE(found(u"spectral"_s), QList<qint64>{m_id});
    QVERIFY(PaperEditor(*m_library).edit(m_id, {{u"title"_s, u"Turbulent wakes"_s}, {u"authors"_s, u"Noether, Emmy"_s},
                                                {u"abstract"_s, u"Vortices shed behind a cylinder."_s},
                                                {u"year"_s, u"2021"_s}}));
    QVERIFY(found(u"spectral"_s).isEmpty());
    QVERIFY(found(u"title:spectral"_s).isEmpty());
    QCOMPARE(found(u"title:turbulent"_s), QList<qint64>{m_id});
    QCOMPARE(found(u"author:noether"_s), QList<qint64>{m_id});
    QCOMPARE(found(u"vortices"_s), QList<qint64>{m_id});
    QCOMPARE(found(u"year:2021"_s), QList<qint64>{m_id});
    QCOMPARE(m_library->damage(), QStringList()); // FTS5's integrity check against the papers among them
}

void TestPaperEditor::anEdit_keepsTheListsNamesAndOrderInStep()
{
    const qint64 other = add(paperTitled(u"Another paper"_s));
    QVERIFY(PaperEditor(*m_library).edit(other, {{u"authors"_s, u"Zhou, Wei"_s}}));
    QVERIFY(PaperEditor(*m_library).edit(m_id, {{u"authors"_s, u"Adams, Ann; Zhou, Wei"_s}}));
    const QList<PaperRow> rows = PaperStore(*m_library).rows({m_id});
    QCOMPARE(rows.first().firstAuthor, u"Ann Adams"_s);
    QCOMPARE(PaperStore(*m_library).ids(PaperSort::FirstAuthor), (QList<qint64>{m_id, other}));
    QCOMPARE(textOf(m_library->db(), "SELECT authors FROM papers WHERE id = 1"), u"Ann Adams; Wei Zhou"_s);
}

void TestPaperEditor::aKey_mustBeFreeIgnoringCase()
{
    const qint64 other = add(paperTitled(u"Another paper"_s));
    QVERIFY(PaperEditor(*m_library).edit(other, {{u"key"_s, u"Smith2020"_s}}));
    const auto taken = PaperEditor(*m_library).edit(m_id, {{u"title"_s, u"Changed"_s}, {u"key"_s, u"smith2020"_s}});
    QVERIFY(!taken);
    QVERIFY2(taken.error().message.contains(u"Smith2020"_s) || taken.error().message.contains(u"smith2020"_s),
             qPrintable(taken.error().message));
    QCOMPARE(stored(m_id).title, u"Spectral operators for fluids"_s);
    // A key in another case of the paper's own is its to take.
    QVERIFY(PaperEditor(*m_library).edit(other, {{u"key"_s, u"smith2020"_s}}));
    QCOMPARE(stored(other).citationKey, u"smith2020"_s);
}

void TestPaperEditor::aTakenDoiOrArxivId_isRefusedAndNothingChanges()
{
    Paper paper = paperTitled(u"Another paper"_s);
    paper.doi = u"10.1000/taken"_s;
    paper.arxivId = u"2306.00001"_s;
    const qint64 other = add(paper);
    for (const auto &[field, value] : {std::pair{u"doi"_s, u"10.1000/TAKEN"_s}, {u"arxiv"_s, u"2306.00001v3"_s}}) {
        const auto taken = PaperEditor(*m_library).edit(m_id, {{u"title"_s, u"Changed"_s}, {field, value}});
        QVERIFY(!taken);
        QVERIFY2(taken.error().message.startsWith(field) && taken.error().message.contains(QString::number(other)),
                 qPrintable(taken.error().message));
        QCOMPARE(stored(m_id).title, u"Spectral operators for fluids"_s);
    }
}

void TestPaperEditor::anAbstractEdit_reanchorsTheHighlights()
{
    QVERIFY(PaperEditor(*m_library).edit(m_id, {{u"abstract"_s, u"We model the flow. Spectral methods are fast."_s}}));
    HighlightStore highlights(*m_library);
    const auto spectral = highlights.add(m_id, 19, 16, u"#ffee00"_s); // "Spectral methods"
    QVERIFY(spectral);
    const auto flow = highlights.add(m_id, 13, 4, u"#ffee00"_s); // "flow"
    QVERIFY(flow);
    QVERIFY(PaperEditor(*m_library).edit(m_id, {{u"abstract"_s, u"Intro first. Spectral methods are fast."_s}}));
    // Stored at the new place by the edit itself, not only when next read.
    QCOMPARE(integerOf(m_library->db(), "SELECT start FROM highlights WHERE quote = 'Spectral methods'"), qint64(13));
    QHash<QString, Highlight> now;
    for (const Highlight &h : highlights.forPaper(m_id))
        now.insert(h.quote, h);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now[u"Spectral methods"_s].start, 13);
    QVERIFY(!now[u"Spectral methods"_s].orphaned);
    QVERIFY(now[u"flow"_s].orphaned); // its text is gone, and it is kept
}

void TestPaperEditor::anUnknownPaper_isAnError()
{
    const auto changed = PaperEditor(*m_library).edit(999999, {{u"title"_s, u"x"_s}});
    QVERIFY(!changed);
    QVERIFY(changed.error().message.contains(u"999999"_s));
}

void TestPaperEditor::settingTheDate_removesTheMarkOfADateInferred()
{
    Paper listed = paperTitled(u"From a day's list"_s);
    listed.published = u"2025-06-13"_s;
    listed.extraFields = {{Paper::InferredDateField, u"Jun 13"_s}, {u"note"_s, u"kept"_s}};
    const qint64 id = add(listed);
    // Another field leaves it, and it is no field of its own.
    QCOMPARE(PaperEditor(*m_library).edit(id, {{u"volume"_s, u"2"_s}}).value(), QStringList{u"volume"_s});
    QCOMPARE(stored(id).extraFields.size(), 2);
    QCOMPARE(PaperEditor(*m_library).edit(id, {{u"year"_s, u"2024"_s}}).value(), QStringList{u"date"_s});
    QCOMPARE(stored(id).published, u"2024-06-13"_s);
    QCOMPARE(stored(id).extraFields, (QList<ExtraField>{{u"note"_s, u"kept"_s}}));
}

QTEST_GUILESS_MAIN(TestPaperEditor)
#include "tst_papereditor.moc"
