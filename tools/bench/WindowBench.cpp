// lectern-bench-window: the real main window on a large library: process start to the first painted
// paper list, a typed query to the updated list, a triage key to the next paper, scrolling the whole list,
// the longest the window went without handling events, and the memory it holds. Prints figures (each with
// its count, min, median, p95 and max); asserts nothing.

#include "BenchQueries.h"
#include "Measure.h"

#include "gui/MainWindow.h"
#include "gui/PaperListModel.h"
#include "library/Library.h"
#include "library/PaperStore.h"
#include "library/SmartListStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QMetaEnum>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
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
    double aboutToChange = -1; // modelAboutToBeReset or layoutAboutToBeChanged: the ids, read in the background, are in
    double changed = -1;       // modelReset or layoutChanged: the list has taken them
    double paintStarted = -1;  // the viewport's paint event arrives
    double painted = -1;       // back in the event loop: painted and flushed
};

class ListProbe : public QObject
{
    Q_OBJECT

public:
    explicit ListProbe(QAbstractItemView *view) : m_model(qobject_cast<PaperListModel *>(view->model()))
    {
        view->viewport()->installEventFilter(this);
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ListProbe::changeStarts);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &ListProbe::changeStarts);
        connect(model, &QAbstractItemModel::modelReset, this, &ListProbe::changeEnds);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ListProbe::changeEnds);
    }

    // Runs trigger, then waits for the next paint of the list (after a model change when one is awaited). With a
    // query, only a change to the list of that query counts: the ids of a key typed before may still come in
    // between the last key and its search.
    std::optional<ListUpdate> wait(bool afterModelChange, const std::function<void()> &trigger,
                                   std::optional<QString> query = std::nullopt)
    {
        m_update = {};
        m_armed = true;
        m_afterModelChange = afterModelChange;
        m_query = std::move(query);
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
    void changeEnds()
    {
        if (m_query && m_model && m_model->query().text().trimmed() != m_query->trimmed()) {
            m_update.aboutToChange = -1; // the ids of a query before: not the update awaited
            return;
        }
        m_update.changed = now();
    }

    PaperListModel *m_model;
    ListUpdate m_update;
    bool m_armed = false;
    bool m_afterModelChange = false;
    std::optional<QString> m_query;
};

// When a widget next paints after a trigger: the reader showing the next paper.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *widget) { widget->installEventFilter(this); }

    // ms since main() when the paint that followed trigger was done; nullopt when none came.
    std::optional<double> wait(const std::function<void()> &trigger)
    {
        m_painted = -1;
        m_armed = true;
        QSignalSpy spy(this, &PaintProbe::painted);
        trigger();
        const bool done = !spy.isEmpty() || spy.wait(TimeoutMs);
        m_armed = false;
        return done ? std::optional(m_painted) : std::nullopt;
    }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_armed && m_painted < 0) {
            m_armed = false;
            QMetaObject::invokeMethod(this, [this] {
                m_painted = now();
                Q_EMIT painted();
            }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    double m_painted = -1;
    bool m_armed = false;
};

// The longest the window's event loop went without running: a timer asks to run every few milliseconds, and
// each gap between its runs beyond that is time the window could not handle a key or paint (a frozen window).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double at = now();
            m_gaps.ms.append(at - m_last);
            m_last = at;
        });
    }
    void start()
    {
        m_last = now();
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
        m_gaps.ms.append(now() - m_last);
    }
    const Timings &gaps() const { return m_gaps; }

    static constexpr int IntervalMs = 5;

private:
    QTimer m_timer;
    double m_last = 0;
    Timings m_gaps;
};

// Every event the window's thread handles, timed where Qt delivers it (the outermost delivery only, so that an
// event handled inside another counts once, in the outer one): the longest say what held the window up, by whom
// it was handled and what it was. A queued call (MetaCall) to the paper list's model is the ids read in the
// background arriving; a Timer to the list is its delayed layout; a ShortcutOverride or KeyPress is a key.
class EventTimingApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // The background readers' threads deliver their jobs here too; only the window's thread is timed.
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Before delivery: a DeferredDelete takes its receiver with it.
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const QEvent::Type type = event->type();
        QElapsedTimer timer;
        timer.start();
        const bool handled = deliver(receiver, event);
        const double took = msSince(timer);
        if (took >= SlowEventMs)
            m_slow.append({now() - took, took, m_phase, QString::fromLatin1(className), name, type});
        return handled;
    }

    // What the benchmark does now (scrolling, typing, triage), said beside each slow event.
    void setPhase(const QString &phase) { m_phase = phase; }

    void printLongest(int count) const
    {
        QList<Slow> longest = m_slow;
        std::sort(longest.begin(), longest.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        printLine(u"The longest events in the window's thread (%1 took %2 ms or more; the %3 longest, ms):"_s
                      .arg(m_slow.size())
                      .arg(SlowEventMs)
                      .arg(std::min<qsizetype>(count, longest.size())));
        Table table({u"event"_s, u"to"_s, u"during"_s, u"at (ms since main)"_s, u"took"_s});
        const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        for (const Slow &slow : longest.mid(0, count)) {
            const char *type = types.valueToKey(slow.type);
            table.add({type ? QString::fromLatin1(type) : QString::number(slow.type),
                       slow.className + (slow.name.isEmpty() ? QString() : u" "_s + slow.name), slow.phase,
                       ms(slow.at), ms(slow.ms)});
        }
        table.print();
    }

    static constexpr double SlowEventMs = 20;

private:
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        return handled;
    }

    struct Slow
    {
        double at; // ms since main() when it was delivered
        double ms;
        QString phase;
        QString className;
        QString name;
        QEvent::Type type;
    };
    QList<Slow> m_slow;
    int m_depth = 0;
    QString m_phase = u"start-up"_s;
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

// Every figure the run measured, for the summary at its end.
struct Figures
{
    double firstPaint = -1; // process start -> first painted paper list
    Timings scrollPages;
    Timings typed;        // last key -> list painted
    Timings typedStalls;  // the event loop's gaps while typing
    Timings clearing;
    Timings allIn;        // last key -> the rest of many matches added after their first rows
    Timings ranked;
    Timings nextPaper;    // triage key -> the reader painted with the next paper
    Timings triagedList;  // triage key -> the list painted without the paper
    Timings undone;
    Timings triageStalls;
};

QStringList spread(const Timings &timings)
{
    return {QString::number(timings.ms.size()), ms(timings.min()), ms(timings.median()), ms(timings.percentile(95)),
            ms(timings.max())};
}

// Pages through the whole list as a reader holding Page Down would, painting each page (which loads
// its rows).
void scrollThrough(QAbstractItemView *list, Figures &figures)
{
    QScrollBar *bar = list->verticalScrollBar();
    Timings &pages = figures.scrollPages;
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
    printLine(QStringLiteral("Scrolled through %1 rows in %2 pages of %3 rows: %4 s; per page median %5 ms, p95 %6 ms, "
                             "max %7 ms; last row \"%8\"")
                  .arg(model->rowCount())
                  .arg(pages.ms.size())
                  .arg(bar->pageStep())
                  .arg((now() - start) / 1000, 0, 'f', 1)
                  .arg(ms(pages.median()), ms(pages.percentile(95)), ms(pages.max()), lastTitle.left(40)));
}

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
void typeQueries(QLineEdit *field, QAbstractItemView *list, ListProbe &probe, RankingProbe &ranking, Figures &figures)
{
    QList<NamedQuery> queries(std::begin(TypicalQueries), std::end(TypicalQueries));
    queries.append(QList<NamedQuery>(std::begin(MoreTypedQueries), std::end(MoreTypedQueries)));
    printLine(u"Typed queries, one key every %1 ms; ms from the last key (first rows: the rows shown first, all of"
              " them or, for many matches, the first ones; ids in: the ids, read in the background, reach the list;"
              " paint: to the list painted; total: last key -> list painted; all in: the rest of many matches added,"
              " '-' when all came at once; ranked: when matches shown unranked were put in ranked order, '-' when"
              " they were ranked at once; stall: the longest the window did not handle events while the query was"
              " typed and shown):"_s.arg(KeyIntervalMs));
    Table table({u"query"_s, u"first rows"_s, u"rows"_s, u"ids in"_s, u"paint"_s, u"total"_s, u"all in"_s,
                 u"ranked"_s, u"stall"_s});
    field->setFocus();
    StallProbe stalls;
    for (const NamedQuery &named : queries) {
        const QString text = QString::fromUtf16(named.text);
        if (!field->text().isEmpty()) {
            double cleared = 0;
            if (const auto update = probe.wait(true, [&] { field->clear(); cleared = now(); }, QString()))
                figures.clearing.ms.append(update->painted - cleared);
        }
        StallProbe queryStalls;
        queryStalls.start();
        const double typed = typeAllButLastKey(field, text);
        ranking.reset();
        const auto update = probe.wait(true, [&] { typeKey(field, text.back()); }, text);
        queryStalls.stop();
        figures.typedStalls.ms += queryStalls.gaps().ms;
        if (!update) {
            table.add({text, u"no update within %1 ms"_s.arg(TimeoutMs)});
            continue;
        }
        figures.typed.ms.append(update->painted - typed);
        // Many matches show their first rows first; the rest follow (PaperListModel::isReadingIds).
        auto *model = qobject_cast<PaperListModel *>(list->model());
        const qsizetype firstRows = model->rowCount();
        if (model->isReadingIds()) {
            QSignalSpy read(model, &PaperListModel::idsRead);
            read.wait(TimeoutMs);
        }
        const double allIn = now();
        if (model->rowCount() > firstRows)
            figures.allIn.ms.append(allIn - typed);
        const double rankedAt = ranking.waitForRanking();
        if (rankedAt >= 0)
            figures.ranked.ms.append(rankedAt - typed);
        table.add({text, QString::number(firstRows), QString::number(model->rowCount()), ms(update->changed - typed),
                   ms(update->painted - update->changed), ms(update->painted - typed),
                   model->rowCount() > firstRows ? ms(allIn - typed) : u"-"_s,
                   rankedAt >= 0 ? ms(rankedAt - typed) : u"-"_s, ms(queryStalls.gaps().max())});
    }
    table.print();
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
// next one comes up; then Ctrl+Z as many times, which leaves the library as it was. T is timed to the reader
// painted with the next paper (what the reader waits for) and to the list painted without the paper (its ids
// are read again in the background); Ctrl+Z to the list painted with the paper back.
void triage(QLineEdit *field, QAbstractItemView *list, ListProbe &probe, Figures &figures)
{
    // The keys are the window's shortcuts, which only an active window takes.
    list->window()->activateWindow();
    if (!QTest::qWaitForWindowActive(list->window())) {
        printLine(u"Triage: the window did not become active, so its shortcuts cannot be timed"_s);
        return;
    }
    auto *reader = list->window()->findChild<QAbstractScrollArea *>(u"reader"_s);
    PaintProbe readerPaint(reader->viewport());
    probe.wait(true, [&] {
        field->setText(u"status:inbox"_s);
        Q_EMIT field->returnPressed();
    }, u"status:inbox"_s);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCoreApplication::processEvents();
    StallProbe stalls;
    stalls.start();
    // A key without an update (the window lost the keyboard) ends the round: each would wait the timeout.
    for (int i = 0; i < TriagedPapers; ++i) {
        const qint64 decided = qobject_cast<PaperListModel *>(list->model())->paperId(list->currentIndex().row());
        double pressed = 0;
        const auto shown = readerPaint.wait([&] {
            pressed = now();
            QTest::keyClick(list, Qt::Key_T);
        });
        if (!shown)
            break;
        figures.nextPaper.ms.append(*shown - pressed);
        // The list without the paper: this key's reload, or a later one (the next key's) when it came first.
        const auto *model = qobject_cast<PaperListModel *>(list->model());
        if (model->rowOf(decided) >= 0 || model->isReadingIds()) {
            const auto update = probe.wait(true, [] {}, u"status:inbox"_s);
            if (!update)
                break;
            figures.triagedList.ms.append(update->painted - pressed);
        } else {
            figures.triagedList.ms.append(now() - pressed);
        }
    }
    for (qsizetype i = 0; i < figures.nextPaper.ms.size(); ++i) {
        double pressed = 0;
        const auto update = probe.wait(true, [&] {
            pressed = now();
            QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        }, u"status:inbox"_s);
        if (!update)
            break;
        figures.undone.ms.append(update->painted - pressed);
    }
    stalls.stop();
    figures.triageStalls = stalls.gaps();
    printLine(u"Triage of the inbox (status:inbox), %1 papers, then undone (ms from the key):"_s.arg(TriagedPapers));
    Table table({u"key"_s, u"n"_s, u"min"_s, u"median"_s, u"p95"_s, u"max"_s});
    table.add(QStringList{u"T (to read) -> the reader painted with the next paper"_s} + spread(figures.nextPaper));
    table.add(QStringList{u"T -> the list painted without the paper"_s} + spread(figures.triagedList));
    table.add(QStringList{u"Ctrl+Z (undo) -> the list painted with the paper back"_s} + spread(figures.undone));
    table.print();
}

void printSummary(const Figures &figures, double peakRss)
{
    printLine(u"Summary (ms; n: how many were timed):"_s);
    Table table({u"figure"_s, u"n"_s, u"min"_s, u"median"_s, u"p95"_s, u"max"_s, u"target"_s});
    table.add({u"process start -> first painted paper list"_s, u"1"_s, ms(figures.firstPaint), ms(figures.firstPaint),
               ms(figures.firstPaint), ms(figures.firstPaint), u"< 2000"_s});
    table.add(QStringList{u"typed query, last key -> list painted"_s} + spread(figures.typed) + QStringList{u"p95 < 100"_s});
    table.add(QStringList{u"  the window's longest stall while typing (event loop gaps)"_s} + spread(figures.typedStalls)
              + QStringList{u"never frozen"_s});
    if (!figures.allIn.ms.isEmpty())
        table.add(QStringList{u"  last key -> every match in (many matches: first rows first)"_s} + spread(figures.allIn)
                  + QStringList{QString()});
    if (!figures.ranked.ms.isEmpty())
        table.add(QStringList{u"  last key -> ranked order (matches shown unranked first)"_s} + spread(figures.ranked)
                  + QStringList{QString()});
    table.add(QStringList{u"clearing the search -> every paper painted"_s} + spread(figures.clearing) + QStringList{QString()});
    table.add(QStringList{u"triage key -> the next paper painted"_s} + spread(figures.nextPaper) + QStringList{u"< 50"_s});
    table.add(QStringList{u"  triage key -> the list painted without the paper"_s} + spread(figures.triagedList)
              + QStringList{QString()});
    table.add(QStringList{u"  Ctrl+Z -> the list painted with the paper back"_s} + spread(figures.undone) + QStringList{QString()});
    table.add(QStringList{u"  the window's longest stall during the triage"_s} + spread(figures.triageStalls)
              + QStringList{QString()});
    table.add(QStringList{u"scrolling the whole list, per page painted"_s} + spread(figures.scrollPages)
              + QStringList{u"no stall"_s});
    table.add({u"peak RSS (VmHWM), MiB"_s, u"1"_s, QString(), QString(), QString(), mib(peakRss), u"< 600"_s});
    table.print();
}

// The summary's figures for tools/bench/bench-report (LECTERN_BENCH_RESULTS), each with every value timed.
// The library's size is read on a connection of its own, after every figure was taken.
void recordResults(const Figures &figures, double peakRss, const QString &path)
{
    auto library = Library::open(path);
    const Results results(u"window"_s, library ? PaperStore(**library).count() : -1);
    results.addFact(u"Qt"_s, QString::fromLatin1(qVersion()));
    const QString section = u"window, "_s + QGuiApplication::platformName();
    results.add(section, u"process start -> first painted paper list"_s, u"ms"_s, {figures.firstPaint},
                u"max < 2000"_s);
    results.add(section, u"typed query, last key -> list painted"_s, u"ms"_s, figures.typed.ms, u"p95 < 100"_s);
    results.add(section, u"the longest stall while typing (event loop gaps)"_s, u"ms"_s, figures.typedStalls.ms);
    results.add(section, u"last key -> every match in (first rows first)"_s, u"ms"_s, figures.allIn.ms);
    results.add(section, u"clearing the search -> every paper painted"_s, u"ms"_s, figures.clearing.ms);
    results.add(section, u"triage key -> the next paper painted"_s, u"ms"_s, figures.nextPaper.ms, u"p95 < 50"_s);
    results.add(section, u"triage key -> the list painted without the paper"_s, u"ms"_s, figures.triagedList.ms);
    results.add(section, u"the longest stall during the triage"_s, u"ms"_s, figures.triageStalls.ms);
    results.add(section, u"scrolling the whole list, per page painted"_s, u"ms"_s, figures.scrollPages.ms);
    results.add(section, u"peak RSS (VmHWM)"_s, u"MiB"_s, {peakRss}, u"max < 600"_s);
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
    EventTimingApplication app(argc, argv);
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
    Figures figures;
    figures.firstPaint = beforeMain + first->painted;

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
    app.setPhase(u"scrolling"_s);
    scrollThrough(list, figures);
    memory.add({u"after scrolling through every row"_s, mib(rssMiB())});
    printLine();
    RankingProbe ranking(qobject_cast<PaperListModel *>(list->model()));
    app.setPhase(u"typing"_s);
    typeQueries(field, list, probe, ranking, figures);
    memory.add({u"after 20 typed queries"_s, mib(rssMiB())});
    printLine();
    app.setPhase(u"triage"_s);
    triage(field, list, probe, figures);
    app.setPhase(u"end"_s);
    memory.add({u"after the triage"_s, mib(rssMiB())});
    const double peak = peakRssMiB();
    memory.add({u"peak (VmHWM)"_s, mib(peak)});
    printLine();
    memory.print();
    printLine();
    app.printLongest(25);
    printLine();
    printSummary(figures, peak);
    recordResults(figures, peak, path);
    return 0;
}

#include "WindowBench.moc"
