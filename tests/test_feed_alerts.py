"""Feed alerts that name the right products, end to end: `crossguard watch --once` over feeds served on
127.0.0.1, the matcher deciding which SKUs each item concerns, readable alerts (at most 20 SKUs, strongest
first, with title and reason; the rest with the command that lists them), `alerts show ID --all`, the
digest for `possible`-only items, one line for policy notices, and the officer's override in force."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.feedserver import FeedServer
from crossguard.notifiers.models import Delivery
from crossguard.register.classification import set_override
from crossguard.store.db import make_engine, session_scope
from crossguard.store.migrate import upgrade_to_head
from crossguard.watchers.models import FeedItemMatch

runner = CliRunner()
REF = re.compile(r"crossguard alerts show (cg:[0-9a-f]{16}) --all")


def rss(*items: tuple[str, str, str]) -> str:
    body = "".join(f"<item><guid>{g}</guid><title>{t}</title><link>https://www.cpsc.gov/Recalls/2026/{g}</link>"
                   f"<description>{d}</description></item>" for g, t, d in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>{body}</channel></rss>"


def catalog() -> list[dict[str, Any]]:
    us = [{"marketplace": "amazon", "market": "US"}]
    rows = [{"sku": f"KET-{i:02d}", "title": f"Zyloo Electric Kettle {1 + i / 10:.1f} L, Model ZK-{100 + i}",
             "brand": "Zyloo", "listings": us} for i in range(25)]
    rows += [{"sku": "PB-1", "title": "Voltra Slim Power Bank VT-PB41", "brand": "Voltra", "listings": us},
             {"sku": "PB-2", "title": "Ankora Power Bank 10000mAh", "brand": "Ankora", "listings": us},
             {"sku": "JUG-1", "title": "Brewmo Glass Jug 1.7 L", "brand": "Brewmo", "listings": us},
             {"sku": "MUG-GB", "title": "Coffee Mug", "listings": [{"marketplace": "amazon", "market": "GB"}]},
             {"sku": "CUP-1", "title": "Zyloo Travel Cup", "brand": "Zyloo", "listings": us}]
    return rows


def write_config(folder: Path, server: FeedServer) -> Path:
    (folder / "catalog.yaml").write_text(yaml.safe_dump(catalog()))
    feeds = [{"name": "cpsc", "kind": "rss", "url": server.url("cpsc.xml"), "markets": ["US"],
              "alert_on_first_poll": True},
             {"name": "hmrc", "kind": "rss", "url": server.url("hmrc.xml"), "markets": ["GB"], "sku_focus": "all",
              "alert_on_first_poll": True}]
    cfg = {"database": {"url": f"sqlite:///{folder / 'cg.db'}"},
           "watchers": {"catalog": [str(folder / "catalog.yaml")], "feeds": feeds},
           "notifiers": {"routes": [{"name": "now", "notifier": "console", "min_severity": "low",
                                     "digest_below": "medium"}]}}
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def serve(server: FeedServer) -> None:
    server.set("cpsc.xml", rss(
        ("kettles", "Zyloo Recalls Electric Kettles Due to Burn Hazard",
         "This recall involves Zyloo electric kettles sold in 2025."),
        ("banks", "Voltra Recalls Power Banks Due to Fire Hazard",
         "This recall involves Voltra power banks, model VT-PB41."),
        ("jugs", "Glass Jugs Recalled Due to Laceration Hazard; Imported by Kitchenco",
         "This recall involves glass jugs."),
        ("nothing", "Northwind Recalls Chests of Drawers Due to Tip-Over Hazard", "")))
    server.set("hmrc.xml", rss(("vat", "VAT on goods sold through online marketplaces",
                                "Changes for overseas sellers using online marketplaces.")))


def block(out: str, title: str) -> str:
    """The console alert whose headline holds ``title``."""
    start = out.index(title)
    end = out.find("\n\n[", start)
    return out[out.rindex("[", 0, start):end if end != -1 else len(out)]


def test_watch_cycle_names_the_right_products_readably(tmp_path: Path) -> None:
    with FeedServer() as server:
        serve(server)
        config = write_config(tmp_path, server)
        result = runner.invoke(app, ["watch", "--once", "--config", str(config), "--flush-digest"])
    assert result.exit_code == 0, result.output
    out = result.output
    kettles = block(out, "Zyloo Recalls Electric Kettles")
    assert kettles.startswith("[HIGH]") and "20 of 25, strongest first" in kettles
    assert kettles.count("KET-") == 20 and "CUP-1" not in kettles  # the brand's cup is no kettle
    assert "Zyloo Electric Kettle" in kettles and "brand Zyloo (recalling company) + product type kettle" in kettles
    assert "and 5 more: crossguard alerts show cg:" in kettles
    banks = block(out, "Voltra Recalls Power Banks")
    assert banks.startswith("[CRITICAL]") and out.index(banks) < out.index(kettles)  # strongest match first
    assert "exact    1.00  PB-1  Voltra Slim Power Bank VT-PB41" in banks and "model number VT-PB41" in banks
    assert banks.index("PB-1") < banks.index("possible 0.40  PB-2")
    vat = block(out, "VAT on goods sold")
    assert "applies to every GB listing" in vat and ": 1 SKU " in vat and "skus" not in vat  # one line, no list
    assert "Northwind" not in out  # nothing we sell
    digest = block(out, "crossguard digest")
    assert "Glass Jugs Recalled" in digest and "Glass Jugs" not in out.replace(digest, "")  # possible: digest only

    ref = REF.search(kettles).group(1)
    shown = runner.invoke(app, ["alerts", "show", ref, "--all", "--config", str(config)])
    assert shown.exit_code == 0, shown.output
    listing = shown.output[shown.output.index("all 25 SKUs"):]
    assert listing.count("KET-") == 25 and "Zyloo Electric Kettle 3.4 L" in listing
    assert runner.invoke(app, ["alerts", "show", "cg:ffffffffffffffff", "--config", str(config)]).exit_code == 1
    engine = make_engine(f"sqlite:///{tmp_path / 'cg.db'}")
    with session_scope(engine) as s:
        stored = {(m.sku, m.strength) for m in s.scalars(select(FeedItemMatch))}
        statuses = {d.status for d in s.scalars(select(Delivery))}
    engine.dispose()
    assert ("PB-1", "exact") in stored and ("PB-2", "possible") in stored and ("JUG-1", "possible") in stored
    assert len([sku for sku, strength in stored if sku.startswith("KET-")]) == 25
    assert statuses <= {"delivered", "digested"}


@pytest.mark.parametrize("override", [False, True])
def test_the_officers_classification_applies_to_feed_matching(tmp_path: Path, override: bool) -> None:
    with FeedServer() as server:
        server.set("cpsc.xml", rss(("jugs", "Brewmo Recalls Electric Kettles Due to Burn Hazard", "")))
        server.set("hmrc.xml", rss())
        config = write_config(tmp_path, server)
        engine = make_engine(f"sqlite:///{tmp_path / 'cg.db'}", create=True)
        upgrade_to_head(engine)
        if override:  # "Brewmo Glass Jug" is an electric kettle, an officer decided
            set_override(engine, "JUG-1", product_type="kettle", classes={}, reason="it heats water", by="dana")
        engine.dispose()
        result = runner.invoke(app, ["watch", "--once", "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert ("JUG-1" in result.output) is override
