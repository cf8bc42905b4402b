"""What the benchmark scripts share: running a command and measuring it, spreads over runs, the machine, tables."""
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time


class Run:
    """One run of a command: wall seconds, CPU seconds (user + system) and peak resident memory (MiB) of the
    command and every process it waited for; killed says why the run was stopped before its end, if it was."""

    def __init__(self, wall, cpu, peak_mib, code, killed=None):
        self.wall, self.cpu, self.peak_mib, self.code, self.killed = wall, cpu, peak_mib, code, killed


def session_rss_mib(session):
    """The resident memory of every process of a session, in MiB (a command and whatever it started: JabRef's
    script starts a Java, biber a Perl)."""
    total_pages = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # gone meanwhile
        fields = stat[stat.rindex(")") + 2:].split()
        # After the command's name: state, ppid, pgrp, session, ... rss is the 24th field of the line.
        if int(fields[3]) == session:
            total_pages += int(fields[21])
    return total_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Watch(threading.Thread):
    """Kills a command's whole session when its memory goes above memory_cap_gib or its time above time_cap_s.
    It polls /proc (RLIMIT_AS would not do: GHC programs such as pandoc reserve far more address space than they
    use), in a thread of its own, so that the wall time of the run is not rounded to the polling."""

    def __init__(self, session, memory_cap_gib, time_cap_s, interval=0.2):
        super().__init__(daemon=True)
        self.session, self.interval = session, interval
        self.memory_cap_gib, self.time_cap_s = memory_cap_gib, time_cap_s
        self.start_time = time.monotonic()
        self.finished = threading.Event()
        self.killed = None

    def run(self):
        while not self.finished.wait(self.interval):
            elapsed = time.monotonic() - self.start_time
            if self.memory_cap_gib and session_rss_mib(self.session) > self.memory_cap_gib * 1024:
                self.kill(f"killed above {self.memory_cap_gib:g} GiB after {elapsed:.0f} s")
            elif self.time_cap_s and elapsed > self.time_cap_s:
                self.kill(f"stopped at the time cap, after {elapsed:.0f} s")

    def kill(self, reason):
        self.killed = reason
        try:
            os.killpg(self.session, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.finished.set()


def own_home(folder):
    """An environment whose XDG folders are inside folder: Lectern's daily backup of a library it changes, its
    settings and its cache go there, not into the user's (a backup of a bench library is as large as the library)."""
    home = os.path.join(folder, "home")
    os.makedirs(home, exist_ok=True)
    return dict(os.environ, XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                XDG_CACHE_HOME=os.path.join(home, "cache"))


def run(command, cwd=None, stdin=None, stdout=subprocess.DEVNULL, env=None, memory_cap_gib=None, time_cap_s=None):
    """Runs command and measures it. With memory_cap_gib or time_cap_s, the command (in a session of its own) is
    killed above that much resident memory or after that many seconds, and the Run says so in killed."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a command that writes much must not block
        start = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd, stdin=stdin, stdout=stdout, stderr=errors, env=env,
                                   start_new_session=bool(memory_cap_gib or time_cap_s))
        watch = None
        if memory_cap_gib or time_cap_s:
            watch = Watch(process.pid, memory_cap_gib, time_cap_s)
            watch.start()
        # wait4 gives this child's own usage (and its waited-for children's), not that of earlier runs.
        try:
            _, status, usage = os.wait4(process.pid, 0)
        except BaseException:  # Ctrl+C: a session of its own does not get it from the terminal
            if watch:
                watch.kill("interrupted")
            raise
        wall = time.monotonic() - start
        if watch:
            watch.finished.set()
            watch.join()
            if not watch.killed:
                try:  # what the command left running in its session goes with it
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        errors.seek(0)
        error = errors.read().decode(errors="replace")
    process.returncode = os.waitstatus_to_exitcode(status)
    killed = watch.killed if watch else None
    if process.returncode != 0 and not killed:
        sys.stderr.write(f"{command[0]} failed ({process.returncode}): {error[-2000:]}\n")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode, killed)


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


def record(bench, section, size, figure, unit, values, target=None, note=None):
    """Appends one figure to LECTERN_BENCH_RESULTS/<bench>.jsonl for bench-report (the table of 'make bench'), as
    the C++ benchmarks do (tools/bench/Measure.h, Results): values holds one value per run; target is
    "<stat> <op> <number>" (stat: min, median, p95, max); note stands for the figure when there is none (a run
    killed above its cap). Without LECTERN_BENCH_RESULTS, nothing is written."""
    fields = {"bench": bench, "section": section, "size": size, "figure": figure, "unit": unit, "values": list(values)}
    if target:
        fields["target"] = target
    if note:
        fields["note"] = note
    _append(bench, fields)


def fact(bench, name, value):
    """A fact about the run for the table's header: a version, a path."""
    _append(bench, {"bench": bench, "fact": name, "value": value})


def _append(bench, fields):
    folder = os.environ.get("LECTERN_BENCH_RESULTS")
    if not folder:
        return
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, bench + ".jsonl"), "a") as f:
        f.write(json.dumps(fields, ensure_ascii=False) + "\n")
