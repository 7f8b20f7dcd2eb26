"""The doctests on compare.py's small helpers, run as unit tests."""
import doctest

from tests.support import compare


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(compare))
    return tests
