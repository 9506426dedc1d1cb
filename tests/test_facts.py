"""Serialisation of record parts: the fast asdict gives what dataclasses.asdict gives."""

from __future__ import annotations

import dataclasses

import pytest

from extractor.facts import Evidence, Investor, Period, Source, Streak, TableRow, asdict


@pytest.mark.parametrize("obj", [
    Evidence("Foreign investors sold a net 512.3 billion yen of Japanese stocks.", 120, 187),
    Investor(side="non_resident", economy="JP", text="Foreign investors", group="all"),
    Period(kind="week", start="2024-03-03", end="2024-03-09", text="the week to March 9"),
    Period(),
    Source(text=None, series="mof_weekly"),
    Streak(count=4, unit="week", direction="sell"),
])
def test_asdict_flat_parts(obj: object) -> None:
    d = asdict(obj)
    assert d == dataclasses.asdict(obj)  # type: ignore[call-overload]
    assert list(d) == [f.name for f in dataclasses.fields(obj)]  # type: ignore[arg-type]


def test_asdict_nested_falls_back_to_a_deep_copy() -> None:
    row = TableRow(id="a#t1", article_id="a", side="resident", economy="JP", market="foreign",
                   period=Period(kind="week"), values={"equity": -86.2e9}, printed={"equity": "-86.2"},
                   revised=(), precision=1e8, evidence=Evidence("Mar 3-9 -86.2", 0, 13))
    d = asdict(row)
    assert d == dataclasses.asdict(row)
    assert d["values"] is not row.values
    assert d["period"] == {"kind": "week", "start": None, "end": None, "text": None}
