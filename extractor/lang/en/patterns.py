"""Compiled patterns built from the lexicons of this package (never edited by hand).

Each builder returns one compiled alternation whose named groups say which lexicon entry matched, so a
single pass over the text finds every mention of a kind.
"""

from __future__ import annotations

import re

from extractor.lang.en.actors import COUNTRIES, INVESTORS
from extractor.lang.en.cues import BREAKDOWN_CUES, NON_FLOW, RANKING_CUES, SOURCES
from extractor.lang.en.directions import DIRECTIONS
from extractor.lang.en.instruments import DOMESTIC_MODIFIER, FOREIGN_MODIFIER, INSTRUMENTS
from extractor.lang.en.periods import NUMBER_WORDS, ORDINAL_WORDS
from extractor.parse.alternatives import OpeningScan, literal_first
from extractor.parse.fold import Finder, lowercase_twin

_FLAGS = re.IGNORECASE


def _groups(entries: list[tuple[str, str]]) -> re.Pattern[str]:
    # The word-start check stands before the alternation so that the engine rejects the positions
    # inside words once, instead of once per alternative: five times faster on wire copy.
    # Each entry's name is an empty group closed right after the entry ("holdings?(?P<h0>)"), not a
    # group around it: `Match.lastgroup` is the same, but an alternative that opens with a letter
    # then starts with a literal, which the engine tests before entering the alternative at all.
    # Only `lastgroup`, `start()` and `end()` of these matches are used; the named group is empty.
    alternatives = "|".join(f"(?:{rx})(?P<{name}>)" for name, rx in entries)
    return re.compile(f"(?<![\\w-])(?=[\\w$\u00a5])(?:{alternatives})(?![\\w-])", _FLAGS)


INVESTOR_RX = _groups([(f"i{n}", rx) for n, (rx, _) in enumerate(INVESTORS)])
INVESTOR_ATTRS = {f"i{n}": attrs for n, (_, attrs) in enumerate(INVESTORS)}

_COUNTRY_FORMS = sorted(((form, code) for code, forms in COUNTRIES.items() for form in forms), key=lambda x: -len(x[0]))
COUNTRY_CODE = {form.lower(): code for form, code in _COUNTRY_FORMS}
_COUNTRY_ALT = "|".join(re.escape(form) for form, _ in _COUNTRY_FORMS)
# "U.S. investors", "investors from Luxembourg", "China" as the subject of a flow verb
COUNTRY_INVESTOR_RX = re.compile(
    rf"(?P<adj>(?<![\w.-])(?:{_COUNTRY_ALT}))(?:-based)?(?:\s+(?:institutional\s+|private\s+)?(?:investors?|funds?|institutions?|buyers?|sellers?|accounts?|residents)\b)"  # (not "accounted")
    rf"|[Ii]nvestors?\s+(?:from|in|based\s+in)\s+(?:the\s+)?(?P<from>{_COUNTRY_ALT})\b"
    rf"|(?P<subj>(?<![\w.-])(?:{_COUNTRY_ALT}))(?:['’]s)?(?!\s+(?:\w+\s+)?(?:bonds?|stocks?|shares?|debt|equities|equity|securities|government|JGBs|Treasuries|Treasury|Treasurys|notes|bills|gilts|[Gg]ilts|bunds|[Bb]unds|OATs|BTPs|paper|assets|markets?|Federal|Fed|central|economy|dollar|yields?)\b)(?=\s+(?:\w+\s+){{0,2}}(?:bought|sold|purchased|offered|dumped|added|cut|trimmed|reduced|was|were|became|turned|remained|net|purchases|sales|buying|selling|holdings|additions?))",
)

INSTRUMENT_RX = _groups([(f"s{n}", rx) for n, (rx, _, _) in enumerate(INSTRUMENTS)])
INSTRUMENT_ATTRS = {f"s{n}": (ins, market) for n, (_, ins, market) in enumerate(INSTRUMENTS)}
ELLIPTIC_RX = re.compile(r"\b(long-term|short-term)\b(?=\s+(?:and|or|,)\b)", _FLAGS)
FOREIGN_MOD_RX = re.compile(rf"\b{FOREIGN_MODIFIER}(?![\w-])", _FLAGS)
DOMESTIC_MOD_RX = re.compile(rf"\b{DOMESTIC_MODIFIER}(?![\w-])", _FLAGS)
OTHER_COUNTRY_MOD_RX = re.compile(rf"(?<![\w.])(?:{_COUNTRY_ALT})(?![\w])")
# "In South Korea, foreigners sold ...": a sentence (or a clause after a dateline or semicolon) that opens on a
# country is about that country's market
IN_COUNTRY_LEAD_RX = re.compile(rf"(?:^|\s[-—–]\s+|;\s+)In\s+(?:the\s+)?(?P<country>{_COUNTRY_ALT})\s*,")

DIRECTION_RX = _groups([(f"{d}{n}", rx) for d, forms in DIRECTIONS.items() for n, rx in enumerate(forms)])
DIRECTION_OF = {f"{d}{n}": d for d, forms in DIRECTIONS.items() for n, _ in enumerate(forms)}

NON_FLOW_RX = _groups([(f"{k}{n}", rx) for k, forms in NON_FLOW.items() for n, rx in enumerate(forms)])
NON_FLOW_CUE = {f"{k}{n}": k for k, forms in NON_FLOW.items() for n, _ in enumerate(forms)}
SOURCE_RX = _groups([(f"{k.replace('_', '')}{n}", rx) for k, forms in SOURCES.items() for n, rx in enumerate(forms)])
SOURCE_NAME = {f"{k.replace('_', '')}{n}": k for k, forms in SOURCES.items() for n, _ in enumerate(forms)}

# Figures without a verb that go on from the flow before them: rankings and breakdowns (see cues.py).
RANKING_RX = re.compile(r"\b(?:" + "|".join(RANKING_CUES) + r")\b", _FLAGS)
BREAKDOWN_RX = re.compile(
    r"^(?:That|This|It|The\s+(?:figure|amount|total|sum))\b[^.;]{0,30}?\b(?:" + "|".join(BREAKDOWN_CUES) + r")\b"
    r"|^(?:Of\s+(?:that|this|the\s+total)|Within\s+(?:that|this|the\s+total))\b"
    # "By destination, U.S. bonds took X and French bonds Y"
    r"|^By\s+(?:destination|country|region|investor\s+type|type\s+of\s+investor|sector)\s*,"
    # "September alone accounted for X" after the quarter's figure
    r"|^[\w-]+(?:\s+[\w-]+)?\s+alone\s+(?:accounted\s+for|made\s+up|contributed|came\s+to|amounted\s+to|brought)\b"
    # "December contributed X" after the year's figure
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:accounted\s+for|made\s+up|contributed)\b"
    # "Banks accounted for X of that", "pension funds made up Y of the total"
    r"|\b(?:accounted\s+for|made\s+up|contributed)\b(?:[^.;]|\.\d){0,40}?\bof\s+(?:that|this|the\s+total|it)\b", _FLAGS)

# A sentence that says what the figure alone before it was: "¥569.2 billion. That is how much Japanese investors ..."
HOW_MUCH_RX = re.compile(r"\s*(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:how\s+much|the\s+amount(?:\s+of\s+money)?|what)\b", _FLAGS)

# Securities named again: "have kept selling Japanese government bonds. They offloaded X of the securities", "X of such debt"
ANAPHORIC_SECURITIES_RX = re.compile(r"\b(?:the|those|these|such)\s+(?:securities|assets|debt)$", re.IGNORECASE)
# "In the debt segment, ...": a market, not securities named again
MARKET_NOUN_AFTER_RX = re.compile(r"\s+(?:segment|market|markets|side|space)\b", re.IGNORECASE)
# "during a global equity slide", "after the stock market crash": an event of the market, not what was traded
MARKET_EVENT_AFTER_RX = re.compile(r"(?:\s+markets?)?\s+(?:slide|slides|rout|routs|sell-?offs?|rally|rallies|crash|crashes|slump|"
                                   r"meltdown|turmoil|bubble|plunge|swoon|tumble|downturn|boom)\b", re.IGNORECASE)
# "while they sold X of German securities of the same kind": the securities named before
SAME_KIND_AFTER_RX = re.compile(r"\s+of\s+the\s+same\s+(?:kind|type|sort|class)\b", re.IGNORECASE)

# A Q&A's question and answer: "Q: And in December?" "A: The picture was mixed." (the question tells the answer's who, which way and when)
QA_QUESTION_RX = re.compile(r"Q\s*:\s")
QA_ANSWER_RX = re.compile(r"A\s*:\s")

PRONOUN_RX = re.compile(r"(?<![\w])(?:They|they|Their|their|Such investors|These investors|the group|The group)(?![\w])")

# A run of periods: "seventh straight week", "for five weeks running", "a fourth consecutive month",
# "for the fourth week in a row", "extending their buying streak to eight weeks", and with the qualifier
# left out, "for a second week" (not "for the second week of March"), "the third week of net purchases"
# and "their fourth week of buying". A bare ordinal after "for the" only
# counts for weeks and months ("for the third quarter" names a quarter); a cardinal needs a qualifier
# ("over the five weeks" is a span); "first" starts no run. Groups: `ord` (a count, in words or
# digits) and `unit` (singular).
_STREAK_ORD = "|".join(w for w in ORDINAL_WORDS if w != "first")
_STREAK_CARD = "|".join(w for w, n in NUMBER_WORDS.items() if 2 <= n and " " not in w)
_STREAK_FLOW_NOUN = r"(?:net\s+)?(?:purchases|buying|sales|selling|inflows?|outflows?|investment|withdrawals|disinvestment)"
# "extending their buying streak to eight weeks", "extending their run of net purchases to a 10th week",
# "extending net sales into a fifth week"
_STREAK_EXTENDED = (r"(?:extending|extended|stretching|stretched|lengthening|taking)\s+(?:(?:their|its|the)\s+"
                    r"(?:(?:net\s+)?(?:buying|selling|purchasing|purchase|sales?|outflow|inflow)\s+)?(?:streak|run)"
                    r"(?:\s+of\s+" + _STREAK_FLOW_NOUN + r")?\s+to|" + _STREAK_FLOW_NOUN + r"\s+(?:into|to))\s+(?:a\s+|an\s+)?")
STREAK_RX = re.compile(
    r"\b(?:(?P<for>for\s+(?:a|(?P<the>the))\s+)|(?P<ext>" + _STREAK_EXTENDED + r")|(?P<art>the|a|their|its)\s+)?(?!first\b|1st\b)"
    rf"(?P<ord>(?P<card>(?:{_STREAK_CARD}|\d{{1,2}})(?=\s))|\d{{1,2}}(?:st|nd|rd|th)|{_STREAK_ORD})"
    r"\s+(?:(?P<q>straight|consecutive|successive|continuous|running|back-to-back)\s+)?"
    r"(?P<unit>week|month|quarter|year|session|day|trading\s+day)s?"
    r"(?(q)|(?(ext)|(?:\s+(?:running|in\s+a\s+row|on\s+end)\b"  # the qualifier after the unit
    r"|(?(card)(?!)|(?(art)\s+of\s+" + _STREAK_FLOW_NOUN + r"\b"  # "the third week of net purchases"
    r"|(?(for)(?(the)(?:(?<=week)|(?<=month)))(?!\s+(?:of|since|to|through|ended|ending|before|after|earlier|ago)\b)|(?!)))))))"
    rf"(?!\s+(?:in|out\s+of)\s+(?:the\s+(?:past|last)\s+)?(?:{_STREAK_CARD}|\d{{1,2}})\b)",  # not "the ninth week of selling in 10"
    _FLAGS,
)


# Twins of the case-insensitive lexicon patterns, to run on `text.lower()` (same length as text,
# checked by the caller), each found with one pattern per opening (same matches, found faster; see
# extractor.parse.alternatives.OpeningScan): the callers read their spans and `lastgroup`, and the
# groups of elliptic and streak matches. A pattern that OpeningScan cannot take apart, such as one
# with an escape that lowercasing would change (\S) and which keeps its case-insensitive original,
# gets its optional opening words multiplied out by literal_first instead.
def _scan(rx: re.Pattern[str], groups: bool = False) -> Finder:
    twin = lowercase_twin(rx) or rx
    return OpeningScan.of(twin, groups) or literal_first(twin)


LOWER = {name: _scan(rx, groups=name in ("elliptic", "streak")) for name, rx in {
    "investor": INVESTOR_RX, "instrument": INSTRUMENT_RX, "elliptic": ELLIPTIC_RX, "direction": DIRECTION_RX,
    "nonflow": NON_FLOW_RX, "source": SOURCE_RX, "streak": STREAK_RX,
}.items()}
# the case-sensitive patterns, scanned the same way over the text itself
COUNTRY_INVESTOR_SCAN = OpeningScan.of(COUNTRY_INVESTOR_RX, groups=True) or COUNTRY_INVESTOR_RX
PRONOUN_SCAN = OpeningScan.of(PRONOUN_RX) or PRONOUN_RX
