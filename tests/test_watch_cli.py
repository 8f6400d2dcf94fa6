"""The CLI commands through typer's CliRunner on a Typer app of our own (the root app)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from crossguard.cli import app as root_app
from tests.fakes.outbox_helpers import ALERTS, TOKEN
from tests.fakes.slack_server import FakeSlack

ROOT = Path(__file__).resolve().parents[1]
CATALOG = """
- sku: EBB-1
  title: E-bike battery 36V 13Ah
  brand: Voltaro
  category: e-bike batteries
  battery: {chemistry: lithium-ion, category: lmt, capacity_wh: 468}
  listings: [{marketplace: amazon, market: US}]
- sku: CHG-1
  title: 65W USB-C wall charger
  brand: Zapro
  category: chargers
  listings: [{marketplace: amazon, market: US}, {marketplace: amazon, market: GB}]
"""

runner = CliRunner()


def app() -> typer.Typer:
    return root_app


@pytest.fixture
def workdir(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "catalog.yaml").write_text(CATALOG)
    yield tmp_path


def write_config(folder: Path, fake: FakeSlack | None = None) -> Path:
    notifiers = {"routes": [{"name": "console", "notifier": "console"}]}
    if fake is not None:
        notifiers = {
            "slack": {"base_url": fake.base_url, "timeout": 1, "min_interval_per_channel": 0},
            "routes": [{"name": "alerts", "notifier": "slack-bot", "channel": ALERTS}],
            "outbox": {"backoff_base": 0.05, "backoff_cap": 0.1, "lease": 3},
        }
    cfg = {"database": {"url": f"sqlite:///{folder / 'cg.db'}"},
           "watchers": {"catalog": [str(folder / "catalog.yaml")], "topics": str(ROOT / "rules" / "topics.yaml")},
           "notifiers": notifiers}
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def test_watch_once_over_the_bundled_fixtures_prints_alerts(workdir: Path) -> None:
    cfg = write_config(workdir)
    args = ["watch", "--once", "--serve-fixtures", str(ROOT / "examples" / "feeds"), "--notifier", "console",
            "--catalog", str(workdir / "catalog.yaml"), "--config", str(cfg)]
    result = runner.invoke(app(), args)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Voltaro Recalls 36V E-Bike Batteries" in out and "EBB-1" in out
    assert "Zapro" in out and "CHG-1" in out
    assert "GreenYard" not in out  # touches nothing we sell
    assert "eu-safety-gate" in out and "HTTP 404" in out  # the broken feed is shown, the others ran
    assert "delivered" in out
    assert not (workdir / "cg.db").exists()  # fixtures mode uses a throw-away database


def test_watch_then_alerts_commands_against_fake_slack(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeSlack() as fake:
        cfg = write_config(workdir, fake)
        monkeypatch.setenv("CROSSGUARD_SLACK_BOT_TOKEN", TOKEN)
        db = f"sqlite:///{workdir / 'cg.db'}"
        feeds = ROOT / "examples" / "feeds"
        fake.outage("http503")
        first = runner.invoke(app(), ["watch", "--once", "--serve-fixtures", str(feeds), "--db", db,
                                      "--config", str(cfg), "--deliver-seconds", "0.3"])
        assert first.exit_code == 0, first.output
        assert fake.messages(ALERTS) == []
        listed = runner.invoke(app(), ["alerts", "list", "--config", str(cfg), "--status", "pending"])
        assert listed.exit_code == 0 and "HTTP 503" in listed.output
        fake.outage(None)
        delivered = runner.invoke(app(), ["alerts", "deliver", "--config", str(cfg), "--wait", "5"])
        assert delivered.exit_code == 0 and "delivered" in delivered.output
        keys = fake.keys(ALERTS)
        assert keys and len(keys) == len(set(keys))
        again = runner.invoke(app(), ["watch", "--once", "--serve-fixtures", str(feeds), "--db", db,
                                      "--config", str(cfg)])
        assert again.exit_code == 0 and fake.keys(ALERTS) == keys  # same items: nothing new, nothing twice
        shown = runner.invoke(app(), ["alerts", "show", "1", "--config", str(cfg)])
        assert shown.exit_code == 0 and "retry" in shown.output and "delivered" in shown.output
        assert TOKEN not in first.output + listed.output + delivered.output + shown.output


def test_alerts_retry_collect_flush_and_errors(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeSlack() as fake:
        cfg = write_config(workdir, fake)
        data = yaml.safe_load(cfg.read_text())
        data["notifiers"]["routes"][0]["channel"] = "C0OLDARC01"  # archived
        cfg.write_text(yaml.safe_dump(data))
        monkeypatch.setenv("CROSSGUARD_SLACK_BOT_TOKEN", TOKEN)
        db = f"sqlite:///{workdir / 'cg.db'}"
        runner.invoke(app(), ["watch", "--once", "--serve-fixtures", str(ROOT / "examples" / "feeds"), "--db", db,
                              "--config", str(cfg)])
        failed = runner.invoke(app(), ["alerts", "list", "--config", str(cfg), "--status", "failed"])
        assert "is_archived" in failed.output
        assert runner.invoke(app(), ["alerts", "retry", "1", "--config", str(cfg)]).exit_code == 0
        assert runner.invoke(app(), ["alerts", "retry", "99999", "--config", str(cfg)]).exit_code == 1
        assert runner.invoke(app(), ["alerts", "show", "99999", "--config", str(cfg)]).exit_code == 1
        collected = runner.invoke(app(), ["alerts", "collect", "--config", str(cfg)])
        assert collected.exit_code == 0 and "enqueued 0" in collected.output
        assert runner.invoke(app(), ["alerts", "flush-digest", "--config", str(cfg)]).exit_code == 0


def test_feeds_status_and_rates(workdir: Path) -> None:
    cfg = write_config(workdir)
    db = f"sqlite:///{workdir / 'cg.db'}"
    feeds = ROOT / "examples" / "feeds"
    runner.invoke(app(), ["watch", "--once", "--serve-fixtures", str(feeds), "--db", db, "--config", str(cfg)])
    rates = runner.invoke(app(), ["feeds", "rates", "--db", db, "--config", str(cfg)])
    assert rates.exit_code == 0 and "USD 1.0842" in rates.output and "EUR 1" in rates.output
    from_file = runner.invoke(app(), ["feeds", "rates", "--file", str(feeds / "ecb-eurofxref-daily.xml")])
    assert from_file.exit_code == 0 and "GBP 0.85310" in from_file.output
    status = runner.invoke(app(), ["feeds", "status", "--db", db, "--config", str(cfg)])
    assert status.exit_code == 0 and "cpsc-recalls" in status.output
    empty = runner.invoke(app(), ["feeds", "rates", "--db", f"sqlite:///{workdir / 'empty.db'}",
                                  "--config", str(cfg)])
    assert empty.exit_code == 1


def test_bad_config_is_exit_1(workdir: Path) -> None:
    bad = workdir / "bad.yaml"
    bad.write_text("watchers:\n  feeds:\n    - {name: x, url: 'file:///etc/passwd'}\n")
    result = runner.invoke(app(), ["watch", "--once", "--config", str(bad)])
    assert result.exit_code == 1 and "http" in result.output


def test_strict_exits_1_when_a_feed_failed(workdir: Path) -> None:
    cfg = write_config(workdir)
    result = runner.invoke(app(), ["watch", "--once", "--strict", "--serve-fixtures", str(ROOT / "examples" / "feeds"),
                                   "--config", str(cfg), "--catalog", str(workdir / "catalog.yaml")])
    assert result.exit_code == 1  # eu-safety-gate points at a missing fixture


def test_continuous_mode_runs_bounded_cycles(workdir: Path) -> None:
    cfg = write_config(workdir)
    data = yaml.safe_load(cfg.read_text())
    data["watchers"]["defaults"] = {"backoff_base": 1, "backoff_cap": 1}  # the broken fixture is retried in 1 s
    cfg.write_text(yaml.safe_dump(data))
    result = runner.invoke(app(), ["watch", "--max-cycles", "2", "--serve-fixtures", str(ROOT / "examples" / "feeds"),
                                   "--config", str(cfg), "--catalog", str(workdir / "catalog.yaml")])
    assert result.exit_code == 0, result.output
    assert result.output.count("eu-safety-gate") == 2  # polled again after its backoff
    assert result.output.count("cpsc-recalls ") == 1  # not due again for an hour
