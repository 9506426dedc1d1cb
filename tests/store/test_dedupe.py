"""Reprint detection: shingles, figures, MinHash."""

from __future__ import annotations

import pytest

from extractor.store import dedupe

BASE = (
    "TOKYO, Nov 28 (Kabuto Wire) - Japanese investors bought a net 1.406 trillion yen of foreign bonds in the "
    "week through Nov. 23, Ministry of Finance data showed on Thursday, their seventh straight week of buying. "
    "They had bought 351.5 billion yen the week before. Foreign investors sold a net 120.4 billion yen of "
    "Japanese stocks, after buying 88.1 billion yen, while they bought 410.0 billion yen of short-term bills. "
    "The dollar traded at 101.85 yen and the Nikkei average rose 1.2 percent to 15,727.12."
)
REPRINT = (
    "Japan investors extend foreign bond buying\nBy Staff Writer\n" + BASE.replace("TOKYO, Nov 28 (Kabuto Wire) - ", "")
    + "\nAdvertisement\nRead more: markets coverage"
)
EXCERPT = BASE[: BASE.index(" Foreign investors")]
NEXT_WEEK = (
    "TOKYO, Dec 5 (Kabuto Wire) - Japanese investors bought a net 812.7 billion yen of foreign bonds in the "
    "week through Nov. 30, Ministry of Finance data showed on Thursday, their eighth straight week of buying. "
    "They had bought 1.402 trillion yen the week before. Foreign investors sold a net 95.2 billion yen of "
    "Japanese stocks, after selling 120.4 billion yen, while they bought 377.3 billion yen of short-term bills. "
    "The dollar traded at 102.44 yen and the Nikkei average rose 0.8 percent to 15,661.87."
)
OTHER = "Foreign investors sold Korean stocks for a fifth day on Monday as the won weakened against the dollar. " * 3

# fmt: off
PAIRS = [
    ("reprint with residue", BASE, REPRINT, True),
    ("excerpt", BASE, EXCERPT, True),
    ("identical", BASE, BASE, True),
    ("next week's story, same template", BASE, NEXT_WEEK, False),
    ("unrelated", BASE, OTHER, False),
]
# fmt: on


@pytest.mark.parametrize(("name", "a", "b", "expected"), PAIRS, ids=[p[0] for p in PAIRS])
def test_dedupe_near_duplicate_pairs(name, a, b, expected):
    same, _ = dedupe.is_near_duplicate(dedupe.Fingerprint.of(a), dedupe.Fingerprint.of(b))
    assert same is expected


@pytest.mark.parametrize(("a", "b"), [(BASE, REPRINT), (BASE, NEXT_WEEK)], ids=["reprint", "next-week"])
def test_dedupe_minhash_estimates_jaccard(a, b):
    sa, sb = dedupe.shingles(a), dedupe.shingles(b)
    exact, _ = dedupe.similarity(sa, sb)
    estimate = dedupe.estimated_jaccard(dedupe.minhash(sa), dedupe.minhash(sb))
    assert abs(estimate - exact) < 0.15


@pytest.mark.parametrize("text", [BASE, OTHER], ids=["base", "other"])
def test_dedupe_signatures_are_stable(text):
    assert dedupe.bands(dedupe.minhash(dedupe.shingles(text))) == dedupe.bands(dedupe.minhash(dedupe.shingles(text)))
    assert len(dedupe.bands(dedupe.minhash(dedupe.shingles(text)))) == dedupe.BANDS
