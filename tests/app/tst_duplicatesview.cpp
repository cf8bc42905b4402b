// The Duplicates view, driven in the real window: the sidebar's line with its count opens it, Merge makes a pair one
// paper with the values chosen, Edit > Undo brings both back as they were, and Not a Duplicate is remembered.

#include "GuiTestSupport.h"
#include "TestKit.h"

#include "gui/duplicates/DuplicatesView.h"
#include "gui/sidebar/SidebarModel.h"
#include "gui/sidebar/SidebarView.h"
#include "library/AnnotationStore.h"
#include "library/DuplicateStore.h"
#include "library/TagStore.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace Lectern;
using namespace Qt::StringLiterals;

class TestDuplicatesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sidebar_countsThePairs();
    void merge_makesThePairOnePaper_andUndoBringsBothBack();
    void merge_keepsTheValueClickedInTheOtherColumn();
    void notADuplicate_isRememberedAfterReopening();
    void view_followsWhatChangedElsewhere();
    void import_ofADuplicate_saysWhatItFilledIn();

private:
    SidebarView *sidebar() const { return m_fixture.child<SidebarView>(u"sidebar"_s); }
    int duplicatesCount() const
    {
        return sidebar()->sidebarModel()->indexOfKey(u"duplicates"_s).data(SidebarModel::CountRole).toInt();
    }
    DuplicatesView *openView();
    int paperCount() const { return PaperStore(*m_fixture.openLibrary()).count(); }
    // What the reader's history shows of the paper selected, newest first, without the times.
    QStringList shownHistory(qint64 paperId) const
    {
        m_fixture.selectRow(m_fixture.rowOfPaper(paperId));
        auto *events = m_fixture.child<QListWidget>(u"paperHistory"_s);
        QStringList texts;
        for (int row = 0; row < events->count(); ++row)
            texts.append(events->item(row)->text().section(u"  "_s, 1));
        return texts;
    }

    GuiTest::WindowFixture m_fixture;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestDuplicatesView::initTestCase()
{
    m_fixture.isolateSettings(u"tst_duplicatesview"_s);
}

// A preprint and its published version, stored as a library from before duplicates were recognised holds them.
void TestDuplicatesView::init()
{
    m_fixture.reset();
    {
        auto library = m_fixture.openLibrary();
        Paper preprint = GuiTest::makePaper(u"Attention is all you need"_s, u"Transformers use attention."_s);
        preprint.authors = {Person::fromText(u"Vaswani, Ashish"_s)};
        preprint.arxivId = u"1706.03762"_s;
        preprint.doi = u"10.5555/3295222.3295349"_s;
        preprint.tags = {u"preprints"_s};
        preprint.note = u"First reading."_s;
        Paper published = preprint;
        published.title = u"Attention Is All You Need (NeurIPS)"_s;
        published.arxivId.clear();
        published.doi = u"https://doi.org/10.5555/3295222.3295349"_s;
        published.container = u"NeurIPS"_s;
        published.tags = {u"nlp"_s};
        published.note = u"Second reading."_s;
        m_first = TestKit::addWithoutDuplicateCheck(*library, preprint);
        m_second = TestKit::addWithoutDuplicateCheck(*library, published);
        QVERIFY(m_first && m_second);
        QVERIFY(TagStore(*library).edit({m_first}, {u"preprints"_s}));
        QVERIFY(TagStore(*library).edit({m_second}, {u"nlp"_s}));
        QVERIFY(AnnotationStore(*library).setNote(m_first, u"First reading."_s));
        QVERIFY(AnnotationStore(*library).setNote(m_second, u"Second reading."_s));
    }
    QVERIFY(m_fixture.openWindow());
}

void TestDuplicatesView::cleanup()
{
    m_fixture.closeWindow();
}

DuplicatesView *TestDuplicatesView::openView()
{
    if (!sidebar()->selectKey(u"duplicates"_s))
        return nullptr;
    auto *view = m_fixture.window()->findChild<DuplicatesView *>(u"duplicatesView"_s);
    if (!view || !QTest::qWaitForWindowExposed(view))
        return nullptr;
    return view;
}

void TestDuplicatesView::sidebar_countsThePairs()
{
    QCOMPARE(duplicatesCount(), 1);
    DuplicatesView *view = openView();
    QVERIFY(view);
    auto *pairs = view->findChild<QListWidget *>(u"duplicatePairs"_s);
    QCOMPARE(pairs->count(), 1);
    QVERIFY(pairs->item(0)->text().contains(u"#%1 = #%2"_s.arg(m_first).arg(m_second)));
    QCOMPARE(view->findChild<QLabel *>(u"duplicateReason"_s)->text(), u"A preprint and its published version"_s);
    // The fields that differ are marked, each with the kept paper's value chosen unless it has none.
    auto *fields = view->findChild<QTableWidget *>(u"duplicateFields"_s);
    QStringList marked;
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->item(row, 0)->font().bold())
            marked.append(fields->item(row, 0)->data(Qt::UserRole).toString());
    QCOMPARE(marked, (QStringList{u"title"_s, u"arxiv"_s, u"doi"_s, u"container"_s}));
    QCOMPARE(view->fieldsFromOther(), QSet<QString>{u"container"_s});
}

void TestDuplicatesView::merge_makesThePairOnePaper_andUndoBringsBothBack()
{
    const QString before = PaperStore(*m_fixture.openLibrary()).paper(m_second)->title;
    DuplicatesView *view = openView();
    QVERIFY(view);
    QTest::mouseClick(view->findChild<QPushButton *>(u"mergeDuplicates"_s), Qt::LeftButton);
    QTRY_COMPARE(duplicatesCount(), 0);
    QCOMPARE(paperCount(), 1);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 1);
    QVERIFY(view->findChild<QLabel *>(u"noDuplicates"_s)->isVisible());
    {
        auto library = m_fixture.openLibrary();
        const Paper kept = *PaperStore(*library).paper(m_first);
        QCOMPARE(kept.tags, (QStringList{u"nlp"_s, u"preprints"_s}));
        QVERIFY(kept.note.contains(u"First reading."_s) && kept.note.contains(u"Second reading."_s));
        QCOMPARE(kept.container, u"NeurIPS"_s);
        QCOMPARE(kept.title, u"Attention is all you need"_s);
    }
    QTRY_VERIFY2(shownHistory(m_first).contains(u"Merged with \u201cAttention Is All You Need (NeurIPS)\u201d (#%1)"_s.arg(m_second)),
                 qPrintable(shownHistory(m_first).join(u" / "_s)));

    m_fixture.child<QAction>(u"undoAction"_s)->trigger();
    QTRY_COMPARE(duplicatesCount(), 1);
    QCOMPARE(paperCount(), 2);
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);
    auto library = m_fixture.openLibrary();
    const Paper first = *PaperStore(*library).paper(m_first);
    const Paper second = *PaperStore(*library).paper(m_second);
    QCOMPARE(first.tags, QStringList{u"preprints"_s});
    QCOMPARE(first.note, u"First reading."_s);
    QCOMPARE(first.container, QString());
    QCOMPARE(second.title, before);
    QCOMPARE(second.tags, QStringList{u"nlp"_s});
    QCOMPARE(second.note, u"Second reading."_s);

    m_fixture.child<QAction>(u"redoAction"_s)->trigger();
    QTRY_COMPARE(duplicatesCount(), 0);
    QCOMPARE(PaperStore(*library).count(), 1);
}

void TestDuplicatesView::merge_keepsTheValueClickedInTheOtherColumn()
{
    DuplicatesView *view = openView();
    QVERIFY(view);
    auto *fields = view->findChild<QTableWidget *>(u"duplicateFields"_s);
    int titleRow = -1;
    for (int row = 0; row < fields->rowCount(); ++row)
        if (fields->item(row, 0)->data(Qt::UserRole).toString() == u"title"_s)
            titleRow = row;
    QVERIFY(titleRow >= 0);
    QCOMPARE(fields->item(titleRow, 1)->checkState(), Qt::Checked);
    QTableWidgetItem *other = fields->item(titleRow, 2);
    QTest::mouseClick(fields->viewport(), Qt::LeftButton, {}, fields->visualItemRect(other).center());
    QCOMPARE(other->checkState(), Qt::Checked);
    QCOMPARE(fields->item(titleRow, 1)->checkState(), Qt::Unchecked);
    QTest::mouseClick(view->findChild<QPushButton *>(u"mergeDuplicates"_s), Qt::LeftButton);
    QTRY_COMPARE(duplicatesCount(), 0);
    QCOMPARE(PaperStore(*m_fixture.openLibrary()).paper(m_first)->title, u"Attention Is All You Need (NeurIPS)"_s);
}

void TestDuplicatesView::notADuplicate_isRememberedAfterReopening()
{
    DuplicatesView *view = openView();
    QVERIFY(view);
    QTest::mouseClick(view->findChild<QPushButton *>(u"notDuplicate"_s), Qt::LeftButton);
    QTRY_COMPARE(duplicatesCount(), 0);
    QCOMPARE(paperCount(), 2);
    QVERIFY(m_fixture.reopenWindow());
    QCOMPARE(duplicatesCount(), 0);
}

void TestDuplicatesView::view_followsWhatChangedElsewhere()
{
    DuplicatesView *view = openView();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowActive(view));
    QCOMPARE(view->findChild<QListWidget *>(u"duplicatePairs"_s)->count(), 1);
    // Another program (the command line) says the two are different papers: the window notices (ChangeWatcher)
    // and the open view follows.
    QVERIFY(DuplicateStore(*m_fixture.openLibrary()).dismiss(m_first, m_second));
    QTRY_VERIFY(view->findChild<QLabel *>(u"noDuplicates"_s)->isVisible());
    QCOMPARE(view->findChild<QListWidget *>(u"duplicatePairs"_s)->count(), 0);
}

void TestDuplicatesView::import_ofADuplicate_saysWhatItFilledIn()
{
    QFile file(m_fixture.filePath(u"again.bib"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(@misc{v, title = {Attention is all you need}, author = {Vaswani, Ashish}, eprint = {1706.03762v7},
                  archivePrefix = {arXiv}, volume = {30}})");
    file.close();
    QSignalSpy finished(m_fixture.window(), &MainWindow::importFinished);
    m_fixture.window()->importFiles({file.fileName()});
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(),
             u"Imported 0 papers, skipped 1 duplicates, filled in the empty fields of 1 papers"_s); // no translator: the source text
    QCOMPARE(PaperStore(*m_fixture.openLibrary()).paper(m_first)->volume, u"30"_s);
    QTRY_VERIFY2(shownHistory(m_first).contains(u"volume filled in from again.bib"_s),
                 qPrintable(shownHistory(m_first).join(u" / "_s)));
}

QTEST_MAIN(TestDuplicatesView)
#include "tst_duplicatesview.moc"
