"""Case-insensitive patterns run on lowercased text find exactly what the originals find."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractor.parse.fold import folded_finditer, lowercase_twin
from extractor.parse.periods import _COMPILED, _TWINS, find_periods

_WEEK = re.compile(r"\b(?:the\s+)?week\s+(?:ended|to)\s+(?P<mon>[A-Z][a-z]+)\.?\s*(?P<day>\d{1,2})", re.IGNORECASE)


@pytest.mark.parametrize(("text", "spans"), [
    ("Foreigners bought in the week ended Oct. 4 and the WEEK TO Oct 11.", [(21, 42), (47, 65)]),
    ("No period here.", []),
    # "İ" lowercases to two characters: offsets would shift, so the original pattern is used
    ("İstanbul funds sold in the week to May 3.", [(23, 40)]),
])
def test_fold_same_matches(text: str, spans: list[tuple[int, int]]) -> None:
    found = folded_finditer(_WEEK, lowercase_twin(_WEEK), text, text.lower())
    assert [m.span() for m in found] == [m.span() for m in _WEEK.finditer(text)] == spans


def test_fold_groups_come_from_the_original_text() -> None:
    text = "Foreigners sold in the week to May 3."
    (m,) = folded_finditer(_WEEK, lowercase_twin(_WEEK), text, text.lower())
    assert m.group("mon") == "May"


def test_fold_honours_the_search_bounds() -> None:
    text = "the week to Oct. 4; the week to Oct. 11"
    found = folded_finditer(_WEEK, lowercase_twin(_WEEK), text, text.lower(), 5, len(text))
    assert [m.group(0) for m in found] == ["the week to Oct. 11"]


@pytest.mark.parametrize("pattern", [r"\S+\s+week", r"week\B", r"\W"])
def test_fold_no_twin_for_case_sensitive_escapes(pattern: str) -> None:
    assert lowercase_twin(re.compile(pattern, re.IGNORECASE)) is None


def test_fold_no_twin_without_ignorecase() -> None:
    assert lowercase_twin(re.compile(r"They|they")) is None


def test_fold_every_period_pattern_has_a_twin() -> None:
    assert [name for name, _ in _COMPILED if _TWINS[name] is None] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Investors may sell bonds in May.", ["in May."]),          # "may" the verb is no month
    ("IN THE WEEK ENDED NOV. 23 they sold.", ["THE WEEK ENDED NOV. 23"]),
])
def test_fold_periods_keep_case_rules(text: str, expected: list[str]) -> None:
    assert [p.text for p in find_periods(text, date(2013, 11, 28))] == expected
