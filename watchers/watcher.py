"""Poll feeds on their schedules, store new items once, and mark the relevant ones for alerting.

Which SKUs an item concerns is decided by `watchers.matching` (through `relevance.CycleMatcher`: the
catalog indexed once per cycle, when the first new item arrives); each (item, SKU) match is stored
with its strength, score and basis in ``watch_item_matches``.

Each feed is handled in isolation: its fetch, parse and store run inside one try block and one
transaction, so a feed that is unreachable, slow, ill-formed or simply strange is recorded in its
``watch_feeds`` row (``last_error``, ``failures``, backoff to ``next_due_at``) and the next feed
runs. Schedules: after success the next poll is ``interval`` later; after a failure it is
``backoff_base * 2^(failures-1)`` later (capped at ``backoff_cap``), never sooner than a
``Retry-After`` the server asked for.

A bozo feed (feedparser's word for "not well-formed") that still yielded entries counts as a
success: the entries are stored and the complaint is kept in ``last_error`` for someone to see.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crossguard.engine.models import CatalogEntry
from crossguard.engine.overrides import ClassificationOverride
from crossguard.store.db import session_scope, utcnow
from crossguard.watchers.config import FeedConfig, WatchConfig
from crossguard.watchers.fetch import FetchResult, fetch
from crossguard.watchers.models import FeedItemMatch, FeedItemRow, FeedState
from crossguard.watchers.parsers import FeedItem, ParseResult, parse
from crossguard.watchers.rates import ECB_SOURCE, store_rates
from crossguard.watchers.relevance import CycleMatcher
from crossguard.watchers.topics import TopicBook

log = logging.getLogger(__name__)

Fetcher = Callable[..., FetchResult]


@dataclass
class FeedReport:
    """What one poll of one feed did (also what `crossguard watch` prints)."""

    feed: str
    status: str  # ok, not_modified, error, skipped
    http_status: int | None = None
    items: int = 0
    new_items: int = 0
    relevant: int = 0
    rates: int = 0
    problem: str | None = None
    next_due_at: datetime | None = None
    elapsed: float = 0.0


@dataclass
class CycleReport:
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def relevant(self) -> int:
        return sum(f.relevant for f in self.feeds)

    @property
    def errors(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.status == "error"]


class Watcher:
    def __init__(
        self,
        engine: Engine,
        config: WatchConfig,
        topics: TopicBook,
        catalog: Sequence[CatalogEntry],
        *,
        clock: Callable[[], datetime] = utcnow,
        fetcher: Fetcher = fetch,
        overrides: Callable[[], Mapping[str, ClassificationOverride]] | None = None,
    ) -> None:
        """``overrides``: the register's classification overrides by SKU, read when the catalog is indexed."""
        self.engine = engine
        self.config = config
        self.topics = topics
        self.catalog = list(catalog)
        self.clock = clock
        self.fetcher = fetcher
        self.matching = CycleMatcher(self.catalog, topics, overrides)

    # -- schedule ------------------------------------------------------------------------------

    def _state(self, session: Session, feed: FeedConfig) -> FeedState:
        state = session.get(FeedState, feed.name)
        if state is None:
            state = FeedState(name=feed.name, url=feed.url, kind=feed.kind, failures=0, items_total=0,
                              last_new_items=0)
            session.add(state)
        if state.url != feed.url:  # a new URL is a new resource: its validators do not apply
            state.url, state.etag, state.modified = feed.url, None, None
        state.kind = feed.kind
        return state

    def due(self, now: datetime | None = None) -> list[FeedConfig]:
        now = now or self.clock()
        with session_scope(self.engine) as s:
            states = {st.name: st for st in s.scalars(select(FeedState))}
        out = []
        for feed in self.config.feeds:
            st = states.get(feed.name)
            if feed.enabled and (st is None or st.next_due_at is None or st.next_due_at <= now):
                out.append(feed)
        return out

    def backoff(self, failures: int) -> float:
        d = self.config.defaults
        return min(d.backoff_cap, d.backoff_base * 2 ** max(failures - 1, 0))

    # -- one feed ------------------------------------------------------------------------------

    def poll(self, feed: FeedConfig) -> FeedReport:
        """Fetch, parse and store one feed. Raises only when our own database fails (locked,
        unreachable): that is no feed's fault, and every other feed would fail the same way."""
        try:
            return self._poll(feed)
        except OperationalError:
            raise
        except Exception as exc:  # a bug or a strange item in one feed must not stop the others
            log.exception("feed %s: unexpected error", feed.name)
            error = f"internal error: {type(exc).__name__}: {exc}"[:500]
            try:
                return self._record_failure(feed, error, None)
            except OperationalError:
                raise
            except Exception:  # recording failed too: report, keep going
                return FeedReport(feed.name, "error", problem=error)

    def _poll(self, feed: FeedConfig) -> FeedReport:
        with session_scope(self.engine) as s:
            st = self._state(s, feed)
            etag, modified = (st.etag, st.modified) if st.url == feed.url else (None, None)
        res = self.fetcher(feed.url, timeout=self.config.timeout(feed), max_bytes=self.config.max_bytes(feed),
                           etag=etag, modified=modified, user_agent=self.config.user_agent)
        if res.error:
            return self._record_failure(feed, res.error, res)
        if res.not_modified:
            return self._record_success(feed, res, None, FeedReport(feed.name, "not_modified", res.status))
        parsed = parse(feed.kind, res.body, res.headers)
        if not parsed.items and not parsed.rates and parsed.problem:
            return self._record_failure(feed, f"unparseable: {parsed.problem}", res)
        return self._store(feed, res, parsed)

    def _retry_after(self, res: FetchResult | None) -> float:
        raw = (res.headers.get("retry-after") if res else None) or ""
        try:
            return min(float(raw), self.config.defaults.backoff_cap)
        except ValueError:
            return 0.0

    def _record_failure(self, feed: FeedConfig, error: str, res: FetchResult | None) -> FeedReport:
        now = self.clock()
        with session_scope(self.engine, immediate=True) as s:
            st = self._state(s, feed)
            st.failures += 1
            st.last_error = error
            st.last_status = res.status if res else None
            st.last_polled_at = now
            st.next_due_at = now + timedelta(seconds=max(self.backoff(st.failures), self._retry_after(res)))
            report = FeedReport(feed.name, "error", st.last_status, problem=error, next_due_at=st.next_due_at,
                                elapsed=res.elapsed if res else 0.0)
        log.info("feed %s failed (%s); next try %s", feed.name, error, report.next_due_at)
        return report

    def _record_success(self, feed: FeedConfig, res: FetchResult, parsed: ParseResult | None,
                        report: FeedReport, session: Session | None = None) -> FeedReport:
        now = self.clock()

        def apply(s: Session) -> None:
            st = self._state(s, feed)
            st.failures = 0
            st.last_status = res.status
            st.last_polled_at = st.last_ok_at = now
            st.next_due_at = now + timedelta(seconds=self.config.interval(feed))
            st.etag = res.etag or (st.etag if res.not_modified else None)
            st.modified = res.modified or (st.modified if res.not_modified else None)
            if parsed is not None:
                st.last_error = f"feed not well-formed (entries kept): {parsed.problem}" if parsed.problem else None
                st.title = parsed.feed_title or st.title
                st.last_new_items = report.new_items
                st.items_total += report.new_items
            else:
                st.last_new_items = 0
            report.next_due_at = st.next_due_at

        if session is not None:
            apply(session)
        else:
            with session_scope(self.engine, immediate=True) as s:
                apply(s)
        report.elapsed = res.elapsed
        return report

    def _store(self, feed: FeedConfig, res: FetchResult, parsed: ParseResult) -> FeedReport:
        report = FeedReport(feed.name, "ok", res.status, items=len(parsed.items), problem=parsed.problem)
        now = self.clock()
        with session_scope(self.engine, immediate=True) as s:
            first_poll = (st := s.get(FeedState, feed.name)) is None or st.last_ok_at is None
            baseline = first_poll and not feed.alert_on_first_poll
            existing = {
                k: (rid, h) for rid, k, h in s.execute(
                    select(FeedItemRow.id, FeedItemRow.dedupe_key, FeedItemRow.content_hash)
                    .where(FeedItemRow.feed == feed.name,
                           FeedItemRow.dedupe_key.in_([i.dedupe_key for i in parsed.items] or [""]))
                )
            }
            seen_now: set[str] = set()
            for item in parsed.items:
                if item.dedupe_key in seen_now:  # the same entry twice in one document
                    continue
                seen_now.add(item.dedupe_key)
                if item.dedupe_key in existing:
                    rid, old_hash = existing[item.dedupe_key]
                    if old_hash != item.content_hash:
                        row = s.get(FeedItemRow, rid)
                        row.title, row.summary, row.content_hash = item.title, item.summary, item.content_hash
                        row.revisions += 1
                    continue
                report.new_items += 1
                if self._add_item(s, feed, item, now, baseline):
                    report.relevant += 1
            if parsed.rates:
                report.rates = store_rates(s, parsed.rates, source=ECB_SOURCE)
            self._record_success(feed, res, parsed, report, session=s)
        return report

    def _add_item(self, s: Session, feed: FeedConfig, item: FeedItem, now: datetime, baseline: bool) -> bool:
        verdict = self.matching.judge(feed, item)
        too_old = (
            feed.max_age_days is not None and item.published is not None
            and item.published < now.replace(tzinfo=None) - timedelta(days=feed.max_age_days)
        )
        alert = verdict.relevant and not baseline and not too_old
        matches = verdict.result.matches
        row = FeedItemRow(
            feed=feed.name, dedupe_key=item.dedupe_key, guid=item.guid, link=item.link, title=item.title,
            summary=item.summary, categories_json=json.dumps(item.categories),
            published_at=item.published.replace(tzinfo=now.tzinfo) if item.published else None,
            first_seen_at=now, content_hash=item.content_hash, revisions=0, tags_json=json.dumps(verdict.meta),
            skus_json=json.dumps([m.sku for m in matches]),
            severity=verdict.severity.value if verdict.severity else None,
            alert_state="pending" if alert else ("baseline" if verdict.relevant else "none"),
        )
        s.add(row)
        if matches:
            s.flush()  # the row's id
            s.add_all(FeedItemMatch(item_id=row.id, rank=rank, sku=m.sku, strength=m.strength, score=round(m.score, 4),
                                    basis_json=json.dumps(m.basis), title=m.title) for rank, m in enumerate(matches))
        return verdict.relevant

    # -- cycle -----------------------------------------------------------------------------------

    def run_cycle(self, *, force: bool = False) -> CycleReport:
        """Poll every due feed (every enabled feed with ``force``), one after the other."""
        report = CycleReport()
        feeds = [f for f in self.config.feeds if f.enabled] if force else self.due()
        for feed in feeds:
            report.feeds.append(self.poll(feed))
        return report
