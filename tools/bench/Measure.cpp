#include "Measure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <time.h>
#include <unistd.h>

namespace Lectern::Bench {

using namespace Qt::StringLiterals;

namespace {

// A field of /proc/self/status ("VmRSS:     1234 kB"), in MiB.
double statusField(QByteArrayView name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

} // namespace

double Timings::min() const
{
    return ms.isEmpty() ? 0 : *std::min_element(ms.cbegin(), ms.cend());
}

double Timings::median() const
{
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty())
        return 0;
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double Timings::percentile(int p) const
{
    if (ms.isEmpty())
        return 0;
    QList<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype rank = (p * sorted.size() + 99) / 100; // ceil(p/100 * n), 1-based
    return sorted[std::clamp<qsizetype>(rank, 1, sorted.size()) - 1];
}

double Timings::max() const
{
    return ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend());
}

Timings timeRuns(int runs, const std::function<void()> &run)
{
    Timings timings;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        timings.ms.append(msSince(timer));
    }
    return timings;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double rssMiB()
{
    return statusField("VmRSS:");
}

double peakRssMiB()
{
    return statusField("VmHWM:");
}

double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name in parentheses may hold spaces; the fields after it are plain. starttime is
    // field 22 of the line, the 20th after the name.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1e3 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

QString machineLoad()
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QList<QByteArray> fields = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ') : QList<QByteArray>();
    return QStringLiteral("load average %1 on %2 CPUs")
        .arg(QString::fromLatin1(fields.mid(0, 3).join(' ')))
        .arg(QThread::idealThreadCount());
}

void Table::print() const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows)
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column == 0 ? row[column].leftJustified(widths[column] + 2)
                                : row[column].rightJustified(widths[column] + 2);
        printLine(line);
    }
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

void printLine(const QString &line)
{
    std::fputs((line + u'\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void Results::add(const QString &section, const QString &figure, const QString &unit, const QList<double> &values,
                  const QString &target) const
{
    QJsonArray array;
    for (const double value : values)
        array.append(value);
    QJsonObject record{{u"bench"_s, m_bench}, {u"section"_s, section}, {u"size"_s, m_size},
                       {u"figure"_s, figure}, {u"unit"_s, unit}, {u"values"_s, array}};
    if (!target.isEmpty())
        record.insert(u"target"_s, target);
    append(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

void Results::addFact(const QString &name, const QString &value) const
{
    append(QJsonDocument(QJsonObject{{u"bench"_s, m_bench}, {u"fact"_s, name}, {u"value"_s, value}})
               .toJson(QJsonDocument::Compact));
}

void Results::append(const QByteArray &line) const
{
    const QString folder = qEnvironmentVariable("LECTERN_BENCH_RESULTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(m_bench + u".jsonl"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line + '\n') != line.size() + 1)
        printLine(u"cannot write the results to "_s + file.fileName());
}

} // namespace Lectern::Bench
