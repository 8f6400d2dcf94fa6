"""How scans change the register: new, unchanged, resolved, reopened, updated, reused, removed.

Run on SQLite and PostgreSQL. The findings come from ``toy_findings`` (tests/conftest.py) over real
catalog entries, so each test can say exactly which findings a scan should see.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select, text

from crossguard.register import lifecycle, queries
from crossguard.register.models import FindingEvent, FindingRow
from tests.conftest import SCAN_DAY, make_entry, scan, toy_evaluate

CE = [{"scheme": "CE", "directives": ["LVD"]}]


def statuses(engine: Engine) -> dict[tuple[str, str], str]:
    """(rule, subject) -> status, for every finding in the register."""
    with engine.connect() as conn:
        rows = conn.execute(select(FindingRow.rule_id, FindingRow.subject, FindingRow.status)).all()
    return {(rule, subject): status for rule, subject, status in rows}


def events(engine: Engine, **where: object) -> list[tuple]:
    query = select(FindingEvent.finding_id, FindingEvent.action, FindingEvent.from_status, FindingEvent.to_status,
                   FindingEvent.actor, FindingEvent.note, FindingEvent.scan_id)  # fmt: skip
    for name, value in where.items():
        query = query.where(getattr(FindingEvent, name) == value)
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query.order_by(FindingEvent.id))]


def finding_id(engine: Engine, rule: str, subject: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(FindingRow.id).where(FindingRow.rule_id == rule, FindingRow.subject == subject)
        ).scalar_one()


def table_dump(engine: Engine, table: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_first_scan_records_every_finding_as_open_with_an_audit_row(db_engine: Engine) -> None:
    entries = [make_entry("A"), make_entry("B", certificates=CE), make_entry("C", battery={"capacity_wh": 50})]
    result = scan(db_engine, entries)

    expected = {
        ("toy.no_cert", "A@amazon:DE"), ("toy.no_cert", "A@amazon:FR"),
        ("toy.no_cert", "C@amazon:DE"), ("toy.no_cert", "C@amazon:FR"),
        ("toy.battery", "C@amazon:DE"), ("toy.battery", "C@amazon:FR"),
    }  # fmt: skip
    assert statuses(db_engine) == {key: "open" for key in expected}
    assert (result.entries, result.listings, result.evaluated, result.produced) == (3, 6, 3, 6)
    assert (result.new, result.reopened, result.resolved, result.updated) == (6, 0, 0, 0)
    created = events(db_engine, action="created")
    assert len(created) == 6 and all(e[4] == "scan" and e[3] == "open" and e[6] == result.scan_id for e in created)

    with db_engine.connect() as conn:
        run = queries.latest_scan(conn)
        assert run is not None and run.id == result.scan_id
        stored = queries.get_finding(conn, finding_id(db_engine, "toy.battery", "C@amazon:DE"))
    assert (run.new, run.produced, run.entries, run.listings) == (6, 6, 3, 6)
    assert run.started_at <= run.finished_at
    assert run.pack_versions == {"toy": "1.0"} and run.catalog == ["test-catalog"]
    # everything the finding had is stored: evidence with basis, references, remediation, flags
    assert stored.evidence == [{"field": "battery.capacity_wh", "value": 50.0, "basis": "as declared"}]
    assert stored.severity == "high" and stored.sku == "C" and stored.market == "DE"
    assert stored.remediation == "Register with the battery EPR scheme"
    assert stored.to_finding().fingerprint == stored.fingerprint


@pytest.mark.parametrize("reuse", [True, False], ids=["reuse", "full"])
def test_unchanged_rescan_writes_nothing_but_its_run(db_engine: Engine, reuse: bool) -> None:
    entries = [make_entry(f"P{i}", battery={"capacity_wh": 10 + i}) for i in range(20)]
    scan(db_engine, entries)
    before_findings = table_dump(db_engine, "findings")
    before_events = table_dump(db_engine, "finding_events")

    result = scan(db_engine, entries, reuse=reuse)

    assert table_dump(db_engine, "findings") == before_findings
    assert table_dump(db_engine, "finding_events") == before_events
    assert (result.new, result.reopened, result.resolved, result.updated) == (0, 0, 0, 0)
    assert result.produced == 80
    assert result.evaluated == (0 if reuse else 20)


def test_finding_no_longer_produced_is_resolved_and_reopens_when_back(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("A"), make_entry("B")])
    a_de = finding_id(db_engine, "toy.no_cert", "A@amazon:DE")

    fixed = scan(db_engine, [make_entry("A", certificates=CE), make_entry("B")])
    assert fixed.resolved == 2 and fixed.produced == 2
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:DE")] == "resolved"
    assert statuses(db_engine)[("toy.no_cert", "B@amazon:DE")] == "open"
    assert events(db_engine, finding_id=a_de)[-1][1:6] == (
        "resolved",
        "open",
        "resolved",
        "scan",
        f"no longer produced by scan #{fixed.scan_id}",
    )

    back = scan(db_engine, [make_entry("A"), make_entry("B")])
    assert (back.new, back.reopened, back.resolved) == (0, 2, 0)
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:DE")] == "open"
    assert a_de in back.reopened_ids
    assert events(db_engine, finding_id=a_de)[-1][1:6] == (
        "reopened",
        "resolved",
        "open",
        "scan",
        f"produced again by scan #{back.scan_id}",
    )
    with db_engine.connect() as conn:
        assert {f.id for f in queries.new_or_reopened(conn)} == set(back.reopened_ids)


@pytest.mark.parametrize("reuse", [True, False], ids=["reuse", "full"])
def test_manually_resolved_finding_still_produced_reopens_with_a_note(db_engine: Engine, reuse: bool) -> None:
    entries = [make_entry("A")]
    scan(db_engine, entries)
    target = finding_id(db_engine, "toy.no_cert", "A@amazon:FR")
    lifecycle.resolve(db_engine, target, by="alice@example.com", note="uploaded the DoC")
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:FR")] == "resolved"

    result = scan(db_engine, entries, reuse=reuse)  # the catalog did not change: the problem is still there

    assert result.reopened == 1 and result.reopened_ids == [target]
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:FR")] == "open"
    trail = events(db_engine, finding_id=target)
    assert [e[1] for e in trail] == ["created", "resolved", "reopened"]
    assert trail[1][4] == "alice@example.com" and trail[1][5] == "uploaded the DoC"
    assert trail[2][4] == "scan"
    assert trail[2][5] == f"resolved by alice@example.com, but scan #{result.scan_id} still produces it"


def test_manually_resolved_finding_that_is_gone_stays_resolved(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("A")])
    target = finding_id(db_engine, "toy.no_cert", "A@amazon:DE")
    lifecycle.resolve(db_engine, target, by="alice", note="fixed")
    result = scan(db_engine, [make_entry("A", certificates=CE)])
    assert statuses(db_engine)[("toy.no_cert", "A@amazon:DE")] == "resolved"
    assert result.resolved == 1  # only A@amazon:FR, which nobody had resolved
    assert [e[1] for e in events(db_engine, finding_id=target)] == ["created", "resolved"]


def test_changed_severity_is_updated_and_audited_without_changing_status(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("C", markets=("DE",), certificates=CE, battery={"capacity_wh": 50})])
    target = finding_id(db_engine, "toy.battery", "C@amazon:DE")
    lifecycle.acknowledge(db_engine, target, by="bob")

    result = scan(db_engine, [make_entry("C", markets=("DE",), certificates=CE, battery={"capacity_wh": 150})])

    assert result.updated == 1 and result.new == 0
    with db_engine.connect() as conn:
        stored = queries.get_finding(conn, target)
    assert (stored.status, stored.severity, stored.blocks_listing) == ("acknowledged", "critical", True)
    assert stored.evidence[0]["value"] == 150.0
    last = events(db_engine, finding_id=target)[-1]
    assert last[1] == "updated" and last[2] == last[3] == "acknowledged"
    assert "severity high -> critical" in last[5] and "evidence" in last[5] and "message" in last[5]


def test_removed_product_findings_resolve_and_its_cache_row_goes(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("A"), make_entry("B")])
    result = scan(db_engine, [make_entry("B")])
    assert result.resolved == 2
    assert {k: v for k, v in statuses(db_engine).items() if k[1].startswith("A@")} == {
        ("toy.no_cert", "A@amazon:DE"): "resolved", ("toy.no_cert", "A@amazon:FR"): "resolved",
    }  # fmt: skip
    assert [row[0] for row in table_dump(db_engine, "scan_entries")] == ["B"]


def test_reuse_only_skips_entries_whose_content_date_and_packs_are_unchanged(db_engine: Engine) -> None:
    entries = [make_entry("A"), make_entry("B"), make_entry("C")]
    calls: list[str] = []

    def counting(batch):  # noqa: ANN001
        calls.extend(entry.product.sku for entry in batch)
        return toy_evaluate(batch)

    scan(db_engine, entries, counting)
    assert sorted(calls) == ["A", "B", "C"]
    calls.clear()
    scan(db_engine, [make_entry("A"), make_entry("B", title="renamed"), make_entry("C")], counting)
    assert calls == ["B"]
    calls.clear()
    scan(db_engine, entries, counting, scan_date=SCAN_DAY + timedelta(days=1))
    assert sorted(calls) == ["A", "B", "C"]  # certificates may expire overnight
    calls.clear()
    scan(db_engine, entries, counting, scan_date=SCAN_DAY + timedelta(days=1), pack_versions={"toy": "1.1"})
    assert sorted(calls) == ["A", "B", "C"]
    calls.clear()
    scan(db_engine, entries, counting, scan_date=SCAN_DAY + timedelta(days=1), pack_versions={"toy": "1.1"},
         salt="rule files edited")  # fmt: skip
    assert sorted(calls) == ["A", "B", "C"]


def test_acknowledged_and_waived_findings_keep_their_status_while_produced(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("A")])
    ack = finding_id(db_engine, "toy.no_cert", "A@amazon:DE")
    waived = finding_id(db_engine, "toy.no_cert", "A@amazon:FR")
    lifecycle.acknowledge(db_engine, ack, by="bob", note="on it")
    lifecycle.waive(db_engine, waived, by="carol", reason="FR launch paused", until=date.today() + timedelta(days=1000))
    scan(db_engine, [make_entry("A")], reuse=False)
    assert statuses(db_engine) == {
        ("toy.no_cert", "A@amazon:DE"): "acknowledged", ("toy.no_cert", "A@amazon:FR"): "waived",
    }  # fmt: skip


def test_waived_finding_no_longer_produced_is_resolved_and_loses_its_waiver(db_engine: Engine) -> None:
    scan(db_engine, [make_entry("A")])
    target = finding_id(db_engine, "toy.no_cert", "A@amazon:FR")
    lifecycle.waive(db_engine, target, by="carol", reason="accepted", until=date.today() + timedelta(days=1000))
    scan(db_engine, [make_entry("A", certificates=CE)])
    with db_engine.connect() as conn:
        stored = queries.get_finding(conn, target)
    assert stored.status == "resolved" and stored.waived_until is None and stored.waiver_reason is None
    assert events(db_engine, finding_id=target)[-1][1:4] == ("resolved", "waived", "resolved")


def test_duplicate_skus_are_evaluated_every_time(db_engine: Engine) -> None:
    twins = [make_entry("T", markets=("DE",)), make_entry("T", markets=("FR",))]
    first = scan(db_engine, twins)
    second = scan(db_engine, twins)
    assert first.new == 2 and second.evaluated == 2 and (second.new, second.resolved) == (0, 0)


def test_same_finding_twice_in_one_scan_is_one_finding(db_engine: Engine) -> None:
    result = scan(db_engine, [make_entry("A", markets=("DE",))], lambda batch: [toy_evaluate(batch)[0] * 2])
    assert result.new == 1 and result.produced == 1


def test_a_finding_two_chunks_of_a_first_scan_produce_is_stored_once_and_ids_stay_consecutive(
        db_engine: Engine) -> None:
    """Repeated SKUs in different chunks of a first scan: one finding each, the first production's, numbered in the
    order first produced, with one "created" row each (on SQLite the unique index that would catch the repeat is
    built at the end, and the repeats are removed then: register/scan/first.py)."""
    entries = [make_entry("A"), make_entry("T", markets=("DE",)), make_entry("B", certificates=CE),
               make_entry("T", markets=("DE", "FR")), make_entry("U"), make_entry("U", battery={"capacity_wh": 5}),
               make_entry("C")]  # fmt: skip
    expected: dict[tuple[str, str], str] = {}  # (rule, subject) -> severity, in the order first produced
    for found in toy_evaluate(entries):
        for f in found:
            expected.setdefault((f.rule_id, f.subject), f.severity.value)
    result = scan(db_engine, entries, chunk_size=1)

    assert result.new == result.produced == len(expected) == 10
    with db_engine.connect() as conn:
        rows = conn.execute(select(FindingRow.id, FindingRow.rule_id, FindingRow.subject).order_by(FindingRow.id))
        stored = [tuple(row) for row in rows]
    assert [row[0] for row in stored] == list(range(1, len(expected) + 1))
    assert [row[1:] for row in stored] == list(expected)
    created = events(db_engine, action="created")
    assert sorted(e[0] for e in created) == [row[0] for row in stored]
    assert statuses(db_engine) == dict.fromkeys(expected, "open")
    again = scan(db_engine, entries, chunk_size=1)  # the index is there: the re-scan finds every one
    assert (again.new, again.resolved, again.produced) == (0, 0, len(expected))


def test_many_findings_cross_chunk_and_parameter_limits(db_engine: Engine) -> None:
    """Enough findings to need several chunks of every bulk statement (and > 999 bound ids)."""
    entries = [make_entry(f"S{i:04d}", markets=("DE", "FR", "IT")) for i in range(1200)]
    first = scan(db_engine, entries, chunk_size=250)
    assert first.new == 3600
    fixed = [make_entry(e.product.sku, markets=("DE", "FR", "IT"), certificates=CE) for e in entries]
    second = scan(db_engine, fixed, chunk_size=250)
    assert second.resolved == 3600
    third = scan(db_engine, entries, chunk_size=250)
    assert third.reopened == 3600 and third.new == 0
    with db_engine.connect() as conn:
        assert queries.count_findings(conn) == 3600
        assert len(queries.new_or_reopened(conn)) == 3600


def test_new_remediation_text_is_stored_once_and_audited(db_engine: Engine) -> None:
    entries = [make_entry("A"), make_entry("B")]
    scan(db_engine, entries)
    assert len(table_dump(db_engine, "rule_texts")) == 1  # four findings share one title/remediation/references

    def reworded(batch):  # noqa: ANN001
        return [[f.model_copy(update={"remediation": "Upload the DoC in Seller Central"}) for f in found]
                for found in toy_evaluate(batch)]  # fmt: skip

    result = scan(db_engine, entries, reworded, pack_versions={"toy": "1.1"})
    assert result.updated == 4 and (result.new, result.resolved) == (0, 0)
    assert len(table_dump(db_engine, "rule_texts")) == 2
    with db_engine.connect() as conn:
        stored = queries.list_findings(conn)
    assert {f.remediation for f in stored} == {"Upload the DoC in Seller Central"}
    assert events(db_engine, finding_id=stored[0].id)[-1][5] == "changed: remediation"
