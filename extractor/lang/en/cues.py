"""Context cues that decide whether an amount is a flow at all, and which series reported it.

NON_FLOW: phrases near an amount that make it something other than a net flow (holdings, gross
turnover, forecasts, issuance, central-bank operations, trade and current-account balances,
stimulus sizes, fund sizes). SOURCES: phrases naming the statistics a figure comes from, mapped to
the record contract's `source.series`.
"""

# securities described by where or by whom they were issued ("securities issued in the Cayman Islands",
# "bonds issued by the U.S. Treasury"), which is not the issuance of anything
_SECURITIES_NOUNS = ("securities", "bonds", "debt", "notes", "stocks", "shares", "equities", "paper", "bills")

# fmt: off
NON_FLOW: dict[str, tuple[str, ...]] = {
    "holdings": (
        # (not "held up", "held steady", "held back", "hold off": verbs of how something fared)
        r"holdings?", r"held(?!\s+(?:up|steady|firm|back|off|out|on|onto|its\s+ground)\b)", r"\bhold(?:s|ing)?\b(?!\s+(?:up|steady|firm|back|off|out|on|onto)\b)", r"stake", r"outstanding", r"as\s+of\s+(?:the\s+)?end",
        r"ownership", r"owned", r"as\s+of", r"level", r"(?:net|total)\s+assets", r"portfolio\s+(?:of|worth|valued)", r"assets\s+under\s+management",
        r"market\s+(?:cap|capitali[sz]ation|value)", r"worth\s+of\s+assets",
        r"manag(?:e|es|ing)(?!\s+(?:to|director|directors|partner|editor)\b)",  # "insurers, which manage 180 trillion yen of assets"
    ),
    "gross": (r"gross", r"turnover", r"trading\s+value", r"traded\s+value", r"volume"),
    "forecast": (
        r"forecasts?", r"expect(?:s|ed)?\s+to", r"expected", r"expects?",  # "strategists expect net buying of X", "he expects lifers to put X"
        r"estimat(?:e|es|ed)", r"projected", r"could", r"would", r"might",
        r"may\s+(?:buy|sell|pour|invest)", r"target(?:s|ed)?", r"plans?\s+to", r"planned", r"aim(?:s|ed)?\s+to", r"seen\s+(?:buying|selling)",
        r"will", r"potential(?:ly)?", r"predict(?:s|ed)?", r"likely\s+to", r"think", r"believe", r"on\s+average",
        r"(?<!monthly\s)(?<!weekly\s)(?<!daily\s)average",  # "bought a monthly average of X" this year is a flow
        r"approv(?:al|ed)\s+to", r"permission\s+to", r"authori[sz](?:ation|ed)\s+to",  # "got approval to buy $10 billion"
        r"(?:is|are|was|were)\s+set\s+to",  # "purchases are set to fall to about X by 2027"
    ),
    "issuance": (r"(?:Ministry\s+of\s+Finance|(?:finance\s+)?ministry|government|Treasury)\s+(?:(?:is\s+|was\s+)?(?:set|due|scheduled|planning)\s+to\s+(?:offer|sell|auction|issue)|sold|auctioned|issued|offered)", r"raised\s+by", r"raised(?!\s+(?:their|its|the|net|purchases|sales|buying|selling)\b)", r"launch(?:ed|es)?", r"initial\s+offering", r"issu(?:e|es|ing|ance)", r"issued" + "".join(rf"(?<!{noun}\sissued)" for noun in _SECURITIES_NOUNS), r"auction(?:s|ed)?", r"offering", r"sale\s+of\s+new", r"(?<!a\s)bid(?:s|ding)?(?!\s+(?:up|to)\b)", r"oversubscribed", r"bid-to-cover", r"(?<!of\sthe\s)(?<!absorbed\sthe\s)(?<!absorbing\sthe\s)supply", r"redemptions?\s+of\s+JGBs"),
    "central_bank": (
        r"Bank\s+of\s+Japan", r"BOJ(?:'?s)?", r"BoJ(?:'?s)?", r"(?:market|purchase|buying)\s+operations?", r"central\s+bank", r"Federal\s+Reserve", r"\bFed\b(?!\s+(?:by|into|through|up|from|with|on)\b)",  # not the verb: "funds, fed by savings plans," r"\bECB\b",
        r"stimulus", r"quantitative\s+easing", r"\bQE\b", r"monetary\s+(?:easing|base)", r"purchase\s+program(?:me)?",
        r"asset[- ]purchase", r"balance\s+sheet", r"spent", r"outright\s+(?:JGB\s+|bond\s+)?(?:buying|purchases)",
        r"Bank\s+of\s+(?:England|Canada|Korea|Italy|France|Indonesia|Thailand)", r"People's\s+Bank", r"Reserve\s+Bank",
        r"Swiss\s+National\s+Bank", r"Bundesbank", r"Bank\s+Indonesia",
    ),
    "intervention": (r"intervention", r"intervened", r"currency\s+market", r"foreign[- ]exchange\s+market"),
    "restatement": (r"equal\s+to", r"equivalent\s+to", r"in\s+dollar\s+terms", r"that\s+is\s+(?:about|around|roughly)(?!\s+(?:what|how|as|the\s+same)\b)", r"or\s+about"),
    "retail_scheme": (r"NISA", r"tax-free\s+(?:savings\s+)?accounts?", r"tsumitate"),
    # a rate of buying or selling, not a net flow over a period: "X a month", "Y per week" right after the figure
    "pace": (r"(?:a|per)\s+(?:month|week|year)\b(?!\s+(?:earlier|ago|before|later|after|on)\b)",),
    "macro": (
        r"trade\s+(?:surplus|deficit|balance)", r"current[- ]account", r"(?<!acquisition\s)(?<!disposition\s)(?<!disposal\s)surplus", r"deficit", r"GDP", r"budget",
        r"exports?", r"imports?", r"reserves", r"spending", r"sales\s+tax", r"revenue", r"profit", r"earnings",
        r"buybacks?", r"dividends?", r"capex", r"fiscal\s+package",
    ),
}
# fmt: on

SOURCES: dict[str, tuple[str, ...]] = {
    "mof": (
        r"Ministry\s+of\s+Finance", r"finance\s+ministry", r"Finance\s+Ministry", r"\bMOF\b", r"\bMoF\b",
        r"ministry(?:'s)?\s+data", r"ministry's", r"capital[- ]flows?\s+data", r"portfolio[- ]flows?\s+data",
    ),
    "jpx_weekly": (
        r"(?:stock\s+)?exchanges?(?:'|'s)?\s+data", r"stock[- ]exchanges?", r"Tokyo\s+Stock\s+Exchange", r"\bTSE\b", r"\bJPX\b",
        r"Japan\s+Exchange", r"bourse", r"cash\s+equities", r"cash\s+(?:markets?|shares|stocks)", r"derivatives",
        r"(?<!JGB\s)(?<!bond\s)(?<!Treasury\s)(?<!Bund\s)(?:index\s+)?futures",  # (not "short JGB futures": a bond desk's positions)
        r"Osaka\s+Exchange",
        r"(?<!monthly\s)(?<!ministry's\s)(?<!ministry\u2019s\s)(?<!MOF's\s)(?<!MoF's\s)investor[- ]type\s+data",  # (the ministry's is monthly)
    ),
    "tic": (r"\bTIC\b", r"Treasury\s+(?:Department|International\s+Capital)", r"Treasury\s+data", r"U\.S\.\s+Treasury\s+data"),
    "other": (
        r"\bEPFR\b", r"\bLipper\b", r"Financial\s+Supervisory\s+Service", r"\bFSS\b", r"\bNSDL\b", r"\bFPIs?\b",
        r"Taiwan\s+Stock\s+Exchange", r"Korea\s+Exchange", r"Emerging\s+Portfolio\s+Fund\s+Research", r"Morningstar",
        r"\bICI\b", r"Investment\s+Company\s+Institute", r"fund[- ]tracker", r"fund\s+flows?",
        # the fund industry's own counts ("the Investment Trusts Association said", "estimates by X Fund Analytics")
        r"Investment\s+Trusts?\s+Association", r"Fund\s+(?:Analytics|Research|Data|Flows?\s+Research)\b",
    ),
}

# A ranking that goes on from the previous figure ("Luxembourg came next with X, followed by French investors
# with Y"): the figure moved the same way as the one before.
RANKING_CUES: tuple[str, ...] = (
    r"(?:came|comes|ranked|ranks|was|were)\s+(?:next|second|third|fourth|fifth)",
    r"(?:next|then)\s+came", r"followed\s+by", r"trailed\s+by", r"followed\s+with",  # "Australia and France followed with X and Y"
)

# A sentence that splits the previous figure into parts ("That was made up of X of bonds and Y of bills"):
# the parts moved the same way, by the same investors.
BREAKDOWN_CUES: tuple[str, ...] = (
    r"(?:comprised|consisted|composed|made\s+up)\s+of", r"comprised", r"included", r"includes", r"including",
    r"(?:split|divided|broken\s+down)\s+(?:into|between)", r"of\s+which", r"of\s+that",
)
