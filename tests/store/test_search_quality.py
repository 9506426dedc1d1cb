"""Search quality over the project corpus: recall@5 of full-text, semantic and hybrid search.

The store is built from the corpus gold annotations (not from the extractor), so the measurement
depends on search alone. Each query's relevant records are defined by a predicate over their
fields, so the expectations follow the annotations rather than a hand-kept id list. recall@5 of a
query is the share of its relevant records in the top 5, out of at most 5 (a query with eight
relevant records is perfect with any five of them at the top). Run with `-s` to see the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest

from extractor.store.search import Filters, search

pytestmark = pytest.mark.slow
K = 5


@dataclass(frozen=True)
class Query:
    text: str
    side: str | None = None
    instrument: str | None = None
    direction: str | None = None
    month: str | None = None  # period end starts with this (YYYY or YYYY-MM)
    period_kind: str | None = None
    role: str | None = None
    evidence: str | None = None  # regex the evidence sentence must match
    investor: str | None = None  # regex the investor text must match
    streak: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def relevant(self, r: dict[str, Any]) -> bool:
        inv = r.get("investor") or {}
        period = r.get("period") or {}
        checks = [
            self.side is None or inv.get("side") == self.side,
            self.instrument is None or r.get("instrument") == self.instrument,
            self.direction is None or r.get("direction") == self.direction,
            self.month is None or str(period.get("end") or "").startswith(self.month),
            self.period_kind is None or period.get("kind") == self.period_kind,
            self.role is None or r.get("role") == self.role,
            self.evidence is None or re.search(self.evidence, r["evidence"]["sentence"]) is not None,
            self.investor is None or re.search(self.investor, inv.get("text") or "", re.I) is not None,
            self.streak is None or (r.get("streak") or {}).get("count") == self.streak,
        ]
        return all(checks)


R, N = "resident", "non_resident"
LTD, STD, EQ = "long_term_debt", "short_term_debt", "equity"

# fmt: off
QUERIES = [
    Query("Japanese investors net sellers of foreign bonds in April 2013", R, LTD, "sell", "2013-04"),
    Query("foreigners dumping JGBs", N, LTD, "sell"),
    Query("foreign investors bought Japanese stocks after the earthquake in March 2011", N, EQ, "buy", "2011-03"),
    Query("record weekly selling of Japanese bonds by foreigners in September 2019", N, LTD, "sell", "2019-09", "week"),
    Query("foreigners sold JGBs in the pandemic dash for cash, March 2020", N, LTD, "sell", "2020-03"),
    Query("life insurers buying foreign bonds", R, LTD, "buy", investor=r"life insur|lifer"),
    Query("Japanese banks sold foreign bonds in January 2017", R, LTD, "sell", "2017-01", investor=r"bank"),
    Query("pension money in trust accounts buying foreign equities", R, EQ, "buy", investor=r"trust account"),
    Query("American investors buying Japanese stocks in April 2023", N, EQ, "buy", "2023-04", evidence=r"United States"),
    Query("Singapore investors bought Japanese bills in August 2025", N, STD, "buy", "2025-08", evidence=r"Singapore"),
    Query("Japanese investors sold U.S. bonds in February 2026", R, LTD, "sell", "2026-02", evidence=r"U\.S\. bonds"),
    Query("seventh straight week of foreign selling of Japanese shares", N, EQ, "sell", streak=7),
    Query("foreign purchases of Japanese stocks since the start of the year", N, EQ, "buy", period_kind="year_to_date"),
    Query("Japanese purchases of foreign bonds in fiscal year 2011", R, LTD, "buy", "2012-03", "fiscal_year"),
    Query("Japanese investors cut foreign bond holdings as hedging costs rose, October 2022", R, LTD, "sell", "2022-10"),
    Query("individual investors sold Japanese stocks", R, EQ, "sell", investor=r"individual|retail"),
    Query("foreigners bought index futures on the Osaka exchange", N, direction="buy", evidence=r"futures"),
    Query("foreign investors piled into Japanese short-term bills", N, STD, "buy"),
    Query("Japanese investors repatriated money in the credit crisis, October 2008", R, direction="sell", month="2008-10"),
    Query("Chinese buying of Japanese short-term debt in June 2011", N, STD, "buy", "2011-06", evidence=r"Chin"),
    Query("Japanese investors fled Italian debt", R, LTD, "sell", evidence=r"Italian"),
    Query("Japanese dumped French government bonds in April 2017", R, LTD, "sell", "2017-04", evidence=r"French"),
    Query("Japanese buying of Australian bonds in January 2013", R, LTD, "buy", "2013-01", evidence=r"Australian"),
    Query("Japanese investors sold British gilts in September 2022", R, LTD, "sell", "2022-09", evidence=r"British|UK"),
    Query("Japanese investors bought foreign bonds for a 20th straight week", R, LTD, "buy", streak=20),
    Query("Japanese investors bought foreign stocks for a 28th consecutive week", R, EQ, "buy", streak=28),
    Query("foreign investors sold a record amount of Japanese stocks in March 2020", N, EQ, "sell", "2020-03", "month"),
    Query("non-residents pulled money out of Japanese short-term debt in July 2024", N, STD, "sell", "2024-07"),
    Query("Japanese investors put 12 trillion yen into foreign bonds in 2025", R, LTD, "buy", "2025-12", "year"),
    Query("foreign selling of Japanese stocks in the first half of 2018", N, EQ, "sell", "2018-06", role="cumulative"),
    Query("record Japanese purchases of foreign bonds in a week in March 2020", R, LTD, "buy", "2020-03", "week"),
    Query("foreigners were heavy buyers of JGBs in early June 2006", N, LTD, "buy", "2006-06", "week"),
    Query("foreign investors net buyers of Japanese stocks for 11 straight weeks in June 2023", N, EQ, "buy", "2023-06", "week"),
    Query("Japanese investors net sellers of foreign bonds for a fourth straight week in June 2013", R, LTD, "sell", "2013-06", "week"),
    Query("foreigners bought Japanese stocks in the week to Dec 22 2012 before Abe took office", N, EQ, "buy", "2012-12-22"),
    Query("fiscal year-end exodus of foreign money from Japanese securities, March 2016", N, direction="sell", month="2016-03", period_kind="week"),
    Query("inflows into Japan equity funds", "unknown", direction="buy", evidence=r"Japan equity funds|Japan-dedicated|invest in Japanese equities"),
    Query("foreigners sold Taiwanese and South Korean stocks in September 2022", "unknown", EQ, "sell", "2022-09"),
    Query("foreign buying of Indonesian government bonds", "unknown", LTD, "buy", evidence=r"rupiah|SBN"),
    Query("offshore investors sold mainland Chinese shares through the northbound channel", "unknown", EQ, "sell", evidence=r"northbound"),
]
# fmt: on


def recall_at_k(ranked: list[str], relevant: set[str], k: int = K) -> float:
    return len(set(ranked[:k]) & relevant) / min(len(relevant), k)


@pytest.fixture(scope="module")
def quality_runs(gold_store_real):
    store, flows = gold_store_real
    rows = []
    for q in QUERIES:
        relevant = {r["id"] for r in flows if q.relevant(r)}
        got = {mode: [h.id for h in search(store, q.text, Filters(kind="flow"), mode=mode, limit=K)]
               for mode in ("fts", "semantic", "hybrid")}
        rows.append((q, relevant, {m: recall_at_k(ids, relevant) for m, ids in got.items()}))
    return rows


def test_search_quality_queries_have_relevant_records(quality_runs):
    assert len(quality_runs) >= 30
    empty = [q.text for q, relevant, _ in quality_runs if not relevant]
    assert empty == []


def test_search_quality_hybrid_at_least_as_good(quality_runs):
    means = {m: sum(r[m] for _, _, r in quality_runs) / len(quality_runs) for m in ("fts", "semantic", "hybrid")}
    print()
    for q, relevant, r in quality_runs:
        print(f"{r['fts']:.2f} {r['semantic']:.2f} {r['hybrid']:.2f}  ({len(relevant):2d} relevant)  {q.text}")
    print("recall@5  " + "  ".join(f"{m}={v:.3f}" for m, v in means.items()))
    assert means["hybrid"] >= means["fts"]
    assert means["hybrid"] >= means["semantic"]
