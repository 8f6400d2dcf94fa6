"""Evidence stored once per distinct value (``evidence_texts``): what the writer stores, what readers see, and the
migration that moves an existing register's evidence there (0007), on both backends."""

from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import Engine, text

from crossguard.register import queries
from crossguard.register.scan import evidence
from crossguard.store.db import make_engine
from crossguard.store.migrate import alembic_config, foreign_keys_checked_at_the_end, head_revisions, upgrade_to_head
from tests.conftest import make_entry, scan, toy_findings

CE = [{"scheme": "CE", "directives": ["LVD"]}]


def _entries(battery: int = 50) -> list:
    return [make_entry("A"), make_entry("B", certificates=CE, battery={"capacity_wh": battery}),
            make_entry("C", battery={"capacity_wh": 150}), make_entry("D", battery={"capacity_wh": battery})]


def _expected(entries: list) -> dict[str, list[dict]]:
    """Each finding's evidence as the engine said it, by subject and rule."""
    return {f"{f.rule_id} {f.subject}": [item.model_dump() for item in f.evidence]
            for entry in entries for f in toy_findings(entry)}


def _read(engine: Engine) -> dict[str, list[dict]]:
    with engine.connect() as conn:
        found = queries.list_findings(conn, queries.Filters(statuses=None))
        one = queries.get_finding(conn, found[0].id)
    assert one.evidence == found[0].evidence
    return {f"{f.rule_id} {f.subject}": f.evidence for f in found}


def _evidence_rows(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text("SELECT evidence_json FROM evidence_texts ORDER BY id"))]


@pytest.mark.parametrize("cap", [None, 1], ids=["cached", "past-the-cap"])
def test_each_distinct_evidence_is_stored_once_and_read_back_as_said(db_engine: Engine, cap: int | None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the writer's cache (cap 1) texts are found by digest in the register: the same rows either way."""
    if cap is not None:
        monkeypatch.setattr(evidence, "CACHE_CAP", cap)
    entries = _entries()
    scan(db_engine, entries)
    assert _read(db_engine) == _expected(entries)
    stored = [json.loads(row) for row in _evidence_rows(db_engine)]
    distinct = {json.dumps(value, sort_keys=True) for value in _expected(entries).values()}
    assert sorted(json.dumps(value, sort_keys=True) for value in stored) == sorted(distinct)
    assert len(stored) == 3  # no certificate; a 50 Wh battery (B's and D's four findings); a 150 Wh battery

    changed = _entries(battery=60)  # B's and D's battery findings change evidence (and message)
    result = scan(db_engine, changed)
    assert result.updated == 4 and (result.new, result.resolved) == (0, 0)
    assert _read(db_engine) == _expected(changed)
    # the 50 Wh row stays (evidence rows are never pruned), the 60 Wh one is added once
    assert len(_evidence_rows(db_engine)) == 4
    scan(db_engine, _entries())  # back to 50 Wh: the kept row is used again, none added
    assert _read(db_engine) == _expected(_entries()) and len(_evidence_rows(db_engine)) == 4


def test_a_changed_evidence_is_audited_by_name(db_engine: Engine) -> None:
    scan(db_engine, _entries())
    scan(db_engine, _entries(battery=60))
    with db_engine.connect() as conn:
        notes = conn.execute(text("SELECT note FROM finding_events WHERE action = 'updated'")).scalars().all()
    assert notes == ["changed: message, evidence"] * 4


def test_the_migration_moves_a_registers_evidence_and_back(db_url: str) -> None:
    """A register made at 0006 (evidence text in each finding), with a repeated and a long (over PostgreSQL's
    B-tree limit) evidence, upgraded: readers see the same findings; downgraded: the text is back in the rows."""
    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        entries = _entries()
        scan(engine, entries)
        before = _read(engine)
        _migrate(engine, command.downgrade, "0006_fingerprint_index")
        long = json.dumps([{"field": "title", "value": "x" * 9000, "basis": None}])
        with engine.begin() as conn:
            texts = dict(conn.execute(text("SELECT rule_id || ' ' || subject, evidence_json FROM findings")).all())
            assert {key: json.loads(value) for key, value in texts.items()} == before
            conn.execute(text("UPDATE findings SET evidence_json = :long, content_hash = 'edited' "
                              "WHERE subject LIKE 'C@%'"), {"long": long})
        assert upgrade_to_head(engine)[1] == head_revisions()
        after = _read(engine)
        expected = {key: ([json.loads(long)[0]] if " C@" in key else value) for key, value in before.items()}
        assert after == expected
        assert len(_evidence_rows(engine)) == len({json.dumps(v, sort_keys=True) for v in expected.values()}) == 3
        assert len({json.dumps(v) for v in before.values()}) == 3
        _migrate(engine, command.downgrade, "0006_fingerprint_index")
        with engine.connect() as conn:
            texts = dict(conn.execute(text("SELECT rule_id || ' ' || subject, evidence_json FROM findings")).all())
        assert {key: json.loads(value) for key, value in texts.items()} == expected
        assert upgrade_to_head(engine)[1] == head_revisions()
        # a scan after the migration: C's findings get their evidence back (audited), new rows numbered after
        result = scan(engine, entries, reuse=False)
        assert result.updated == 4 and _read(engine) == _expected(entries)
        with engine.connect() as conn:
            ids = conn.execute(text("SELECT id FROM evidence_texts ORDER BY id")).scalars().all()
        assert ids == [1, 2, 3, 4]
    finally:
        engine.dispose()


def _migrate(engine: Engine, step, revision: str) -> None:  # noqa: ANN001
    with engine.connect() as conn, foreign_keys_checked_at_the_end(conn):
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        step(cfg, revision)
        conn.commit()
