"""The scheduler: its configuration section, its jobs on a real register, and the database lease
that lets only one of several schedulers run them (SQLite and PostgreSQL)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from sqlalchemy import Engine

from crossguard.register import queries
from crossguard.settings import SettingsError, load_settings
from crossguard.store import lease
from crossguard.usecases.scheduler import LEASE, Jobs, start_background

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def settings_for(tmp_path: Path, **scheduler: object) -> object:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"scheduler": {"catalog": [str(EXAMPLES / "catalog.yaml")], **scheduler}}))
    return load_settings(config)


def scans(engine: Engine) -> int:
    with engine.connect() as conn:
        return len(queries.scan_runs(conn))


def test_the_section_is_validated_and_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(yaml.safe_dump({"scheduler": {"catalog": ["catalog.yaml"], "data": "data", "scan_every": None}}))
    loaded = load_settings(config)
    assert loaded.scheduler.catalog == [tmp_path / "catalog.yaml"] and loaded.scheduler.data == tmp_path / "data"
    assert loaded.scheduler.scan_every is None and loaded.scheduler.watch_every == 3600
    config.write_text(yaml.safe_dump({"scheduler": {"scan_evry": 5}}))
    with pytest.raises(SettingsError, match="scan_evry"):
        load_settings(config)


def test_only_the_lease_holder_runs_a_job(db_engine: Engine, db_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path)
    first = Jobs(db_engine, settings, db_url, holder="host-a pid 1")
    second = Jobs(db_engine, settings, db_url, holder="host-b pid 2")
    first.guarded("scan", first.scan)()
    assert scans(db_engine) == 1
    second.guarded("scan", second.scan)()
    assert scans(db_engine) == 1  # the first still holds the lease
    first.stop()
    second.guarded("scan", second.scan)()
    assert scans(db_engine) == 2 and lease.current_holder(db_engine, LEASE) == "host-b pid 2"


def test_two_running_schedulers_run_the_scan_once(db_engine: Engine, db_url: str, tmp_path: Path) -> None:
    settings = settings_for(tmp_path, watch_every=None, waiver_reminders_every=None, digest_every=None)
    running = [start_background(db_engine, settings, db_url, holder=f"worker {n}") for n in (1, 2)]
    try:
        deadline = time.monotonic() + 60
        while scans(db_engine) == 0 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(1.0)  # give the other scheduler its chance to (wrongly) scan too
    finally:
        for scheduler in running:
            scheduler.shutdown(wait=True)
    assert scans(db_engine) == 1


def test_jobs_without_a_catalog_do_nothing_harmful(db_engine: Engine, db_url: str, tmp_path: Path) -> None:
    jobs = Jobs(db_engine, settings_for(tmp_path, catalog=[]), db_url, holder="solo")
    assert jobs.scan() == "no scheduler.catalog configured"
    assert jobs.waiver_reminders()["errors"] == {}
    assert jobs.digest() == {"digests": 0, "delivered": 0, "failed": 0}
