"""The watcher against a real HTTP feed server on 127.0.0.1: conditional GET, timeouts, backoff,
dedupe, isolation of broken feeds, ECB rates, and feed items turned into alerts exactly once."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from crossguard.feedserver import FeedServer
from crossguard.notifiers.config import NotifyConfig, Route, SourceSettings
from crossguard.notifiers.models import OutboxAlert
from crossguard.notifiers.sources import collect
from crossguard.store.db import session_scope, utcnow
from crossguard.watchers.config import FeedConfig, FeedDefaults, WatchConfig
from crossguard.watchers.fetch import fetch
from crossguard.watchers.models import FeedItemMatch, FeedItemRow, FeedState
from crossguard.watchers.rates import latest_rates
from crossguard.watchers.topics import TopicBook
from crossguard.watchers.watcher import Watcher
from tests.fakes.catalog import demo_catalog

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "examples" / "feeds"


def rss(*items: tuple[str, str]) -> bytes:
    body = "".join(f"<item><title>{t}</title><guid>{g}</guid><link>http://example.test/{g}</link>"
                   f"<description>{t}</description></item>" for g, t in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}</channel></rss>".encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def topics() -> TopicBook:
    return TopicBook.load(ROOT / "rules" / "topics.yaml")


def make_watcher(engine: Engine, topics: TopicBook, feeds: list[FeedConfig], **defaults: float) -> Watcher:
    cfg = WatchConfig(feeds=feeds, defaults=FeedDefaults(**{"interval": 3600, "timeout": 2, "backoff_base": 60,
                                                             "backoff_cap": 600, **defaults}))
    return Watcher(engine, cfg, topics, demo_catalog())


def feed(name: str, url: str, **kw: object) -> FeedConfig:
    return FeedConfig(name=name, url=url, markets=["US"], alert_on_first_poll=True, **kw)


def state(engine: Engine, name: str) -> FeedState:
    with session_scope(engine) as s:
        return s.get(FeedState, name)


# --- fetch --------------------------------------------------------------------------------------


def test_fetch_sends_validators_and_understands_304(server: FeedServer) -> None:
    server.set("f.xml", rss(("1", "a")))
    first = fetch(server.url("f.xml"), timeout=2, max_bytes=10_000)
    assert first.status == 200 and first.etag and first.modified
    again = fetch(server.url("f.xml"), timeout=2, max_bytes=10_000, etag=first.etag, modified=first.modified)
    assert again.not_modified and again.error is None and again.body == b""
    assert server.hits("f.xml")[-1]["If-None-Match"] == first.etag


def test_fetch_honours_last_modified_without_etag(server: FeedServer) -> None:
    server.set("lm.xml", rss(("1", "a")), etag=False)
    first = fetch(server.url("lm.xml"), timeout=2, max_bytes=10_000)
    assert first.etag is None and first.modified
    assert fetch(server.url("lm.xml"), timeout=2, max_bytes=10_000, modified=first.modified).not_modified


def test_fetch_total_deadline_beats_a_dripping_server(server: FeedServer) -> None:
    server.set("drip.xml", rss(*[(str(i), "x" * 50) for i in range(20)]), drip=0.05)
    started = time.monotonic()
    res = fetch(server.url("drip.xml"), timeout=0.5, max_bytes=1_000_000)
    assert res.error and "timeout" in res.error
    assert time.monotonic() - started < 2.0


def test_fetch_timeout_size_cap_gzip_and_errors(server: FeedServer) -> None:
    server.set("slow.xml", rss(("1", "a")), delay=1.5)
    assert "timeout" in (fetch(server.url("slow.xml"), timeout=0.3, max_bytes=10_000).error or "")
    server.set("big.xml", b"x" * 5000)
    assert "larger than" in (fetch(server.url("big.xml"), timeout=2, max_bytes=1000).error or "")
    server.set("bomb.xml", b"<" * 2_000_000, gzip=True)
    assert "larger than" in (fetch(server.url("bomb.xml"), timeout=2, max_bytes=100_000).error or "")
    server.set("gz.xml", rss(("1", "zipped")), gzip=True)
    assert b"zipped" in fetch(server.url("gz.xml"), timeout=2, max_bytes=10_000).body
    server.set("err.xml", b"oops", status=500)
    assert fetch(server.url("err.xml"), timeout=2, max_bytes=10_000).error == "HTTP 500 Internal Server Error"
    server.set("drop.xml", b"", drop=True)
    assert fetch(server.url("drop.xml"), timeout=2, max_bytes=10_000).error
    assert "HTTP 404" in (fetch(server.url("missing.xml"), timeout=2, max_bytes=10_000).error or "")
    assert "unreachable" in (fetch("http://127.0.0.1:9/", timeout=1, max_bytes=10).error or "")


# --- watcher ------------------------------------------------------------------------------------


def test_items_are_stored_once_and_conditional_get_is_used(db_engine: Engine, server: FeedServer,
                                                            topics: TopicBook) -> None:
    server.set("cpsc.xml", (FIXTURES / "cpsc-recalls.xml").read_bytes())
    w = make_watcher(db_engine, topics, [feed("cpsc", server.url("cpsc.xml"))])
    first = w.run_cycle(force=True).feeds[0]
    assert (first.status, first.items, first.new_items, first.relevant) == ("ok", 7, 7, 2)
    second = w.run_cycle(force=True).feeds[0]
    assert second.status == "not_modified" and second.new_items == 0
    assert "If-None-Match" in server.hits("cpsc.xml")[1]
    server.set("cpsc.xml", (FIXTURES / "cpsc-recalls.xml").read_bytes(), etag=False, last_modified=None)
    third = w.run_cycle(force=True).feeds[0]  # no validators any more: full body, but nothing new
    assert third.status == "ok" and third.new_items == 0
    with session_scope(db_engine) as s:
        assert len(s.scalars(select(FeedItemRow)).all()) == 7


def test_schedule_interval_and_due(db_engine: Engine, server: FeedServer, topics: TopicBook) -> None:
    server.set("a.xml", rss(("1", "a")))
    w = make_watcher(db_engine, topics, [feed("a", server.url("a.xml"), interval=120)])
    assert [f.name for f in w.due()] == ["a"]
    w.run_cycle()
    st = state(db_engine, "a")
    assert timedelta(seconds=119) < st.next_due_at - st.last_polled_at <= timedelta(seconds=121)
    assert w.due() == [] and w.run_cycle().feeds == []
    assert [f.name for f in w.due(utcnow() + timedelta(seconds=121))] == ["a"]


def test_failures_back_off_exponentially_with_a_cap(db_engine: Engine, server: FeedServer,
                                                    topics: TopicBook) -> None:
    server.set("bad.xml", b"down", status=503)
    w = make_watcher(db_engine, topics, [feed("bad", server.url("bad.xml"))], backoff_base=10, backoff_cap=35)
    delays = []
    for _ in range(4):
        w.run_cycle(force=True)
        st = state(db_engine, "bad")
        delays.append(round((st.next_due_at - st.last_polled_at).total_seconds()))
    assert delays == [10, 20, 35, 35]
    assert st.failures == 4 and st.last_error == "HTTP 503 Service Unavailable"
    server.set("bad.xml", rss(("1", "back")))
    w.run_cycle(force=True)
    st = state(db_engine, "bad")
    assert st.failures == 0 and st.last_error is None and st.last_ok_at is not None


def test_retry_after_from_the_feed_server_is_honoured(db_engine: Engine, server: FeedServer,
                                                      topics: TopicBook) -> None:
    server.set("busy.xml", b"", status=429, headers={"Retry-After": "300"})
    w = make_watcher(db_engine, topics, [feed("busy", server.url("busy.xml"))], backoff_base=10)
    w.run_cycle(force=True)
    st = state(db_engine, "busy")
    assert (st.next_due_at - st.last_polled_at).total_seconds() >= 300


def test_one_broken_feed_never_stops_the_others(db_engine: Engine, server: FeedServer, topics: TopicBook) -> None:
    server.set("good.xml", rss(("g1", "Acme recalls e-bike batteries")))
    server.set("garbage.xml", b"\x00\x01\x02 this is not xml", content_type="text/html")
    server.set("slow.xml", rss(("s1", "slow")), delay=1.5)
    server.set("html.xml", b"<html><body><h1>Maintenance</h1></body></html>", content_type="text/html")
    feeds = [feed("garbage", server.url("garbage.xml")), feed("slow", server.url("slow.xml"), timeout=0.3),
             feed("gone", server.url("gone.xml")), feed("html", server.url("html.xml")),
             feed("refused", "http://127.0.0.1:9/feed"), feed("good", server.url("good.xml"))]
    report = make_watcher(db_engine, topics, feeds).run_cycle(force=True)
    by = {f.feed: f for f in report.feeds}
    assert by["good"].status == "ok" and by["good"].relevant == 1
    for name in ("garbage", "slow", "gone", "html", "refused"):
        assert by[name].status == "error", name
        assert state(db_engine, name).last_error, name


def test_bozo_feed_keeps_its_entries_and_records_the_complaint(db_engine: Engine, server: FeedServer,
                                                               topics: TopicBook) -> None:
    broken = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
              b"<item><title>Power banks recalled &amp fire</title><guid>b1</guid></item>"
              b"<item><title>Second</title><guid>b2</guid></item></channel>")  # bad entity, no </rss>
    server.set("bozo.xml", broken)
    rep = make_watcher(db_engine, topics, [feed("bozo", server.url("bozo.xml"))]).run_cycle(force=True).feeds[0]
    assert rep.status == "ok" and rep.new_items == 2 and rep.problem
    assert "not well-formed" in state(db_engine, "bozo").last_error


def test_changed_item_is_a_revision_not_a_new_alert(db_engine: Engine, server: FeedServer,
                                                    topics: TopicBook) -> None:
    server.set("r.xml", rss(("id-1", "Acme recalls e-bike batteries")))
    w = make_watcher(db_engine, topics, [feed("r", server.url("r.xml"))])
    w.run_cycle(force=True)
    server.set("r.xml", rss(("id-1", "Acme recalls e-bike batteries (updated remedy)")))
    assert w.run_cycle(force=True).feeds[0].new_items == 0
    with session_scope(db_engine) as s:
        row = s.scalars(select(FeedItemRow)).one()
        assert row.revisions == 1 and "updated remedy" in row.title


def test_first_poll_is_a_silent_baseline_unless_asked(db_engine: Engine, server: FeedServer,
                                                      topics: TopicBook) -> None:
    server.set("b.xml", rss(("old", "Acme recalls e-bike batteries")))
    cfg = FeedConfig(name="b", url=server.url("b.xml"), markets=["US"])  # alert_on_first_poll defaults False
    w = make_watcher(db_engine, topics, [cfg])
    w.run_cycle(force=True)
    server.set("b.xml", rss(("old", "Acme recalls e-bike batteries"), ("new", "Zapro recalls chargers")))
    w.run_cycle(force=True)
    with session_scope(db_engine) as s:
        states = {r.guid: r.alert_state for r in s.scalars(select(FeedItemRow))}
    assert states == {"old": "baseline", "new": "pending"}


def test_relevant_items_become_alerts_exactly_once(db_engine: Engine, server: FeedServer,
                                                   topics: TopicBook) -> None:
    server.set("cpsc.xml", (FIXTURES / "cpsc-recalls.xml").read_bytes())
    w = make_watcher(db_engine, topics, [feed("cpsc", server.url("cpsc.xml"))])
    ncfg = NotifyConfig(routes=[Route(name="all", notifier="console")])
    w.run_cycle(force=True)
    first = collect(db_engine, ncfg, today=utcnow().date(), only=["feed_items"])
    assert first.enqueued == {"feed_items": 2}
    w.run_cycle(force=True)
    again = collect(db_engine, ncfg, today=utcnow().date(), only=["feed_items"])
    assert again.enqueued == {"feed_items": 0}
    with session_scope(db_engine) as s:
        alerts = s.scalars(select(OutboxAlert)).all()
        payloads = [json.loads(a.payload) for a in alerts]
        stored = {(m.sku, m.strength) for m in s.scalars(select(FeedItemMatch))}
    assert len(alerts) == 2 and stored == {("EBB-1", "strong"), ("CHG-1", "strong")}
    voltaro = next(p for p in payloads if "Voltaro" in p["title"])
    assert voltaro["skus"] == ["EBB-1"] and voltaro["severity"] == "high" and voltaro["link"]
    assert voltaro["products"][0]["title"] == "E-bike battery 36V 13Ah"
    assert voltaro["products"][0]["reason"].startswith("brand Voltaro (recalling company) + product type lmt_battery")
    zapro = next(p for p in payloads if "Chargers" in p["title"])  # the importer's brand and the product type
    assert zapro["skus"] == ["CHG-1"] and zapro["products"][0]["strength"] == "strong"
    assert not any("GreenYard" in p["title"] or "Lumetta" in p["title"] for p in payloads)  # not sold in the US


def test_ecb_feed_stores_rates_and_the_fx_source_alerts_on_big_moves(db_engine: Engine, server: FeedServer,
                                                                     topics: TopicBook) -> None:
    day1 = (b"<Envelope><Cube><Cube time='2026-11-23'><Cube currency='USD' rate='1.0000'/>"
            b"<Cube currency='GBP' rate='0.8500'/></Cube></Cube></Envelope>")
    day2 = (b"<Envelope><Cube><Cube time='2026-11-24'><Cube currency='USD' rate='1.0300'/>"
            b"<Cube currency='GBP' rate='0.8510'/></Cube></Cube></Envelope>")
    server.set("ecb.xml", day1, content_type="text/xml")
    ecb = FeedConfig(name="ecb", url=server.url("ecb.xml"), kind="ecb-daily")
    w = make_watcher(db_engine, topics, [ecb])
    ncfg = NotifyConfig(routes=[Route(name="all", notifier="console")],
                        sources={"fx_moves": SourceSettings(options={"move_pct": 2.0})})

    def fx_alerts() -> list[str]:
        collect(db_engine, ncfg, today=utcnow().date(), only=["fx_moves"], catalog=demo_catalog())
        with session_scope(db_engine) as s:
            return [a.title for a in s.scalars(select(OutboxAlert))]

    assert w.run_cycle(force=True).feeds[0].rates == 2
    assert fx_alerts() == []  # one date stored: nothing to compare with
    server.set("ecb.xml", day2, content_type="text/xml")
    w.run_cycle(force=True)
    rates = latest_rates(db_engine)
    assert str(rates["USD"]) == "1.0300" and str(rates["GBP"]) == "0.8510"
    # the demo catalog sells in the US and GB; GBP moved 0.12%: below the threshold
    assert fx_alerts() == ["EUR/USD moved +3.00% to 1.0300 on 2026-11-24"]
    w.run_cycle(force=True)  # same document again, the source runs again: no second alert
    assert fx_alerts() == ["EUR/USD moved +3.00% to 1.0300 on 2026-11-24"]


def test_fx_move_option_on_a_feed_says_where_it_went() -> None:
    with pytest.raises(ValueError, match="notifiers.sources.fx_moves"):
        FeedConfig(name="ecb", url="https://example.org/ecb.xml", kind="ecb-daily", fx_move_pct=2.0)


def test_feed_url_must_be_http() -> None:
    with pytest.raises(ValueError, match="http"):
        FeedConfig(name="x", url="file:///etc/passwd")
