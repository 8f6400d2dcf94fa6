"""The scan reads the catalog as a stream (check pass, then scan pass) and can evaluate in worker
processes: same findings as in-process, and a failure anywhere still leaves the register as it was."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine, text
from typer.testing import CliRunner

from crossguard.engine.catalog import load_catalog
from crossguard.engine.evaluator import Evaluator
from crossguard.register.errors import ScanInputError
from crossguard.register.scan.rows import finding_rows
from crossguard.store.db import make_engine
from crossguard.usecases.scan import WorkerPool, check_catalog, make_evaluator, scan_catalog
from crossguard.usecases.seller_entry import seller_entry

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "examples" / "catalog.yaml"
DATA = ROOT / "examples" / "data"
AT = date(2026, 11, 25)
TABLES = ("findings", "rule_texts", "evidence_texts", "finding_events", "scan_runs", "scan_entries")
needs_fork = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="monkeypatches reach workers only through fork"
)


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def findings_set(engine: Engine) -> set[tuple[str, str, str]]:
    query = text("SELECT fingerprint, severity, message FROM findings WHERE status = 'open'")
    with engine.connect() as conn:
        return {tuple(row) for row in conn.execute(query)}


def snapshot(engine: Engine) -> dict[str, list[tuple]]:
    with engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}


def as_jsonl(source: Path, target: Path) -> Path:
    """The YAML example catalog as JSON Lines (one product a line)."""
    data = yaml.safe_load(source.read_text())
    products = data["products"] if isinstance(data, dict) else data
    target.write_text("".join(json.dumps(product, default=str) + "\n" for product in products))
    return target


def assert_no_workers_left() -> None:
    for child in multiprocessing.active_children():
        child.join(timeout=5)
    assert multiprocessing.active_children() == []


# -- evaluation in workers ---------------------------------------------------------------------


def test_worker_pool_gives_the_in_process_findings_in_order() -> None:
    """Workers send stored rows (fingerprint, hash, content), the same as the in-process Findings give."""
    entries = load_catalog([CATALOG]).entries
    local = Evaluator.from_paths(None)
    expected = [finding_rows(local.evaluate_entry(entry, AT)) for entry in entries]
    with WorkerPool(2, None, AT) as pool:
        got = pool(entries[:7]) + pool(entries[7:])
    assert got == expected
    assert sum(map(len, got)) > 50  # the example catalog has plenty of findings to compare
    assert_no_workers_left()


def test_scan_with_workers_records_the_same_findings_as_in_process(engine: Engine) -> None:
    first = scan_catalog(engine, [CATALOG], at=AT, workers=1)
    in_process = findings_set(engine)
    again = scan_catalog(engine, [CATALOG], at=AT, workers=2, reuse=False)
    assert findings_set(engine) == in_process
    assert len(in_process) == first.produced == again.produced == first.new
    assert (again.new, again.resolved, again.updated, again.reopened) == (0, 0, 0, 0)
    assert again.evaluated == again.entries == first.entries


def test_unchanged_rescan_starts_no_workers(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    scan_catalog(engine, [CATALOG], at=AT, workers=1)

    def no_pool(self: WorkerPool):  # noqa: ANN202
        raise AssertionError("an unchanged re-scan evaluates nothing")

    monkeypatch.setattr(WorkerPool, "_start", no_pool)
    result = scan_catalog(engine, [CATALOG], at=AT, workers=2)
    assert result.evaluated == 0 and result.entries > 0


@needs_fork
def test_a_failing_worker_fails_the_scan_and_leaves_the_register_as_it_was(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan_catalog(engine, [CATALOG], at=AT, workers=1)
    before = snapshot(engine)
    real = Evaluator.decide_entry
    failing_sku = load_catalog([CATALOG]).entries[-3].product.sku

    def decide_entry(self: Evaluator, entry, at):  # noqa: ANN001, ANN202
        if entry.product.sku == failing_sku:
            raise RuntimeError(f"rule error on {entry.product.sku}")
        return real(self, entry, at)

    monkeypatch.setattr(Evaluator, "decide_entry", decide_entry)  # forked workers inherit it
    with pytest.raises(RuntimeError, match=f"rule error on {failing_sku}"):
        scan_catalog(engine, [CATALOG], at=AT, workers=2, reuse=False)
    assert snapshot(engine) == before
    assert_no_workers_left()


@needs_fork
def test_a_worker_that_cannot_build_its_engine_fails_the_batch_instead_of_hanging(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import crossguard.usecases.scan as runner

    def broken(rules, law_dates):  # noqa: ANN001, ANN202
        raise RuntimeError("packs gone")

    monkeypatch.setattr(runner, "make_evaluator", broken)  # forked workers inherit it
    entries = load_catalog([CATALOG]).entries[:5]
    with pytest.raises(RuntimeError, match="packs gone"), WorkerPool(2, None, AT) as pool:
        pool(entries)
    assert_no_workers_left()


def test_ctrl_c_terminates_the_workers_and_rolls_back(engine: Engine) -> None:
    scan_catalog(engine, [CATALOG], at=AT, workers=1)
    before = snapshot(engine)

    def interrupted(count: int) -> None:  # after the first batch is evaluated and written
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        scan_catalog(engine, [CATALOG], at=AT, workers=2, reuse=False, progress=interrupted)
    assert snapshot(engine) == before
    assert_no_workers_left()


def test_cli_scan_takes_workers(engine: Engine, db_url: str) -> None:
    from crossguard.cli import app

    result = CliRunner().invoke(app, ["scan", "-c", str(CATALOG), "--db", db_url, "--at", str(AT), "-q", "-w", "2"])
    assert result.exit_code == 0, result.output
    scan_catalog(engine, [CATALOG], at=AT, workers=1, reuse=False)
    with engine.connect() as conn:
        new, resolved = conn.execute(text("SELECT new, resolved FROM scan_runs ORDER BY id DESC")).first()
    assert (new, resolved) == (0, 0)  # the in-process re-evaluation agrees with the workers' scan


# -- two passes over the catalog ---------------------------------------------------------------


def test_a_catalog_with_bad_rows_is_refused_before_the_register_is_touched(engine: Engine, tmp_path: Path) -> None:
    scan_catalog(engine, [CATALOG], at=AT, workers=1)
    before = snapshot(engine)
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    with catalog.open("a") as handle:
        handle.write('{"sku": "BAD-1", "title": "Bad", "battery": {"capacity_wh": "lots"}}\n{not json\n')
    with pytest.raises(ScanInputError) as refused:
        scan_catalog(engine, [catalog], at=AT, workers=2)
    assert "2 bad row(s)" in str(refused.value)
    assert snapshot(engine) == before


def test_a_catalog_that_turns_bad_between_the_passes_rolls_back(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)

    def break_the_file(total: int) -> None:  # called between the check pass and the scan pass
        with catalog.open("a") as handle:
            handle.write("{not json\n")

    with pytest.raises(ScanInputError, match="changed during the scan"):
        scan_catalog(engine, [catalog], at=AT, reuse=False, on_loaded=break_the_file)
    assert snapshot(engine) == before


def test_jsonl_and_yaml_catalogs_scan_alike(engine: Engine, tmp_path: Path) -> None:
    scan_catalog(engine, [CATALOG], at=AT, workers=1)
    expected = findings_set(engine)
    result = scan_catalog(engine, [as_jsonl(CATALOG, tmp_path / "catalog.jsonl")], at=AT, workers=2, reuse=False)
    assert (result.new, result.resolved, result.updated) == (0, 0, 0)
    assert findings_set(engine) == expected


def test_check_pass_keeps_no_entries_only_counts_and_brand_listings() -> None:
    from crossguard.engine.seller.evaluate import listings_from_catalog

    entries = load_catalog([CATALOG]).entries
    checked = check_catalog([CATALOG])
    assert (checked.entries, checked.brand_listings) == (len(entries), [])
    with_brands = check_catalog([CATALOG], brands=True)
    assert with_brands.brand_listings == listings_from_catalog(entries)


def test_seller_entry_from_brand_listings_matches_the_catalog_entries() -> None:
    from crossguard.engine.seller.config import FxConfig
    from crossguard.engine.seller.evaluate import evaluate_seller_data, listings_from_catalog

    evaluator = make_evaluator(None)
    entries = load_catalog([CATALOG]).entries
    direct = evaluate_seller_data(evaluator, DATA, AT, FxConfig(), listings_from_catalog(entries))
    entry = seller_entry(evaluator, DATA, check_catalog([CATALOG], brands=True).brand_listings, [CATALOG], AT,
                         FxConfig(), None)
    assert [f.fingerprint for f in entry.findings] == [f.fingerprint for f in direct.findings]
    assert entry.findings


def test_scan_with_seller_data_in_workers(engine: Engine) -> None:
    first = scan_catalog(engine, [CATALOG], at=AT, workers=1, data_dir=DATA)
    expected = findings_set(engine)
    again = scan_catalog(engine, [CATALOG], at=AT, workers=2, data_dir=DATA, reuse=False)
    assert findings_set(engine) == expected
    assert (again.new, again.resolved, again.updated) == (0, 0, 0)
    assert again.entries == first.entries == len(load_catalog([CATALOG]).entries) + 1

