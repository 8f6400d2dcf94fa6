"""The watch job: poll feeds, collect alerts, flush digests, deliver.

Shared by the CLI (``crossguard watch``) and tests, so what the tests prove is what runs. The
watchers only store what they read; the alert sources (notifiers) turn stored rows into alerts.
Feed items are matched to the catalog as scan and check see it: the register's classification
overrides (``crossguard classify set``) are read when the cycle first indexes the catalog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

import yaml
from sqlalchemy import Engine

from crossguard.engine.catalog import load_catalog
from crossguard.engine.models import CatalogEntry
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.packs import validate_packs
from crossguard.notifiers.config import NotifyConfig, Route
from crossguard.notifiers.delivery import DeliveryStats, DeliveryWorker
from crossguard.notifiers.outbox import Outbox
from crossguard.notifiers.sources import CollectStats, collect
from crossguard.register.classification import current_overrides
from crossguard.register.queries import scan_runs
from crossguard.store.db import utcnow
from crossguard.watchers.config import FeedConfig, WatchConfig
from crossguard.watchers.topics import TopicBook
from crossguard.watchers.watcher import CycleReport, Watcher


@dataclass
class WatchRun:
    cycle: CycleReport
    collected: CollectStats
    digests: list[int] = field(default_factory=list)
    delivery: DeliveryStats = field(default_factory=DeliveryStats)
    catalog_errors: list[str] = field(default_factory=list)


def load_catalog_entries(paths: Sequence[Path]) -> tuple[list[CatalogEntry], list[str]]:
    """Catalog entries via the engine's loader; row errors are returned, not raised."""
    if not paths:
        return [], []
    loaded = load_catalog(list(paths))
    return list(loaded.entries), [str(e) for e in loaded.errors]


def watch_once(
    engine: Engine,
    wcfg: WatchConfig,
    ncfg: NotifyConfig,
    *,
    topics: TopicBook | None = None,
    catalog: Sequence[CatalogEntry] | None = None,
    force: bool = False,
    deliver: bool = True,
    deliver_seconds: float = 30.0,
    flush_digest: bool = False,
    env: Mapping[str, str] | None = None,
    stream: TextIO | None = None,
    today: date | None = None,
) -> WatchRun:
    catalog_errors: list[str] = []
    if catalog is None:
        missing = [p for p in wcfg.catalog if not p.exists()]
        entries, row_errors = load_catalog_entries([p for p in wcfg.catalog if p.exists()])
        catalog_errors = [f"{p}: no such catalog file (feed items cannot be matched to it)" for p in missing]
        catalog_errors += row_errors
        catalog = entries
    topics = topics or TopicBook.load(wcfg.topics)
    outbox = Outbox(engine, ncfg)
    cycle = Watcher(engine, wcfg, topics, catalog, overrides=lambda: register_overrides(engine)).run_cycle(force=force)
    collected = collect(engine, ncfg, today=today or utcnow().date(), catalog=catalog)
    digests = outbox.flush_digests(force=flush_digest)
    run = WatchRun(cycle, collected, digests, catalog_errors=catalog_errors)
    if deliver:
        worker = DeliveryWorker(engine, ncfg, env=env, stream=stream)
        run.delivery = worker.run(max_seconds=deliver_seconds)
    return run


def register_overrides(engine: Engine) -> dict[str, ClassificationOverride]:
    """The officers' classification overrides by SKU, as scan and check apply them."""
    with engine.connect() as conn:
        return current_overrides(conn)


class RouteConfigError(ValueError):
    """A route that can never receive anything as configured; the message names the route."""


def check_routes(engine: Engine, ncfg: NotifyConfig, config_file: Path | None = None) -> None:
    """Refuse routes filtering on packs that exist nowhere: not among the packaged packs, not among
    the packs of the register's recent scans (which may use --rules), not a source's own name."""
    packs = {pack.spec.id for pack in validate_packs()[0]}
    with engine.connect() as conn:
        for run in scan_runs(conn, limit=50):
            packs |= set(run.pack_versions)
    problems = ncfg.route_pack_problems(packs)
    if problems:
        where = f"{config_file}: " if config_file else ""
        raise RouteConfigError("\n".join(where + problem for problem in problems))


def fixture_feeds(folder: Path, base_url: str) -> tuple[list[FeedConfig], list[Path]]:
    """Feeds (and catalog paths) described by ``folder/feeds.yaml``, with URLs on ``base_url``.

    The manifest lists feeds like config.yaml does but with ``file:`` instead of ``url:``.
    """
    manifest = yaml.safe_load((folder / "feeds.yaml").read_text(encoding="utf-8")) or {}
    feeds = []
    for raw in manifest.get("feeds", []):
        raw = dict(raw)
        raw["url"] = base_url + str(raw.pop("file")).lstrip("/")
        feeds.append(FeedConfig.model_validate(raw))
    catalog = [(folder / p).resolve() for p in manifest.get("catalog", [])]
    return feeds, catalog


def console_only(ncfg: NotifyConfig, notifier: str = "console") -> NotifyConfig:
    """Config whose single route sends every alert to ``notifier`` at once (the --notifier override)."""
    return ncfg.model_copy(update={"routes": [Route(name=f"{notifier}-all", notifier=notifier)]})
