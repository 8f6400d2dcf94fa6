"""Feed kinds: bytes in, items (and for ECB feeds, exchange rates) out.

Each kind is a function in FEED_KINDS so a new source format is one function and one line, and
config.yaml can only name kinds that exist. Parsers never raise for bad content: whatever they can
read becomes items, and what went wrong becomes ``ParseResult.problem`` (the watcher records it).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import feedparser

from crossguard.engine.seller import ecb as ecb_rates
from crossguard.engine.seller.ecb import describe
from crossguard.engine.seller.models import RateRow
from crossguard.watchers.topics import fix_mojibake


@dataclass
class FeedItem:
    """One entry as the watcher stores it."""

    dedupe_key: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    categories: list[str]
    published: datetime | None
    content_hash: str

    @property
    def text(self) -> str:
        """What topic rules read: title, summary and categories."""
        return " \n ".join([self.title, self.summary, " ; ".join(self.categories)])


@dataclass
class ParseResult:
    items: list[FeedItem] = field(default_factory=list)
    rates: list[RateRow] = field(default_factory=list)  # ECB kinds only
    problem: str | None = None
    feed_title: str | None = None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_item(
    guid: str | None,
    link: str | None,
    title: str,
    summary: str,
    categories: list[str] | None = None,
    published: datetime | None = None,
) -> FeedItem:
    """Build an item with its dedupe key: entry id, else link, else a hash of title + summary.

    The key is itself hashed so arbitrarily long ids fit a unique index on every database.
    """
    guid = (guid or "").strip() or None
    link = (link or "").strip() or None
    title = fix_mojibake((title or "").strip())  # the real CPSC feed double-encodes ’ as â€™
    summary = fix_mojibake((summary or "").strip())
    content_hash = _sha(f"{title}\x1f{summary}")
    if guid:
        basis = f"id:{guid}"
    elif link:
        basis = f"link:{link}"
    else:
        basis = f"hash:{content_hash}"
    return FeedItem(
        dedupe_key=_sha(basis),
        guid=guid,
        link=link,
        title=title,
        summary=summary,
        categories=[c for c in (categories or []) if c],
        published=published,
        content_hash=content_hash,
    )


_LOOSE_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%m/%d/%Y")
#: The date part of an ISO 8601 / W3C date as written: year, month, day.
_ISO_DATE = re.compile(r"^\s*(\d+)-(\d+)-(\d+)")


def _plausible(raw: object) -> bool:
    """Whether a written date could be what feedparser made of it: it reads `10000-01-01` as
    2010-11-01, `99-01-01` as 2099 and `2027-02-30` as 2 March. A date written ISO-style needs a
    four-digit year and a real day; other forms are left to feedparser."""
    match = _ISO_DATE.match(str(raw or ""))
    if match is None:
        return True
    year, month, day = match.groups()
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return len(year) == 4


def _entry_date(entry: Mapping) -> datetime | None:
    """feedparser's parsed date, else a few formats real feeds use (CPSC: "\tNovember 10, 2021").

    A date feedparser had to invent (see `_plausible`) is no date: the item counts as undated."""
    # dict.get: FeedParserDict.get would alias missing keys to others (and warn about it)
    get = (lambda name: dict.get(entry, name)) if isinstance(entry, dict) else entry.get
    for key in ("published", "updated", "created"):
        parsed, raw = get(f"{key}_parsed"), get(key)
        if not _plausible(raw):
            return None
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), UTC).replace(tzinfo=None)
            except (OverflowError, ValueError, TypeError):
                continue
    for key in ("published", "updated", "dc_date"):
        raw = str(entry.get(key) or "").strip()
        if not _plausible(raw):
            return None
        for fmt in _LOOSE_DATE_FORMATS:
            try:
                return datetime.strptime(raw, fmt)
            except ValueError:
                continue
    return None


def parse_feedparser(body: bytes, headers: Mapping[str, str]) -> ParseResult:
    """RSS 0.9x/1.0/2.0, Atom 0.3/1.0, CDF, JSON Feed: whatever feedparser reads.

    A bozo feed keeps the entries feedparser could recover; the bozo exception is the problem.
    """
    try:
        parsed = feedparser.parse(body, response_headers={k.lower(): v for k, v in headers.items()})
    except Exception as exc:  # feedparser promises not to raise; a crash must still not stop the watcher
        return ParseResult(problem=f"parser crashed: {describe(exc)}")
    problem = describe(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    items = []
    for entry in parsed.get("entries", []):
        try:
            items.append(
                make_item(
                    guid=entry.get("id"),
                    link=entry.get("link"),
                    title=str(entry.get("title") or ""),
                    summary=str(entry.get("summary") or entry.get("description") or ""),
                    categories=[str(t.get("term") or "") for t in entry.get("tags", []) if isinstance(t, Mapping)],
                    published=_entry_date(entry),
                )
            )
        except Exception as exc:  # one odd entry must not lose the others
            problem = problem or f"entry skipped: {describe(exc)}"
    if not items and problem is None and not parsed.get("version") and body.strip():
        problem = "not a recognised feed (no version detected, no entries)"
    return ParseResult(items=items, problem=problem, feed_title=parsed.get("feed", {}).get("title"))


def parse_ecb_rss(body: bytes, headers: Mapping[str, str]) -> ParseResult:
    """ECB per-currency RSS 1.0 feeds: items via feedparser, rates by the engine's ECB reader."""
    result = parse_feedparser(body, headers)
    ecb = ecb_rates.parse_ecb_rss(body)
    result.rates = ecb.rates
    result.problem = result.problem or ecb.problem
    return result


def parse_ecb_daily(body: bytes, headers: Mapping[str, str]) -> ParseResult:
    """ECB eurofxref-daily.xml (feedparser finds no entries in it): one item per day of rates."""
    ecb = ecb_rates.parse_ecb_daily(body)
    items = []
    for day in sorted({r.date for r in ecb.rates}):
        summary = ", ".join(f"{r.currency} {r.rate}" for r in ecb.rates if r.date == day)
        items.append(make_item(f"ecb-eurofxref:{day.isoformat()}", None,
                               f"ECB euro reference rates {day.isoformat()}", summary,
                               published=datetime(day.year, day.month, day.day, 14, 15)))
    title = "ECB euro foreign exchange reference rates" if ecb.rates else None
    return ParseResult(items=items, rates=ecb.rates, problem=ecb.problem, feed_title=title)


ParseFn = Callable[[bytes, Mapping[str, str]], ParseResult]

FEED_KINDS: dict[str, ParseFn] = {
    "rss": parse_feedparser,
    "atom": parse_feedparser,
    "rdf": parse_feedparser,
    "ecb-rss": parse_ecb_rss,
    "ecb-daily": parse_ecb_daily,
}


def parse(kind: str, body: bytes, headers: Mapping[str, str]) -> ParseResult:
    try:
        fn = FEED_KINDS[kind]
    except KeyError:
        return ParseResult(problem=f"unknown feed kind {kind!r}; known: {', '.join(sorted(FEED_KINDS))}")
    try:
        return fn(body, headers)
    except Exception as exc:  # defence in depth: no content may crash the watcher
        return ParseResult(problem=f"{kind} parser crashed: {describe(exc)}")
