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

// The figures in machine-readable form for tools/bench/bench-report, which composes the table of 'make bench':
// with LECTERN_BENCH_RESULTS set to a folder, each figure is appended to FOLDER/<bench>.jsonl as one JSON line
// {bench, section, size, figure, unit, values, target}; without it, nothing is written. values holds one value per
// run (or per event timed, such as each key typed); target is "<stat> <op> <number>" (stat: min, median, p95,
// max) when the issue sets one.
class Results
{
public:
    explicit Results(QString bench, qint64 size) : m_bench(std::move(bench)), m_size(size) {}
    void add(const QString &section, const QString &figure, const QString &unit, const QList<double> &values,
             const QString &target = {}) const;
    // Facts about the run (the Qt and SQLite versions, the platform) for the table's header.
    void addFact(const QString &name, const QString &value) const;

private:
    void append(const QByteArray &line) const;

    QString m_bench;
    qint64 m_size;
};

} // namespace Lectern::Bench
