"""bench-report composes the figures the benchmarks wrote (LECTERN_BENCH_RESULTS) into one table: each figure a row,
each size a column, min / median / max over all the runs written, the target met or not on its statistic, a killed
peer's note instead of a figure, the facts in the header; the same text printed and written to --output."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

TOOLS = os.environ["BENCH_TOOLS"]
REPORT = os.path.join(TOOLS, "bench-report")


def write(folder, bench, *records):
    with open(os.path.join(folder, bench + ".jsonl"), "a", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps({"bench": bench, **record}) + "\n")


def figure(section, size, name, unit, values, target=None, note=None):
    record = {"section": section, "size": size, "figure": name, "unit": unit, "values": values}
    if target:
        record["target"] = target
    if note:
        record["note"] = note
    return record


def row(table, name):
    """The cells of the row of the figure called name."""
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        if len(cells) > 1 and cells[1] == name:
            return cells
    raise AssertionError(f"no row {name!r} in:\n{table}")


class BenchReportComposesOneTable(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.results = os.path.join(self.folder.name, "results")
        subprocess.run([sys.executable, REPORT, "--start", self.results, "--settings", "N=100 1000; RUNS=2"],
                       check=True)

    def tearDown(self):
        self.folder.cleanup()

    def compose(self):
        output = os.path.join(self.folder.name, "report.md")
        printed = subprocess.run([sys.executable, REPORT, self.results, "--output", output], check=True,
                                 capture_output=True, text=True).stdout
        with open(output, encoding="utf-8") as f:
            written = f.read()
        self.assertTrue(printed.startswith(written))
        return written

    def test_runs_of_a_figure_make_one_spread_per_size(self):
        typed = "typed query, last key -> list painted"
        # Two runs of the window at 100 papers, one at 1,000.
        write(self.results, "window", figure("window, offscreen", 100, typed, "ms", [10, 20], "p95 < 100"))
        write(self.results, "window", figure("window, offscreen", 100, typed, "ms", [30, 200], "p95 < 100"))
        write(self.results, "window", figure("window, offscreen", 1000, typed, "ms", [40, 60, 50], "p95 < 100"))
        cells = row(self.compose(), typed)
        self.assertEqual(cells[:4], ["window, offscreen", typed, "ms", "p95 < 100"])
        self.assertEqual(cells[4:6], ["10.0 / 25.0 / 200 (n 4)", "NO (p95 200)"])
        self.assertEqual(cells[6:8], ["40.0 / 50.0 / 60.0 (n 3)", "yes (p95 60.0)"])

    def test_targets_are_read_on_the_statistic_they_name(self):
        write(self.results, "import",
              figure("import", 100, "storage limit ÷ Lectern", "ratio", [0.9, 1.2, 1.1], "median >= 1.0"),
              figure("import", 100, "lectern import, peak RSS", "MiB", [250, 290], "max < 286 (300 MB)"),
              figure("import", 100, "lectern import, wall", "s", [2.5, 2.0]))
        table = self.compose()
        self.assertEqual(row(table, "storage limit ÷ Lectern")[4:6], ["0.90 / 1.10 / 1.20 (n 3)", "yes (median 1.10)"])
        self.assertEqual(row(table, "lectern import, peak RSS")[5], "NO (max 290)")
        self.assertEqual(row(table, "lectern import, wall")[3:6], ["", "2.00 / 2.25 / 2.50 (n 2)", ""])

    def test_a_killed_run_shows_its_note_and_a_missing_size_a_dash(self):
        write(self.results, "peers",
              figure("peers", 10000, "pandoc, wall", "s", [14.8]),
              figure("peers", 100000, "pandoc, wall", "s", [], note="killed above 8 GiB after 312 s"),
              figure("peers", 10000, "biber --tool, wall", "s", [95.0]))
        table = self.compose()
        self.assertEqual(row(table, "pandoc, wall")[4:8], ["14.8 / 14.8 / 14.8 (n 1)", "",
                                                           "killed above 8 GiB after 312 s", ""])
        self.assertEqual(row(table, "biber --tool, wall")[6], "-")

    def test_parts_come_in_order_with_the_header_s_facts(self):
        write(self.results, "peers", {"fact": "pandoc", "value": "pandoc 3.1.11.1"},
              figure("peers", 10, "pandoc, wall", "s", [1]))
        write(self.results, "core", {"fact": "SQLite", "value": "3.46.1"}, figure("core", 10, "count", "ms", [1]))
        write(self.results, "window", {"fact": "Qt", "value": "6.8.2"})
        table = self.compose()
        self.assertIn("Qt 6.8.2; SQLite 3.46.1", table)
        self.assertIn("Peers: pandoc 3.1.11.1", table)
        self.assertIn("Settings: N=100 1000; RUNS=2", table)
        self.assertIn("load average", table)
        self.assertLess(table.index("## Lectern"), table.index("## The storage limit"))
        self.assertLess(table.index("## The storage limit"), table.index("## Peers"))
        storage = table[table.index("## The storage limit"):table.index("## Peers")]
        self.assertIn("Not measured in this run.", storage)


if __name__ == "__main__":
    unittest.main()
