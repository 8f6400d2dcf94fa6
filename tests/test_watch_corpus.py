"""The watcher against real-world material in ../shared (skipped when it is absent).

- A sample of feedparser's own corpus (ill-formed documents, encoding and BOM cases), served over
  HTTP with the headers each case expects: no content may crash the watcher, every feed is
  recorded, and what feedparser calls bozo is recorded as a problem.
- The saved CPSC recalls feed (byte-order mark, tab-prefixed non-standard dates, mojibake) and
  the saved Federal Register feed (200 documents): stored once, dated, and matched sensibly.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from crossguard.feedserver import FeedServer
from crossguard.store.db import session_scope
from crossguard.watchers.config import FeedConfig, FeedDefaults, WatchConfig
from crossguard.watchers.models import FeedItemRow
from crossguard.watchers.topics import TopicBook
from crossguard.watchers.watcher import Watcher
from tests.fakes.catalog import demo_catalog, entry

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the project, as in CI; CROSSGUARD_SHARED points elsewhere (or nowhere, to check the skip)
SHARED = Path(os.environ.get("CROSSGUARD_SHARED", ROOT.parent / "shared")) / "material"
CORPUS = SHARED / "feedparser-tests"
FEEDS = SHARED / "feeds"

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/material is not beside the project")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


def watcher(engine: Engine, feeds: list[FeedConfig], catalog=None) -> Watcher:  # noqa: ANN001
    cfg = WatchConfig(feeds=feeds, defaults=FeedDefaults(timeout=5))
    return Watcher(engine, cfg, TopicBook.load(ROOT / "rules" / "topics.yaml"),
                   catalog if catalog is not None else demo_catalog())


def corpus_cases() -> list[dict[str, str]]:
    with (CORPUS / "expectations.tsv").open(encoding="utf-8") as fh:
        rows = {r["path"]: r for r in csv.DictReader(fh, delimiter="\t")}
    wanted = (CORPUS / "sample-100-illformed.txt").read_text().split()
    wanted += [p for p, r in rows.items() if r["corpus"] == "encoding"]
    return [rows[p] for p in wanted if p in rows]


def test_corpus_never_crashes_and_bozo_is_recorded(db_engine: Engine, server: FeedServer) -> None:
    cases = corpus_cases()
    assert len(cases) >= 150
    feeds = []
    for i, case in enumerate(cases):
        headers = {}
        for line in filter(None, case["headers"].split("|")):
            name, _, value = line.partition(":")
            headers[name.strip()] = value.strip()
        ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "application/xml")
        extra = {k: v for k, v in headers.items() if k.lower() not in ("content-type", "last-modified") and v}
        server.set(f"c{i}.xml", (CORPUS / case["path"]).read_bytes(), content_type=ctype, etag=False,
                   last_modified=None, headers=extra)
        feeds.append(FeedConfig(name=f"c{i}", url=server.url(f"c{i}.xml"), alert_on_first_poll=True))
    report = watcher(db_engine, feeds).run_cycle(force=True)
    assert len(report.feeds) == len(cases)
    internal = [(c["path"], r.problem) for c, r in zip(cases, report.feeds, strict=True)
                if "internal error" in (r.problem or "") or "crashed" in (r.problem or "")]
    assert internal == []
    missed_bozo = [c["path"] for c, r in zip(cases, report.feeds, strict=True)
                   if c["expect"].startswith("bozo") and r.status == "ok" and not r.problem]
    assert missed_bozo == []
    with session_scope(db_engine) as s:
        stored = len(s.scalars(select(FeedItemRow)).all())
    assert stored == sum(r.new_items for r in report.feeds) > 50


def test_saved_cpsc_feed_real_quirks(db_engine: Engine, server: FeedServer) -> None:
    body = (FEEDS / "us-cpsc-recalls-rss" / "Recalls-RSS.xml").read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")
    server.set("cpsc.xml", body)
    catalog = [*demo_catalog(), entry("PWB-1", "Power bank 10000mAh", ("US",), brand="Powerly", category="power banks",
                                      battery={"chemistry": "lithium-ion", "standalone": True})]
    w = watcher(db_engine, [FeedConfig(name="cpsc", url=server.url("cpsc.xml"), markets=["US"],
                                       alert_on_first_poll=True)], catalog)
    rep = w.run_cycle(force=True).feeds[0]
    assert (rep.status, rep.items, rep.new_items) == ("ok", 40, 40)
    assert w.run_cycle(force=True).feeds[0].new_items == 0
    with session_scope(db_engine) as s:
        rows = {r.title: r for r in s.scalars(select(FeedItemRow))}
    assert all(r.published_at is not None for r in rows.values())  # "\tNovember 10, 2021" parsed
    mycharge = next(r for t, r in rows.items() if t.startswith("myCharge Recalls Powerbanks"))
    assert mycharge.alert_state == "pending" and "PWB-1" in mycharge.skus_json
    nailers = next(r for t, r in rows.items() if "Nailers" in t)
    assert nailers.alert_state == "none" and nailers.skus_json == "[]"
    relevant = [r for r in rows.values() if r.alert_state == "pending"]
    assert 1 <= len(relevant) < 20  # recalls touching what we sell, not everything


def test_saved_federal_register_feed(db_engine: Engine, server: FeedServer) -> None:
    server.set("fr.rss", (FEEDS / "us-federal-register-rss" / "documents.rss").read_bytes())
    fr = FeedConfig(name="fr", url=server.url("fr.rss"), markets=["US"], alert_on_first_poll=True,
                    topics=["radio_equipment", "chargers_power_supplies", "lithium_batteries", "micromobility"])
    rep = watcher(db_engine, [fr]).run_cycle(force=True).feeds[0]
    assert (rep.status, rep.new_items) == ("ok", 200)
    assert rep.relevant < 10


def test_saved_ecb_files(db_engine: Engine, server: FeedServer) -> None:
    from crossguard.watchers.rates import latest_rates

    ecb = FEEDS / "ecb-exchange-rates"
    server.set("daily.xml", (ecb / "eurofxref-daily_xpt-nl.xml").read_bytes(), content_type="text/xml")
    server.set("gbp.xml", (ecb / "fxref-gbp_2022-01-27_extracted-from-hmrc.xml").read_bytes())
    w = watcher(db_engine, [FeedConfig(name="daily", url=server.url("daily.xml"), kind="ecb-daily"),
                            FeedConfig(name="gbp", url=server.url("gbp.xml"), kind="ecb-rss")])
    reports = w.run_cycle(force=True).feeds
    assert [r.status for r in reports] == ["ok", "ok"] and reports[1].rates == 5
    rates = latest_rates(db_engine)
    assert str(rates["USD"]) == "1.1252" and str(rates["GBP"]) == "0.84770"  # 2025-05-09 beats 2022-01-27
