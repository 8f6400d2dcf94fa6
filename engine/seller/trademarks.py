"""Trademark facts: own marks (status, expiry) and listings (brand protection, third-party marks).

- `trademark`: one fact per own mark. A registered mark whose expiry date has passed is lapsed
  whatever its recorded status (registrations last ten years unless renewed); `days_to_expiry`
  counts from the evaluation date to the expiry date, the last day of protection. A USPTO
  registration with a `registered` date also has `section8_stage`: the declaration of use is due
  between the 5th and 6th anniversary (`window`), may be filed in the 6 months after with a
  surcharge (`grace`), and without it the registration is cancelled (`missed`, which also makes
  the mark lapsed); `filed` once `section8_filed` is recorded, `not_due` before (15 U.S.C. 1058).
- `brand_listing`: one fact per listing with a title. `brand_status` is the best status of an own
  mark for that brand (compared after `marks.compact`, so 'Brick-Mate' is 'BrickMate') at an office
  whose marks the marketplace's brand programme accepts for that market (MARKET_OFFICES): registered,
  pending, lapsed or none. Amazon Brand Registry accepts pending applications only at some offices
  or through IP Accelerator (domain-review W11); a pending mark counts as protection here and the
  rule's remediation says to check the office. Generic brands
  ('Generic', 'Unbranded'...) need no mark. The title and the brand are each searched for the
  watch list's third-party marks (`marks.MarkMatcher`); the best score, mark and the text as
  written become fields, and rules/trademarks.yaml sets the score that counts as a match.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from crossguard.engine.listing_facts import day_number
from crossguard.engine.markets import EU_MEMBER_STATES, region_of
from crossguard.engine.seller.facts import SellerFact, clean
from crossguard.engine.seller.marks import MarkMatcher, compact
from crossguard.engine.seller.models import BrandListing, MarkStatus, Trademark, WatchMark

EU_OFFICE = "EUIPO"
#: national offices of EU member states (Benelux shares BOIP)
EU_NATIONAL_OFFICES: dict[str, str] = {
    "AT": "OPA", "BE": "BOIP", "BG": "BPO", "HR": "DZIV", "CY": "DRCOR", "CZ": "UPV", "DK": "DKPTO",
    "EE": "EPA", "FI": "PRH", "FR": "INPI", "DE": "DPMA", "GR": "OBI", "HU": "HIPO", "IE": "IPOI",
    "IT": "UIBM", "LV": "LRPV", "LT": "VPB", "LU": "BOIP", "MT": "MCCAA", "NL": "BOIP", "PL": "UPRP",
    "PT": "INPI-PT", "RO": "OSIM", "SK": "UPV-SK", "SI": "SIPO", "ES": "OEPM", "SE": "PRV",
}
#: market -> offices whose marks the marketplace accepts there (domain.md, Trademarks)
MARKET_OFFICES: dict[str, tuple[str, ...]] = {
    **{country: (EU_OFFICE, office) for country, office in EU_NATIONAL_OFFICES.items()},
    "GB": ("UKIPO",), "US": ("USPTO",), "JP": ("JPO",), "CA": ("CIPO",), "AU": ("IPAUSTRALIA",),
    "IN": ("CGPDTM",), "MX": ("IMPI",), "BR": ("INPI-BR",), "TR": ("TURKPATENT",), "SG": ("IPOS",),
    "AE": ("MOE-AE",), "SA": ("SAIP",),
}
OFFICE_ALIASES = {"EUTM": EU_OFFICE, "OHIM": EU_OFFICE, "UK IPO": "UKIPO", "IPO-UK": "UKIPO",
                  "DPMA-DE": "DPMA", "INPI-FR": "INPI", "IP AUSTRALIA": "IPAUSTRALIA"}
GENERIC_BRANDS = frozenset({"generic", "unbranded", "nobrand", "none", "na", "nolabel", "noname"})
STATUS_ORDER = {"registered": 3, "pending": 2, "lapsed": 1, "none": 0}


def office_code(office: str) -> str:
    return OFFICE_ALIASES.get(office, office)


USPTO = "USPTO"


def _years_after(day: date, years: int, months: int = 0) -> date:
    month = day.month - 1 + months
    year, month = day.year + years + month // 12, month % 12 + 1
    try:
        return day.replace(year=year, month=month)
    except ValueError:  # 29 February, 31st of a shorter month
        return (day.replace(year=year, month=month, day=1) + timedelta(days=31)).replace(day=1) - timedelta(days=1)


def section8(mark: Trademark, at: date) -> tuple[str, date, date, date] | None:
    """USPTO declaration of use: (stage, window opens, deadline, grace end), or None if not applicable."""
    if office_code(mark.office) != USPTO or mark.status is not MarkStatus.registered or mark.registered is None:
        return None
    opens, deadline = _years_after(mark.registered, 5), _years_after(mark.registered, 6)
    grace_end = _years_after(mark.registered, 6, 6)
    if mark.section8_filed is not None and mark.section8_filed <= at:
        stage = "filed"
    elif at < opens:
        stage = "not_due"
    elif at <= deadline:
        stage = "window"
    elif at <= grace_end:
        stage = "grace"
    else:
        stage = "missed"
    return stage, opens, deadline, grace_end


def effective_status(mark: Trademark, at: date) -> str:
    if mark.status is MarkStatus.registered and mark.expiry is not None and mark.expiry < at:
        return MarkStatus.lapsed.value
    due = section8(mark, at)
    if due is not None and due[0] == "missed":
        return MarkStatus.lapsed.value
    return mark.status.value


def trademark_fact(mark: Trademark, at: date) -> SellerFact:
    status = effective_status(mark, at)
    days = (mark.expiry - at).days if mark.expiry else None
    office = office_code(mark.office)
    due = section8(mark, at)
    stage, opens, deadline, grace_end = due if due else (None, None, None, None)
    fact = clean({
        "day": day_number(at), "region": "GLOBAL", "mark": mark.mark, "owner": mark.owner, "office": office,
        "number": mark.number, "status": mark.status.value, "effective_status": status,
        "days_to_expiry": days, "classes": [str(c) for c in mark.classes],
        "section8_stage": stage, "section8_opens": opens.isoformat() if opens else None,
        "section8_deadline": deadline.isoformat() if deadline else None,
        "section8_grace_end": grace_end.isoformat() if grace_end else None,
    })
    expired = mark.expiry is not None and mark.expiry < at and mark.status is MarkStatus.registered
    basis = {
        "effective_status": f"recorded as {mark.status.value}"
        + (f"; expiry {mark.expiry.isoformat()} has passed" if expired else "")
        + ("; section 8 declaration not filed by the end of the grace period: cancelled" if stage == "missed" else ""),
        "section8_stage": f"registered {mark.registered.isoformat()}: declaration of use due {opens.isoformat()} to "
                          f"{deadline.isoformat()}, grace to {grace_end.isoformat()}"
                          + (f"; filed {mark.section8_filed.isoformat()}" if stage == "filed" else "") if due else "",
        "days_to_expiry": f"from {at.isoformat()} to the expiry date {mark.expiry.isoformat()}" if mark.expiry
        else "no expiry date recorded",
    }
    key = mark.number or compact(mark.mark)
    return SellerFact("trademark", fact, f"trademark:{office}:{key}", basis)


def brand_status(brand: str, market: str, marks: list[Trademark], at: date) -> tuple[str, Trademark | None]:
    accepted = MARKET_OFFICES.get(market, ())
    wanted = compact(brand)
    best: tuple[str, Trademark | None] = ("none", None)
    for mark in marks:
        if compact(mark.mark) != wanted or office_code(mark.office) not in accepted:
            continue
        status = effective_status(mark, at)
        if STATUS_ORDER[status] > STATUS_ORDER[best[0]]:
            best = (status, mark)
    return best


def _watch_fields(prefix: str, text: str | None, matcher: MarkMatcher, owners: dict[str, WatchMark],
                  fact: dict[str, object], basis: dict[str, str]) -> None:
    match = matcher.best(text)
    fact[f"watch_{prefix}_score"] = match.score if match else 0.0
    if match is None:
        basis[f"watch_{prefix}_score"] = f"no protected mark resembles the {prefix}"
        return
    fact[f"watch_{prefix}_mark"] = match.mark
    fact[f"watch_{prefix}_text"] = match.text
    watched = owners[match.mark]
    who = ", ".join(filter(None, [watched.owner, watched.reference]))
    basis[f"watch_{prefix}_score"] = (
        f"{prefix} text {match.text!r} vs protected mark {match.mark!r}"
        + (f" ({who})" if who else "") + "; similarity 0-100 ignoring case, spacing, punctuation and diacritics"
    )
    basis[f"watch_{prefix}_text"] = f"as written in the {prefix}"


def listing_fact(listing: BrandListing, marks: list[Trademark], matcher: MarkMatcher,
                 owners: dict[str, WatchMark], at: date) -> SellerFact:
    brand = (listing.brand or "").strip()
    generic = not brand or compact(brand) in GENERIC_BRANDS
    status, mark = ("none", None) if generic else brand_status(brand, listing.market, marks, at)
    accepted = list(MARKET_OFFICES.get(listing.market, ()))
    fact: dict[str, object] = clean({
        "day": day_number(at), "region": region_of(listing.market), "sku": listing.sku, "title": listing.title,
        "brand": brand or None, "marketplace": listing.marketplace, "market": listing.market,
        "brand_generic": generic, "brand_status": status, "accepted_offices": accepted,
    })
    where = "the EU or " + listing.market if listing.market in EU_MEMBER_STATES else listing.market
    basis = {
        "brand_status": (f"own mark {mark.mark!r} at {office_code(mark.office)}"
                         + (f" no. {mark.number}" if mark.number else "") + f" is {status}") if mark
        else f"no own mark {brand!r} at an office accepted for {where} ({', '.join(accepted) or 'none known'})",
        "brand_generic": "no brand or a generic brand" if generic else f"brand {brand!r}",
    }
    _watch_fields("brand", brand or None, matcher, owners, fact, basis)
    _watch_fields("title", listing.title, matcher, owners, fact, basis)
    subject = f"{listing.sku}@{listing.marketplace}:{listing.market}"
    return SellerFact("brand_listing", fact, subject, basis,
                      {"sku": listing.sku, "market": listing.market, "marketplace": listing.marketplace})


def trademark_facts(marks: list[Trademark], watchlist: list[WatchMark], listings: Iterable[BrandListing],
                    at: date) -> list[SellerFact]:
    facts = [trademark_fact(mark, at) for mark in marks]
    matcher = MarkMatcher([w.mark for w in watchlist])
    owners = {w.mark: w for w in watchlist}
    facts.extend(listing_fact(listing, marks, matcher, owners, at) for listing in listings)
    return facts
