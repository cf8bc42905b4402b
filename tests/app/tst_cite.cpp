// Copy to cite in the real window: the selected papers' citations on the clipboard by shortcut, and their
// citation keys edited and made again as undoable steps.

#include "GuiTestSupport.h"

#include "gui/InputDialogs.h"
#include "library/CitationKeys.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QStatusBar>
#include <QUndoStack>

using namespace Lectern;
using namespace Lectern::GuiTest;
using namespace Qt::StringLiterals;

class TestCite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fixture.isolateSettings(u"tst_cite"_s); }
    void init();
    void cleanup() { m_fixture.closeWindow(); }

    void copyCite_putsTheSelectedKeysOnTheClipboard();
    void copyBibtexAndReference_copyWhatTheExportersWrite();
    void editKey_isOneUndoStep();
    void editKey_refusesATakenKeyAndChangesNothing();
    void regenerateKeys_isUndone();
    void keyPattern_isSetForTheLibrary();

private:
    void selectAll();
    QString keyOf(qint64 id) const { return CitationKeyStore(*m_fixture.openLibrary()).key(id); }
    void press(const QKeySequence &keys) { QTest::keySequence(m_fixture.window(), keys); }

    WindowFixture m_fixture;
    QList<qint64> m_ids;
};

void TestCite::init()
{
    m_fixture.reset();
    Paper lion = makePaper(u"Lion: Adversarial Distillation"_s, u"An abstract."_s);
    lion.authors = {Person::fromText(u"Chen, Lizhang"_s)};
    lion.published = u"2025-02-01"_s;
    lion.container = u"Journal of Cats"_s;
    lion.volume = u"3"_s;
    Paper tiger = makePaper(u"Tiger"_s, u"Another abstract."_s);
    tiger.authors = {Person::fromText(u"Liu, Bo"_s)};
    tiger.citationKey = u"Liu:2024"_s;
    m_ids = m_fixture.addPapers({lion, tiger});
    QVERIFY(m_fixture.openWindow());
}

void TestCite::selectAll()
{
    m_fixture.list()->setFocus();
    m_fixture.list()->selectAll();
}

void TestCite::copyCite_putsTheSelectedKeysOnTheClipboard()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"\\cite{chen2025lion}"_s);
    QVERIFY(m_fixture.window()->statusBar()->currentMessage().contains(u"\\cite{chen2025lion}"_s));

    selectAll();
    press(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"[@chen2025lion; @Liu:2024]"_s);
}

void TestCite::copyBibtexAndReference_copyWhatTheExportersWrite()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    const QString bibtex = QGuiApplication::clipboard()->text();
    QVERIFY2(bibtex.startsWith(u"@misc{chen2025lion,\n  author = {Chen, Lizhang},"_s), qPrintable(bibtex));

    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    QCOMPARE(data->text(), u"Chen, L. (2025). Lion: Adversarial Distillation. Journal of Cats, 3.\n"_s);
    QCOMPARE(QString::fromUtf8(data->data(u"text/markdown"_s)),
             u"Chen, L. (2025). Lion: Adversarial Distillation. *Journal of Cats*, 3.\n"_s);
}

void TestCite::editKey_isOneUndoStep()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    InputDialogs::setNextText(u" lion-paper "_s);
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QCOMPARE(keyOf(m_ids[0]), u"lion-paper"_s);
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QCOMPARE(QGuiApplication::clipboard()->text(), u"\\cite{lion-paper}"_s);
    m_fixture.window()->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(keyOf(m_ids[0]), u"chen2025lion"_s);
    m_fixture.window()->findChild<QAction *>(u"redoAction"_s)->trigger();
    QCOMPARE(keyOf(m_ids[0]), u"lion-paper"_s);
}

void TestCite::editKey_refusesATakenKeyAndChangesNothing()
{
    m_fixture.selectRow(m_fixture.rowOfPaper(m_ids[0]));
    const int steps = m_fixture.window()->findChild<QUndoStack *>()->count();
    InputDialogs::setNextText(u"liu:2024"_s); // the other paper's, in another case
    press(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QCOMPARE(keyOf(m_ids[0]), u"chen2025lion"_s);
    QVERIFY2(m_fixture.window()->statusBar()->currentMessage().contains(u"already the key of paper"_s),
             qPrintable(m_fixture.window()->statusBar()->currentMessage()));
    QCOMPARE(m_fixture.window()->findChild<QUndoStack *>()->count(), steps);
}

void TestCite::regenerateKeys_isUndone()
{
    selectAll();
    m_fixture.window()->findChild<QAction *>(u"regenerateKeysAction"_s)->trigger();
    QCOMPARE(keyOf(m_ids[1]), u"liu2023tiger"_s); // the file's key gives way to the pattern's
    QCOMPARE(keyOf(m_ids[0]), u"chen2025lion"_s);
    m_fixture.window()->findChild<QAction *>(u"undoAction"_s)->trigger();
    QCOMPARE(keyOf(m_ids[1]), u"Liu:2024"_s);
}

void TestCite::keyPattern_isSetForTheLibrary()
{
    auto *action = m_fixture.window()->findChild<QAction *>(u"keyPatternAction"_s);
    InputDialogs::setNextText(u"[auth]:[nope]"_s);
    action->trigger();
    QVERIFY2(m_fixture.window()->statusBar()->currentMessage().contains(u"unknown field [nope]"_s),
             qPrintable(m_fixture.window()->statusBar()->currentMessage()));
    QCOMPARE(CitationKeyStore(*m_fixture.openLibrary()).pattern(), CitationKeys::defaultPattern());
    InputDialogs::setNextText(u"[auth]:[year]"_s);
    action->trigger();
    QCOMPARE(CitationKeyStore(*m_fixture.openLibrary()).pattern(), u"[auth]:[year]"_s);
    QCOMPARE(keyOf(m_ids[0]), u"chen2025lion"_s); // made before: it stays
}

QTEST_MAIN(TestCite)
#include "tst_cite.moc"
