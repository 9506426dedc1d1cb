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

# Cardinal number words that spell out the number before a scale word in radio scripts and feature copy
# ("three hundred billion yen", "two-point-four trillion yen"). UNIT_WORDS count ones (precision 1),
# TENS_WORDS tens (precision 10); "hundred" multiplies what stands before it; the DIGIT_WORDS after
# "point" are decimals, one digit each.
# fmt: off
UNIT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
DIGIT_WORDS: dict[str, int] = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
# only the large scales: "three hundred thousand yen" is no market figure, and "ten million" a count as often
WORDED_SCALES: tuple[str, ...] = ("trillion", "billion")
# fmt: on
