#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

// Small helpers the benchmarks share: timing, memory, and printing figures in aligned columns.
namespace Lectern::Bench {

// Milliseconds, one per run.
struct Timings
{
    QList<double> ms;

    double min() const;
    double median() const;
    // The value that p percent of the runs do not exceed (nearest rank): percentile(95) is the p95.
    double percentile(int p) const;
    double max() const;
};

Timings timeRuns(int runs, const std::function<void()> &run);
double msSince(const QElapsedTimer &timer);

// From /proc/self/status, in MiB: the resident set now and its peak.
double rssMiB();
double peakRssMiB();
// How long ago the kernel started this process, from /proc/self/stat: the part of start-up before main().
// It counts from the fork, so it includes whatever exec'd along the way (run the benchmark from a shell,
// not through tools/env-run). Its resolution is the kernel's clock tick (10 ms on most systems).
double msSinceProcessStart();
// "load average 1.02 0.87 0.80 on 2 CPUs": figures from a busy machine are slower, and should say so.
QString machineLoad();

// Prints rows of cells to stdout: the first column left-aligned, the others right-aligned.
class Table
{
public:
    explicit Table(QStringList header) : m_rows{std::move(header)} {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    void print() const;

private:
    QList<QStringList> m_rows;
};

QString ms(double value);
void printLine(const QString &line = {});

} // namespace Lectern::Bench
