"""Who moves the money: investor phrases mapped to (side, economy, group).

Each entry is (pattern, attributes). Patterns are regular-expression fragments matched
case-insensitively on word boundaries; order matters only among patterns that start at the same
place (longer first). `side` is relative to `economy`: "resident" buys abroad, "non_resident" buys
into it. `economy: None` means "the economy of the market in context" (foreigners buy into whatever
market the story is about, Japan unless the story is about another one). `group` values are the record
contract's investor groups.
"""

from __future__ import annotations

_JP = r"(?:Japanese|Japan(?:-based|['’]s)?|domestic|local|home-grown)"
_FOREIGN = r"(?:foreign|overseas|offshore|international|global|non-Japanese|non-native|non-?resident|outside)"
_INV = r"(?:investors?|institutions?|funds?|players?|buyers?|sellers?|money\s+managers?|asset\s+managers?|accounts?|participants?|holders)"

# fmt: off
INVESTORS: list[tuple[str, dict[str, object]]] = [
    # --- Japanese residents, by group --------------------------------------------------------------
    (rf"(?:{_JP}\s+)?(?:life\s+insurers|life\s+insurance\s+(?:companies|firms)|lifers)", {"side": "resident", "economy": "JP", "group": "life_insurers"}),
    (rf"(?:{_JP}\s+)?(?:insurers|insurance\s+(?:companies|firms))", {"side": "resident", "economy": "JP", "group": "life_insurers"}),
    (rf"(?:{_JP}\s+)?trust\s+(?:banks?|accounts)|pension[- ](?:linked\s+)?accounts", {"side": "resident", "economy": "JP", "group": "trust_banks"}),
    (rf"(?:{_JP}\s+)?(?:public\s+)?pension\s+funds?|{_JP}\s+pensions|(?<=our\s)pensions|GPIF|Government\s+Pension\s+Investment\s+Fund", {"side": "resident", "economy": "JP", "group": "pension_funds"}),
    (rf"(?:{_JP}\s+)?investment\s+trusts?(?:\s+management\s+companies)?|(?:{_JP}\s+)?(?:mutual\s+funds|toshin|asset\s+managers|asset\s+management\s+(?:companies|firms))", {"side": "resident", "economy": "JP", "group": "investment_trusts"}),
    (rf"(?:{_JP}\s+)?(?:retail|individual|mom-and-pop)\s+investors|(?:{_JP}\s+)?individuals|(?:{_JP}\s+)?households|Mrs\.?\s+Watanabe", {"side": "resident", "economy": "JP", "group": "retail"}),
    # foreign banks are non-residents: "the selling came largely from foreign banks unwinding hedged positions"
    (r"(?:foreign|overseas|offshore|international|global)\s+(?:banks|lenders)", {"side": "non_resident", "economy": None, "group": "all"}),
    (rf"(?:{_JP}\s+)?(?:regional\s+|city\s+|major\s+|megabanks?\b\s*)?(?<!central\s)banks?(?!\s+of\b)|megabanks|(?:{_JP}\s+)?lenders", {"side": "resident", "economy": "JP", "group": "banks"}),
    (rf"{_JP}\s+(?:companies|corporations|corporates|firms|exporters)|business\s+(?:corporations|firms)|corporates|companies|corporations", {"side": "resident", "economy": "JP", "group": "corporates"}),
    (rf"(?:{_JP}\s+)?(?:securities\s+(?:firms|companies|houses)|brokerages|brokers)", {"side": "resident", "economy": "JP", "group": "other"}),
    # the ministry's catch-all investor type: 'the catch-all "others" category bought X'
    (r"(?:catch-all\s+)?[\"\u201c]?others[\"\u201d]?\s+(?:category|group|segment)", {"side": "resident", "economy": "JP", "group": "other"}),
    # --- Japanese residents, all -------------------------------------------------------------------
    (rf"{_JP}\s+(?:institutional\s+|private\s+|retail\s+)?{_INV}", {"side": "resident", "economy": "JP", "group": "all"}),
    (r"investors\s+(?:in|from)\s+Japan", {"side": "resident", "economy": "JP", "group": "all"}),
    # the people as the subject of a flash: "JAPANESE BUY NET 361.8 BLN YEN OF FOREIGN BONDS"
    (r"(?:the\s+)?Japanese(?=\s+(?:net\s+)?(?:buy|buys|bought|sell|sells|sold|dump|dumped|were|are|turned|remained)\b)", {"side": "resident", "economy": "JP", "group": "all"}),
    # a note's heading of the residents' figures: "Domestic side: pensions kept nibbling at foreign equities, X"
    (rf"(?<![\w-]){_JP}\s+side(?=\s*:)", {"side": "resident", "economy": "JP", "group": "all"}),
    (r"Japanese\s+(?:money(?![- ]market)|capital|residents)|residents\s+of\s+Japan|Japan\s+Inc", {"side": "resident", "economy": "JP", "group": "all"}),
    # a note's line label: "- Japanese, foreign stocks: +¥255.6bn"
    (r"Japanese(?=\s*,\s*(?:foreign|overseas|outward)\b)", {"side": "resident", "economy": "JP", "group": "all"}),
    # bare "residents" in balance-of-payments copy, as against "non-residents": Japan's ("residents sold X of foreign stocks")
    (r"residents(?!\s+of\b)", {"side": "resident", "economy": "JP", "group": "all"}),
    (r"(?:all\s+)?(?<![\w-])resident\s+investors", {"side": "resident", "economy": "JP", "group": "all"}),
    (r"Japan(?:['’]s)?(?=\s+outward\s+(?:portfolio\s+)?investment)", {"side": "resident", "economy": "JP", "group": "all"}),
    # balance-of-payments copy names the flow, not the investors: outward investment is residents', inward non-residents'
    (r"(?<!Japan\s)(?<!Japan's\s)(?<!Japan’s\s)outward\s+(?:portfolio\s+)?investments?", {"side": "resident", "economy": "JP", "group": "all"}),
    (r"inward\s+(?:portfolio\s+)?investments?", {"side": "non_resident", "economy": None, "group": "all"}),
    # --- every investor type at once ("* All investors: foreign bonds +X"): the side follows the market --------
    (r"(?:all|total|every)\s+(?:investors|investor\s+types|investor\s+categories)", {"side": "unknown", "economy": None, "group": "all"}),
    # --- non-residents -----------------------------------------------------------------------------
    (rf"{_FOREIGN}\s+(?:institutional\s+|private\s+|retail\s+|hedge\s+|portfolio\s+)?{_INV}", {"side": "non_resident", "economy": None, "group": "all"}),
    # "investors based outside Japan", "investors abroad"
    (r"investors\s+(?:based\s+)?(?:outside(?:\s+(?:of\s+)?Japan)?|abroad|overseas)", {"side": "non_resident", "economy": None, "group": "all"}),
    # "investors based in Europe, including Britain", "European investors": a region's, not a country's
    (r"(?:investors|funds|accounts)\s+(?:based|located|domiciled)\s+in\s+(?:continental\s+)?(?:Europe|Asia|North\s+America|the\s+Americas"
     r"|Latin\s+America|the\s+Middle\s+East|Oceania)|(?:European|Asian|North\s+American|Middle\s+Eastern)\s+(?:investors|funds|accounts)",
     {"side": "non_resident", "economy": None, "group": "all"}),
    (r"(?:foreign|non-?resident|non-native|overseas|offshore)(?=\s+(?:weekly\s+|monthly\s+|net\s+|investor\s+)?(?:buying|selling|purchases?|sales|inflows?|outflows?|interest|demand|money|capital|flows?|investment|selling|participation|appetite))", {"side": "non_resident", "economy": None, "group": "all"}),
    # (only where "foreign" cannot be the securities': "Non-resident equity buying", not "Foreign bond purchases")
    (r"non-?resident(?=\s+(?:equity|stock|share|bond|JGB|bill)\s+(?:buying|selling|purchases?|sales|inflows?|outflows?))", {"side": "non_resident", "economy": None, "group": "all"}),
    (r"foreigners|non-?residents|(?:offshore|overseas|foreign|international)\s+(?:money|capital|cash)|foreign\s+hedge\s+funds|global\s+funds?|hedge\s+funds", {"side": "non_resident", "economy": None, "group": "all"}),
    (r"(?:foreign|overseas|offshore)\s+central\s+banks|foreign\s+official\s+institutions|central\s+banks", {"side": "non_resident", "economy": None, "group": "central_bank"}),
]

# Country names as investors ("China sold a net ...", "U.S. investors", "investors from Luxembourg").
# ISO 3166 alpha-2 code -> names and adjectives.
COUNTRIES: dict[str, tuple[str, ...]] = {
    "JP": ("Japan", "Japanese"),
    "CN": ("China", "Chinese", "mainland China"),
    "US": ("United States", "U.S.", "US", "American", "America"),
    "GB": ("United Kingdom", "Britain", "British", "U.K.", "UK"),
    "KR": ("South Korea", "Korea", "Korean", "South Korean"),
    "TW": ("Taiwan", "Taiwanese"),
    "IN": ("India", "Indian"),
    "ID": ("Indonesia", "Indonesian"),
    "SG": ("Singapore", "Singaporean"),
    "HK": ("Hong Kong",),
    "SA": ("Saudi Arabia", "Saudi Arabian", "Saudi"),
    "LU": ("Luxembourg",),
    "FR": ("France", "French"),
    "DE": ("Germany", "German"),
    "IT": ("Italy", "Italian"),
    "ES": ("Spain", "Spanish"),
    "AU": ("Australia", "Australian"),
    "MY": ("Malaysia", "Malaysian"),
    "TH": ("Thailand", "Thai"),
    "CH": ("Switzerland", "Swiss"),
    "CA": ("Canada", "Canadian"),
    "BR": ("Brazil", "Brazilian"),
    "RU": ("Russia", "Russian"),
    "NL": ("Netherlands", "Dutch"),
    "BE": ("Belgium", "Belgian"),
    "IE": ("Ireland", "Irish"),
    "KY": ("Cayman Islands",),
    "NO": ("Norway", "Norwegian"),
}
# fmt: on

# Pronouns and ellipses that refer back to the last investor named.
PRONOUNS = ("they", "them", "their", "it", "the group", "these investors", "such investors")
