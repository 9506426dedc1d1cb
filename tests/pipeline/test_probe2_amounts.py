"""Flows with spelled-out amounts and a spoken restatement between dashes, in a radio-script voice.
Story written for this test; figures invented."""

from __future__ import annotations

from extractor.pipeline import extract

SCRIPT = (
    "Overseas investors sold a net 512 billion yen - that's roughly four-point-seven billion dollars - of "
    "Japanese shares last week, finance ministry figures showed this morning. Japanese investors put close to "
    "two hundred billion yen into foreign bonds over the same week."
)


def test_flows_spelled_out_and_spoken_restatement() -> None:
    flows = [r for r in extract(SCRIPT, published="2019-08-08", use_model=False) if r["kind"] == "flow"]
    assert [(f["amount"]["text"], f["amount"]["value"], f["amount"]["precision"], f["direction"],
             [(c["value"], c["currency"]) for c in f["converted"]]) for f in flows] == [
        ("512 billion yen", 512000000000, 1000000000, "sell", [(4700000000, "USD")]),
        ("two hundred billion yen", 200000000000, 100000000000, "buy", []),
    ]
