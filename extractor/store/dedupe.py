"""Near-duplicate detection for reprints: word shingles, MinHash signatures and LSH buckets.

A wire story reprinted by another outlet keeps most of its sentences and all of its figures, but
gets a new headline, dateline or byline, page residue ("Advertisement", "Read more"), and often
loses a paragraph or stops early. We normalise the text (lower case, words and numbers only) and
compare the sets of word 5-shingles of two texts by Jaccard similarity and by containment (the
share of the smaller set found in the larger, which stays high for an excerpt).

Measured on the project corpus plus ../shared/eval-dev (171 articles, 8 known reprint pairs):
reprint pairs have Jaccard 0.65-0.86 and containment 0.83-0.97; the most similar NON-reprint
pairs are weekly stories of one wire from different weeks, which share table headers and stock
phrases: Jaccard up to 0.49, containment up to 0.66. Their figures differ, though: the share of
the shorter text's numbers found in the other is 0.90-1.0 for reprints and at most 0.30 for the
rest. So a pair is a near-duplicate when (Jaccard >= `JACCARD_THRESHOLD` or containment >=
`CONTAINMENT_THRESHOLD`) and the numbers agree (>= `NUMBER_THRESHOLD`).

To find candidates without comparing every pair, each article gets a MinHash signature of
`NUM_PERM` values cut into `BANDS` bands of `ROWS` rows; articles that share a band's hash land in
the same bucket (table `article_lsh`). With 42 bands of 3 rows a pair with Jaccard 0.5 shares a
bucket with probability 1 - (1 - 0.5**3)**42 = 0.996, one with Jaccard 0.12 with probability 0.07.
Candidates are then checked exactly on their shingle sets.

Hashes are stable across processes (blake2b, not Python's salted `hash`), so the same text always
gets the same signature and the database is reproducible.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import cast

import numpy as np

SHINGLE_WORDS = 5
BANDS = 42
ROWS = 3
NUM_PERM = BANDS * ROWS
JACCARD_THRESHOLD = 0.6
CONTAINMENT_THRESHOLD = 0.75
NUMBER_THRESHOLD = 0.8
MIN_NUMBERS = 3  # texts with fewer figures than this skip the number check
MIN_SHINGLES = 20  # texts shorter than this are too short to call reprints reliably

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_MASK32 = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20131128)  # fixed seed: signatures must never change between runs
_A = (_rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1))
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)


def normalise(text: str) -> list[str]:
    """Lower-cased words and numbers; punctuation, quotes and layout are dropped.

    >>> normalise("TOKYO, Nov 28 (Reuters) - Japanese investors bought 1.406 trillion yen.")
    ['tokyo', 'nov', '28', 'reuters', 'japanese', 'investors', 'bought', '1.406', 'trillion', 'yen']
    """
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[int]:
    """The set of hashed word k-shingles of `text` (a single shingle for shorter texts)."""
    words = normalise(text)
    if len(words) < k:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]
    return {int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "little") for g in grams}


def minhash(shingle_set: set[int]) -> np.ndarray:
    """A MinHash signature (NUM_PERM uint32 values) by multiply-shift hashing of the shingles."""
    if not shingle_set:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    x = np.fromiter(shingle_set, dtype=np.uint64, count=len(shingle_set))
    with np.errstate(over="ignore"):
        hashed = (x[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return cast("np.ndarray", (hashed & _MASK32).min(axis=0).astype(np.uint32))


def bands(signature: np.ndarray) -> list[tuple[int, int]]:
    """(band number, bucket hash) pairs of a signature, the bucket a signed 63-bit integer."""
    out = []
    for b in range(BANDS):
        chunk = signature[b * ROWS : (b + 1) * ROWS].tobytes()
        bucket = int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1
        out.append((b, bucket))
    return out


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The share of equal MinHash values: an unbiased estimate of the shingle Jaccard."""
    return float(np.mean(a == b))


def similarity(a: set[int], b: set[int]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def numbers(text: str) -> set[str]:
    """The distinct figures printed in a text.

    >>> sorted(numbers("bought 1.406 trillion yen in the week to Nov. 23, after 351.5 billion"))
    ['1.406', '23', '351.5']
    """
    return set(_NUMBER.findall(text))


@dataclass(frozen=True)
class Fingerprint:
    """What the duplicate check compares: shingles and figures of one text."""

    shingles: frozenset[int]
    numbers: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        return cls(frozenset(shingles(text)), frozenset(numbers(text)))


def is_near_duplicate(a: Fingerprint, b: Fingerprint) -> tuple[bool, float]:
    """Whether two texts are reprints of one story (see the module docstring), and their Jaccard."""
    sa, sb = set(a.shingles), set(b.shingles)
    if min(len(sa), len(sb)) < MIN_SHINGLES:
        same = sa == sb and bool(sa)
        return same, 1.0 if same else 0.0
    jaccard, containment = similarity(sa, sb)
    if jaccard < JACCARD_THRESHOLD and containment < CONTAINMENT_THRESHOLD:
        return False, jaccard
    if not figures_agree(a.numbers, b.numbers):
        return False, jaccard  # the same template, but other figures: another week's story
    return True, jaccard


def figures_agree(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Whether two texts print the same figures (checked when both print at least MIN_NUMBERS).

    >>> figures_agree({"1.406", "23", "351.5"}, {"1.406", "23", "351.5", "102.1"}), figures_agree({"1", "2", "3"}, {"4", "5", "6"})
    (True, False)
    """
    fewer = min(len(a), len(b))
    return fewer < MIN_NUMBERS or len(a & b) / fewer >= NUMBER_THRESHOLD
