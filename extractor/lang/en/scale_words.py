"""Scale words and abbreviations that multiply a printed number, as wires write them.

Canonical value -> surface forms. Longest forms first where one is a prefix of another, because the
amount regex is built from these lists in order.
"""

# fmt: off
SCALE_WORDS: dict[int, tuple[str, ...]] = {
    10**12: ("lakh crore", "trillion", "trln", "tln", "trn", "tn", "tril"),
    10**9: ("billion", "bln", "bn", "b"),
    10**6: ("million", "mln", "mn", "mil", "m"),
    10**7: ("crore", "crores"),
    10**5: ("lakh", "lakhs"),
    10**3: ("thousand",),
}
# fmt: on

# Single letters are scale words only when glued to the number ("$5b", "¥300m"): a spaced "5 b" is not.
GLUED_ONLY = frozenset({"b", "m"})
