// lectern-bench-window: the real main window on a large library: process start to the first painted
// paper list, a typed query to the updated list, and the memory it holds. Prints figures; asserts nothing.

#include "BenchQueries.h"
#include "Measure.h"

#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "library/Library.h"
#include "library/SmartListStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <optional>

// As in app/gui/GuiApplication.cpp: Q_INIT_RESOURCE declares a function, so it stays outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(lectern);
}

using namespace Lectern;
using namespace Lectern::Bench;
using namespace Qt::StringLiterals;

namespace {

constexpr int TimeoutMs = 30000;

// Milliseconds since main(): every figure of the run is on this one clock.
QElapsedTimer sinceMain;

double now()
{
    return msSince(sinceMain);
}

// When the paper list's model next changes and when its viewport has painted after that.
struct ListUpdate
{
    double aboutToChange = -1; // modelAboutToBeReset or layoutAboutToBeChanged: the search starts
    double changed = -1;       // modelReset or layoutChanged: the new ids are in
    double paintStarted = -1;  // the viewport's paint event arrives
    double painted = -1;       // back in the event loop: painted and flushed
};

class ListProbe : public QObject
{
    Q_OBJECT

public:
    explicit ListProbe(QAbstractItemView *view)
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ListProbe::changeStarts);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ListProbe::changeStarts);
        connect(model, &QAbstractItemModel::modelReset, this, &ListProbe::changeEnds);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ListProbe::changeEnds);
    }

    // Runs trigger, then waits for the next paint of the list (after a model change when one is awaited).
    std::optional<ListUpdate> wait(bool afterModelChange, const std::function<void()> &trigger)
    {
        m_update = {};
        m_armed = true;
        m_afterModelChange = afterModelChange;
        QSignalSpy spy(this, &ListProbe::painted);
        trigger();
        const bool done = !spy.isEmpty() || spy.wait(TimeoutMs);
        m_armed = false;
        return done ? std::optional(m_update) : std::nullopt;
    }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_armed && m_update.paintStarted < 0
            && (!m_afterModelChange || m_update.changed >= 0)) {
            m_update.paintStarted = now();
            // Queued: it runs once this paint and the flush to the screen are done.
            QMetaObject::invokeMethod(this, [this] {
                m_update.painted = now();
                Q_EMIT painted();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void changeStarts()
    {
        if (m_update.aboutToChange < 0)
            m_update.aboutToChange = now();
    }
    void changeEnds() { m_update.changed = now(); }

    ListUpdate m_update;
    bool m_armed = false;
    bool m_afterModelChange = false;
};

// A fast typist's pace, 100 words a minute.
constexpr double KeyIntervalMs = 120;

// QTest::keyClicks takes ASCII only; "Müller" needs its text in the event.
void typeKey(QLineEdit *field, QChar c)
{
    if (c.unicode() < 0x80)
        QTest::keyClick(field, char(c.unicode()));
    else
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Runs the event loop until the time (ms since main()), or returns at once when it has passed.
void waitUntil(double time)
{
    const int remaining = int(std::ceil(time - now()));
    if (remaining <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(remaining, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// All but the last key at the typist's pace, the window handling each as it comes (and searching for it,
// as it does for a user). Returns when the last key is due: it may be late, when the window is still busy
// with the key before, and that wait is part of what a user sees.
double typeAllButLastKey(QLineEdit *field, const QString &text)
{
    const double start = now();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        waitUntil(start + double(i) * KeyIntervalMs);
        typeKey(field, text[i]);
    }
    const double lastKeyDue = start + double(text.size() - 1) * KeyIntervalMs;
    waitUntil(lastKeyDue);
    return lastKeyDue;
}

QString mib(double value)
{
    return QString::number(value, 'f', 1) + u" MiB"_s;
}

void printStartup(double beforeMain, const QList<std::pair<QString, double>> &steps)
{
    printLine(u"Start-up, ms since main() (before main: from /proc/self/stat, 10 ms resolution):"_s);
    Table table({u"step"_s, u"ms"_s});
    table.add({u"process start -> main()"_s, ms(beforeMain)});
    for (const auto &[step, at] : steps)
        table.add({step, ms(at)});
    table.add({u"process start -> first painted paper list"_s, ms(beforeMain + steps.last().second)});
    table.print();
}

// Pages through the whole list as a reader holding Page Down would, painting each page (which loads
// its rows).
void scrollThrough(QAbstractItemView *list)
{
    QScrollBar *bar = list->verticalScrollBar();
    Timings pages;
    const double start = now();
    for (int value = 0;; value += bar->pageStep()) {
        QElapsedTimer page;
        page.start();
        bar->setValue(std::min(value, bar->maximum()));
        list->viewport()->repaint();
        QCoreApplication::processEvents();
        pages.ms.append(msSince(page));
        if (value >= bar->maximum())
            break;
    }
    const QAbstractItemModel *model = list->model();
    const QString lastTitle = model->data(model->index(model->rowCount() - 1, 0)).toString();
    printLine(QStringLiteral("Scrolled through %1 rows in %2 pages of %3 rows: %4 s; per page median %5 ms, max %6 ms; "
                             "last row \"%7\"")
                  .arg(model->rowCount())
                  .arg(pages.ms.size())
                  .arg(bar->pageStep())
                  .arg((now() - start) / 1000, 0, 'f', 1)
                  .arg(ms(pages.median()), ms(pages.max()), lastTitle.left(40)));
}

struct QueryFigures
{
    Timings wait;
    Timings afterWait;
    Timings total;
    Timings ranked;
    Timings clearing;
};

// When the matches that were shown unranked are put in ranked order (see PaperListModel::rankingApplied).
class RankingProbe : public QObject
{
public:
    explicit RankingProbe(PaperListModel *model) : m_model(model)
    {
        connect(model, &PaperListModel::rankingApplied, this, [this] { m_appliedAt = now(); });
    }
    void reset() { m_appliedAt = -1; }
    // ms since main() when the ranking of the last update arrived; -1 when the update was ranked at once.
    double waitForRanking()
    {
        if (m_appliedAt < 0 && m_model->isRankingPending()) {
            QSignalSpy spy(m_model, &PaperListModel::rankingApplied);
            spy.wait(TimeoutMs);
        }
        return m_appliedAt;
    }

private:
    PaperListModel *m_model;
    double m_appliedAt = -1;
};

// Types each query into the search field at a typist's pace and times the list's update from the
// moment the last key was due. Before each, the field is cleared and the full list comes back.
QueryFigures typeQueries(QLineEdit *field, QAbstractItemView *list, ListProbe &probe, RankingProbe &ranking)
{
    QList<NamedQuery> queries(std::begin(TypicalQueries), std::end(TypicalQueries));
    queries.append(QList<NamedQuery>(std::begin(MoreTypedQueries), std::end(MoreTypedQueries)));
    printLine(u"Typed queries, one key every %1 ms; ms from the last key (wait: to the search starting; search: the model's"
              " reset; paint: reset to painted; ranked: when matches shown unranked were put in ranked order, '-' when"
              " they were ranked at once):"_s.arg(KeyIntervalMs));
    Table table({u"query"_s, u"rows"_s, u"wait"_s, u"search"_s, u"paint"_s, u"after wait"_s, u"total"_s,
                 u"ranked"_s});
    QueryFigures figures;
    field->setFocus();
    for (const NamedQuery &named : queries) {
        const QString text = QString::fromUtf16(named.text);
        if (!field->text().isEmpty()) {
            double cleared = 0;
            if (const auto update = probe.wait(true, [&] { field->clear(); cleared = now(); }))
                figures.clearing.ms.append(update->painted - cleared);
        }
        const double typed = typeAllButLastKey(field, text);
        ranking.reset();
        const auto update = probe.wait(true, [&] { typeKey(field, text.back()); });
        if (!update) {
            table.add({text, u"no update within %1 ms"_s.arg(TimeoutMs)});
            continue;
        }
        const double wait = update->aboutToChange - typed;
        figures.wait.ms.append(wait);
        figures.afterWait.ms.append(update->painted - update->aboutToChange);
        figures.total.ms.append(update->painted - typed);
        const double rankedAt = ranking.waitForRanking();
        if (rankedAt >= 0)
            figures.ranked.ms.append(rankedAt - typed);
        table.add({text, QString::number(list->model()->rowCount()), ms(wait),
                   ms(update->changed - update->aboutToChange), ms(update->painted - update->changed),
                   ms(update->painted - update->aboutToChange), ms(update->painted - typed),
                   rankedAt >= 0 ? ms(rankedAt - typed) : u"-"_s});
    }
    table.print();
    return figures;
}

constexpr int TriagedPapers = 20;

// A reader's smart lists, whose counts the sidebar shows and keeps live: from filters alone to words.
constexpr NamedQuery SmartLists[] = {
    {u"ML to read", u"tag:ml status:to-read"},
    {u"Top rated", u"rating:>=4"},
    {u"Diffusion", u"diffusion"},
    {u"Graphs of 2023", u"year:2023 graph"},
};

// On the copy of the library the benchmark runs on (tools/bench/run-window-bench); kept if they are there.
void addSmartLists(Library &library)
{
    SmartListStore store(library);
    for (const NamedQuery &list : SmartLists)
        if (!store.find(QString::fromUtf16(list.what)))
            store.create(QString::fromUtf16(list.what), QString::fromUtf16(list.text));
}

// Triage of the inbox from the keyboard: T (to read) on the current paper, which leaves the list, and the
// next one comes up; then Ctrl+Z as many times, which leaves the library as it was. Each key is timed to
// the list painted with its effect (the paper's new status, the sidebar's counts and the reader's next
// paper are done by then).
void triage(QLineEdit *field, QAbstractItemView *list, ListProbe &probe)
{
    // The keys are the window's shortcuts, which only an active window takes.
    list->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(list->window())) {
        printLine(u"Triage: the window did not become active, so its shortcuts cannot be timed"_s);
        return;
    }
    Timings decided;
    Timings undone;
    probe.wait(true, [&] {
        field->setText(u"status:inbox"_s);
        Q_EMIT field->returnPressed();
    });
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCoreApplication::processEvents();
    const auto timeKey = [&](Timings &timings, Qt::Key key, Qt::KeyboardModifiers modifiers) {
        double pressed = 0;
        const auto update = probe.wait(true, [&] {
            pressed = now();
            QTest::keyClick(list, key, modifiers);
        });
        if (update)
            timings.ms.append(update->painted - pressed);
        return update.has_value();
    };
    // A key without an update (the window lost the keyboard) ends the round: each would wait the timeout.
    for (int i = 0; i < TriagedPapers; ++i)
        if (!timeKey(decided, Qt::Key_T, Qt::NoModifier))
            break;
    for (qsizetype i = 0; i < decided.ms.size(); ++i)
        if (!timeKey(undone, Qt::Key_Z, Qt::ControlModifier))
            break;
    printLine(u"Triage of the inbox (status:inbox), %1 papers: key -> list painted with its effect"_s.arg(TriagedPapers));
    Table table({u"key"_s, u"keys timed"_s, u"median ms"_s, u"max ms"_s});
    table.add({u"T (to read), the next paper comes up"_s, QString::number(decided.ms.size()), ms(decided.median()),
               ms(decided.max())});
    table.add({u"Ctrl+Z (undo)"_s, QString::number(undone.ms.size()), ms(undone.median()), ms(undone.max())});
    table.print();
}

void printQuerySummary(const QueryFigures &figures)
{
    Table table({u"typed query"_s, u"median ms"_s, u"max ms"_s});
    table.add({u"wait (keystroke -> search starts)"_s, ms(figures.wait.median()), ms(figures.wait.max())});
    table.add({u"search + paint (after the wait)"_s, ms(figures.afterWait.median()),
               ms(figures.afterWait.max())});
    table.add({u"total (keystroke -> painted list)"_s, ms(figures.total.median()), ms(figures.total.max())});
    if (!figures.ranked.ms.isEmpty())
        table.add({u"keystroke -> ranked order, %1 of the queries"_s.arg(figures.ranked.ms.size()),
                   ms(figures.ranked.median()), ms(figures.ranked.max())});
    table.add({u"clearing the field -> all papers painted"_s, ms(figures.clearing.median()),
               ms(figures.clearing.max())});
    table.print();
}

} // namespace

int main(int argc, char *argv[])
{
    const double beforeMain = msSinceProcessStart();
    sinceMain.start();
    // The window's saved geometry and header state come from, and go to, a test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);

    // As runGuiApplication() (app/gui/GuiApplication.cpp) does; it runs its own event loop, so the steps
    // are repeated here to be timed. Its translators load nothing in an English locale.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    QList<std::pair<QString, double>> steps{{u"QApplication ready"_s, now()}};

    QCommandLineParser parser;
    const QCommandLineOption libraryOption(u"library"_s, u"The library file."_s, u"FILE"_s);
    parser.addOption(libraryOption);
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(libraryOption);
    if (!QFileInfo::exists(path)) {
        printLine(u"usage: lectern-bench-window --library FILE  (an existing library, see lectern-synth)"_s);
        return 2;
    }
    qputenv("LECTERN_LIBRARY", QFile::encodeName(path));

    auto library = Library::open(Library::defaultPath());
    if (!library) {
        printLine(u"lectern-bench-window: "_s + library.error().toString());
        return 1;
    }
    addSmartLists(**library);
    steps.append({u"library open, %1 smart lists"_s.arg(std::size(SmartLists)), now()});
    MainWindow window(std::move(*library));
    steps.append({u"MainWindow constructed (ids read, first paper shown)"_s, now()});
    auto *list = window.findChild<QAbstractItemView *>(u"paperList"_s);
    auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
    if (!list || !field) {
        printLine(u"lectern-bench-window: the window has no paperList or searchField"_s);
        return 1;
    }
    ListProbe probe(list);
    const auto first = probe.wait(false, [&] {
        window.show();
        steps.append({u"show() returned"_s, now()});
    });
    if (!first) {
        printLine(u"lectern-bench-window: the paper list was not painted within %1 ms"_s.arg(TimeoutMs));
        return 1;
    }
    steps.append({u"first paint of the paper list starts"_s, first->paintStarted});
    steps.append({u"first paint done"_s, first->painted});

    printLine(u"Window on %1: platform %2, Qt %3, %4 rows, window %5x%6; %7"_s
                  .arg(path, QGuiApplication::platformName(), QString::fromLatin1(qVersion()))
                  .arg(list->model()->rowCount())
                  .arg(window.width())
                  .arg(window.height())
                  .arg(machineLoad()));
    printLine();
    printStartup(beforeMain, steps);
    printLine();
    Table memory({u"memory"_s, u"VmRSS"_s});
    memory.add({u"after the first paint"_s, mib(rssMiB())});
    scrollThrough(list);
    memory.add({u"after scrolling through every row"_s, mib(rssMiB())});
    printLine();
    RankingProbe ranking(qobject_cast<PaperListModel *>(list->model()));
    const QueryFigures figures = typeQueries(field, list, probe, ranking);
    memory.add({u"after 20 typed queries"_s, mib(rssMiB())});
    memory.add({u"peak (VmHWM)"_s, mib(peakRssMiB())});
    printLine();
    printQuerySummary(figures);
    printLine();
    triage(field, list, probe);
    printLine();
    memory.print();
    return 0;
}

#include "WindowBench.moc"
