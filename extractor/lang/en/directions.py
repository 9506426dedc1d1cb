r"""Words that say which way money moved: canonical direction -> surface patterns.

Verbs, nouns and adjectival phrases. Verbs of change ("dropped", "fell", "rose") are not directions: in
"purchases dropped to 4.9 billion yen" the noun says which way the money went. Patterns are
regular-expression fragments matched case-insensitively on word boundaries. "buy" is a net purchase (money into the instrument),
"sell" a net sale. REVERSAL words flip nothing by themselves; they mark a comparison that
names the opposite direction ("reversing net selling").

The patterns also run lowercased (see `patterns.LOWER`): write `[^\s]`, not an upper-case escape such as `\S`.
"""

# fmt: off
DIRECTIONS: dict[str, tuple[str, ...]] = {
    "buy": (
        # "purchases exceeded sales by 1.28 trillion yen": a net purchase
        r"(?:exceeded|outpaced|outstripped|outweighed|topped)\s+(?:their\s+|its\s+)?(?:sales|selling|disposals)",
        r"(?:acquisitions?|purchases|buying)\s+(?:exceeding|outpacing|outstripping|topping)\s+(?:sales|selling|disposals?|dispositions?)",
        r"net\s+(?:buyers?|buying|purchases?|purchasers?|acquisitions?|acquirers?|investments?|inflows?|inflow)",
        r"(?:bought|buy|buys|buying|purchased|purchases?|purchasing|acquired|acquiring|acquisitions?|additions?)",
        r"snapp(?:ed|ing)\s+up|snaps?\s+up|pick(?:ed|ing|s)?\s+up|scoop(?:ed|ing|s)?\s+up|lapp(?:ed|ing)\s+up|gobbl(?:ed|ing)\s+up",
        r"pour(?:ed|ing|s)?|pump(?:ed|ing|s)?|plough(?:ed|ing|s)?|plow(?:ed|ing|s)?|pil(?:ed|ing|es?)\s+(?:in|into)|pil(?:ed|ing)",
        r"inject(?:ed|ing|s)?|invest(?:ed|ing|s)?|(?:put|putting)(?!\s+(?:[\w-]+\s+){0,4}together\b)|parked|funnel(?:l)?ed|channel(?:l)?ed|splurged|shovel(?:l)?ed",
        r"add(?:ed|ing|s)?(?!\s+up\s+to\b)|accumulat(?:ed|ing|es?)|amass(?:ed|ing)?|stock(?:ed|ing)\s+up|load(?:ed|ing)\s+up|ramp(?:ed|ing)\s+up",
        r"inflows?|inflow|net\s+long|flows?\s+into|flow(?:ed|ing)\s+into",
        r"flow(?:ed|ing|s)?\s+from\s+(?:[\w.'-]+\s+){1,4}?into",  # "X flowed from Japanese investment trusts into foreign equities"
        r"(?:went|go|goes|going)\s+(?:mainly\s+|mostly\s+|largely\s+|chiefly\s+|primarily\s+)?into",  # "Japanese money went mainly into U.S. stocks"
        r"(?:gone|went|go|goes|going|headed|heading)\s+(?:abroad|overseas)",  # "Japanese money has gone abroad for ten weeks, with X leaving"
        # "sent a net 1.6 trillion yen into foreign securities", "pushed X abroad"
        r"(?:sent|sends|sending|push(?:ed|es|ing)?|mov(?:ed|es|ing)|direct(?:ed|ing))(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+|roughly\s+)?[^\s]+(?:\s+[^\s]+){0,3}\s+(?:into|abroad|overseas)\b)",
        # "pulled a net X of foreign money into Japanese shares" (not "pulled X out of ... into cash")
        r"pull(?:ed|ing|s)?(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+|another\s+|a\s+further\s+)?[^\s]*\d(?:\s+(?!out\b)[^\s]+){0,6}\s+into\b)",
        r"(?:outward|inward)\s+(?:portfolio\s+)?investments?",  # "Japan's outward portfolio investment registered X"
        r"(?:increased|raised|boosted|lifted)\s+(?:their\s+|its\s+)?(?:\w+\s+){0,2}(?:holdings|exposure|positions|investments?)",
        r"bolster(?:ed|ing)|nibbl(?:ed|ing|es?)\s+at",  # "pensions kept nibbling at foreign equities, X"
        r"spen(?:t|d|ds|ding)(?=\s+(?:(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]*\d|on\b))",  # "X was spent on foreign bonds", "spent X on"
        r"buying-over|buy-over|purchases?-over",  # translated: "The buying-over of foreign stocks was X" (net buying)
        r"(?:acquisition|buying|purchase)\s+(?:surplus|excess)",  # translated: "recorded an acquisition surplus (net buying) of X"
        r"(?:net\s+)?outflows?\s+into",  # "Japan residents' net outflow into foreign securities totals X": money sent out to buy
        # "raised Korean bonds by a net X": a change in holdings by a figure
        # ("raised Korean bonds for a third month, by X": a comma may close the words before "by")
        r"(?:increased|increasing|raised|raising|boosted|boosting|lifted|lifting)(?=\s+(?:[^\s,;]+\s+){1,8}(?:[^\s,;]+,\s+)?by\s+(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]*\d)",
        r"secur(?:ed|ing|es?)|allocat(?:ed|ing|es?)|rack(?:ed|ing|s)?\s+up|attract(?:ed|ing|s)?|dr(?:ew|aw|awing|aws)\s+in|drew|lured|committed|deployed|splashed\s+out",
        r"(?:took|take|takes|taking|taken)\s+in(?=\s+(?:a\s+net|net|about|around|some|roughly|more\s+than)\b)",  # funds "took in a net X"
        # "foreigners took 150.1 billion yen of Japanese equities" (not "took X out of")
        r"(?:took|take|takes|taking)(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+|a\s+combined\s+|a\s+total\s+of\s+)?[^\s]*\d[^\s]*\s+(?:(?!out\b)[^\s]+\s+){0,2}of\b)",
        r"(?:biggest|largest|top|big|net)\s+buyers|buyers",
    ),
    "sell": (
        r"(?:exceeded|outpaced|outstripped|outweighed|topped)\s+(?:their\s+|its\s+)?(?:purchases|buying|acquisitions)",
        # translated: "net sellers (disposition exceeding acquisition) of Japanese stocks"
        r"(?:disposals?|dispositions?|sales|selling)\s+(?:exceeding|outpacing|outstripping|topping)\s+(?:acquisitions?|purchases|buying)",
        r"net\s+(?:sellers?|selling|sales?|disposals?|disposers?|dispositions?|outflows?|outflow|redemptions?)",
        r"(?:sold|sell|sells|selling|sales?|disposed|disposing|disposals?|dispositions?|divest(?:ed|ing)?|liquidat(?:ed|ing))",
        r"dump(?:ed|ing|s)?|offload(?:ed|ing|s)?|unload(?:ed|ing|s)?|shed(?:ding|s)?|ditch(?:ed|ing)|(?:let|lets|letting)\s+go\s+of|(?:got|get|gets|getting)\s+rid\s+of",
        r"pull(?:ed|ing|s)?(?:\s+out)?|withdr(?:ew|awn|aw|awing|awals?)|exit(?:ed|ing|s)?|fled|flee(?:ing)?",
        r"repatriat(?:ed|ing|es?|ion)|(?:brought|bring(?:ing|s)?)\s+(?:(?:the(?:ir)?\s+)?(?:money|funds|cash|capital)\s+)?home",  # "bringing money home"
        r"selling-over|sell-over|sales?-over|disposals?-over",  # translated: "The selling-over amount of the preceding week was X" (net selling)
        r"(?:disposition|disposal|selling|sales?)\s+(?:surplus|excess)",  # translated: "showed a disposition surplus (net selling) of X"
        r"flow(?:ed|ing|s)?\s+back\s+(?:in)?to\s+Japan",  # "In all, X flowed back into Japan": Japanese money coming home
        r"(?:leav(?:e|es|ing)|left)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}markets?",  # "roughly $34 billion leaving foreign bond markets"
        r"outflows?|outflow|redemptions?|net\s+short|sell-?offs?|exodus|flows?\s+out\s+of",
        r"(?:cut|reduced|trimmed|slashed|lowered|pared)\s+(?:their\s+|its\s+)?(?:\w+\s+){0,2}(?:holdings|exposure|positions|investments?)|trimm(?:ed|ing)|pared",
        r"(?<!publicly\s)offered|offer(?:ing)?",  # "publicly offered investment trusts" name a kind of fund
        # "cut Hong Kong equities by a net X", "taking X out of Japanese shares"
        r"(?:cut|cuts|cutting|reduced|reducing|trimmed|slashed|slashing|lowered|lowering|pared|paring)(?=\s+(?:[^\s,;]+\s+){1,8}(?:[^\s,;]+,\s+)?by\s+(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]*\d)",
        # ("they have taken 2.83 trillion yen out over those six weeks")
        r"(?:taking|take|takes|took|taken)(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]+(?:\s+[^\s]+){0,3}\s+out\b)",
        # "They cut 1.02 trillion yen of foreign bonds in December"
        r"(?:cut|cuts|cutting|trimmed|slashed|pared)(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]*\d[^\s]*\s+(?:[^\s]+\s+){0,2}of\b)",
        r"extract(?:ed|ing)|yank(?:ed|ing)|cash(?:ed|ing)\s+out|took\s+out|taken\s+out|sell-?down",
        r"(?:were|was|are|is)\s+out\s+by(?=\s+(?:only\s+|just\s+|a\s+net\s+|about\s+|some\s+)?[¥$]?\d)",  # "combined they were out by only X"
        r"(?:biggest|largest|top|big|net)\s+sellers|sellers",
        # a note's fragment: "Five-week tally: JPY3.34trn out."
        r"(?:(?<=bn\s)|(?<=bln\s)|(?<=trn\s)|(?<=tn\s)|(?<=yen\s)|(?<=illion\s))out(?=\s*[.;]|\s*$)",
        r"out\s+by(?=\s+(?:a\s+net\s+|net\s+|about\s+|some\s+)?[^\s]*\d)",  # "Bills: foreigners out by ¥1.17trn."
    ),
}
# fmt: on

# Phrases that begin a contrast with an earlier figure ("after", "from", "compared with").
COMPARISON_CUES = (
    r"from", r"after", r"compared\s+(?:with|to)", r"versus", r"vs\.?", r"against", r"following",
    r"up\s+from", r"down\s+from", r"than", r"a\s+week\s+earlier", r"previous", r"prior", r"preceding",
    r"the\s+week\s+before", r"the\s+month\s+before", r"last\s+year'?s?",
)
