"""Amounts whose number is spelled out, as radio scripts and features write them. The precision is the
place of the last number word: "three hundred billion" is rounded to hundreds of billions."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from extractor.parse.amounts import find_amounts


class Example(NamedTuple):
    text: str
    printed: str | None  # None: no amount
    value: float | None = None
    currency: str | None = None
    precision: float | None = None
    qualifier: str | None = None


WORDED_EXAMPLES = [
    Example("put close to two hundred billion yen into bonds", "two hundred billion yen", 200e9, "JPY", 100e9, "close to"),
    Example("roughly four-point-seven billion dollars", "four-point-seven billion dollars", 4.7e9, "USD", 1e8, "roughly"),
    Example("sold one trillion yen of stocks", "one trillion yen", 1e12, "JPY", 1e12),
    Example("a net six-point-one-five trillion yen", "six-point-one-five trillion yen", 6.15e12, "JPY", 1e10),
    Example("two hundred and forty billion yen", "two hundred and forty billion yen", 240e9, "JPY", 10e9),
    Example("Eighty-three billion dollars left", "Eighty-three billion dollars", 83e9, "USD", 1e9),
    Example("nine billion people", None),  # no currency: not money
    Example("five million yen", None),  # small scales stay unread: counts as often as money
]


@pytest.mark.parametrize("ex", WORDED_EXAMPLES, ids=lambda e: e.text)
def test_amounts_spelled_out(ex: Example) -> None:
    found = find_amounts(ex.text)
    if ex.printed is None:
        assert found == []
        return
    assert [(a.text, a.value, a.currency, a.precision, a.qualifier) for a in found] == [
        (ex.printed, pytest.approx(ex.value), ex.currency, pytest.approx(ex.precision), ex.qualifier)]
    a = found[0]
    assert ex.text[a.start:a.end] == ex.printed
