#!/usr/bin/env python3
"""Benchmark compare.py end to end (not a unit test; CI does not run it).

    python3 tests/bench_compare.py FOLDER [FOLDER ...]
    python3 tests/bench_compare.py --hard [N]  # N (1,000) generated articles that all tell the same story
    python3 tests/bench_compare.py --crafted   # the seconds each crafted text of the tests takes


Copies every .txt article below the folders into one temporary folder, runs
compare.py on all of them and on a quarter of them with --jobs 1 (one core,
what the goal is stated for), and prints words per second, how the time per
word changes with size, and the peak memory; then all of them once more with
the default --jobs. Last, the footprint on one article and the part of it that
is Python compiling compare.py's own source, which every run pays before it
reads a file. Each runs three times and the fastest run counts (the
others are noise).

--crafted times each crafted text of tests/test_robustness.py (the tests only
check that each gives a report): a rule that reads a long sentence once for
each of its words shows here as a case that takes many times what it did.
"""
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def articles(folders):
    """Return the sorted paths of the .txt files below folders."""
    out = []
    for folder in folders:
        for base, _, files in os.walk(folder):
            out += [os.path.join(base, f) for f in files if f.endswith(".txt")]
    return sorted(out)


def run(paths, jobs=None):
    """Run compare.py on a folder of paths; return (words, seconds, peak RSS in MB, input MB).

    jobs None leaves --jobs at its default.
    """
    tmp = tempfile.mkdtemp(prefix="bench-")
    try:
        words = size = 0
        for i, p in enumerate(paths):
            dest = os.path.join(tmp, f"{i:05d}_{os.path.basename(p)}")
            shutil.copyfile(p, dest)
            with open(p, encoding="utf-8", errors="replace") as f:
                text = f.read()
            words += len(text.split())
            size += len(text.encode("utf-8"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, os.path.join(ROOT, "compare.py"), tmp, "--format", "json"]
                           + ([] if jobs is None else ["--jobs", str(jobs)]), capture_output=True, text=True)
        dt = time.perf_counter() - t0
        if p.returncode != 0:
            sys.exit(f"compare.py failed: {p.stderr.strip()[-400:]}")
        peak = max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024
        return words, dt, peak, size / 1e6
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def generate_hard(folder, n=1000, seed=5):
    """Write n German articles of 25 sentences that all name the same few people, towns and days.

    The hard case for linking: every article tells every kind of happening, so the
    clusters of linked events hold hundreds of tellings. The words are the tool's own
    kind of lexicon, put together at random (fixed seed); no article is copied.
    """
    rng = random.Random(seed)
    given = "Anna Peter Maria Jan Olga Ivan Sergej Li Karl Eva Hans Ute".split()
    surnames = "Novak Berger Petrov Kowalski Meier Schulz Lang Fischer Weber Wolf Braun Koch".split()
    roles = "Präsident Minister Außenminister Kanzler Botschafter".split()
    towns = "Berlin Moskau Paris Wien Rom Madrid Prag Kiew".split()
    verbs = "besuchte traf empfing kritisierte unterzeichnete".split()
    months = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        sentences = []
        for _ in range(25):
            host = f"{rng.choice(roles)} {rng.choice(given)} {rng.choice(surnames)}"
            guest = f"{rng.choice(given)} {rng.choice(surnames)}"
            sentences.append(f"Am {rng.randint(1, 28)}. {rng.choice(months)} 2024 {rng.choice(verbs)} {host} in "
                             f"{rng.choice(towns)} {guest}, sagte ein Sprecher. Dabei wurden "
                             f"{rng.randint(2, 900)} Soldaten erwähnt.")
        with open(os.path.join(folder, f"d{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(" ".join(sentences) + "\n")


def crafted():
    """Print the seconds each crafted text of the robustness tests takes, slowest first, and their sum."""
    sys.path.insert(0, ROOT)
    from tests.test_robustness import CraftedTextTest, crafted_case
    times = []
    for name in CraftedTextTest.CASES:
        start = time.perf_counter()
        _, error = crafted_case(name)
        times.append((time.perf_counter() - start, name, error))
    for seconds, name, error in sorted(times, reverse=True):
        print(f"{seconds:7.2f} s  {name}" + (f"  ERROR {error}" if error else ""))
    print(f"{sum(t for t, _, _ in times):7.2f} s  all {len(times)} crafted texts, one after another")


def main(argv):
    if not argv:
        sys.exit(__doc__)
    if argv[0] == "--crafted":
        return crafted()
    if argv[0] == "--hard":
        hard = tempfile.mkdtemp(prefix="bench-hard-")
        try:
            generate_hard(hard, int(argv[1]) if len(argv) > 1 else 1000)
            return main([hard])
        finally:
            shutil.rmtree(hard, ignore_errors=True)
    paths = articles(argv)
    if not paths:
        sys.exit("no .txt articles found")
    rows = []
    for name, subset, jobs in (("quarter", paths[::4], 1), ("all", paths, 1), ("all", paths, None)):
        runs = [run(subset, jobs) for _ in range(3)]
        words, dt, peak, mb = min(runs, key=lambda r: r[1])
        rows.append((name, len(subset), words, dt, peak, mb))
        print(f"{name:8} {len(subset):5} articles {words:8} words {dt:7.2f} s {words / dt:9.0f} words/s "
              f"{1e6 * dt / words:6.1f} us/word  peak {peak:6.0f} MB (input {mb:.1f} MB)  "
              f"--jobs {jobs or 'default'}")
    q, a, _ = rows
    growth = (a[3] / a[2]) / (q[3] / q[2]) - 1
    print(f"time per word grows {100 * growth:+.0f}% from a quarter to all of the articles (--jobs 1)")
    print("note: peak memory is the largest child process so far (ru_maxrss), Python itself included")
    # what the tool takes before it reads much: Python, the module and its lexicons
    base = footprint(paths[0])
    print(f"footprint on one article {base:.0f} MB; all articles: {(a[4] - base) / a[5]:.0f} MB more "
          f"a MB of input")
    print(f"of the footprint, Python's parse of compare.py's own source peaks at {source_parse():.0f} MB (traced)")


def source_parse():
    """Return the peak MB tracemalloc sees while a fresh process compiles compare.py (as `python3 compare.py`
    does each run: a script's bytecode is never cached), the part of the footprint no input changes."""
    code = ("import sys, tracemalloc; text = open(sys.argv[1], encoding='utf-8').read(); tracemalloc.start(); "
            "compile(text, sys.argv[1], 'exec'); print(tracemalloc.get_traced_memory()[1])")
    out = subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "compare.py")], capture_output=True,
                         text=True, check=True).stdout
    return int(out) / 1e6


def footprint(path):
    """Return the peak RSS in MB of a fresh process running compare.py on one article."""
    tmp = tempfile.mkdtemp(prefix="bench-")
    try:
        shutil.copyfile(path, os.path.join(tmp, "a.txt"))
        code = ("import resource, subprocess, sys; subprocess.run([sys.executable, sys.argv[1], sys.argv[2]], "
                "capture_output=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code, os.path.join(ROOT, "compare.py"), tmp],
                             capture_output=True, text=True, check=True).stdout
        return int(out) / 1024
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
