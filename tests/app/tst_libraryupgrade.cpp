#include "GuiTestSupport.h"

#include "gui/library/LibrarySwitcher.h"
#include "gui/library/LibraryUpgradeDialog.h"
#include "query/Query.h"
#include "storage/Schema.h"
#include "TestKit.h"

#include <QApplication>
#include <QProgressDialog>

using namespace Lectern;
using namespace Qt::StringLiterals;

namespace {

constexpr int OldSchema = 14; // before the search index was made again without its prefix indexes

// What the application shows of the upgrade: whether its progress dialog was shown, and whether it painted.
class UpgradeWatcher : public QObject
{
public:
    UpgradeWatcher() { qApp->installEventFilter(this); }
    ~UpgradeWatcher() override { qApp->removeEventFilter(this); }

    bool shown = false;
    bool painted = false;
    std::function<void()> onFirstPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto *dialog = widget ? qobject_cast<QProgressDialog *>(widget->window()) : nullptr;
        if (!dialog || dialog->objectName() != u"libraryUpgradeProgress")
            return false;
        if (event->type() == QEvent::Show && widget == dialog)
            shown = true;
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            if (onFirstPaint)
                onFirstPaint();
        }
        return false;
    }
};

bool anUpgradeDialogIsVisible()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (widget->objectName() == u"libraryUpgradeProgress" && widget->isVisible())
            return true;
    return false;
}

} // namespace

// Issue 13: a library of an earlier schema is upgraded on a thread of its own (at a million papers that took 100 s),
// behind a progress dialog, while the application keeps painting; then the window shows it. Any other library
// opens without the dialog.
class TestLibraryUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void upgrade_runsBehindADialog_thatPaintsMeanwhile();
    void oldLibraryAtStart_isShownUpgraded();
    void currentLibrary_opensWithoutTheDialog();

private:
    GuiTest::WindowFixture m_fixture;
    std::unique_ptr<LibrarySwitcher> m_switcher;
};

void TestLibraryUpgrade::initTestCase()
{
    m_fixture.isolateSettings(u"tst_libraryupgrade"_s);
}

void TestLibraryUpgrade::init()
{
    m_fixture.reset();
    m_switcher = std::make_unique<LibrarySwitcher>();
}

void TestLibraryUpgrade::cleanup()
{
    m_switcher.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestLibraryUpgrade::upgrade_runsBehindADialog_thatPaintsMeanwhile()
{
    QVERIFY(TestKit::writeLibraryOfSchema(m_fixture.libraryPath(), OldSchema, 3));
    // Another program writes to the library until the dialog has painted: the upgrade waits for it, so that it can
    // finish only if the dialog paints while it runs, which a window doing the upgrade itself could not.
    auto writer = Database::open(m_fixture.libraryPath());
    QVERIFY(writer);
    QVERIFY((*writer)->exec("BEGIN IMMEDIATE"));
    UpgradeWatcher watcher;
    watcher.onFirstPaint = [&writer] { QVERIFY((*writer)->exec("ROLLBACK")); };

    auto library = LibraryUpgradeDialog::open(m_fixture.libraryPath());
    QVERIFY2(library, library ? "" : qPrintable(library.error().toString()));
    QVERIFY(watcher.shown);
    QVERIFY(watcher.painted);
    QVERIFY(!anUpgradeDialogIsVisible());
    QVERIFY(Schema::checkCurrent((*library)->db()));
    const auto found = findPapers(**library, Query::parse(u"spectral"_s));
    QVERIFY(found);
    QCOMPARE(found->size(), 3);
}

void TestLibraryUpgrade::oldLibraryAtStart_isShownUpgraded()
{
    QVERIFY(TestKit::writeLibraryOfSchema(m_fixture.libraryPath(), OldSchema, 3));
    UpgradeWatcher watcher;
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    QVERIFY(watcher.shown);
    QVERIFY(!anUpgradeDialogIsVisible());
    QCOMPARE(m_switcher->window()->libraryPath(), m_fixture.libraryPath());
    auto *model = m_switcher->window()->findChild<QAbstractItemView *>(u"paperList"_s)->model();
    QTRY_COMPARE(model->rowCount(), 3);
    auto reopened = Library::open(m_fixture.libraryPath(), Access::ReadOnly);
    QVERIFY(reopened);
    QVERIFY(Schema::checkCurrent((*reopened)->db()));
}

void TestLibraryUpgrade::currentLibrary_opensWithoutTheDialog()
{
    m_fixture.addPapers({GuiTest::makePaper(u"A paper of this version"_s, u"Its abstract."_s)});
    UpgradeWatcher watcher;
    QVERIFY(m_switcher->openAtStart(m_fixture.libraryPath()));
    QVERIFY(!watcher.shown);
    QCOMPARE(m_switcher->window()->libraryPath(), m_fixture.libraryPath());
}

QTEST_MAIN(TestLibraryUpgrade)
#include "tst_libraryupgrade.moc"
