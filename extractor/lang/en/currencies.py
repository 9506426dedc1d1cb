"""Currency symbols, codes and words, mapped to ISO 4217 codes.

PREFIXES stand before the number ("¥1.4 trillion", "US$13.8 billion"); SUFFIXES follow the number and
its scale word ("1.4 trillion yen"). Longest first: "US$" must be tried before "$".
"""

# fmt: off
PREFIXES: dict[str, tuple[str, ...]] = {
    "USD": ("US$", "U.S.$", "USD ", "USD", "$"),
    "AUD": ("A$", "AU$", "AUD "),
    "NZD": ("NZ$",),
    "CAD": ("C$", "CA$"),
    "HKD": ("HK$",),
    "SGD": ("S$",),
    "TWD": ("NT$ ", "NT$", "T$"),
    "JPY": ("¥", "￥", "JPY ", "JPY"),
    "EUR": ("€", "EUR "),
    "GBP": ("£", "GBP "),
    "INR": ("Rs.", "Rs ", "Rs", "₹", "INR "),
    "KRW": ("₩", "KRW "),
    "CNY": ("CNY ", "RMB "),
    "MYR": ("RM ", "RM"),
    "IDR": ("Rp ", "Rp. ", "Rp"),
    "THB": ("฿", "THB "),
}

SUFFIXES: dict[str, tuple[str, ...]] = {
    "JPY": ("Japanese yen", "yen", "JPY"),
    "USD": ("U.S. dollars", "US dollars", "dollars", "U.S. dollar", "dollar", "USD"),
    "EUR": ("euros", "euro", "EUR"),
    "KRW": ("Korean won", "won", "KRW"),
    "TWD": ("Taiwan dollars", "New Taiwan dollars", "TWD"),
    "INR": ("Indian rupees", "rupees", "INR"),
    "AUD": ("Australian dollars", "AUD"),
    "GBP": ("pounds", "sterling", "GBP"),
    "CNY": ("yuan", "renminbi", "CNY"),
    "MYR": ("ringgit", "MYR"),
    "IDR": ("rupiah", "IDR"),
    "THB": ("Thai baht", "baht", "THB"),
    "CHF": ("Swiss francs", "francs", "CHF"),
}
# fmt: on

# The economy whose own money each currency is, for figures of other markets ("310 billion won": Korea's);
# the euro is many economies' (EU: the one the sentence names, if any). Yen and dollars are left out:
# Japan's flows are counted in both.
ECONOMY_OF: dict[str, str] = {
    "KRW": "KR", "TWD": "TW", "INR": "IN", "IDR": "ID", "MYR": "MY", "EUR": "EU", "THB": "TH", "CNY": "CN",
    "HKD": "HK", "SGD": "SG", "GBP": "GB", "AUD": "AU", "NZD": "NZ", "CAD": "CA", "CHF": "CH",
}
