"""``register_holds``: the HTTP check's one statement per request (driver cursor, both backends), on both
sides of a waiver's last day and before and after the first classification override."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import yaml
from sqlalchemy import Engine

from crossguard.register import lifecycle
from crossguard.register.classification import remove_override, set_override
from crossguard.register.queries import register_holds
from crossguard.usecases.scan import scan_catalog
from tests.packs import rule, write_pack

TODAY = lifecycle.today_utc()


def test_register_holds_overrides_and_waivers_in_force(db_engine: Engine, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    write_pack(packs, "holds", [rule("HO-001", {"field": "listing.has_image", "exists": False})],
               jurisdiction="EU")
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump([{"sku": "H-1", "title": "Kettle",
                                        "listings": [{"marketplace": "amazon", "market": "DE"}]}]))
    scan_catalog(db_engine, [catalog], rules=[packs], at=TODAY)
    assert register_holds(db_engine, TODAY) == (False, False)
    lifecycle.waive(db_engine, "1", by="carol", reason="accepted", until=TODAY + timedelta(days=2))
    assert register_holds(db_engine, TODAY + timedelta(days=2)).waivers  # through its last day
    assert not register_holds(db_engine, TODAY + timedelta(days=3)).waivers
    set_override(db_engine, "H-1", product_type=None, classes={"radio": False}, reason="wired", by="olga")
    assert register_holds(db_engine, TODAY).overrides
    remove_override(db_engine, "H-1", reason="test over", by="olga")
    assert not register_holds(db_engine, TODAY).overrides
