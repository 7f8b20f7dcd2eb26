"""The doctests on compare.py's small helpers, run as unit tests; and the module's own names."""
import ast
import doctest
import os
import unittest

from tests.support import ROOT, compare


def load_tests(loader, tests, ignore):
    tests.addTests(doctest.DocTestSuite(compare))
    return tests


class ModuleNamesTest(unittest.TestCase):

    def test_no_name_of_the_module_is_assigned_twice(self):
        # a pattern given an older one's name replaces it for every use before it, silently
        with open(os.path.join(ROOT, "compare.py"), encoding="utf-8") as f:
            tree = ast.parse(f.read())
        seen, twice = set(), []
        for node in tree.body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, (ast.AnnAssign, ast.FunctionDef, ast.ClassDef)):
                names = [node.target.id if isinstance(node, ast.AnnAssign) else node.name]
            else:
                continue
            twice += [n for n in names if n in seen]
            seen.update(names)
        self.assertEqual(twice, [])
