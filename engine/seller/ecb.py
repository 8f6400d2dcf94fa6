"""The ECB's euro reference rates, read from the two formats it publishes: bytes in, rates out.

Pure (no network, no database): the FX rules read rates files through it, and the watchers read
the live ECB feeds through it, so both understand the feed the same way. ElementTree's expat
refuses external entities and (Python >= 3.11's bundled expat) entity-expansion bombs, so a hostile
body fails as a ParseError, which becomes ``EcbRates.problem``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError

from crossguard.engine.seller.models import RateRow


@dataclass
class EcbRates:
    """Rates found in one document, and what could not be read (None when all was well)."""

    rates: list[RateRow] = field(default_factory=list)
    problem: str | None = None


def describe(exc: BaseException) -> str:
    """An exception as one short line for a feed's or file's error record."""
    text = str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"[:500]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _rate(currency: str | None, raw: str | None, day: date) -> RateRow:
    value = Decimal((raw or "").strip())
    if not currency or not value.is_finite() or value <= 0:
        raise InvalidOperation
    return RateRow(currency=currency.strip().upper(), rate=value, date=day)


def parse_ecb_daily(body: bytes) -> EcbRates:
    """eurofxref-daily.xml (and the 90-day / historic files): a gesmes envelope of Cube elements."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        return EcbRates(problem=f"ECB XML unreadable: {describe(exc)}")
    rows: list[RateRow] = []
    problems: list[str] = []
    for day_cube in root.iter():
        if not day_cube.tag.endswith("Cube") or "time" not in day_cube.attrib:
            continue
        try:
            day = date.fromisoformat(day_cube.attrib["time"].strip())
        except ValueError:
            problems.append(f"bad date {day_cube.attrib['time']!r}")
            continue
        for cube in day_cube:
            currency, raw = cube.attrib.get("currency"), cube.attrib.get("rate")
            try:
                rows.append(_rate(currency, raw, day))
            except (InvalidOperation, ValidationError):
                problems.append(f"bad rate {currency!r}={raw!r}")
    if not rows:
        return EcbRates(problem="; ".join(problems) or "no rates in ECB document")
    return EcbRates(rows, "; ".join(problems) or None)


def parse_ecb_rss(body: bytes) -> EcbRates:
    """The per-currency RSS 1.0 feeds (fxref-usd.html...): rates from each item's cb:statistics.

    feedparser folds ``<cb:value decimals="5">0.83368</cb:value>`` into attributes and loses the
    number, hence ElementTree here.
    """
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        return EcbRates(problem=f"ECB RSS unreadable: {describe(exc)}")
    rows: list[RateRow] = []
    for item in (el for el in root.iter() if _local(el.tag) == "item"):
        fields = {_local(el.tag): (el.text or "").strip() for el in item.iter()}
        if fields.get("baseCurrency", "EUR").upper() != "EUR":
            continue
        try:
            currency = fields.get("targetCurrency", "")
            if len(currency) != 3:
                continue
            rows.append(_rate(currency, fields.get("value"), date.fromisoformat(fields.get("date", "")[:10])))
        except (ValueError, InvalidOperation, ValidationError):
            continue
    return EcbRates(rows, None if rows else "no cb:exchangeRate values in ECB RSS")


def parse_ecb(body: bytes) -> EcbRates:
    """Either format: the daily XML first, then the RSS; the daily parser's problem if neither has rates."""
    daily = parse_ecb_daily(body)
    if daily.rates:
        return daily
    rss = parse_ecb_rss(body)
    return rss if rss.rates else daily
