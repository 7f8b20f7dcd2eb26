"""The command line: exit codes, stderr, options, and the golden report of the seeds.

To refresh the golden file after an intended change:
    python3 compare.py seeds --format json > tests/golden/seeds.json
and read the diff before committing it.
"""
import json
import os
import signal
import subprocess
import sys
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

from tests.support import ROOT, TempFolder, compare, run_cli

GOLDEN = os.path.join(ROOT, "tests", "golden", "seeds.json")


class ExitCodeTest(TempFolder):

    def test_default_folder_is_seeds_and_exit_is_0(self):
        p = run_cli()
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn("5 sources in seeds", p.stdout)
        self.assertEqual(p.stderr, "")

    def test_missing_folder_is_exit_1_with_one_line(self):
        p = run_cli(os.path.join(self.dir, "missing"))
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "")
        self.assertRegex(p.stderr, r"^compare\.py: error: .*missing: no such folder\n$")

    def test_empty_folder_is_exit_1(self):
        p = run_cli(self.dir)
        self.assertEqual(p.returncode, 1)
        self.assertIn("no readable text files", p.stderr)

    def test_usage_errors_are_exit_2(self):
        for args in (["--format", "xml"], ["--min-sources", "0"], ["--width", "10"], ["--bogus"]):
            with self.subTest(args=args):
                p = run_cli(*args)
                self.assertEqual(p.returncode, 2)
                self.assertIn("usage:", p.stderr)

    def test_ctrl_c_is_exit_130_with_one_line(self):
        # a folder that takes some seconds, stopped as a terminal's Ctrl-C stops it: the whole group
        names = ["Anna Novak", "Peter Berger", "Olga Petrov", "Jan Meier", "Eva Schulz", "Ivan Lang"]
        for i in range(400):
            self.write(f"d{i:03d}.txt", " ".join(
                f"Am {1 + (i + k) % 28}. Juni 2024 traf Minister {names[(i + k) % 6]} in Berlin "
                f"{names[(i * k + 1) % 6]}, sagte ein Sprecher; {i + k} Soldaten kamen." for k in range(25)))
        for jobs in ("1", "2"):
            with self.subTest(jobs=jobs):
                p = subprocess.Popen([sys.executable, os.path.join(ROOT, "compare.py"), self.dir, "--jobs", jobs],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
                # (past the start-up, which takes 0.8-0.9 s on this machine: a Ctrl-C while Python compiles the
                # script itself, before its first line runs, is Python's own traceback)
                time.sleep(2.0)
                os.killpg(p.pid, signal.SIGINT)
                err = p.communicate(timeout=60)[1].decode("utf-8")
                self.assertEqual((p.returncode, err), (130, "compare.py: interrupted\n"))

    def test_ctrl_c_while_the_tool_starts_is_exit_130_with_one_line(self):
        # Ctrl-C as the module's patterns compile (its 50th re.compile): one line too, no traceback
        start = ("import os, re, runpy, signal, sys\n"
                 "calls = [0]\n"
                 "compile_ = re.compile\n"
                 "def counted(*a, **k):\n"
                 "    calls[0] += 1\n"
                 "    if calls[0] == 50:\n"
                 "        os.kill(os.getpid(), signal.SIGINT)\n"
                 "    return compile_(*a, **k)\n"
                 "re.compile = counted\n"
                 "sys.argv = [sys.argv[1], 'seeds']\n"
                 "runpy.run_path(sys.argv[0], run_name='__main__')\n")
        p = subprocess.run([sys.executable, "-c", start, os.path.join(ROOT, "compare.py")], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
        self.assertEqual((p.returncode, p.stderr.decode("utf-8"), p.stdout), (130, "compare.py: interrupted\n", b""))

    @unittest.skipUnless(os.path.exists("/dev/full"), "needs /dev/full (a disk that is always full)")
    def test_a_full_disk_is_exit_1_with_one_line(self):
        with open("/dev/full", "w") as full:
            p = subprocess.run([sys.executable, os.path.join(ROOT, "compare.py")], cwd=ROOT, stdout=full,
                               stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": ""}, timeout=60)
        self.assertEqual((p.returncode, p.stderr.decode("utf-8")),
                         (1, "compare.py: error: cannot write the report: No space left on device\n"))

    def test_a_reader_that_leaves_early_is_no_error(self):
        # "compare.py | head -1" on a report far larger than a pipe holds
        for i in range(40):
            self.write(f"d{i:02d}.txt", " ".join(f"Minister Jan Nowak{i}x{k} traf am {1 + k % 28}. Juni 2024 in Wien "
                                                  f"{k + 2} Soldaten." for k in range(25)))
        p = subprocess.Popen([sys.executable, os.path.join(ROOT, "compare.py"), self.dir, "--min-sources", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        p.stdout.readline()
        p.stdout.close()
        with p.stderr:                    # closed when read: no unclosed file left to the collector
            err = p.stderr.read().decode("utf-8")
        self.assertEqual((p.wait(timeout=60), err), (0, ""))

    def test_the_work_starts_once_the_script_has_run_and_its_syntax_tree_is_freed(self):
        # Python frees a script's syntax tree (25 MB) after its last line; on 3.11 the report comes after that
        start = ("import runpy, sys\n"
                 "sys.argv = sys.argv[1:]\n"
                 "runpy.run_path(sys.argv[0], run_name='__main__')\n"
                 "print('the script has run', flush=True)\n")
        p = subprocess.run([sys.executable, "-c", start, os.path.join(ROOT, "compare.py"), "seeds"], cwd=ROOT,
                           capture_output=True, text=True, encoding="utf-8", timeout=120)
        self.assertEqual((p.returncode, p.stderr), (0, ""))
        if compare.AFTER_SCRIPT:
            self.assertTrue(p.stdout.startswith("the script has run\ncompare.py 0.1.0: 5 sources in seeds"), p.stdout)
        else:                              # Python 3.12 and later: the report is the script's last line
            self.assertTrue(p.stdout.startswith("compare.py 0.1.0: 5 sources in seeds"), p.stdout)
            self.assertNotIn("the script has run", p.stdout)

    def test_a_bug_ends_with_its_traceback_and_exit_1(self):
        # not exit 0, which a bug in an exit function would otherwise give
        start = ("import compare\n"
                 "def broken(argv=None):\n"
                 "    raise ValueError('a bug')\n"
                 "compare.main = broken\n"
                 "compare.run_script()\n")
        p = subprocess.run([sys.executable, "-c", start], cwd=ROOT, capture_output=True, text=True,
                           encoding="utf-8", timeout=120)
        self.assertEqual(p.returncode, 1)
        self.assertRegex(p.stderr, r"^Traceback \(most recent call last\):\n(.|\n)*ValueError: a bug\n$")

    def test_skipped_files_are_named_on_stderr_and_in_the_report(self):
        self.write("a.txt", "Der Minister Jan Nowak kam am Montag nach Wien.")
        self.write("b.bin", b"\x00\x01\x02\x03" * 50)
        p = run_cli(self.dir)
        self.assertEqual(p.returncode, 0)
        self.assertIn("skipped b.bin: binary file", p.stderr)
        self.assertIn("b.bin", p.stdout)
        self.assertIn("Only one source was read", p.stdout)

    def test_help_explains_every_option_and_version(self):
        p = run_cli("--help")
        self.assertEqual(p.returncode, 0)
        self.assertIn("examples:", p.stdout)
        for action in compare.build_parser()._actions:      # every option the parser knows, with its help
            for option in action.option_strings:
                self.assertIn(option, p.stdout)
            self.assertTrue(action.help, action.dest)
        self.assertRegex(run_cli("--version").stdout, r"^compare\.py \d+\.\d+\.\d+")


class OutputTest(unittest.TestCase):

    def test_seeds_json_matches_the_golden_report(self):
        p = run_cli("seeds", "--format", "json")
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(GOLDEN, encoding="utf-8") as f:
            self.assertEqual(json.loads(p.stdout), json.load(f))

    def test_the_readme_excerpt_is_what_the_tool_prints(self):
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        start = readme.index("```\ncompare.py ") + 4
        excerpt = readme[start:readme.index("```", start)].splitlines()
        printed = run_cli().stdout.splitlines()
        self.assertGreater(len(excerpt), 20)
        self.assertEqual([line for line in excerpt if line != "..." and line not in printed], [])

    def test_same_input_gives_the_same_bytes(self):
        self.assertEqual(run_cli("--width", "90").stdout, run_cli("--width", "90").stdout)

    def test_min_sources_1_lists_more(self):
        one = json.loads(run_cli("--format", "json", "--min-sources", "1").stdout)
        two = json.loads(run_cli("--format", "json").stdout)
        self.assertGreater(len(one["people"]), len(two["people"]))
        self.assertTrue(all(len(i["sources"]) >= 2 for i in two["people"] + two["dates"] + two["events"]))

    def test_formats(self):
        self.assertTrue(run_cli("--format", "csv").stdout.startswith("kind,item,sources,says,note\n"))
        self.assertTrue(run_cli("--format", "markdown").stdout.startswith("# compare.py report"))


class DeterminismTest(TempFolder):

    def test_the_report_is_the_same_whatever_the_hash_seed(self):
        # Python orders sets of strings by a hash that changes per process: a weekday
        # against two dates and two shared people must not come out in set order.
        self.write("a.txt", "Außenminister Jan Kowalczyk traf am Freitag in Wien Präsidentin Eva Lind zu Gesprächen.\n")
        self.write("b.txt", "Außenminister Jan Kowalczyk traf Präsidentin Eva Lind zu Gesprächen in Wien, "
                            "am 13. September oder am 20. September.\n")
        self.write("c.txt", "Präsidentin Eva Lind empfing am 20. September in Wien Außenminister Jan Kowalczyk "
                            "zu Gesprächen.\n")
        # (the eight runs are independent processes: run side by side, on as many cores as there are)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            reports = set(pool.map(lambda seed: run_cli(self.dir, "--format", "json",
                                                        env={"PYTHONHASHSEED": str(seed)}).stdout, range(8)))
        self.assertEqual(len(reports), 1)
        self.assertIn("one source gives a weekday", reports.pop())


class JobsTest(TempFolder):

    def test_map_documents_uses_other_processes_and_keeps_the_order(self):
        items = [(i,) for i in range(2 * compare.MIN_DOCS_PER_JOB + 20)]
        done = []
        out = compare.map_documents(lambda i: (i, os.getpid()), items, 2, done.append)
        self.assertEqual([i for i, _ in out], list(range(len(items))))
        # this process takes every second document, a worker the others
        self.assertEqual({pid for i, pid in out if i % 2 == 0}, {os.getpid()})
        self.assertEqual(len({pid for i, pid in out if i % 2}), 1)
        self.assertNotIn(os.getpid(), {pid for i, pid in out if i % 2})
        self.assertEqual(done, list(range(1, len(items) + 1)))
        # too few documents for two processes: all of it here
        self.assertEqual({pid for _, pid in compare.map_documents(lambda i: (i, os.getpid()), items[:10], 2)},
                         {os.getpid()})
        # no more processes than there are 50 documents for each, whatever is asked
        pids = {pid for _, pid in compare.map_documents(lambda i: (i, os.getpid()), items, 100000)}
        self.assertLessEqual(len(pids), len(items) // compare.MIN_DOCS_PER_JOB)

    def test_the_report_is_the_same_whatever_the_number_of_jobs(self):
        people = ["Präsidentin Eva Lind", "Minister Jan Kowalczyk", "Generalin Ines Brandt", "Präsident Omar Haddad"]
        towns = ["Wien", "Kairo", "Berlin", "Madrid"]
        for i in range(120):
            a, b = people[i % 4], people[(i + 1) % 4]
            self.write(f"a{i:03d}.txt", f"Bericht {i}\n\n{a} empfing am {i % 28 + 1}. März in {towns[i % 4]} "
                                        f"{b} zu Gesprächen. Etwa {100 + i % 7 * 50} Soldaten wurden geschickt.\n")
        for i in range(60):              # what every kind of evidence leaves must travel between processes
            self.write(f"e{i:03d}.txt", f"Report {i}\n\nThe club signed Tebo Marnaki, who played in Detroit, on "
                                        f"March {i % 28 + 1}. Kelu Dravan, {20 + i % 9}, said the team was ready.\n")
        one = run_cli(self.dir, "--format", "json", "--jobs", "1")
        three = run_cli(self.dir, "--format", "json", "--jobs", "3")
        self.assertEqual(one.returncode, 0, one.stderr)
        self.assertEqual(three.returncode, 0, three.stderr)
        self.assertEqual(one.stdout, three.stdout)
        report = json.loads(one.stdout)
        self.assertGreater(len(report["events"]), 0)
        self.assertTrue({"Tebo Marnaki", "Kelu Dravan"} <= {p["label"] for p in report["people"]})


if __name__ == "__main__":
    unittest.main()
