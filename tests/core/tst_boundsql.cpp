// No value a user gives ever becomes SQL text: every statement the library runs, while it stores, finds and
// exports papers whose every field holds a marker, is traced as prepared, and no traced text holds the
// marker. Built SQL (the query compiler's) is fine; built from values is not.

#include "export/ExportFile.h"
#include "export/Exporter.h"
#include "TestKit.h"

#include "library/AnnotationStore.h"
#include "library/DuplicateStore.h"
#include "library/PaperMerge.h"
#include "library/PaperRows.h"
#include "library/HighlightStore.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/ReadingListStore.h"
#include "library/SmartListStore.h"
#include "library/TagStore.h"
#include "query/Query.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

// A word no SQL of Lectern's contains, in the shapes of an injection.
const QString Marker = u"zqxjmarker"_s;
const QString Hostile = Marker + u"' OR '1'='1\"; DROP TABLE papers; --"_s;

} // namespace

class TestBoundSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStatement_bindsItsValues();
};

void TestBoundSql::everyStatement_bindsItsValues()
{
    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(u"library.sqlite"_s));
    QVERIFY(opened);
    Library &library = **opened;
    QStringList statements;
    library.db().setStatementTrace([&statements](const QString &sql) { statements.append(sql); });

    Paper paper;
    paper.title = u"A title with "_s + Hostile;
    paper.authors = {Person::literalName(Hostile)};
    paper.abstract = u"An abstract with "_s + Hostile + u" https://example.org/"_s + Marker;
    paper.links.append({u"https://example.org/"_s + Marker, Link::Kind::Page});
    paper.arxivId = u"2306.01234"_s;
    paper.doi = u"10.1000/"_s + Marker;
    paper.published = u"2023-06-13"_s;
    const auto added = PaperStore(library).add({paper}, dir.filePath(Marker + u".txt"_s), u"test"_s);
    QVERIFY(added);
    const qint64 id = added->addedIds.first();

    QVERIFY(TagStore(library).edit({id}, {Marker + u"/x"_s}));
    QVERIFY(TagStore(library).setColor(Marker + u"/x"_s, u"#aa0000"_s));
    QVERIFY(TagStore(library).rename(Marker + u"/x"_s, Marker + u"/y"_s));
    QVERIFY(AnnotationStore(library).setNote(id, Hostile));
    QVERIFY(AnnotationStore(library).setStatus({id}, ReadingStatus::Read));
    QVERIFY(HighlightStore(library).add(id, 0, 5, u"#ffee00"_s, Hostile));
    QVERIFY(ReadingListStore(library).addPapersToNamedList(Marker, {id}));
    QVERIFY(SmartListStore(library).create(Marker + u"list"_s, u"title:"_s + Marker));
    SmartListStore(library).listsWithCounts();
    ReadingListStore(library).lists();

    for (const QString &text : QStringList{Marker, u"title:"_s + Marker + u'*', u"tag:"_s + Marker, u"list:"_s + Marker,
                                u"note:\""_s + Marker + u"\" OR author:"_s + Marker, u"doi:10.1000/"_s + Marker,
                                u"-"_s + Marker + u" has:note"_s}) {
        const Query query = Query::parse(text);
        QVERIFY2(query.isValid(), qPrintable(text));
        QVERIFY(findPapers(library, query));
        QVERIFY(findPapersUnranked(library, query));
    }
    relatedPapers(library, id);
    const QList<Paper> papers = papersForExport(library, {id});
    QCOMPARE(papers.size(), 1);

    // Duplicates: a second record of the paper, stored as an old library holds it, found, dismissed, merged and the
    // merge undone.
    Paper twin = paper;
    twin.arxivId = u"arXiv:2306.01234v2"_s;
    twin.doi = u"https://doi.org/10.1000/"_s + Marker;
    twin.note = Hostile;
    const qint64 twinId = TestKit::addWithoutDuplicateCheck(library, twin);
    QVERIFY(twinId > 0);
    const auto pairs = DuplicateStore(library).pairs();
    QVERIFY(pairs && pairs->size() == 1);
    QVERIFY(DuplicateStore(library).dismiss(id, twinId));
    const auto rows = PaperRows::capture(library, {id, twinId});
    QVERIFY(rows);
    QVERIFY(PaperMerge(library).merge(id, twinId, {u"title"_s, u"authors"_s, u"extra"_s}));
    QVERIFY(rows->restore(library));
    QVERIFY(PaperStore(library).add({twin}, Marker, u"test"_s));

    QVERIFY(statements.size() > 20);
    for (const QString &sql : std::as_const(statements))
        QVERIFY2(!sql.contains(Marker, Qt::CaseInsensitive), qPrintable(u"a value was written into SQL: "_s + sql));
}

QTEST_GUILESS_MAIN(TestBoundSql)
#include "tst_boundsql.moc"
