"""Period vocabulary: month names, ordinal and cardinal number words, weekday names, release cues.

Used by `extractor.parse.periods` to read "the week through Nov. 23", "over the seven weeks",
"in the first three weeks of May" and "seventh straight week". RELEASE_CUES (regular expressions)
name a data release of its own in a sentence ("monthly figures showed", "data for August, released
earlier this month", "Bank of Japan data showed"): a figure of an earlier month so introduced, in a
weekly story or a monthly one, is reported alongside the story (role "other"), not cited for contrast.
"""

# fmt: off
MONTHS: dict[int, tuple[str, ...]] = {
    1: ("january", "jan"), 2: ("february", "feb"), 3: ("march", "mar"), 4: ("april", "apr"),
    5: ("may",), 6: ("june", "jun"), 7: ("july", "jul"), 8: ("august", "aug"),
    9: ("september", "sept", "sep"), 10: ("october", "oct"), 11: ("november", "nov"), 12: ("december", "dec"),
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "a couple of": 2, "several": 0,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

RELEASE_CUES: tuple[str, ...] = (
    r"\bmonthly\s+(?:data|figures|statistics|numbers|release)",
    r"\b(?:data|figures|statistics|numbers)\s+for\s+(?:the\s+month|January|February|March|April|May|June|July|August|September|October|November|December)",
    r"\b(?:data|figures|statistics|numbers)\s+(?:\w+\s+){0,3}?(?:released|published)\b",
    r"\b(?:released|published)\s+(?:earlier\s+this\s+month|last\s+week|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday))",
    r"\bbalance[- ]of[- ]payments\s+data", r"\bBank\s+of\s+Japan\s+data",
)
# a release before the one the story reports: "data released last month had shown", "figures published
# earlier showed", "according to the monthly data released in early July": a figure so introduced is
# reported alongside (role "other") even for the story's own month
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
EARLIER_RELEASE_CUES: tuple[str, ...] = (
    rf"\b(?:released|published|issued)\s+(?:in\s+)?(?:(?:early|mid|late)[- ]?\s*)?{_MONTH_NAME}\b",
    r"\b(?:released|published|issued)\s+(?:last\s+month|earlier\s+this\s+month|a\s+month\s+(?:ago|earlier))\b",
    r"\b(?:data|figures|statistics|numbers)\s+(?:\w+\s+){0,3}?(?:released|published)\s+(?:last\s+month|earlier|previously|a\s+month\s+ago)",
    r"\b(?:data|figures|statistics|numbers|release)\s+(?:\w+\s+){0,3}?had\s+(?:shown|showed)\b",
    r"\b(?:earlier|previous|preliminary)\s+(?:release|data\s+release)\b",
)
# words before "on Thursday" that make the day a release's, a statement's or an event's, not a figure's
# period: "data showed on Thursday", "the ministry said on Monday", "figures due on Friday"
DAY_OF_RELEASE_BEFORE = (
    r"\b(?:said|says|say|showed|shows|show|released|published|reported|reports|announced|data|figures|statistics"
    r"|statement|meeting|meets|decision|due|scheduled|expected|comments?|remarks?|speech|auction)"
    r"(?:\s+\w+){0,2}?\s+$"
)
# words after a date that make it an event's, not a figure's period: "ahead of the Bank of Japan's July 27-28
# policy meeting", "before the Nov. 5 election", "the June 14 auction"
EVENT_AFTER = (
    r"\s*(?:(?:monetary\s+)?policy\s+|board\s+|rate\s+|(?:FOMC|Fed|BOJ|ECB|G7|G20)\s+|(?:upper|lower)\s+house\s+|general\s+|presidential\s+)?"
    r"(?:meetings?|summit|auction|elections?|talks|holidays?|policy\s+review|decision|vote|hearings?|conference|symposium|testimony)\b"
)
# words that end a run, just before its name: "breaking a two-week buying run", "ended an eight-week run of
# purchases", "after four weeks of selling": the figure told with it is the week's, not the run's
RUN_ENDED_BEFORE = (
    r"\b(?:end(?:ed|ing|s)?(?:\s+to)?|an\s+end\s+to|snap(?:ped|ping|s)?|br(?:oke|eak|eaking|eaks)|halt(?:ed|ing|s)?"
    r"|revers(?:ed|ing|es)?|after|following)\s+(?:a\s+|an\s+|the\s+|their\s+|its\s+|those\s+|these\s+)?$"
)
# fmt: on
