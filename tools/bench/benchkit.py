"""What the benchmark scripts share: running a command and measuring it, spreads over runs, the machine, tables."""
import os
import statistics
import subprocess
import sys
import time


class Run:
    """One run of a command: wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of the
    command and every process it waited for."""

    def __init__(self, wall, cpu, peak_mib, code):
        self.wall, self.cpu, self.peak_mib, self.code = wall, cpu, peak_mib, code


def run(command, cwd=None, stdin=None, stdout=subprocess.DEVNULL, env=None):
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdin=stdin, stdout=stdout, stderr=subprocess.PIPE, env=env)
    # wait4 gives this child's own usage (and its waited-for children's), not that of earlier runs.
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.stderr.write(f"{command[0]} failed ({process.returncode}): {error[-2000:]}\n")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode)


def spread(values, digits=1):
    """min / median / max, as the README quotes figures from these shared machines."""
    if not values:
        return "-"
    f = f"{{:.{digits}f}}"
    return " / ".join(f.format(v) for v in (min(values), statistics.median(values), max(values)))


def machine():
    load = open("/proc/loadavg").read().split()[:3]
    model = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs ({model}), "
            f"load average {' '.join(load)}")


def version(command):
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60)
        return ((out.stdout or out.stderr).strip().splitlines() or ["?"])[0]
    except (OSError, subprocess.TimeoutExpired):
        return "?"


def table(header, rows):
    """A Markdown table, so that the README can carry it as printed."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    print("\n".join(lines), flush=True)


def snapshot(synth, folder, size):
    """The arXiv snapshot file of size synthetic records (lectern-synth --jsonl, seed 1), made once in folder."""
    records = os.path.join(folder, f"snapshot-{size}.jsonl")
    if not os.path.exists(records):
        subprocess.run([synth, "--jsonl", records + ".partial", "--count", str(size), "--seed", "1"],
                       check=True, stderr=subprocess.DEVNULL)
        os.rename(records + ".partial", records)
    return records


def remove(path):
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass
