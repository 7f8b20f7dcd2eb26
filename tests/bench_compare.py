#!/usr/bin/env python3
"""Benchmark compare.py end to end (not a unit test; CI does not run it).

    python3 tests/bench_compare.py FOLDER [FOLDER ...]

Copies every .txt article below the folders into one temporary folder, runs
compare.py on all of them and on a quarter of them with --jobs 1 (one core,
what the goal is stated for), and prints words per second, how the time per
word changes with size, and the peak memory; then all of them once more with
the default --jobs. Each runs three times and the fastest run counts (the
others are noise).
"""
import os
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


def main(argv):
    if not argv:
        sys.exit(__doc__)
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
