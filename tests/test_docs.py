"""The README's Python example runs and prints what it says."""

from __future__ import annotations

import doctest

from conftest import ROOT


def test_docs_readme_python_example_holds():
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
