"""The seed articles the product was first described with (read from ../shared/seeds, never copied).

Each flow must come out with the right amount, direction, investor, instrument and period.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractor.pipeline import extract

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"

# (side, instrument, direction, amount, period kind, start, end, role)
SEED_000 = [
    ("resident", "long_term_debt", "buy", 1406000000000, "week", "2013-11-17", "2013-11-23", "headline"),
    ("resident", "long_term_debt", "buy", 351500000000, "week", "2013-11-10", "2013-11-16", "comparison"),
    ("resident", "debt", "buy", 5220000000000, "weeks", "2013-10-06", "2013-11-23", "cumulative"),
    ("resident", "debt", "sell", 2415000000000, "year_to_date", "2013-01-01", "2013-11-23", "cumulative"),
    ("non_resident", "equity", "buy", 707500000000, "week", "2013-11-17", "2013-11-23", "headline"),
    ("non_resident", "equity", "buy", 1295000000000, "week", "2013-11-10", "2013-11-16", "comparison"),
    ("non_resident", "equity", "buy", 13345000000000, "year_to_date", "2013-01-01", "2013-11-23", "cumulative"),
    ("non_resident", "equity", "buy", 2130000000000, "year", "2012-01-01", "2012-12-31", "comparison"),
]
SEED_001 = [
    ("resident", "debt", "sell", 862600000000, "week", "2013-04-14", "2013-04-20", "headline"),
    ("resident", "debt", "sell", 331900000000, "week", "2013-04-07", "2013-04-13", "comparison"),
]


def _key(r: dict[str, Any]) -> tuple[Any, ...]:
    p = r["period"]
    return (r["investor"]["side"], r["instrument"], r["direction"], r["amount"]["value"], p["kind"], p["start"], p["end"], r["role"])


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the project")
@pytest.mark.parametrize(("name", "published", "expected"), [
    ("000_2056ab9a8bcdd260.txt", None, SEED_000),  # carries its own "date 2013-11-28" marker
    ("001_ff98c4b12cb113d1.txt", "2013-04-25", SEED_001),  # published the Thursday after the week
])
def test_seeds_every_flow(name: str, published: str | None, expected: list[tuple[Any, ...]]) -> None:
    from extractor.ingest.article import from_text

    text = (SEEDS / name).read_text(encoding="utf-8")
    art = from_text(text, source=name, default_id=name, hint=None)
    flows = [r for r in extract(text, published=published or art.published, use_model=False) if r["kind"] == "flow"]
    assert [_key(f) for f in flows] == expected
    assert all(f["investor"]["economy"] == "JP" for f in flows)
