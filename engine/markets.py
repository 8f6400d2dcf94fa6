"""Geography the rules need: which region a store country belongs to and its languages.

Kept as data in code (not YAML) because it is fact about the world, not policy a seller tunes.
Northern Ireland (XI) follows EU product rules under the Windsor Framework, so it routes to EU packs.
"""

from __future__ import annotations

EU_MEMBER_STATES: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()
)

#: Official languages a marketplace in that country is expected to show safety information in.
MARKET_LANGUAGES: dict[str, tuple[str, ...]] = {
    "AT": ("de",), "BE": ("nl", "fr", "de"), "BG": ("bg",), "HR": ("hr",), "CY": ("el",),
    "CZ": ("cs",), "DK": ("da",), "EE": ("et",), "FI": ("fi", "sv"), "FR": ("fr",), "DE": ("de",),
    "GR": ("el",), "IE": ("en", "ga"), "IT": ("it",), "LV": ("lv",), "LT": ("lt",),
    "LU": ("fr", "de", "lb"), "MT": ("mt", "en"), "NL": ("nl",), "PL": ("pl",), "PT": ("pt",),
    "RO": ("ro",), "SK": ("sk",), "SI": ("sl",), "ES": ("es",), "SE": ("sv",),
    "GB": ("en",), "XI": ("en",), "US": ("en",), "CA": ("en", "fr"), "AU": ("en",), "JP": ("ja",),
}


#: Codes people write that are not the ISO 3166 code: UK (GB), EL (Greece's VAT prefix).
COUNTRY_ALIASES: dict[str, str] = {"UK": "GB", "EL": "GR"}

#: Store countries a listing may name; anything else is a typo a check must not silently pass.
KNOWN_MARKETS: frozenset[str] = frozenset(MARKET_LANGUAGES) | frozenset(
    "CH NO IS LI TR AE SA MX BR SG IN CN KR NZ ZA EG".split()
)

#: What a pack's `jurisdiction` may say: a region facts are routed by, or GLOBAL.
JURISDICTIONS: frozenset[str] = frozenset({"GLOBAL", "EU"}) | (KNOWN_MARKETS - EU_MEMBER_STATES - {"XI"})


def country_code(value: object) -> object:
    """Upper-case, trimmed ISO code with aliases mapped; non-strings pass through for pydantic to reject."""
    if isinstance(value, str):
        code = value.strip().upper()
        return COUNTRY_ALIASES.get(code, code)
    return value


def region_of(market: str) -> str:
    """EU, GB, US or the country code itself for markets no pack targets as a region."""
    if market in EU_MEMBER_STATES or market == "XI":
        return "EU"
    return market


#: Currency each store country is paid in; euro-area members and unlisted EU members pay in EUR.
MARKET_CURRENCY: dict[str, str] = {
    "US": "USD", "GB": "GBP", "XI": "GBP", "JP": "JPY", "PL": "PLN", "SE": "SEK", "CZ": "CZK", "DK": "DKK",
    "HU": "HUF", "RO": "RON", "BG": "BGN", "CA": "CAD", "AU": "AUD", "CH": "CHF", "NO": "NOK", "TR": "TRY",
    "MX": "MXN", "IN": "INR", "SG": "SGD", "BR": "BRL", "AE": "AED",
}  # fmt: skip


def currency_of(market: str) -> str | None:
    """The currency a listing in ``market`` is paid in, or None where crossguard does not know it."""
    return MARKET_CURRENCY.get(market) or ("EUR" if market in EU_MEMBER_STATES else None)
