"""Shared helpers for the tests: the project root, compare.py imported, temporary folders."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, "seeds")
FIXTURES = os.path.join(ROOT, "tests", "fixtures")
sys.path.insert(0, ROOT)

import compare  # noqa: E402


def run_cli(*args, cwd=ROOT, env=None):
    """Run compare.py as a user would; return the CompletedProcess (text, UTF-8).

    env, if given, is added to this process's environment.
    """
    return subprocess.run([sys.executable, os.path.join(ROOT, "compare.py"), *args], cwd=cwd,
                          env={**os.environ, **env} if env else None,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


class TempFolder(unittest.TestCase):
    """A test case with a fresh temporary folder in self.dir, and write()."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="compare-test-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def write(self, name, content):
        """Write str (UTF-8) or bytes to a file below the folder; return its path."""
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content.encode("utf-8") if isinstance(content, str) else content)
        return path


def folder_report(folder, min_sources=2):
    """Return the JSON report (parsed) of a folder as `compare.py FOLDER --format json` makes it, in this process.

    (A process of its own would take a second more to start: the tests that read many reports use this.)
    """
    return json.loads(compare.render_json(compare.build_report(compare.load_corpus(folder), min_sources)))


def analyse_texts(texts, min_sources=2):
    """Return the Report of texts {file name: text} given as an in-memory corpus."""
    docs = []
    for i, (name, text) in enumerate(sorted(texts.items()), 1):
        text = compare.clean_text(text)
        docs.append(compare.Document(f"S{i}", name, name, compare.detect_language(text), text,
                                     compare.title_of(text), len(text.encode()), ()))
    return compare.build_report(compare.Corpus("memory", tuple(docs), ()), min_sources)


def row_of(report, family):
    """The first event row of a family."""
    return next(r for r in report.events if r.entity.extra[0].family == family)
