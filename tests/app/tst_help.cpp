#include "GuiTestSupport.h"

#include "gui/help/HelpMenu.h"
#include "gui/help/QueryHelp.h"
#include "gui/help/ShortcutSheet.h"
#include "library/TagStore.h"
#include "storage/SqliteVersion.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace Lectern;
using namespace Qt::StringLiterals;

// Issue 12, item 6: a keyboard-shortcut sheet made from the window's actions, a query-language reference whose
// examples run, and About with the library's path and the versions of what Lectern is built on.
class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void f1AndCtrlSlash_openTheShortcutSheet_data();
    void f1AndCtrlSlash_openTheShortcutSheet();
    void theSheet_listsEveryActionWithAKey_asTheWindowHasIt();
    void everyQueryExample_isAValidQuery();
    void clickingAnExample_runsItOnTheWholeLibrary();
    void about_namesTheLibraryAndTheVersions();

private:
    QStringList sheetLines() const;

    GuiTest::WindowFixture m_fixture;
};

void TestHelp::initTestCase()
{
    m_fixture.isolateSettings(u"tst_help"_s);
}

void TestHelp::init()
{
    m_fixture.reset();
    const QList<qint64> ids = m_fixture.addPapers({GuiTest::makePaper(u"Graph networks"_s, u"About graphs."_s),
                                                   GuiTest::makePaper(u"Tree search"_s, u"About trees."_s),
                                                   GuiTest::makePaper(u"Plain paper"_s, u"Nothing."_s)});
    {
        auto library = m_fixture.openLibrary();
        QVERIFY(TagStore(*library).edit({ids[0]}, {u"ml/graphs"_s}));
    }
    QVERIFY(m_fixture.openWindow());
    m_fixture.list()->setFocus();
}

void TestHelp::cleanup()
{
    m_fixture.closeWindow();
}

QStringList TestHelp::sheetLines() const
{
    auto *table = m_fixture.child<QTreeWidget>(u"shortcutTable"_s);
    QStringList lines;
    for (int g = 0; g < table->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = table->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            lines.append(group->text(0) + u": "_s + group->child(i)->text(0) + u" = "_s + group->child(i)->text(1));
    }
    return lines;
}

void TestHelp::f1AndCtrlSlash_openTheShortcutSheet_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("F1") << int(Qt::Key_F1) << int(Qt::NoModifier);
    QTest::newRow("Ctrl+/") << int(Qt::Key_Slash) << int(Qt::ControlModifier);
}

void TestHelp::f1AndCtrlSlash_openTheShortcutSheet()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QTest::keyClick(m_fixture.list(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    ShortcutSheet *sheet = nullptr;
    QTRY_VERIFY((sheet = m_fixture.window()->findChild<ShortcutSheet *>(u"shortcutSheet"_s)) && sheet->isVisible());
    const QStringList lines = sheetLines();
    QVERIFY2(lines.contains(u"Paper: Tag = Ctrl+T, G"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"Paper › Status: Read = R"_s), qPrintable(lines.join(u'\n')));
    QVERIFY2(lines.contains(u"Help: Keyboard Shortcuts = F1, Ctrl+/"_s), qPrintable(lines.join(u'\n')));
}

// The sheet is read from the actions: one given a key now is on it, with that key.
void TestHelp::theSheet_listsEveryActionWithAKey_asTheWindowHasIt()
{
    const QList<ShortcutSheet::Entry> entries = ShortcutSheet::entries(*m_fixture.window());
    int withKeysInMenus = 0;
    for (QAction *action : m_fixture.window()->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        bool inMenu = false;
        for (const QObject *object : action->associatedObjects())
            inMenu = inMenu || object->inherits("QMenu");
        if (!inMenu)
            continue;
        ++withKeysInMenus;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const bool listed = std::any_of(entries.cbegin(), entries.cend(),
                                        [&](const ShortcutSheet::Entry &entry) { return entry.keys.contains(keys); });
        QVERIFY2(listed, qPrintable(action->text() + u' ' + keys));
    }
    QVERIFY(withKeysInMenus > 20);

    m_fixture.child<QAction>(u"openLinkAction"_s)->setShortcut(QKeySequence(Qt::Key_F7));
    const auto changed = ShortcutSheet::entries(*m_fixture.window());
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const ShortcutSheet::Entry &entry) {
        return entry.command == u"Open Link" && entry.keys == u"F7";
    }));
}

void TestHelp::everyQueryExample_isAValidQuery()
{
    for (const QueryHelp::Example &example : QueryHelp::examples()) {
        m_fixture.model()->setSearchText(example.query);
        auto *error = m_fixture.child<QLabel>(u"queryError"_s);
        QVERIFY2(!error->isVisible() || error->text().isEmpty(), qPrintable(example.query + u": "_s + error->text()));
        QVERIFY(!example.finds.isEmpty());
    }
}

void TestHelp::clickingAnExample_runsItOnTheWholeLibrary()
{
    QVERIFY(m_fixture.child<QWidget>(u"sidebar"_s));
    m_fixture.child<QAction>(u"queryHelpAction"_s)->trigger();
    auto *text = m_fixture.child<QTextBrowser>(u"queryHelpText"_s);
    QVERIFY(QTest::qWaitForWindowExposed(text->window()));
    const QList<QueryHelp::Example> examples = QueryHelp::examples();
    const int tagExample = int(std::find_if(examples.cbegin(), examples.cend(),
                                            [](const QueryHelp::Example &e) { return e.query == u"tag:ml"; })
                               - examples.cbegin());
    const QPoint link = GuiTest::linkPosition(text, u"lectern-example:%1"_s.arg(tagExample));
    QVERIFY(!link.isNull());
    text->ensureCursorVisible();
    QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, GuiTest::linkPosition(text, u"lectern-example:%1"_s.arg(tagExample)));

    QTRY_COMPARE(m_fixture.titles(), QStringList{u"Graph networks"_s});
    QCOMPARE(m_fixture.child<QLineEdit>(u"searchField"_s)->text(), u"tag:ml"_s);
}

void TestHelp::about_namesTheLibraryAndTheVersions()
{
    m_fixture.child<QAction>(u"aboutAction"_s)->trigger();
    auto *box = m_fixture.child<QMessageBox>(u"aboutBox"_s);
    QVERIFY(box->text().contains(m_fixture.libraryPath()));
    QVERIFY(box->text().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(u"SQLite "_s + sqliteVersion()));
    QVERIFY(box->text().contains(u"KSyntaxHighlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING ""_s));
    QVERIFY(sqliteVersion().startsWith(u"3."));
    box->close();
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
