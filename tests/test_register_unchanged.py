"""An unchanged re-scan settles from the last scan's count and the unsettled findings alone
(``register/scan/unchanged.py``, migration 0008), with the results of the pass over every finding.

Each outcome test runs twice: as the scan chooses, and with the short way turned off (``full pass``), and
expects the same results and rows both ways; it also says which way the scan took. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, text

import crossguard.register.scan as scan_package
from crossguard.register import lifecycle
from crossguard.register.models import UNSETTLED
from crossguard.register.scan import apply, unchanged
from crossguard.store.db import make_engine
from crossguard.store.migrate import alembic_config, head_revisions, upgrade_to_head
from tests.conftest import make_entry, scan
from tests.test_register_scan import CE, events, finding_id, statuses, table_dump

BATTERY = {"capacity_wh": 50}


class Ways:
    """Which end each scan took: the short one (``unsettled``) or the pass over every finding."""

    def __init__(self) -> None:
        self.taken: list[str] = []


@pytest.fixture(params=["as-chosen", "full-pass"])
def ways(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[Ways]:
    seen = Ways()
    real_unsettled = apply.unsettled
    real_passes = (apply.SeenFingerprints.not_produced_counting, apply.SeenFingerprints.not_produced)

    def short(conn: Any) -> Any:
        seen.taken.append("short")
        return real_unsettled(conn)

    def counting(self: Any, *args: Any) -> Any:
        seen.taken.append("full")
        return real_passes[0](self, *args)

    def plain(self: Any, *args: Any) -> Any:
        seen.taken.append("full")
        return real_passes[1](self, *args)

    monkeypatch.setattr(apply, "unsettled", short)
    monkeypatch.setattr(apply.SeenFingerprints, "not_produced_counting", counting)
    monkeypatch.setattr(apply.SeenFingerprints, "not_produced", plain)
    if request.param == "full-pass":
        monkeypatch.setattr(scan_package, "last_produced", lambda *args: None)
    seen.forced = request.param == "full-pass"  # type: ignore[attr-defined]
    yield seen


def _expect(ways: Ways, short: bool) -> None:
    """The scan just run took the short way if ``short`` (and the short way is not turned off)."""
    assert ways.taken[-1] == ("short" if short and not ways.forced else "full")  # type: ignore[attr-defined]


def _counts(result: Any) -> tuple:
    return (result.entries, result.evaluated, result.produced, result.new, result.reopened, result.resolved,
            result.updated)  # fmt: skip


def _catalog() -> list:
    return [make_entry("A"), make_entry("B", battery=BATTERY), make_entry("C", certificates=CE)]


def test_an_unchanged_rescan_counts_what_the_last_scan_left(db_engine: Engine, ways: Ways) -> None:
    first = scan(db_engine, _catalog())
    before = table_dump(db_engine, "findings")
    again = scan(db_engine, _catalog())
    _expect(ways, True)
    assert _counts(again) == (3, 0, first.produced, 0, 0, 0, 0) and first.produced == 6
    third = scan(db_engine, _catalog())  # the short way's own count carries on
    _expect(ways, True)
    assert third.produced == 6 and table_dump(db_engine, "findings") == before


def test_findings_a_person_moved_between_scans(db_engine: Engine, ways: Ways) -> None:
    """Resolved while still produced: reopened with its note. Waived, acknowledged: kept, and counted."""
    scan(db_engine, _catalog())
    resolved = finding_id(db_engine, "toy.no_cert", "A@amazon:FR")
    lifecycle.resolve(db_engine, resolved, by="alice", note="uploaded the DoC")
    earlier = finding_id(db_engine, "toy.no_cert", "A@amazon:DE")
    lifecycle.resolve(db_engine, earlier, by="alice", note="uploaded the DoC")
    lifecycle.acknowledge(db_engine, finding_id(db_engine, "toy.battery", "B@amazon:DE"), by="bob")
    waived = finding_id(db_engine, "toy.no_cert", "B@amazon:DE")
    lifecycle.waive(db_engine, waived, by="carol", reason="pending", until=lifecycle.today_utc())

    result = scan(db_engine, _catalog())

    _expect(ways, True)
    assert _counts(result) == (3, 0, 6, 0, 2, 0, 0) and sorted(result.reopened_ids) == sorted([resolved, earlier])
    assert events(db_engine, finding_id=resolved)[-1][1:6] == (
        "reopened", "resolved", "open", "scan", f"resolved by alice, but scan #{result.scan_id} still produces it")
    found = statuses(db_engine)
    assert found[("toy.battery", "B@amazon:DE")] == "acknowledged" and found[("toy.no_cert", "B@amazon:DE")] == "waived"
    _assert_settled(db_engine)


def test_an_absent_finding_set_active_by_hand_is_resolved_again(db_engine: Engine, ways: Ways) -> None:
    """No command reopens a finding a scan resolved, but a register edited by hand may hold one: still resolved."""
    scan(db_engine, _catalog())
    scan(db_engine, [make_entry("A", certificates=CE), *_catalog()[1:]])  # A's findings resolved, A's key changed
    target = finding_id(db_engine, "toy.no_cert", "A@amazon:DE")
    with db_engine.begin() as conn:
        conn.execute(text("UPDATE findings SET status = 'open' WHERE id = :id"), {"id": target})

    result = scan(db_engine, [make_entry("A", certificates=CE), *_catalog()[1:]])

    _expect(ways, True)
    assert _counts(result) == (3, 0, 4, 0, 0, 1, 0)
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:DE")] == "resolved"
    assert events(db_engine, finding_id=target)[-1][1] == "resolved"
    _assert_settled(db_engine)


def test_a_sku_the_last_scan_saw_twice_is_resolved_when_gone(db_engine: Engine, ways: Ways) -> None:
    """B given twice has no ``scan_entries`` row; a catalog without it reuses every row, yet B's findings go:
    the last scan's count is not this one's."""
    scan(db_engine, [*_catalog(), make_entry("B", markets=("DE",), battery=BATTERY)])
    result = scan(db_engine, [_catalog()[0], _catalog()[2]])
    assert _counts(result) == (2, 0, 2, 0, 0, 4, 0)
    assert {subject for (_, subject), status in statuses(db_engine).items() if status == "resolved"} == {
        "B@amazon:DE", "B@amazon:FR"}
    _expect(ways, False)


@pytest.mark.parametrize("change", ["changed", "removed", "added", "packs", "full"])
def test_any_change_takes_the_full_pass(db_engine: Engine, ways: Ways, change: str) -> None:
    scan(db_engine, _catalog())
    entries, options = _catalog(), {}
    if change == "changed":
        entries[0] = make_entry("A", certificates=CE)
    elif change == "removed":
        entries = entries[1:]
    elif change == "added":
        entries.append(make_entry("D"))
    elif change == "packs":
        options = {"pack_versions": {"toy": "1.1"}}
    else:
        options = {"reuse": False}
    result = scan(db_engine, entries, **options)
    _expect(ways, False)
    expected = {"changed": (3, 1, 4, 0, 0, 2, 0), "removed": (2, 0, 4, 0, 0, 2, 0), "added": (4, 1, 8, 2, 0, 0, 0),
                "packs": (3, 3, 6, 0, 0, 0, 0), "full": (3, 3, 6, 0, 0, 0, 0)}[change]  # fmt: skip
    assert _counts(result) == expected
    again = scan(db_engine, entries, **(options if change == "packs" else {}))  # and unchanged after it: short
    _expect(ways, True)
    assert _counts(again) == (len(entries), 0, expected[2], 0, 0, 0, 0)


def _assert_settled(engine: Engine) -> None:
    """A scan leaves no finding whose presence and status disagree (the partial index is empty)."""
    with engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM findings WHERE {UNSETTLED}")).scalar_one() == 0


def test_the_unsettled_index_is_partial_and_migrates_down_and_up(db_url: str) -> None:
    """Migration 0008 on both backends: up, down to 0007 (the index gone), up again; SQLite's plan uses it."""
    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        scan(engine, _catalog())
        lifecycle.resolve(engine, finding_id(engine, "toy.no_cert", "A@amazon:DE"), by="alice", note="done")
        assert _index(engine) is not None
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0007_evidence_texts")
            conn.commit()
        assert _index(engine) is None
        assert upgrade_to_head(engine)[1] == head_revisions()
        definition = _index(engine)
        assert definition is not None and "where" in definition.lower() and "resolved" in definition
        with engine.connect() as conn:
            assert [row[0] for row in unchanged.unsettled(conn)] == [finding_id(engine, "toy.no_cert", "A@amazon:DE")]
            if engine.dialect.name == "sqlite":
                plan = conn.execute(text(f"EXPLAIN QUERY PLAN SELECT id FROM findings WHERE {UNSETTLED}")).all()
                assert "ix_findings_unsettled" in str(plan)
    finally:
        engine.dispose()


def _index(engine: Engine) -> str | None:
    query = ("SELECT sql FROM sqlite_master WHERE name = 'ix_findings_unsettled'" if engine.dialect.name == "sqlite"
             else "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_findings_unsettled'")  # fmt: skip
    with engine.connect() as conn:
        return conn.execute(text(query)).scalar()
