"""benchkit.run kills a command (and what it started) above its memory cap or after its time cap, and says so."""
import os
import sys
import unittest

sys.path.insert(0, os.environ["BENCH_TOOLS"])
import benchkit  # noqa: E402

# Holds 300 MiB, written so that the pages are resident, then waits: without a cap the run would end on its own,
# unkilled, after 30 s.
HOLD_MEMORY = "import time; block = b'x' * (300 * 2**20); time.sleep(30)"


class BenchkitStopsARunAtItsCap(unittest.TestCase):
    def test_memory_above_the_cap_kills_the_run(self):
        run = benchkit.run([sys.executable, "-c", HOLD_MEMORY], memory_cap_gib=0.125)
        self.assertIsNotNone(run.killed)
        self.assertRegex(run.killed, r"^killed above 0.125 GiB after \d+ s$")
        self.assertNotEqual(run.code, 0)

    def test_memory_of_a_process_the_command_started_counts(self):
        # As JabRef's script starts a Java: the shell holds nothing, its child the memory.
        run = benchkit.run(["sh", "-c", f'"{sys.executable}" -c "{HOLD_MEMORY}"; exit 0'], memory_cap_gib=0.125)
        self.assertRegex(run.killed or "", r"^killed above 0.125 GiB")

    def test_time_above_the_cap_stops_the_run(self):
        run = benchkit.run(["sleep", "30"], time_cap_s=0.5)
        self.assertRegex(run.killed or "", r"^stopped at the time cap, after \d+ s$")

    def test_a_run_under_its_caps_is_left_alone(self):
        run = benchkit.run(["sh", "-c", "exit 3"], memory_cap_gib=8, time_cap_s=600)
        self.assertIsNone(run.killed)
        self.assertEqual(run.code, 3)

    def test_a_run_without_caps_is_measured_as_before(self):
        run = benchkit.run([sys.executable, "-c", "block = b'x' * (50 * 2**20)"])
        self.assertIsNone(run.killed)
        self.assertEqual(run.code, 0)
        self.assertGreaterEqual(run.peak_mib, 50)


if __name__ == "__main__":
    unittest.main()
