"""No module of the package binds the same top-level name twice.

The rule modules hold hundreds of compiled patterns; a second `_NAME = re.compile(...)` further down silently
replaces the first for every function that reads it (this happened twice: a linker pattern and a share-verb list).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extractor"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _bound_twice(path: Path) -> list[str]:
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen and target.id != "__all__":
                    twice.append(f"{target.id} (lines {seen[target.id]} and {node.lineno})")
                seen.setdefault(target.id, node.lineno)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_top_level_name_bound_twice(path: Path) -> None:
    assert _bound_twice(path) == []
