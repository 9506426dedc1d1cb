"""Near-duplicate detection for reprints: word shingles, MinHash signatures and LSH buckets.

A wire story reprinted by another outlet differs from the original by a dateline, a byline, a
photo credit or a "Read more" line, so its text is not byte-identical but nearly all of its word
5-grams are the same. We normalise the text (lower case, words and numbers only), take the set of
word 5-shingles, and compare sets by Jaccard similarity. Reprints of one story score well above
0.9; two different weekly stories written from the same template score far below, because the
figures and dates inside the shingles differ.

To find candidates without comparing every pair, each article gets a MinHash signature of
`NUM_PERM` values, cut into `BANDS` bands of `ROWS` rows; articles that share a band's hash land in
the same bucket (table `article_lsh`). With 32 bands of 4 rows, a pair with Jaccard 0.8 shares a
bucket with probability 1 - (1 - 0.8**4)**32 > 0.9999. Candidates are then checked exactly on
their shingle sets: a pair is a near-duplicate when Jaccard >= `JACCARD_THRESHOLD`, or when the
shorter text is an excerpt almost wholly contained in the longer (containment >= `CONTAINMENT_THRESHOLD`).

Hashes are stable across processes (blake2b, not Python's salted `hash`), so the same text always
gets the same signature and the database is reproducible.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE_WORDS = 5
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
JACCARD_THRESHOLD = 0.8
CONTAINMENT_THRESHOLD = 0.9
MIN_SHINGLES = 20  # texts shorter than this are too short to call reprints reliably

_WORD = re.compile(r"[^\W_]+(?:[.,][0-9]+)*", re.UNICODE)
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
    return (hashed & _MASK32).min(axis=0).astype(np.uint32)


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


def is_near_duplicate(a: set[int], b: set[int]) -> tuple[bool, float]:
    """Whether two shingle sets are reprints of one story, and their Jaccard similarity."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return a == b and bool(a), 1.0 if a == b and a else 0.0
    jaccard, containment = similarity(a, b)
    return jaccard >= JACCARD_THRESHOLD or containment >= CONTAINMENT_THRESHOLD, jaccard
