"""``register_holds``: the HTTP check's one statement per request (driver cursor, both backends), on both
sides of a waiver's last day and before and after the first classification override; ``HoldsCache``, which
keeps its answer until the next commit to the register, whichever connection or process makes it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from crossguard.register import lifecycle
from crossguard.register.classification import remove_override, set_override
from crossguard.register.holds_cache import HoldsCache
from crossguard.register.queries import register_holds
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan import scan_catalog
from tests.packs import rule, write_pack


def _scan_one_open_finding(db_engine: Engine, tmp_path: Path, today: date) -> None:
    """Finding 1, open, on SKU H-1 (a kettle listed without an image)."""
    packs = tmp_path / "packs"
    packs.mkdir()
    write_pack(packs, "holds", [rule("HO-001", {"field": "listing.has_image", "exists": False})],
               jurisdiction="EU")
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(yaml.safe_dump([{"sku": "H-1", "title": "Kettle",
                                        "listings": [{"marketplace": "amazon", "market": "DE"}]}]))
    scan_catalog(db_engine, [catalog], rules=[packs], at=today)


def test_register_holds_overrides_and_waivers_in_force(db_engine: Engine, tmp_path: Path, today: date) -> None:
    _scan_one_open_finding(db_engine, tmp_path, today)
    assert register_holds(db_engine, today) == (False, False)
    lifecycle.waive(db_engine, "1", by="carol", reason="accepted", until=today + timedelta(days=2))
    assert register_holds(db_engine, today + timedelta(days=2)).waivers  # through its last day
    assert not register_holds(db_engine, today + timedelta(days=3)).waivers
    set_override(db_engine, "H-1", product_type=None, classes={"radio": False}, reason="wired", by="olga")
    assert register_holds(db_engine, today).overrides
    remove_override(db_engine, "H-1", reason="test over", by="olga")
    assert not register_holds(db_engine, today).overrides


def test_the_cache_answers_as_register_holds_after_each_commit_by_another_connection(
        db_engine: Engine, tmp_path: Path, today: date) -> None:
    """``HoldsCache`` keeps the answer only until the next commit to the register: a waiver, an override and
    their removal by another connection (the SQLite watch's own never writes) each change the next answer,
    on both sides of the waiver's last day; PostgreSQL has no watch and asks every time."""
    _scan_one_open_finding(db_engine, tmp_path, today)
    cache = HoldsCache(db_engine)
    try:
        assert (cache._watch is None) == (db_engine.dialect.name != "sqlite")
        assert cache.holds(today) == (False, False)
        lifecycle.waive(db_engine, "1", by="carol", reason="accepted", until=today + timedelta(days=2))
        assert cache.holds(today + timedelta(days=2)) == (False, True)  # through its last day
        assert cache.holds(today + timedelta(days=3)) == (False, False)
        set_override(db_engine, "H-1", product_type=None, classes={"radio": False}, reason="wired", by="olga")
        assert cache.holds(today) == (True, True)
        lifecycle.resolve(db_engine, "1", by="carol", note="fixed")
        remove_override(db_engine, "H-1", reason="test over", by="olga")
        assert cache.holds(today) == (False, False)
    finally:
        cache.close()


@pytest.mark.sqlite
def test_the_cache_sees_a_commit_by_another_process(tmp_path: Path, today: date) -> None:
    """``serve --workers 2`` and the CLI share one SQLite file: an override set by another process is in the
    next answer of a cache that had already answered (and kept) "no override"."""
    db_url = f"sqlite:///{tmp_path / 'register.db'}"
    engine = make_engine(db_url)
    upgrade_to_head(engine)
    cache = HoldsCache(engine)
    try:
        assert cache.holds(today) == cache.holds(today) == (False, False)
        script = ("import sys; from crossguard.store.db import make_engine; "
                  "from crossguard.register.classification import set_override; "
                  "set_override(make_engine(sys.argv[1]), 'H-1', product_type=None, classes={'radio': False}, "
                  "reason='wired', by='olga')")
        subprocess.run([sys.executable, "-c", script, db_url], check=True, timeout=120)
        assert cache.holds(today) == (True, False)
    finally:
        cache.close()
        engine.dispose()
