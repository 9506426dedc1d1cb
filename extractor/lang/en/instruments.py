"""What is bought or sold: instrument phrases mapped to the record contract's instruments.

Each entry is (pattern, instrument, market hint). The market hint says where the securities are
issued as far as the phrase tells: "foreign", "domestic", or None (decided from the investor side).
A country adjective before the phrase sets the market later ("U.S. Treasuries" -> foreign for a
Japanese investor). Order matters: longer, more specific phrases first.
"""

from __future__ import annotations

_FOREIGN = r"(?:foreign|overseas|offshore|international|global|non-yen|outward|U\.S\.|US|American|European|euro[- ]zone|German|French|Italian|Spanish|British|Australian|Chinese|emerging[- ]market|dollar-denominated|euro-denominated)"
_DOMESTIC = r"(?:Japanese|Japan(?:'s)?|domestic|local|yen-denominated|Tokyo|home)"

# fmt: off
INSTRUMENTS: list[tuple[str, str, str | None]] = [
    # one figure for both: "pulled about $5.0 billion out of local stocks and bonds combined"
    (r"(?:stocks|shares|equities)\s+and\s+(?:bonds|debt)\s+(?:combined|together)|(?:bonds|debt)\s+and\s+(?:stocks|shares|equities)\s+(?:combined|together)", "securities", None),
    # short-term debt first: "short-term debt" must not be read as "debt"
    (r"(?:bills\s+and\s+notes|notes|debt|securities|bonds|paper)\s+(?:maturing\s+in|with\s+maturities\s+of)\s+(?:a|one)\s+year\s+or\s+less"
     r"|(?:short-term|shorter-(?:maturity|dated|term))\s+(?:(?:Japanese|foreign|overseas|government|U\.S\.|JPY|yen|yen-denominated|dollar|USD)\s+)?(?:debt\s+securities|debt|bills|bonds|notes|securities|paper|instruments|government\s+securities)|(?:treasury\s+|T-)?bills|(?:short-term|treasury)\s+bill(?=\s+(?:purchases|sales|buying|selling|holdings|market))|money[- ]market\s+(?:instruments|securities|paper)|commercial\s+paper|treasury\s+discount\s+bills|TDBs?|FBs", "short_term_debt", None),
    (r"(?:mid|medium)[- ]\s*(?:and|to)\s+long-term\s+(?:debt\s+securities|debt|bonds|securities)|(?:long-term|longer-(?:maturity|dated|term))\s+(?:(?:Japanese|foreign|overseas|government|U\.S\.|JPY|yen|yen-denominated|dollar|USD)\s+)?(?:debt\s+securities|debt|bonds|notes|government\s+bonds|JGBs)|debt\s+with\s+maturities\s+of\s+more\s+than\s+one\s+year", "long_term_debt", None),
    (r"(?:super-?long\s+|government\s+|sovereign\s+|corporate\s+|covered\s+|mortgage-backed\s+)?bonds|JGBs?|Treasur(?:y|ies|ys)(?!\s+(?:yield|Department|Secretary|data|report|official))|gilts|bunds|OATs|notes|sovereign\s+debt|government\s+debt|government\s+securities|fixed[- ]income(?:\s+securities|\s+assets)?", "long_term_debt", None),
    # a singular noun used as a modifier: "their bond buying", "foreign bond holdings", "stock sales"
    (r"bond(?=\s+(?:buying|selling|purchases|sales|investments?|inflows?|outflows?|holdings|exposure|positions|portfolios?|figure))", "long_term_debt", None),
    # not the debt of a crisis or the credit of a crunch ("the Dubai debt scare", "the global credit crunch")
    # both at once: "withdrew $15.9 billion from Indian equity and debt markets"
    # (not "stocks and bonds worth X and Y, respectively": two instruments of two figures)
    (r"equity\s+and\s+debt(?:\s+markets?)?|debt\s+and\s+equity(?:\s+markets?)?", "securities", None),
    (r"debt\s+securities|debt(?!\s+(?:crisis|crises|scare|ceiling|talks|woes|problems|default|limit|deal|restructuring|burden|worries|concerns|fears|turmoil|jitters|standoff|negotiations|relief|load|levels?|markets?\s+turmoil)\b)"
     r"|credit(?!\s+(?:crunch|crisis|rating|ratings|spreads?|conditions|squeeze|default|cards?|lines?|facilit(?:y|ies)|risk|event|markets?\s+turmoil)\b)", "debt", None),
    (r"(?:stock|equity)(?=\s+(?:buying|selling|purchases|sales|investments?|inflows?|outflows?|holdings|exposure|positions|portfolios?))", "equity", None),
    # exchange data: cash shares and futures together are neither ("sold X of cash shares and futures"), cash alone is shares
    (r"cash\s+(?:shares|equities|stocks)\s+and\s+(?:index\s+|stock\s+)?futures|cash\s+and\s+futures", "other", None),
    (r"cash(?=\s+(?:buying|selling|purchases|sales))|cash\s+(?:market|segment)", "equity", None),  # "net purchases in the cash market"
    (r"cash\s+equities|(?:equities|equity|stocks|shares)(?:\s+and\s+investment\s+fund\s+shares)?|(?:equity\s+and\s+)?investment\s+fund\s+shares", "equity", None),
    (r"(?:stock\s+|index\s+|equity\s+)?(?:futures|derivatives|options)(?:\s+contracts)?|derivative(?:\s+contracts)?", "derivatives", None),
    # (not "the monthly tally of cross-border securities transactions": the name of the statistics)
    (r"securities(?!\s+(?:transactions|statistics|data)\b)|assets|portfolio\s+investments?|investments", "securities", None),
]
# fmt: on

FOREIGN_MODIFIER = _FOREIGN
DOMESTIC_MODIFIER = _DOMESTIC

# Bare maturity adjectives used elliptically: "a net 48 billion yen of long-term and 202.1 billion yen
# of short-term debt securities".
ELLIPTIC: dict[str, str] = {"long-term": "long_term_debt", "short-term": "short_term_debt"}

# Words that pin a debt figure to the long-term column. Stories often say "bonds" for all debt
# securities ("sold a net 1.35 trillion yen of overseas bonds", then split into long- and short-term
# parts), so reconciliation also tries long + short term for a "bonds" figure, unless the sentence
# says long-term outright.
EXPLICIT_LONG_TERM = r"\blong[\s-]*term\b|\blonger[- ](?:maturity|dated|term)\b|\bmedium[- ]\s*(?:and|to)\s+long\b"
