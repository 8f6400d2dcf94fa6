"""Alert sources: where alerts come from. One module per source, one line in SOURCES.

A source reads the database and yields alerts; the runner enqueues them in the *same*
transaction, so a source may also mark its own rows as handled (the feed source does) and a crash
loses nothing and doubles nothing. Sources must give each event a stable ``Alert.key``: running a
source twice is then harmless, which is what makes "collect on every cycle" safe.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from crossguard.engine.models import CatalogEntry
from crossguard.notifiers.alert import Alert
from crossguard.notifiers.config import NotifyConfig, SourceSettings
from crossguard.notifiers.outbox import Outbox
from crossguard.notifiers.sources.feed_items import collect_feed_items
from crossguard.notifiers.sources.findings import collect_findings
from crossguard.notifiers.sources.fx_moves import collect_fx_moves
from crossguard.notifiers.sources.waivers import collect_waivers
from crossguard.store.db import session_scope


@dataclass
class SourceContext:
    config: NotifyConfig
    settings: SourceSettings
    today: date
    catalog: Sequence[CatalogEntry] = ()  # what the catalog sells where (FX moves: which currencies)


AlertSource = Callable[[Session, SourceContext], Iterable[Alert]]

SOURCES: dict[str, AlertSource] = {
    "feed_items": collect_feed_items,
    "findings": collect_findings,
    "waivers_expiring": collect_waivers,
    "fx_moves": collect_fx_moves,
}


@dataclass
class CollectStats:
    produced: dict[str, int] = field(default_factory=dict)
    enqueued: dict[str, int] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def total_enqueued(self) -> int:
        return sum(self.enqueued.values())


def collect(engine: Engine, config: NotifyConfig, *, today: date, only: Iterable[str] = (),
            catalog: Sequence[CatalogEntry] = ()) -> CollectStats:
    """Run every enabled source (or ``only`` these) and enqueue what they produce.

    One transaction per source: a failing source is recorded in ``errors`` and the others run;
    a failing database (locked, unreachable) raises, since every source would fail on it.
    """
    outbox = Outbox(engine, config)
    stats = CollectStats()
    wanted = set(only)
    for name, source in SOURCES.items():
        if (wanted and name not in wanted) or not config.source_enabled(name):
            continue
        ctx = SourceContext(config, config.sources.get(name) or SourceSettings(), today, catalog)
        produced = enqueued = 0
        try:
            with session_scope(engine, immediate=True) as session:
                for alert in source(session, ctx):
                    produced += 1
                    enqueued += outbox.enqueue(alert, session).created
        except OperationalError:
            raise
        except Exception as exc:  # one source's trouble must not silence the others
            stats.errors[name] = f"{type(exc).__name__}: {exc}"[:500]
            continue
        stats.produced[name] = produced
        stats.enqueued[name] = enqueued
    return stats
