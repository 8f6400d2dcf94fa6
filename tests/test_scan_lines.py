"""A scan's second pass over JSON Lines validates only what it evaluates (usecases/scan_lines.py):
reuse is decided from each line's exact text and override, and nothing else about the scan changes.

A re-scan's check pass does not validate again the rows the last scan validated (``known_lines``), and
still says everything a full check says: the same row errors (file, row, field), the same warnings
(ignored columns, a SKU given twice with different product fields, products without listings), the
same entry count."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from crossguard.engine import sku_ledger as ledger_module
from crossguard.engine.catalog import CatalogFileError, KnownRow, iter_catalog, jsonl_product_digests, load_catalog
from crossguard.register.classification import current_overrides, set_override
from crossguard.register.errors import ScanInputError
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases import scan as scan_module
from crossguard.usecases import scan_lines as scan_lines_module
from crossguard.usecases.scan import (
    WorkerPool,
    check_catalog,
    evaluator_salt,
    known_catalog_lines,
    make_evaluator,
    scan_catalog,
    scan_entries,
)
from crossguard.usecases.scan_lines import line_entries
from tests.test_register_stream import CATALOG, as_jsonl, snapshot

AT = date(2026, 11, 25)


@pytest.fixture
def engine(db_url: str) -> Engine:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


def test_line_entries_read_the_sku_and_listings_the_validated_entries_have(tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    with catalog.open("a") as handle:  # a numeric SKU and a listing for several markets
        handle.write(json.dumps({"sku": 12345, "title": "Lamp", "listings": [
            {"marketplace": "amazon", "markets": ["DE", "FR"]}]}) + "\n")
        # past 64 bits: pass 1 reads it as an integer, and so must pass 2 (orjson would read a float)
        handle.write(json.dumps({"sku": 123456789012345678901234567890, "title": "Lamp",
                                 "listings": [{"marketplace": "amazon", "market": "DE"}]}) + "\n")
    validated = load_catalog([catalog]).entries
    lines = list(line_entries(catalog, {}))
    assert [(e.product.sku, e.listing_count) for e in lines] == [(e.product.sku, len(e.listings)) for e in validated]
    assert [e.entry() for e in lines] == validated
    assert lines[-2].product.sku == "12345" and lines[-2].listing_count == 2
    assert lines[-1].product.sku == "123456789012345678901234567890"


def test_unchanged_jsonl_rescan_evaluates_nothing_and_counts_as_the_first(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    first = scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)
    again = scan_catalog(engine, [catalog], at=AT, workers=1)
    assert again.evaluated == 0 and first.evaluated == first.entries > 0
    assert (again.entries, again.listings, again.produced) == (first.entries, first.listings, first.produced)
    assert (again.new, again.resolved, again.updated, again.reopened) == (0, 0, 0, 0)
    after = snapshot(engine)
    assert {t: after[t] for t in ("findings", "finding_events", "rule_texts")} == {
        t: before[t] for t in ("findings", "finding_events", "rule_texts")}


def test_a_changed_line_or_override_is_evaluated_again(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    lines = catalog.read_text().splitlines()
    first = json.loads(lines[0])
    lines[0] = json.dumps(first, indent=None, separators=(",", ":"))  # same product, other text: evaluated again
    catalog.write_text("\n".join(lines) + "\n")
    assert scan_catalog(engine, [catalog], at=AT, workers=1).evaluated == 1
    set_override(engine, str(json.loads(lines[1])["sku"]), product_type=None, classes={"radio": False},
                 reason="wired only", by="olga")
    assert scan_catalog(engine, [catalog], at=AT, workers=1).evaluated == 1


def test_a_line_that_turns_bad_between_the_passes_of_a_rescan_rolls_back(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    scan_catalog(engine, [catalog], at=AT, workers=1)
    before = snapshot(engine)
    lines = catalog.read_text().splitlines()

    def break_a_line(total: int) -> None:  # between the check pass and the scan pass: valid JSON, bad field
        bad = json.loads(lines[0]) | {"battery": {"capacity_wh": "lots"}}
        catalog.write_text("\n".join([json.dumps(bad), *lines[1:]]) + "\n")

    with pytest.raises(ScanInputError, match="changed during the scan"):
        scan_catalog(engine, [catalog], at=AT, workers=2, on_loaded=break_a_line)
    assert snapshot(engine) == before
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scan_runs")).scalar() == 1


@pytest.mark.parametrize("workers", [1, 2])
def test_a_line_that_turns_bad_after_the_check_is_named_by_file_row_and_field(engine: Engine, tmp_path: Path,
                                                                              workers: int) -> None:
    """With workers, a JSON Lines product is validated in the worker (it gets the line's text): the error is the
    same as in process, and nothing is written."""
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    lines = catalog.read_text().splitlines()

    def break_a_line(total: int) -> None:
        bad = json.loads(lines[1]) | {"battery": {"capacity_wh": "lots"}}
        catalog.write_text("\n".join([lines[0], json.dumps(bad), *lines[2:]]) + "\n")

    where = re.escape(f"{catalog}: row 2: product.battery.capacity_wh: Input should be a valid number")
    with pytest.raises(ScanInputError, match=rf"changed during the scan \(nothing was written\): {where}"):
        scan_catalog(engine, [catalog], at=AT, workers=workers, on_loaded=break_a_line)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scan_runs")).scalar() == 0


@pytest.fixture(scope="module")
def base() -> tuple[dict[str, str], str]:
    evaluator = make_evaluator()
    return evaluator.pack_versions, evaluator_salt(evaluator)


def scanned_catalog(engine: Engine, tmp_path: Path) -> Path:
    """The example catalog as JSON Lines, with columns crossguard ignores and a product without listings, scanned."""
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    lines = [json.loads(line) for line in catalog.read_text().splitlines()]
    lines[0]["price"] = 19.99
    lines[1]["listings"][0]["stock"] = 4
    lines.append({"sku": "NO-LISTINGS-1", "title": "Spare cable"})
    catalog.write_text("".join(json.dumps(line) + "\n" for line in lines))
    scan_catalog(engine, [catalog], at=AT, workers=1)
    return catalog


def checked(paths: list[Path], known: object, check_lines: object = None) -> tuple[int, list[str], str | None]:
    try:
        result = check_catalog(paths, known=known, check_lines=check_lines)  # type: ignore[arg-type]
    except ScanInputError as error:
        return -1, [], "\n".join([str(error), *error.errors])
    return result.entries, [str(warning) for warning in result.warnings], None


def append(catalog: Path, *rows: dict) -> None:
    with catalog.open("a") as handle:
        handle.writelines(json.dumps(row) + "\n" for row in rows)


def test_rows_the_last_scan_validated_are_known_and_a_changed_row_is_not(engine: Engine, tmp_path: Path,
                                                                        base: tuple[dict[str, str], str]) -> None:
    catalog = scanned_catalog(engine, tmp_path)
    known = known_catalog_lines(engine, AT, *base)
    items = list(iter_catalog([catalog], [], known))
    assert items and all(isinstance(item, KnownRow) for item in items)
    assert [item.row for item in items] == list(range(1, len(items) + 1))

    lines = catalog.read_text().splitlines()
    lines[2] = json.dumps(json.loads(lines[2]), separators=(",", ":"))  # same product, other text
    catalog.write_text("\n".join(lines) + "\n")
    items = list(iter_catalog([catalog], [], known))
    assert [n for n, item in enumerate(items, start=1) if not isinstance(item, KnownRow)] == [3]  # a row each

    # another salt: nothing is known; another scan date than the last scan's, other packs, or no register: no
    # key can match, so there is no ``known`` (pass 1 runs as a first scan's, with workers in them)
    assert known_catalog_lines(engine, AT, base[0], "other code")("x", {"sku": "x"}) is None
    assert known_catalog_lines(engine, AT + timedelta(days=1), *base) is None
    assert known_catalog_lines(engine, AT, {"eu": "0"}, base[1]) is None
    assert known_catalog_lines(make_engine(f"sqlite:///{tmp_path / 'new.db'}"), AT, *base) is None


def test_a_rescan_check_says_what_a_full_check_says(engine: Engine, tmp_path: Path,
                                                    base: tuple[dict[str, str], str]) -> None:
    catalog = scanned_catalog(engine, tmp_path)
    known = known_catalog_lines(engine, AT, *base)
    first_product = json.loads(catalog.read_text().splitlines()[0])
    full = checked([catalog], None)
    assert full[0] > 0 and any("price" in w for w in full[1]) and any("listing.stock" in w for w in full[1])
    assert any("have no listing" in w for w in full[1])
    assert checked([catalog], known) == full

    # the known row's SKU again: with the same product fields (harmless), then with others (a warning)
    append(catalog, {**first_product, "listings": [{"marketplace": "ebay", "market": "FR"}]})
    assert checked([catalog], known) == checked([catalog], None)
    assert not any("given 2 times" in w for w in checked([catalog], known)[1])
    append(catalog, {**first_product, "title": "Another product under the same SKU"})
    with_known = checked([catalog], known)
    assert with_known == checked([catalog], None) and any("given 3 times" in w for w in with_known[1])

    # a bad row is reported with its file, row and field on a re-scan as on a first scan
    append(catalog, {"sku": "BAD-1", "title": "Lamp", "battery": {"capacity_wh": "lots"},
                     "listings": [{"marketplace": "amazon", "market": "DE"}]})
    refused = checked([catalog], known)
    assert refused == checked([catalog], None)
    assert refused[2] is not None and f"{catalog}" in refused[2] and "battery.capacity_wh" in refused[2]


def test_a_rescan_with_a_bad_row_is_refused_as_a_first_scan_is(engine: Engine, tmp_path: Path) -> None:
    catalog = scanned_catalog(engine, tmp_path)
    append(catalog, {"sku": "BAD-2", "title": "Lamp", "listings": [{"marketplace": "amazon", "market": "ZZ"}]})
    with pytest.raises(ScanInputError) as rescan:
        scan_catalog(engine, [catalog], at=AT, workers=1)
    with pytest.raises(ScanInputError) as fresh:
        scan_catalog(make_engine(f"sqlite:///{tmp_path / 'fresh.db'}"), [catalog], at=AT, workers=1)
    assert (str(rescan.value), rescan.value.errors) == (str(fresh.value), fresh.value.errors)
    assert len(rescan.value.errors) == 1
    assert f"row {len(catalog.read_text().splitlines())}: listings.0.market" in rescan.value.errors[0]


def test_a_check_pass_in_the_workers_says_what_one_in_process_says(engine: Engine, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Pass 1 of a JSON Lines catalog in the worker processes (``WorkerPool.check_lines``): the same entry count,
    warnings (ignored columns, a SKU given twice with different fields, products without listings) and row
    errors, in the same order, over several tasks in flight."""
    monkeypatch.setattr(scan_module, "CHECK_ROWS", 7)  # many small tasks: their results must come back in order
    catalog = scanned_catalog(engine, tmp_path)
    first_product = json.loads(catalog.read_text().splitlines()[0])
    with WorkerPool(2, None, AT) as pool:
        good = checked([catalog], None, pool.check_lines)
        assert good == checked([catalog], None) and good[0] > 7 * 4
        append(catalog, {**first_product, "title": "Another product under the same SKU"})
        with catalog.open("a") as handle:
            handle.write("\n{not json\n")
        append(catalog, {"sku": "BAD-1", "title": "Lamp", "battery": {"capacity_wh": "lots"},
                         "listings": [{"marketplace": "amazon", "market": "DE"}]},
               {"sku": "BAD-3", "title": "Lamp", "listings": [{"marketplace": "amazon", "market": "DE"},
                                                            {"marketplace": "amazon", "market": "ZZ"}]})
        in_workers = checked([catalog], None, pool.check_lines)
        assert in_workers == checked([catalog], None)
    assert in_workers[2] is not None and "JSON syntax" in in_workers[2] and "battery.capacity_wh" in in_workers[2]
    assert "listings.1.market" in in_workers[2]


def test_a_check_pass_in_the_workers_compares_a_sku_given_again_as_validated(tmp_path: Path) -> None:
    """In the workers a good row's product digest for the duplicate-SKU check is its line's note, worked out only
    for a SKU given again with other text (``SkuLedger.add_pending``): the warnings are those of a check in this
    process, for rows repeated word for word (no warning), with other product fields (a warning), with fields that
    validate alike (a spaced brand: no warning) or with only their listings changed (no warning)."""
    products = [json.loads(line) for line in as_jsonl(CATALOG, tmp_path / "source.jsonl").read_text().splitlines()]
    rows = []
    for index, product in enumerate(products * 3):
        product = dict(product)
        if index % 4 == 1 and index >= len(products):
            product["title"] = f"Other {index}"
        if index % 4 == 2:
            product["brand"] = f" {product.get('brand', 'Acme')} "
        if index % 4 == 3:
            product["listings"] = product.get("listings", [])[:1]
        rows.append(product)
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("".join(json.dumps(row) + "\n" for row in rows))
    with WorkerPool(2, None, AT) as pool:
        in_workers = checked([catalog], None, pool.check_lines)
    assert in_workers == checked([catalog], None)
    assert 0 < sum("given 3 times" in warning for warning in in_workers[1]) < len(products)


def test_a_bad_catalog_is_refused_alike_with_workers(engine: Engine, tmp_path: Path) -> None:
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    append(catalog, {"sku": "BAD-2", "title": "Lamp", "listings": [{"marketplace": "amazon", "market": "ZZ"}]})
    refusals = []
    for workers in (1, 2):
        with pytest.raises(ScanInputError) as refused:
            scan_catalog(engine, [catalog], at=AT, workers=workers)
        refusals.append((str(refused.value), refused.value.errors))
    assert refusals[0] == refusals[1] and len(refusals[0][1]) == 1
    assert not inspect(engine).has_table("scan_runs")  # refused before the register was touched


def entries_of(paths: list[Path], overrides: dict, memo: object = None) -> list[tuple]:
    return [(e.file, e.number, e.text, e.product.sku, e.listing_count, e.content_digest, e.override)
            for e in scan_entries(paths, overrides, memo)]  # type: ignore[arg-type]


def test_pass_two_reads_a_known_line_from_the_memo_only_while_its_text_and_override_are_unchanged(
        engine: Engine, tmp_path: Path, base: tuple[dict[str, str], str]) -> None:
    """Pass 2 of a re-scan takes a known line's SKU and listing count from pass 1 (``KnownLineMemo``) instead of
    parsing it again: the entries are those it reads without the memo, and a line or an override that changed
    between the passes is parsed."""
    catalog = scanned_catalog(engine, tmp_path)
    with catalog.open("a") as handle:  # SKUs pass 1 reads as text: a number, one past 64 bits, one not ASCII
        for sku in (12345, 123456789012345678901234567890, "Lämp-ü"):
            handle.write(json.dumps({"sku": sku, "title": "Lamp", "listings": [
                {"marketplace": "amazon", "markets": ["DE", "FR"]}]}) + "\n")
        handle.write(json.dumps({"sku": "NAN-1", "title": "Cable", "price": float("nan")}) + "\n")  # orjson refuses
    scan_catalog(engine, [catalog], at=AT, workers=1)
    items = list(iter_catalog([catalog], [], known_catalog_lines(engine, AT, *base)))
    assert all(isinstance(item, KnownRow) for item in items)  # whichever parser read them
    assert [item.sku for item in items[-4:]] == ["12345", "123456789012345678901234567890", "Lämp-ü", "NAN-1"]
    checked_pass = check_catalog([catalog], known=known_catalog_lines(engine, AT, *base))
    rows = len(catalog.read_text().splitlines())
    assert checked_pass.entries == rows
    assert entries_of([catalog], {}, checked_pass.known_lines) == entries_of([catalog], {})
    assert entries_of([catalog], {})[-2][3] == "Lämp-ü"

    def memo() -> object:
        return check_catalog([catalog], known=known_catalog_lines(engine, AT, *base)).known_lines

    recalled = memo()
    lines = catalog.read_text().splitlines()
    changed = json.loads(lines[1]) | {"sku": "OTHER-SKU", "listings": []}  # same row, other SKU and listings
    catalog.write_text("\n".join([lines[0], json.dumps(changed), *lines[2:]]) + "\n")
    assert entries_of([catalog], {}, recalled) == entries_of([catalog], {})
    assert entries_of([catalog], {})[1][3:5] == ("OTHER-SKU", 0)

    recalled = memo()
    set_override(engine, "OTHER-SKU", product_type=None, classes={"radio": False}, reason="wired only", by="olga")
    with engine.connect() as conn:
        overrides = current_overrides(conn)
    assert entries_of([catalog], overrides, recalled) == entries_of([catalog], overrides)
    assert entries_of([catalog], overrides)[1][6] is not None


@pytest.mark.parametrize("batch", [1, 3, ledger_module.RESOLVE_BATCH])
def test_known_rows_of_a_sku_given_again_are_compared_as_validated(engine: Engine, tmp_path: Path,
                                                                   base: tuple[dict[str, str], str], batch: int,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A known row's product fields are validated only if its SKU is given again with other text
    (``SkuLedger.add_pending``): the duplicate-SKU warnings are a full check's, in its order, past the 20 named."""
    monkeypatch.setattr(ledger_module, "RESOLVE_BATCH", batch)
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    products = [json.loads(line) for line in catalog.read_text().splitlines()]
    rows = []
    for index, product in enumerate(products * 3):  # every SKU three times...
        product = dict(product)
        if index >= len(products):  # ...the copies with their listings split (harmless)...
            product["listings"] = product.get("listings", [])[index // len(products) - 1::2]
        if index % 4 in (1, 3):  # ...or other product fields (a warning); the brand spaced otherwise (not one)
            product["title"] = f"Other {index}"
        if index % 4 == 2:
            product["brand"] = f" {product.get('brand', 'Acme')} "
        rows.append(product)
    catalog.write_text("".join(json.dumps(row) + "\n" for row in rows))
    scan_catalog(engine, [catalog], at=AT, workers=1)
    known = known_catalog_lines(engine, AT, *base)
    full = checked([catalog], None)
    assert sum("given 3 times" in w for w in full[1]) == 20 and any("more SKU(s)" in w for w in full[1])
    assert checked([catalog], known) == full
    append(catalog, {**products[5], "title": "Yet another product"}, products[6])
    assert checked([catalog], known) == checked([catalog], None)


def test_a_known_row_that_no_longer_gives_a_product_is_no_conflict(tmp_path: Path) -> None:
    """A row added unvalidated whose text no longer gives a product when read again (the file changed during the
    scan) is left out of the comparison: its token is no digest, so it must not make a "different fields" warning."""
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text('{"sku": "A", "title": "Mug"}\nnot json any more\n', encoding="utf-8")
    ledger = ledger_module.SkuLedger(jsonl_product_digests)
    ledger.add_pending("A", "first", catalog, 1)
    ledger.add_pending("A", "second", catalog, 2)
    assert list(ledger.conflicts()) == []
    ledger = ledger_module.SkuLedger(jsonl_product_digests)
    ledger.add_pending("A", "first", catalog, 1)
    ledger.add_digest("A", "0" * 32, catalog, 3)
    assert [message for _, message in ledger.conflicts()][0].startswith("SKU 'A' is given 2 times")


def test_a_catalog_gone_before_the_duplicate_check_is_a_clear_error(tmp_path: Path) -> None:
    """The duplicate-SKU check reads known rows again; a file that cannot be read any more names itself."""
    missing = tmp_path / "gone.jsonl"
    with pytest.raises(CatalogFileError, match=r"gone\.jsonl: cannot read again"):
        jsonl_product_digests(missing, {1})


def test_a_first_scan_s_pass_two_reads_the_lines_its_workers_checked_from_the_memo(
        engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first scan's check pass in the workers notes each good line (``scan_lines.line_token``): pass 2 takes its
    SKU and listing count from that note instead of parsing the line again, and reads the same entries as
    without it; a line that changed between the passes, or whose SKU has an override, is parsed."""
    monkeypatch.setattr(scan_module, "CHECK_ROWS", 3)
    catalog = as_jsonl(CATALOG, tmp_path / "catalog.jsonl")
    with catalog.open("a") as handle:  # SKUs read as text: a number, one past 64 bits, one not ASCII, one padded
        for sku in (12345, 123456789012345678901234567890, "Lämp-ü", "  PAD-1 "):
            handle.write(json.dumps({"sku": sku, "title": "Lamp", "listings": [
                {"marketplace": "amazon", "markets": ["DE", "FR"]}]}, ensure_ascii=False) + "\n")
    with WorkerPool(2, None, AT) as pool:
        memo = check_catalog([catalog], check_lines=pool.check_lines).known_lines
        again = check_catalog([catalog], check_lines=pool.check_lines).known_lines
    without = entries_of([catalog], {})
    parsed: list[int] = []
    real = scan_lines_module._parsed_line
    monkeypatch.setattr(scan_lines_module, "_parsed_line", lambda *args: parsed.append(args[1]) or real(*args))
    assert entries_of([catalog], {}, memo) == without and parsed == []
    assert without[-1][3:5] == ("PAD-1", 2) and without[-4][3] == "12345"

    lines = catalog.read_text().splitlines()
    changed = json.loads(lines[1]) | {"sku": "OTHER-SKU", "listings": []}
    catalog.write_text("\n".join([lines[0], json.dumps(changed), *lines[2:]]) + "\n")
    upgrade_to_head(engine)
    set_override(engine, "OTHER-SKU", product_type=None, classes={"radio": False}, reason="wired only", by="olga")
    set_override(engine, "Lämp-ü", product_type=None, classes={"radio": False}, reason="wired only", by="olga")
    with engine.connect() as conn:
        overrides = current_overrides(conn)
    with_memo = entries_of([catalog], overrides, again)
    assert parsed == [2, len(lines) - 1]  # the changed line, the overridden SKU's
    assert with_memo == entries_of([catalog], overrides) and with_memo[1][3] == "OTHER-SKU"
