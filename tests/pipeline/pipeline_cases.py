"""Shared by the pipeline tests: the flow records extracted from a text, and period examples."""

from __future__ import annotations

from typing import Any, NamedTuple

from extractor.pipeline import extract


class PeriodExample(NamedTuple):
    name: str
    text: str
    published: str | None  # None: the story's date is unknown
    flows: list[tuple[Any, ...]]  # (amount, kind, start, end, role)


def flows_of(text: str, published: str | None = "2024-06-13") -> list[dict[str, Any]]:
    """The flow records of `text`, rules only."""
    return [r for r in extract(text, published=published, use_model=False) if r["kind"] == "flow"]


def flows_by_amount(text: str, published: str | None = "2024-06-13") -> dict[float, dict[str, Any]]:
    """The flow records of `text`, rules only, by amount."""
    return {f["amount"]["value"]: f for f in flows_of(text, published)}


def side_direction_instrument(flow: dict[str, Any]) -> tuple[Any, ...]:
    """(investor side, direction, instrument) of a flow record."""
    return (flow["investor"]["side"], flow["direction"], flow["instrument"])


def period_of(flow: dict[str, Any]) -> tuple[Any, ...]:
    """(kind, start, end) of a flow record's period."""
    return (flow["period"]["kind"], flow["period"]["start"], flow["period"]["end"])


def statement_rows(story: str) -> list[tuple[Any, ...]]:
    """(speaker, role, affiliation, quote) of each statement of `story`."""
    from extractor.pipeline.statements import find_statements

    return [(s.speaker, s.role, s.affiliation, s.quote) for s in find_statements("t", story)]


def period_rows(text: str, published: str | None) -> list[tuple[Any, ...]]:
    """(amount, period kind, start, end, role) of each flow of `text`."""
    return [(r["amount"]["value"], r["period"]["kind"], r["period"]["start"], r["period"]["end"], r["role"])
            for r in flows_of(text, published)]
