"""The collector's thresholds while a scan runs (`usecases.scan_gc`): raised during it, put back after it, also
when scans overlap in one process or a scan fails."""

from __future__ import annotations

import gc
from datetime import date
from pathlib import Path

import pytest

from crossguard.register.errors import ScanInputError
from crossguard.store.db import make_engine
from crossguard.usecases.scan import scan_catalog
from crossguard.usecases.scan_gc import SCAN_GC_THRESHOLDS, scan_collector
from tests.test_register_stream import CATALOG, as_jsonl


@pytest.fixture
def thresholds() -> tuple[int, int, int]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_a_scan_raises_the_thresholds_while_it_runs_and_puts_them_back(tmp_path: Path,
                                                                      thresholds: tuple[int, int, int]) -> None:
    during: list[tuple[int, int, int]] = []
    engine = make_engine(f"sqlite:///{tmp_path / 'register.db'}")
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=date(2026, 11, 25), on_loaded=lambda count: during.append(gc.get_threshold()))
    assert during == [SCAN_GC_THRESHOLDS] != [thresholds]
    assert gc.get_threshold() == thresholds
    catalog.write_text("{not json\n")
    with pytest.raises(ScanInputError):  # a bad row: nothing written, the thresholds back all the same
        scan_catalog(engine, [catalog], at=date(2026, 11, 25))
    assert gc.get_threshold() == thresholds
    engine.dispose()


def test_overlapping_scans_put_the_thresholds_back_when_the_last_ends(thresholds: tuple[int, int, int]) -> None:
    first, second = scan_collector(), scan_collector()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold() == SCAN_GC_THRESHOLDS
    second.__exit__(None, None, None)
    assert gc.get_threshold() == thresholds
