"""Operational traps from the attack review (issue 16): mistyped databases, world-readable files,
printed passwords, console markup, routes to packs that do not exist, endless waivers, redirects
off the web, invented feed dates and a locked database."""

from __future__ import annotations

import functools
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.commands import _watching
from crossguard.engine.findings import Severity
from crossguard.engine.text import printable
from crossguard.feedserver import FeedServer
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.notifiers.config import NotifyConfig, Route
from crossguard.notifiers.console import format_alert
from crossguard.notifiers.outbox import Outbox
from crossguard.store.db import make_engine
from crossguard.watchers.fetch import fetch
from crossguard.watchers.parsers import parse_feedparser

ROOT = Path(__file__).resolve().parents[1]
CATALOG = ROOT / "examples" / "catalog.yaml"
runner = CliRunner()

READ_COMMANDS = [
    ["register", "list"], ["register", "summary"], ["register", "export"], ["register", "show", "1"],
    ["register", "runs"], ["register", "ack", "1", "--by", "me"],
    ["register", "waive", "1", "--by", "me", "--reason", "r", "--until", "2030-01-01"],
    ["alerts", "list"], ["alerts", "show", "1"], ["alerts", "deliver"], ["alerts", "collect"],
    ["alerts", "flush-digest"], ["alerts", "retry", "1"], ["feeds", "status"], ["feeds", "rates"], ["db", "current"],
]


@pytest.mark.parametrize("args", READ_COMMANDS, ids=[" ".join(a[:2]) for a in READ_COMMANDS])
def test_commands_that_read_refuse_a_database_that_does_not_exist(tmp_path: Path, args: list[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    missing = tmp_path / "typo" / "crossguard.db"
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, [*args, "--db", f"sqlite:///{missing}"])
    assert result.exit_code == 1, result.output
    assert f"no database at {missing}" in result.output and "no findings match" not in result.output
    assert not missing.parent.exists()  # neither the file nor its folder was created
    monkeypatch.setenv("CROSSGUARD_DB", f"sqlite:///{missing}")
    assert runner.invoke(app, args).exit_code == 1 and not missing.parent.exists()


def test_writing_commands_create_the_register_readable_by_its_owner_only(tmp_path: Path) -> None:
    scanned = tmp_path / "new" / "register.db"
    result = runner.invoke(app, ["scan", "-c", str(CATALOG), "--db", f"sqlite:///{scanned}", "-q", "-w", "1",
                                 "--at", "2026-11-25"])
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(scanned.stat().st_mode) == 0o600
    assert stat.S_IMODE(scanned.parent.stat().st_mode) == 0o700
    lock = scanned.with_name("register.db.scanlock")  # it names who ran the scan
    assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    upgraded = tmp_path / "upgraded.db"
    assert runner.invoke(app, ["db", "upgrade", "--db", f"sqlite:///{upgraded}"]).exit_code == 0
    assert stat.S_IMODE(upgraded.stat().st_mode) == 0o600
    listed = runner.invoke(app, ["register", "list", "--db", f"sqlite:///{scanned}", "--limit", "1"])
    assert listed.exit_code == 0 and "showing 1 of" in listed.output


def test_a_url_printed_with_its_password_hidden_is_refused_not_used() -> None:
    """SQLAlchemy 2 prints str(engine.url) as postgresql://user:***@host/db; passing that onward
    made `scan --data` silently miss the stored ECB rates on a password-protected PostgreSQL."""
    printed = str(make_engine("postgresql+psycopg2://crossguard:s3cret@127.0.0.1:1/cg").url)
    assert ":***@" in printed
    with pytest.raises(ValueError, match=r"password is '\*\*\*'.*render_as_string"):
        make_engine(printed)
    result = runner.invoke(app, ["register", "list", "--db", printed])
    assert result.exit_code == 1 and "password is '***'" in result.output


def test_untrusted_text_is_printed_as_it_is(tmp_path: Path) -> None:
    """`alerts list` crashed on digest statuses and read feed titles as markup ([update] vanished, [/] crashed)."""
    url = f"sqlite:///{tmp_path / 'cg.db'}"
    engine = make_engine(url)
    from crossguard.store.migrate import upgrade_to_head

    upgrade_to_head(engine)
    config = NotifyConfig(routes=[Route(name="team", notifier="console", digest_below=Severity.critical)])
    title = "Recall [update] of [bold]chargers[/] :fire: \x1b]0;pwned\x07\x1b[2J"
    alert = Alert(key=alert_key("t"), kind=AlertKind.feed_item, source="feed_items", severity=Severity.low,
                  title=title, subject="s")
    Outbox(engine, config).enqueue(alert)
    assert "\x1b" not in format_alert(alert) and "[update] of [bold]chargers[/]" in format_alert(alert)
    engine.dispose()
    result = runner.invoke(app, ["alerts", "list", "--db", url])
    assert result.exit_code == 0, result.output
    assert "digest_pending" in result.output
    assert "Recall [update] of [bold]chargers[/] :fire: \ufffd]0;pwned" in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert printable("a\tb\nc\rd\x9b") == "a\tb\nc\ufffdd\ufffd"


def _watch_config(folder: Path, packs: list[str]) -> Path:
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump({"watchers": {"feeds": []}, "notifiers": {
        "routes": [{"name": "fx", "notifier": "console", "packs": packs}]}}))
    return path


@pytest.mark.parametrize(("packs", "refused"), [
    (["fx"], "'fx'"), (["seller-fx"], None), (["feeds", "eu-ce"], None), (["eu-ce", "eu-ec"], "'eu-ec'"),
])
def test_a_route_naming_a_pack_that_does_not_exist_is_a_config_error(tmp_path: Path, packs: list[str],
                                                                    refused: str | None) -> None:
    config = _watch_config(tmp_path, packs)
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    watched = runner.invoke(app, ["watch", "--once", "--config", str(config), "--db", db, "--no-deliver"])
    collected = runner.invoke(app, ["alerts", "collect", "--config", str(config), "--db", db])
    for result in (watched, collected):
        if refused is None:
            assert result.exit_code == 0, result.output
        else:
            assert result.exit_code == 1, result.output
            assert f"{config}: notifiers.routes[0] (fx): packs: {refused} is not a pack id" in result.output
            assert "seller-fx" in result.output  # the known ids are listed


def test_a_pack_used_by_a_past_scan_is_a_known_route_pack(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    pack = yaml.safe_load((ROOT / "rules" / "eu-ce.yaml").read_text())
    pack["id"] = "house-ce"
    for index, rule in enumerate(pack["rules"]):
        rule["id"] = f"HOUSE-CE-{index:03d}"
    (rules / "house.yaml").write_text(yaml.safe_dump(pack))
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    config = _watch_config(tmp_path, ["house-ce"])
    before = runner.invoke(app, ["alerts", "collect", "--config", str(config), "--db", db])
    assert before.exit_code == 1
    scanned = runner.invoke(app, ["scan", "-c", str(CATALOG), "-r", str(rules), "--db", db, "-q", "-w", "1"])
    assert scanned.exit_code == 0, scanned.output
    after = runner.invoke(app, ["alerts", "collect", "--config", str(config), "--db", db])
    assert after.exit_code == 0, after.output


def test_waivers_are_capped(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cg.db'}"
    assert runner.invoke(app, ["scan", "-c", str(CATALOG), "--db", db, "-q", "-w", "1"]).exit_code == 0
    base = ["register", "waive", "1", "--db", db, "--by", "carol", "--reason", "accepted"]
    forever = runner.invoke(app, [*base, "--until", "9999-12-31"])
    assert forever.exit_code == 1 and "--until 9999-12-31 is more than 1095 days ahead" in forever.output
    today = date.today()
    assert runner.invoke(app, [*base, "--until", (today + timedelta(days=1096)).isoformat()]).exit_code == 1
    assert runner.invoke(app, [*base, "--until", (today + timedelta(days=1095)).isoformat()]).exit_code == 0
    config = tmp_path / "short.yaml"
    config.write_text("register: {max_waiver_days: 30}\n")
    short = [*base[:2], "2", *base[3:], "--config", str(config)]
    assert runner.invoke(app, [*short, "--until", (today + timedelta(days=31)).isoformat()]).exit_code == 1
    assert runner.invoke(app, [*short, "--until", (today + timedelta(days=30)).isoformat()]).exit_code == 0


def test_redirects_are_followed_only_to_web_urls() -> None:
    with FeedServer() as server:
        server.set("feed.xml", "<rss version='2.0'><channel><title>t</title></channel></rss>")
        server.set("to-ftp", b"", status=302, headers={"Location": "ftp://127.0.0.1/feed.xml"})
        server.set("to-file", b"", status=301, headers={"Location": "file:///etc/passwd"})
        server.set("to-http", b"", status=302, headers={"Location": server.url("feed.xml")})
        ftp = fetch(server.url("to-ftp"), timeout=2, max_bytes=10_000)
        local = fetch(server.url("to-file"), timeout=2, max_bytes=10_000)
        web = fetch(server.url("to-http"), timeout=2, max_bytes=10_000)
    assert ftp.error is not None and "redirect to a ftp: URL refused" in ftp.error
    assert local.error is not None and "file:" in local.error and local.body == b""  # urllib refuses file: itself
    assert web.error is None and web.status == 200 and b"<rss" in web.body


@pytest.mark.parametrize(("written", "read"), [
    ("10000-01-01", None), ("10000-01-01T00:00:00Z", None), ("99-01-01", None), ("2027-02-30", None),
    ("2026-11-23", date(2026, 11, 23)), ("2026-11-23T23:30:00-02:00", date(2026, 11, 24)),
    ("Mon, 23 Nov 2026 10:00:00 GMT", date(2026, 11, 23)), ("November 10, 2021", date(2021, 11, 10)),
])
def test_feed_dates_feedparser_would_invent_are_no_dates(written: str, read: date | None) -> None:
    for document in (f"<rss version='2.0'><channel><title>t</title><item><title>x</title><guid>1</guid>"
                     f"<pubDate>{written}</pubDate></item></channel></rss>",
                     f"<feed xmlns='http://www.w3.org/2005/Atom'><title>t</title><entry><title>x</title>"
                     f"<id>1</id><updated>{written}</updated></entry></feed>"):
        [item] = parse_feedparser(document.encode(), {}).items
        assert (item.published.date() if item.published else None) == read, document


def test_watch_exits_1_when_the_database_is_locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_file = tmp_path / "cg.db"
    assert runner.invoke(app, ["db", "upgrade", "--db", f"sqlite:///{db_file}"]).exit_code == 0
    monkeypatch.setattr(_watching, "make_engine", functools.partial(make_engine, busy_timeout_s=0.2))
    with FeedServer() as server:
        server.set("feed.xml", "<rss version='2.0'><channel><title>t</title></channel></rss>")
        config = tmp_path / "config.yaml"
        config.write_text(yaml.safe_dump({"watchers": {"feeds": [
            {"name": "f", "kind": "rss", "url": server.url("feed.xml"), "markets": ["US"]}]}}))
        holder = sqlite3.connect(db_file, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # a long scan holds the write lock
        try:
            locked = runner.invoke(app, ["watch", "--once", "--config", str(config), "--db", f"sqlite:///{db_file}"])
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        free = runner.invoke(app, ["watch", "--once", "--config", str(config), "--db", f"sqlite:///{db_file}"])
    assert locked.exit_code == 1 and "database is locked" in locked.output, locked.output
    assert free.exit_code == 0, free.output
