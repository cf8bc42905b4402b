// Editing a paper's details in the real window: F2 or a double-click on the reader's title opens the editor, what it
// saves is one undo step, and the list, the search and the reader show it at once.

#include "GuiTestSupport.h"

#include "gui/ReaderView.h"
#include "gui/edit/PaperEditDialog.h"
#include "gui/search/SearchField.h"
#include "library/PaperHistory.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Lectern;
using namespace Lectern::GuiTest;
using namespace Qt::StringLiterals;

class TestEditPaper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.isolateSettings(u"tst_editpaper"_s); }
    void init();
    void cleanup() { m_fixture.closeWindow(); }

    void f2_editsTheTitleAndAuthors_andUndoPutsThemBack();
    void doubleClickOnTheTitle_opensTheEditor();
    void theAuthorsSplit_isShownAsTyped();
    void aBadValue_keepsTheEditorOpenAndChangesNothing();
    void cancelling_changesNothing();
    void aDateInferred_isShownSo();

private:
    PaperEditDialog *openEditorWithF2();
    template<typename T>
    T *field(PaperEditDialog *dialog, const QString &name) { return dialog->findChild<T *>(u"field_"_s + name); }
    // Ctrl+Return in a field, as the user saves.
    void save(PaperEditDialog *dialog) { QTest::keyClick(field<QLineEdit>(dialog, u"title"_s), Qt::Key_Return, Qt::ControlModifier); }
    Paper stored() { return *PaperStore(*m_fixture.openLibrary()).paper(m_ids[0]); }
    QString readerTitle() { return m_fixture.child<ReaderView>(u"reader"_s)->document()->firstBlock().text(); }

    WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestEditPaper::init()
{
    m_fixture.reset();
    Paper paper = makePaper(u"Spectral operators"_s, u"An abstract about spectral methods."_s);
    paper.published = u"Jun 13"_s;
    m_ids = m_fixture.addPapers({paper, makePaper(u"Another paper"_s, u"Other words."_s)});
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    QTRY_COMPARE(readerTitle(), u"Spectral operators"_s);
}

PaperEditDialog *TestEditPaper::openEditorWithF2()
{
    m_fixture.list()->setFocus();
    QTest::keyClick(m_fixture.list(), Qt::Key_F2);
    PaperEditDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_fixture.window()->findChild<PaperEditDialog *>()) && dialog->isVisible()); }();
    return dialog;
}

void TestEditPaper::f2_editsTheTitleAndAuthors_andUndoPutsThemBack()
{
    PaperEditDialog *dialog = openEditorWithF2();
    QVERIFY(dialog);
    QCOMPARE(field<QLineEdit>(dialog, u"title"_s)->text(), u"Spectral operators"_s);
    field<QLineEdit>(dialog, u"title"_s)->setText(u"Neural operators"_s);
    field<QPlainTextEdit>(dialog, u"authors"_s)->setPlainText(u"Liu, Bo\nLizhang Chen"_s);
    field<QLineEdit>(dialog, u"date"_s)->setText(u"2025-06-13"_s);
    save(dialog);
    QTRY_VERIFY(!m_fixture.window()->findChild<PaperEditDialog *>());

    // The list row, the reader and the search show it at once.
    const int row = m_fixture.rowOfPaper(m_ids[0]);
    QCOMPARE(m_fixture.model()->index(row, PaperListModel::TitleColumn).data().toString(), u"Neural operators"_s);
    QCOMPARE(m_fixture.model()->index(row, PaperListModel::FirstAuthorColumn).data().toString(), u"Bo Liu"_s);
    QTRY_COMPARE(readerTitle(), u"Neural operators"_s);
    QCOMPARE(stored().authors, (QList<Person>{{u"Liu"_s, u"Bo"_s}, {u"Chen"_s, u"Lizhang"_s}}));
    QCOMPARE(stored().published, u"2025-06-13"_s);
    auto *search = m_fixture.child<QLineEdit>(u"searchField"_s);
    search->setText(u"title:neural year:2025"_s);
    QTRY_COMPARE(m_fixture.titles(), QStringList{u"Neural operators"_s});
    search->clear();
    QTRY_COMPARE(m_fixture.model()->rowCount(), 2);

    // One step takes all of it back. (The window is active again once the dialog is gone, as a window manager makes it.)
    m_fixture.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_fixture.window()));
    QTest::keyClick(m_fixture.list(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(stored().title, u"Spectral operators"_s);
    QVERIFY(stored().authors.isEmpty());
    QCOMPARE(stored().published, u"Jun 13"_s);
    QTRY_COMPARE(m_fixture.model()->index(m_fixture.rowOfPaper(m_ids[0]), PaperListModel::TitleColumn).data().toString(),
                 u"Spectral operators"_s);
    // The edit and its undo are in the history, field by field.
    QStringList fields;
    for (const PaperEvent &event : PaperHistory(*m_fixture.openLibrary()).forPaper(m_ids[0]))
        if (event.kind == EventKind::FieldEdited)
            fields.append(event.detail);
    QCOMPARE(fields, (QStringList{u"title"_s, u"authors"_s, u"date"_s, u"title"_s, u"authors"_s, u"date"_s}));
}

void TestEditPaper::doubleClickOnTheTitle_opensTheEditor()
{
    auto *reader = m_fixture.child<ReaderView>(u"reader"_s);
    QTextCursor title(reader->document()->firstBlock());
    title.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 3);
    QTest::mouseDClick(reader->viewport(), Qt::LeftButton, {}, reader->cursorRect(title).center());
    QTRY_VERIFY(m_fixture.window()->findChild<PaperEditDialog *>());
    auto *dialog = m_fixture.window()->findChild<PaperEditDialog *>();
    QCOMPARE(field<QLineEdit>(dialog, u"title"_s)->text(), u"Spectral operators"_s);
    dialog->reject();
}

void TestEditPaper::theAuthorsSplit_isShownAsTyped()
{
    PaperEditDialog *dialog = openEditorWithF2();
    QVERIFY(dialog);
    field<QPlainTextEdit>(dialog, u"authors"_s)->setPlainText(u"Liu, Bo; Eric von Hippel\n{World Health Organization}"_s);
    const QString split = dialog->findChild<QLabel *>(u"split_authors"_s)->text();
    QVERIFY2(split.contains(u"Bo <b>Liu</b>"_s), qPrintable(split));
    QVERIFY2(split.contains(u"Eric von <b>Hippel</b>"_s), qPrintable(split));
    QVERIFY2(split.contains(u"<b>World Health Organization</b>"_s), qPrintable(split));
    dialog->reject();
}

void TestEditPaper::aBadValue_keepsTheEditorOpenAndChangesNothing()
{
    PaperEditDialog *dialog = openEditorWithF2();
    QVERIFY(dialog);
    field<QLineEdit>(dialog, u"title"_s)->setText(u"Changed"_s);
    field<QLineEdit>(dialog, u"date"_s)->setText(u"June 2025"_s);
    save(dialog);
    auto *error = dialog->findChild<QLabel *>(u"editError"_s);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(u"date"_s), qPrintable(error->text()));
    QCOMPARE(stored().title, u"Spectral operators"_s);
    // Put right, it saves.
    field<QLineEdit>(dialog, u"date"_s)->setText(u"2025-06"_s);
    save(dialog);
    QTRY_COMPARE(stored().title, u"Changed"_s);
    QCOMPARE(stored().published, u"2025-06"_s);
}

void TestEditPaper::cancelling_changesNothing()
{
    PaperEditDialog *dialog = openEditorWithF2();
    QVERIFY(dialog);
    field<QLineEdit>(dialog, u"title"_s)->setText(u"Changed"_s);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!m_fixture.window()->findChild<PaperEditDialog *>());
    QCOMPARE(stored().title, u"Spectral operators"_s);
    QCOMPARE(m_fixture.window()->findChild<QUndoStack *>(u"undoStack"_s)->count(), 0);
}

void TestEditPaper::aDateInferred_isShownSo()
{
    m_fixture.closeWindow();
    Paper listed = makePaper(u"From a day's list"_s, u"Words."_s);
    listed.published = u"2025-06-13"_s;
    listed.extraFields = {{Paper::InferredDateField, u"Jun 13"_s}};
    const qint64 id = m_fixture.addPapers({listed}).first();
    QVERIFY(m_fixture.openWindow());
    m_fixture.selectRow(m_fixture.rowOfPaper(id));
    auto *reader = m_fixture.child<ReaderView>(u"reader"_s);
    QTRY_VERIFY2(reader->toPlainText().contains(u"2025-06-13 (the year inferred: the list said \u201cJun 13\u201d)"_s),
                 qPrintable(reader->toPlainText()));
}

QTEST_MAIN(TestEditPaper)
#include "tst_editpaper.moc"
