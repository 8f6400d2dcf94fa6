"""Database plumbing: URL resolution, SQLite settings, and migrations on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from crossguard.register.models import FindingRow
from crossguard.settings import load_settings
from crossguard.store.db import Base, make_engine, session_scope
from crossguard.store.migrate import alembic_config, current_revisions, head_revisions, upgrade_to_head

REGISTER_TABLES = {"scan_runs", "rule_texts", "evidence_texts", "findings", "finding_events", "scan_entries",
                   "finding_comments", "scan_counts"}


def test_url_precedence_cli_env_config_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf_dir = tmp_path / "conf"
    conf_dir.mkdir()
    config = conf_dir / "config.yaml"
    config.write_text("database:\n  url: sqlite:///var/reg.db\n")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)

    # config: relative SQLite path is relative to the config file's folder, not the working directory
    loaded = load_settings(config, env={})
    assert loaded.database_url(env={}) == f"sqlite:///{conf_dir / 'var' / 'reg.db'}"
    # environment beats config; relative paths there are relative to the working directory
    env = {"CROSSGUARD_DB": "sqlite:///env.db"}
    assert loaded.database_url(env=env) == f"sqlite:///{work / 'env.db'}"
    # --db beats both
    assert loaded.database_url("postgresql://u@h/db", env=env) == "postgresql://u@h/db"
    # CROSSGUARD_CONFIG points at the config when no path is given
    from_env = load_settings(env={"CROSSGUARD_CONFIG": str(config)})
    assert from_env.database_url(env={}) == f"sqlite:///{conf_dir / 'var' / 'reg.db'}"
    # nothing set, no config.yaml in the working directory: the default file
    assert load_settings(env={}).database_url(env={}) == f"sqlite:///{work / 'var' / 'crossguard.db'}"


def test_default_sqlite_file_folder_is_created_and_pragmas_apply(tmp_path: Path) -> None:
    db = tmp_path / "var" / "nested" / "crossguard.db"
    engine = make_engine(f"sqlite:///{db}", busy_timeout_s=7)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 7000
        assert db.exists()
    finally:
        engine.dispose()


def test_session_scope_rolls_back_on_error(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 't.db'}")
    try:
        with session_scope(engine) as session:
            session.execute(text("CREATE TABLE t (x INTEGER)"))
        with pytest.raises(RuntimeError), session_scope(engine, immediate=True) as session:
            session.execute(text("INSERT INTO t VALUES (1)"))
            raise RuntimeError("boom")
        with session_scope(engine) as session:
            assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    finally:
        engine.dispose()


def test_upgrade_is_idempotent_and_reaches_head(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        before, after = upgrade_to_head(engine)
        assert before == set() and after == head_revisions()
        assert "0001_register" in _all_revisions()
        again = upgrade_to_head(engine)
        assert again == (after, after)
        assert REGISTER_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def _all_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def test_tables_match_the_migrations(db_engine) -> None:
    """The ORM classes and the migrations describe the same schema (autogenerate finds nothing)."""
    import crossguard.register.models  # noqa: F401  (tables on Base)

    def mine(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
        table = obj if type_ == "table" else getattr(obj, "table", None)
        return getattr(table, "name", name) in REGISTER_TABLES

    with db_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": mine, "compare_type": True})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_downgrade_to_base_and_back(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        with engine.connect() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
            conn.commit()
        assert not REGISTER_TABLES & set(inspect(engine).get_table_names())
        upgrade_to_head(engine)
        assert REGISTER_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_the_fingerprint_index_migration_keeps_a_scanned_register_and_its_audit_trail(db_url: str) -> None:
    """0006 recreates ``findings`` on SQLite while the audit trail references its rows: both ways, with data."""
    from crossguard.store.migrate import foreign_keys_checked_at_the_end
    from tests.conftest import make_entry, scan

    engine = make_engine(db_url)
    try:
        upgrade_to_head(engine)
        scan(engine, [make_entry("A"), make_entry("B", battery={"capacity_wh": 50})])
        before = {table: _dump(engine, table) for table in ("findings", "finding_events")}
        assert len(before["findings"]) == 6 and len(before["finding_events"]) == 6
        with engine.connect() as conn, foreign_keys_checked_at_the_end(conn):
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005_feed_matches")
            conn.commit()
        assert _unique_fingerprint(engine) == "constraint"
        assert upgrade_to_head(engine)[1] == head_revisions()
        assert _unique_fingerprint(engine) == "index"
        assert {table: _dump(engine, table) for table in before} == before
        with pytest.raises(Exception, match="(?i)unique"), engine.begin() as conn:
            conn.execute(text("UPDATE findings SET fingerprint = (SELECT min(fingerprint) FROM findings)"))
    finally:
        engine.dispose()


def _dump(engine, table: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


def _unique_fingerprint(engine) -> str:
    """Whether the findings' fingerprint is unique by a named index or by a constraint."""
    inspector = inspect(engine)
    if any(ix["name"] == "ix_findings_fingerprint" and ix["unique"] for ix in inspector.get_indexes("findings")):
        return "index"
    names = [uq["name"] for uq in inspector.get_unique_constraints("findings")]
    return "constraint" if "uq_findings_fingerprint" in names else "none"


def test_two_processes_upgrading_at_once_both_succeed(db_url: str) -> None:
    """Concurrent first starts (two CLI commands on a fresh database) must not fail or corrupt it."""
    results: list[object] = []

    def run() -> None:
        engine = make_engine(db_url)
        try:
            results.append(upgrade_to_head(engine)[1])
        except Exception as exc:  # collected and asserted below
            results.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert results == [head_revisions(), head_revisions()]
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert current_revisions(conn) == head_revisions()
            assert conn.execute(text(f"SELECT count(*) FROM {FindingRow.__tablename__}")).scalar() == 0
    finally:
        engine.dispose()


def test_a_read_connection_sends_no_begin_on_sqlite_and_each_read_sees_the_latest_commit(tmp_path: Path) -> None:
    from sqlalchemy import event

    from crossguard.store.db import read_connection

    engine = make_engine(f"sqlite:///{tmp_path / 'r.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    sent: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: sent.append(args[2]))
    with read_connection(engine) as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 0
        with engine.begin() as writer:  # another connection commits between the two reads
            writer.exec_driver_sql("INSERT INTO t VALUES (1)")
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar() == 1
    assert sent[0] == "SELECT count(*) FROM t"  # no BEGIN before it
    with engine.connect() as conn:  # an ordinary connection still begins its transaction
        conn.exec_driver_sql("SELECT 1")
    assert sent[-2:] == ["BEGIN", "SELECT 1"]
    engine.dispose()


def test_head_and_current_revisions_agree_with_alembic(db_url: str, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """``head_revisions`` reads the scripts without Alembic, ``current_revisions`` the version table: both as
    Alembic says, for this package's scripts, for a register at head, at an older revision and untouched, and
    for scripts with two heads merged (a tuple ``down_revision``) and a plain assignment."""
    from alembic.script import ScriptDirectory

    from crossguard.store import migrate

    assert migrate.head_revisions() == set(ScriptDirectory.from_config(alembic_config()).get_heads())
    engine = make_engine(db_url)
    try:
        for step in (None, "head", "0006_fingerprint_index"):
            if step is not None:
                with engine.connect() as conn:
                    cfg = alembic_config()
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, step) if step == "head" else command.downgrade(cfg, step)
                    conn.commit()
            with engine.connect() as conn:
                assert current_revisions(conn) == set(MigrationContext.configure(conn).get_current_heads())
                expected = {None: set(), "head": head_revisions(), "0006_fingerprint_index": {step}}[step]
                assert current_revisions(conn) == expected
    finally:
        engine.dispose()
    versions = tmp_path / "migrations" / "versions"
    versions.mkdir(parents=True)
    scripts = {"a": None, "b": '"a"', "c": '"a"', "m": '("b", "c")'}
    for name, down in scripts.items():
        assignment = f'revision = "{name}"' if name == "b" else f'revision: str = "{name}"'
        (versions / f"{name}.py").write_text(f"{assignment}\ndown_revision: object = {down}\n")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: tmp_path / "migrations")
    assert migrate.head_revisions() == {"m"}
    (versions / "m.py").unlink()
    assert migrate.head_revisions() == {"b", "c"}
    # a merge as a formatter writes a long one (over several lines, a comment inside) and a comment after a value
    (versions / "m.py").write_text('revision = "m"\ndown_revision: tuple[str, str] = (\n    "b",  # "x"\n    "c",\n)\n')
    (versions / "n.py").write_text('revision = "n"  # after "m"\ndown_revision = "m"  # was "b"\n')
    assert migrate.head_revisions() == {"n"}


def test_a_current_register_is_checked_without_importing_alembic(tmp_path: Path) -> None:
    """A scan asks whether the register is current before it starts; on a current register the answer must not
    import Alembic (Mako, Pygments: 0.16-0.2 s of every scan). Checked in a fresh process."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.db'}"
    engine = make_engine(url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    code = (
        "import sys\n"
        "from crossguard.store.db import make_engine\n"
        "from crossguard.store.migrate import upgrade_to_head\n"
        "import crossguard.register.scan, crossguard.usecases.scan\n"
        f"engine = make_engine({url!r})\n"
        "before, after = upgrade_to_head(engine)\n"
        "print(before == after, sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.split() == ["True", "[]"]


def test_head_revisions_in_threads_at_once() -> None:
    """Two commands starting together ask at once (``test_two_processes_upgrading_at_once_both_succeed``): reading
    the scripts with ``ast`` failed there on CPython 3.11 now and then ("AST constructor recursion depth mismatch")."""
    from crossguard.store import migrate

    answers: list[object] = []

    def ask() -> None:
        for _ in range(20):
            try:
                answers.append(migrate.head_revisions())
            except Exception as exc:  # collected and asserted below
                answers.append(exc)

    import sys

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a loaded machine does
    try:
        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        sys.setswitchinterval(interval)
    assert answers == [head_revisions()] * 160
