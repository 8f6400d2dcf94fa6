"""Facts of a feed item beyond its products: hazards, markets and dates.

Hazards are regex classes of the words recall notices use ("fire", "choking", "magnet ingestion",
"lead" the metal and not the verb); a hazard is only used to ask whether a product *can* have it (a
battery fire recall and an unpowered plush toy do not fit). Markets come from where an item is
published (cpsc.gov -> US, gov.uk -> GB, europa.eu -> EU) and a few sales phrases.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlparse

HAZARD_PATTERNS: dict[str, str] = {
    "fire": r"\bfires?\b|\bflames?\b|ignit|catch(?:es|ing)?\s+fire|overheat|thermal\s+runaway|smok(?:e|ing)\b"
    r"(?!\s+(?:alarm|detector))|\bmelt",
    "burn": r"\bburn(?:s|ed|ing)?\b|scald",
    "shock": r"\bshock\b",
    "electrocution": r"electrocut",
    "explosion": r"explo(?:de|sion|sive)",
    "choking": r"chok(?:e|ing)|small\s+parts?\b|small\s+ball",
    "button_battery_ingestion": r"(?:button|coin)(?:\s+cell)?\s+batter(?:y|ies)|batter(?:y|ies)\s+ingestion|"
    r"ingest\w*\s+(?:the\s+)?(?:button|coin|batter)|swallow\w*\s+(?:the\s+)?(?:button|coin|batter)",
    "magnet_ingestion": r"magnets?\s+ingestion|ingest\w*\s+(?:the\s+)?magnets?|swallow\w*\s+(?:the\s+)?magnets?|"
    r"loose\s+magnets?|magnets?\s+(?:can|could)\s+(?:detach|come\s+loose|fall\s+out)|high.powered\s+magnet",
    "ingestion": r"ingest|swallow",
    "strangulation": r"strangulat",
    "entanglement": r"entangle",
    "entrapment": r"entrap",
    "laceration": r"lacerat|\bcuts?\b|sharp\s+edges?",
    "fall": r"\bfalls?\b|\bfalling\b|collaps",
    "tip_over": r"tip.?over",
    "drowning": r"drown",
    "suffocation": r"suffocat|asphyxia",
    "lead": r"\blead\s+(?:paint|content|poisoning|levels?|ban)\b|contains?\s+lead\b|exceed\w*\s+(?:the\s+)?"
    r"(?:federal\s+)?lead\b",
    "phthalates": r"phthalate",
    "flammability": r"flammab",
    "poisoning": r"poison|child.resistant|toxic",
    "chemical": r"chemical\s+burn|irritat|corrosive",
    "head_injury": r"head\s+injur",
    "impact": r"\bimpact\b|\bstruck\b",
    "crash": r"\bcrash",
    "projectile": r"projectile",
    "carbon_monoxide": r"carbon\s+monoxide",
    "microbial": r"bacteri|\bmold\b|fung|microb",
}
_HAZARD_RES = {k: re.compile(v, re.I) for k, v in HAZARD_PATTERNS.items()}

_HOST_MARKETS = (
    ("cpsc.gov", "US"), ("saferproducts.gov", "US"), ("federalregister.gov", "US"), ("regulations.gov", "US"),
    ("nhtsa.gov", "US"), ("fda.gov", "US"), ("ftc.gov", "US"), ("gov.uk", "GB"), ("europa.eu", "EU"),
    ("canada.ca", "CA"), ("gc.ca", "CA"), ("productsafety.gov.au", "AU"), ("accc.gov.au", "AU"),
    ("amazon.com", "US"), ("amazon.co.uk", "GB"), ("amazon.de", "DE"), ("amazon.fr", "FR"),
)
_TEXT_MARKETS = (
    (re.compile(r"\bamazon\.com\b|\bin\s+the\s+u\.?s\.?\b|\bunited\s+states\b|\bnationwide\b", re.I), "US"),
    (re.compile(r"\bamazon\.co\.uk\b|\bin\s+the\s+uk\b|\bunited\s+kingdom\b|\bgreat\s+britain\b", re.I), "GB"),
    (re.compile(r"\bcanada\b", re.I), "CA"),
    (re.compile(r"\bmexico\b", re.I), "MX"),
    (re.compile(r"\beuropean\s+union\b|\bsafety\s+gate\b|\brapex\b", re.I), "EU"),
)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_RE = re.compile(
    rf"\b(?:(?P<m1>{_MONTHS})\.?\s+(?:(?P<d1>\d{{1,2}}),?\s+)?(?P<y1>(?:19|20)\d\d)|"
    r"(?P<y2>(?:19|20)\d\d)-(?P<m2>\d\d)(?:-(?P<d2>\d\d))?|"
    r"(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)?\d\d))\b",
    re.I,
)
_MONTH_NUM = {m: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for m in names}


def find_hazards(text: str) -> list[str]:
    found = [k for k, r in _HAZARD_RES.items() if r.search(text)]
    if {"button_battery_ingestion", "magnet_ingestion"} & set(found) and "ingestion" in found:
        found.remove("ingestion")
    return found


def find_markets(link: str, feed: str, text: str) -> list[str]:
    """Markets of the publisher (link host, feed name) and of sales phrases in the text."""
    out: list[str] = []
    for source in (link, feed):
        host = source.lower()
        if "://" in host:
            parsed = urlparse(host)
            host = (parsed.hostname or "") + parsed.path
        for domain, market in _HOST_MARKETS:
            if domain in host and market not in out:
                out.append(market)
    for rx, market in _TEXT_MARKETS:
        if rx.search(text) and market not in out:
            out.append(market)
    return out


def _iso(y: int, m: int, d: int | None) -> str:
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


def find_dates(text: str) -> list[str]:
    """Dates and months named in text, ISO ("2021-03" or "2021-03-04")."""
    out = []
    for m in _DATE_RE.finditer(text):
        try:
            if m.group("y1"):
                day = int(m.group("d1")) if m.group("d1") else None
                out.append(_iso(int(m.group("y1")), _MONTH_NUM[m.group("m1").lower()], day))
            elif m.group("y2"):
                day = int(m.group("d2")) if m.group("d2") else None
                out.append(_iso(int(m.group("y2")), int(m.group("m2")), day))
            else:
                year = int(m.group("y3"))
                year = year + 2000 if year < 100 else year
                out.append(date(year, int(m.group("m3")), int(m.group("d3"))).isoformat())
        except (ValueError, KeyError):
            continue
    return list(dict.fromkeys(out))


def parse_published(value: str) -> str | None:
    """ISO date of a feed's published field (RFC 822, ISO 8601 or "October 21, 2021")."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    found = find_dates(value)
    return found[0] if found else None
