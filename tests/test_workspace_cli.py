"""The workspace's commands: users, tokens, register assign/comment/list (formats, a pipe never wraps),
and ``crossguard serve --workers 2 --log-format json`` as real processes on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from crossguard.accounts.tokens import verify_token
from crossguard.accounts.users import list_users
from crossguard.cli import app
from crossguard.register import queries
from crossguard.store.db import make_engine
from crossguard.store.migrate import upgrade_to_head
from crossguard.usecases.scan import scan_catalog
from tests.service_support import free_port, write_config

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CROSSGUARD = Path(sys.executable).with_name("crossguard")


@pytest.fixture(scope="module")
def register_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("cli")
    url = f"sqlite:///{folder / 'register.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    scan_catalog(engine, [EXAMPLES / "catalog.yaml"], at=queries.date(2026, 11, 25), workers=1)
    engine.dispose()
    return url


def cli(*args: str, stdin: str | None = None) -> object:
    return CliRunner().invoke(app, list(args), input=stdin)


def test_users_add_list_disable(db_url: str) -> None:
    added = cli("users", "add", "alice", "--role", "officer", "--password-stdin", "--db", db_url,
                stdin="a long passphrase\n")
    assert added.exit_code == 0 and "user alice added (officer)" in added.output
    assert cli("users", "add", "alice", "--role", "viewer", "--password-stdin", "--db", db_url,
               stdin="another passphrase\n").exit_code == 1
    bad_role = cli("users", "add", "bob", "--role", "chief", "--password-stdin", "--db", db_url, stdin="x" * 9)
    assert bad_role.exit_code == 2
    assert cli("users", "disable", "alice", "--db", db_url).exit_code == 0
    assert "disabled" in cli("users", "list", "--db", db_url).output
    engine = make_engine(db_url)
    try:
        assert [(u.name, u.disabled) for u in list_users(engine)] == [("alice", True)]
    finally:
        engine.dispose()


def test_tokens_are_printed_once_and_only_their_hash_is_kept(db_url: str) -> None:
    created = cli("tokens", "create", "--name", "ci", "--scope", "check", "--db", db_url)  # stdout apart from stderr
    assert created.exit_code == 0
    token = created.stdout.strip()
    assert created.stdout.count("\n") == 1 and token.startswith("cg_")  # stdout is the token alone
    listed = cli("tokens", "list", "--db", db_url).output
    assert token not in listed and token[:10] in listed.replace("…", "")
    engine = make_engine(db_url)
    try:
        assert verify_token(engine, token).name == "ci"
        assert cli("tokens", "revoke", "ci", "--db", db_url).exit_code == 0
        assert verify_token(engine, token) is None
    finally:
        engine.dispose()
    assert cli("tokens", "revoke", "nope", "--db", db_url).exit_code == 1


def test_assign_comment_and_list_by_owner(register_db: str) -> None:
    assert cli("register", "assign", "3", "--by", "lead", "--owner", "dana", "--due", "2020-01-01",
               "--db", register_db).exit_code == 0
    commented = cli("register", "comment", "3", "--by", "dana", "--text", "DoC requested", "--db", register_db)
    assert commented.exit_code == 0
    shown = cli("register", "list", "--owner", "dana", "--overdue", "--format", "json", "--db", register_db)
    rows = json.loads(shown.output)
    assert [(r["id"], r["owner"], r["due_date"]) for r in rows] == [(3, "dana", "2020-01-01")]
    history = cli("register", "show", "3", "--db", register_db).output
    assert "assigned" in history and "due_changed" in history and "DoC requested" in history
    assert cli("register", "assign", "999999", "--by", "x", "--owner", "y", "--db", register_db).exit_code == 1


def test_list_in_a_pipe_never_wraps_or_cuts(register_db: str) -> None:
    result = subprocess.run([CROSSGUARD, "register", "list", "--severity", "critical", "--limit", "0",
                             "--db", register_db], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    engine = make_engine(register_db)
    try:
        with engine.connect() as conn:
            findings = queries.list_findings(conn, queries.Filters(severities=["critical"]))
    finally:
        engine.dispose()
    rows = [line for line in lines if line.split()[1:2] == ["critical"]]
    assert len(rows) == len(findings) > 10  # one line per finding
    for finding, line in zip(findings, rows, strict=True):
        assert line.split()[0] == str(finding.id) and finding.subject in line and finding.message in line


def test_list_as_csv(register_db: str) -> None:
    output = cli("register", "list", "--severity", "high", "--format", "csv", "--limit", "5", "--db", register_db)
    rows = list(csv.DictReader(io.StringIO(output.stdout)))
    assert len(rows) == 5 and {r["severity"] for r in rows} == {"high"} and "overdue" in rows[0]


def scans(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return len(queries.scan_runs(conn))
    finally:
        engine.dispose()


def wait_healthy(port: int, proc: subprocess.Popen[str]) -> float:
    """Until ``serve`` answers /health (at most 60 s); the deadline it used."""
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return deadline
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline and proc.poll() is None, "serve did not start"
        time.sleep(0.3)


def test_serve_with_two_workers_json_logs_and_one_scheduler_at_work(register_db: str, tmp_path: Path) -> None:
    """Two processes, each starting the scheduler: the scan job runs once (the lease), and both answer."""
    port = free_port()
    config = write_config(tmp_path, scheduler={"catalog": [str(EXAMPLES / "catalog.yaml")], "watch_every": None,
                                               "digest_every": None, "waiver_reminders_every": None})
    scanned_before = scans(register_db)
    proc = subprocess.Popen(
        [CROSSGUARD, "serve", "--db", register_db, "--port", str(port), "--workers", "2", "--log-format", "json",
         "--config", str(config), "--scheduler"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("CROSSGUARD_")},
    )
    try:
        deadline = wait_healthy(port, proc)
        for _ in range(6):
            httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
        metrics = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        served = [line for line in metrics.splitlines()
                  if line.startswith('crossguard_http_requests_total{method="GET",route="/health",status="200"}')]
        assert served and float(served[0].split()[-1]) >= 6  # both workers' counts, merged
        while scans(register_db) == scanned_before and time.monotonic() < deadline + 60:
            time.sleep(0.3)
        time.sleep(2.0)  # the other worker's scheduler had its chance too
        assert scans(register_db) == scanned_before + 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    records = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    pids = {r["message"] for r in records if r["message"].startswith("Started server process")}
    assert len(pids) == 2 and all({"time", "level", "logger", "message"} <= set(r) for r in records)


def test_serve_without_the_access_log(register_db: str, tmp_path: Path) -> None:
    """--no-access-log: no line per request (the startup lines still come)."""
    port = free_port()
    proc = subprocess.Popen(
        [CROSSGUARD, "serve", "--db", register_db, "--port", str(port), "--no-access-log",
         "--config", str(write_config(tmp_path))],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("CROSSGUARD_")},
    )
    try:
        wait_healthy(port, proc)
        assert httpx.get(f"http://127.0.0.1:{port}/v1/findings", timeout=5).status_code == 401
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    assert "Application startup complete" in stderr
    assert "GET /health" not in stderr and "/v1/findings" not in stderr
