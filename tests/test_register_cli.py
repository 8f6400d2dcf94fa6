"""The register's commands end to end: real catalog files, the real evaluator and rule packs (written
for the test), a real database of each backend, typer's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from crossguard.cli import app as root_app
from crossguard.register.lifecycle import today_utc
from crossguard.register.locking import scan_transaction
from crossguard.store.db import make_engine
from tests.packs import rule, write_pack

AT = "2026-11-25"


@pytest.fixture
def app() -> typer.Typer:
    return root_app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, Path]:
    rules = tmp_path / "rules"
    rules.mkdir()
    write_pack(rules, "cli-eu", [
        rule("CLI-RED-001", {"all": [{"field": "cls.radio", "eq": True}, {"field": "certs", "not_contains": "CE:RED"}]},
             severity="critical", blocks_listing=True),
        rule("CLI-IMG-001", {"field": "listing.has_image", "exists": False}, severity="low"),
    ], jurisdiction="EU")  # fmt: skip
    catalog = tmp_path / "catalog.yaml"
    write_catalog(catalog, speaker_certs=[])
    return {"rules": rules, "catalog": catalog}


def write_catalog(path: Path, speaker_certs: list[dict]) -> None:
    path.write_text(yaml.safe_dump([
        {"sku": "SPK-1", "title": "Bluetooth speaker", "radio": ["bluetooth"], "certificates": speaker_certs,
         "listings": [{"marketplace": "amazon", "market": "DE", "has_image": True},
                      {"marketplace": "amazon", "market": "FR", "has_image": True}]},
        {"sku": "MUG-1", "title": "Ceramic mug", "electronic": False,
         "listings": [{"marketplace": "ebay", "market": "DE"}]},
    ], sort_keys=False))  # fmt: skip


def invoke(runner: CliRunner, app: typer.Typer, *args: str) -> object:
    return runner.invoke(app, list(args), env={"COLUMNS": "200"})


def do_scan(runner: CliRunner, app: typer.Typer, ws: dict[str, Path], db_url: str, *extra: str) -> object:
    return invoke(runner, app, "scan", "--catalog", str(ws["catalog"]), "--rules", str(ws["rules"]),
                  "--db", db_url, "--at", AT, "--quiet", *extra)  # fmt: skip


def test_scan_list_show_and_work_a_finding(app, runner, workspace, db_url) -> None:  # noqa: ANN001
    result = do_scan(runner, app, workspace, db_url)
    assert result.exit_code == 0, result.output
    assert "Scan #" in result.output

    listed = invoke(runner, app, "register", "list", "--db", db_url)
    assert listed.exit_code == 0, listed.output
    assert "CLI-RED-001" in listed.output and "SPK-1@amazon:DE" in listed.output and "MUG-1@ebay:DE" in listed.output
    assert "3 finding(s)" in listed.output

    critical = invoke(runner, app, "register", "list", "--db", db_url, "--severity", "critical", "--market", "fr")
    assert "SPK-1@amazon:FR" in critical.output and "SPK-1@amazon:DE" not in critical.output
    assert "1 finding(s)" in critical.output
    assert "no findings match" in invoke(runner, app, "register", "list", "--db", db_url, "--sku", "NOPE").output

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            from crossguard.register.queries import Filters, list_findings

            red_de = next(f for f in list_findings(conn, Filters(markets=["DE"], rules=["CLI-RED-001"])))
    finally:
        engine.dispose()

    shown = invoke(runner, app, "register", "show", str(red_de.id), "--db", db_url)
    assert shown.exit_code == 0, shown.output
    for expected in ("Evidence", "cls.radio", "certs", "fix it", "History", "created", "CLI-RED-001"):
        assert expected in shown.output
    assert invoke(runner, app, "register", "show", red_de.fingerprint[:10], "--db", db_url).exit_code == 0

    ack = invoke(
        runner, app, "register", "ack", str(red_de.id), "--by", "bob", "--note", "asked supplier", "--db", db_url
    )
    assert ack.exit_code == 0 and "open -> acknowledged" in ack.output
    until = (today_utc() + timedelta(days=30)).isoformat()
    waive = invoke(runner, app, "register", "waive", str(red_de.id), "--by", "carol", "--reason", "DE paused",
                   "--until", until, "--db", db_url)  # fmt: skip
    assert waive.exit_code == 0 and "acknowledged -> waived" in waive.output
    listed = invoke(runner, app, "register", "list", "--db", db_url, "--status", "waived")
    assert f"until {until} (carol)" in listed.output

    resolved = invoke(
        runner, app, "register", "resolve", str(red_de.id), "--by", "dan", "--note", "DoC found", "--db", db_url
    )
    assert resolved.exit_code == 0 and "waived -> resolved" in resolved.output

    # the catalog did not change, so the next scan reopens what dan resolved, and says why
    again = do_scan(runner, app, workspace, db_url)
    assert again.exit_code == 0, again.output
    history = invoke(runner, app, "register", "show", str(red_de.id), "--db", db_url).output
    assert "reopened" in history and "resolved by dan, but scan" in history

    # now the product is fixed: its findings resolve at the next scan
    write_catalog(workspace["catalog"], speaker_certs=[{"scheme": "CE", "directives": ["RED"]}])
    assert do_scan(runner, app, workspace, db_url).exit_code == 0
    summary = invoke(runner, app, "register", "summary", "--db", db_url)
    assert summary.exit_code == 0, summary.output
    assert "Findings by severity and status" in summary.output and "by pack" in summary.output
    assert "2 resolved" in summary.output and "cli-eu" in summary.output
    runs = invoke(runner, app, "register", "runs", "--db", db_url)
    assert runs.exit_code == 0 and "Scan runs" in runs.output


def test_user_errors_exit_1_and_change_nothing(app, runner, workspace, db_url) -> None:  # noqa: ANN001
    assert do_scan(runner, app, workspace, db_url).exit_code == 0

    unknown = invoke(runner, app, "register", "show", "4242", "--db", db_url)
    assert unknown.exit_code == 1 and "no finding with id or fingerprint '4242'" in unknown.output

    past = (today_utc() - timedelta(days=1)).isoformat()
    waive = invoke(runner, app, "register", "waive", "1", "--by", "c", "--reason", "r", "--until", past, "--db", db_url)
    assert waive.exit_code == 1 and "in the past" in waive.output

    bad_date = invoke(
        runner, app, "register", "waive", "1", "--by", "c", "--reason", "r", "--until", "soon", "--db", db_url
    )
    assert bad_date.exit_code == 2 and "not a date" in bad_date.output

    missing = invoke(runner, app, "register", "waive", "1", "--by", "c", "--db", db_url)
    assert missing.exit_code == 2  # click: missing --reason/--until

    assert invoke(runner, app, "register", "resolve", "1", "--by", "d", "--note", "x", "--db", db_url).exit_code == 0
    twice = invoke(runner, app, "register", "ack", "1", "--by", "d", "--db", db_url)
    assert twice.exit_code == 1 and "cannot acknowledge finding 1: it is resolved" in twice.output

    bad_status = invoke(runner, app, "register", "list", "--status", "closed", "--db", db_url)
    assert bad_status.exit_code == 2 and "unknown status closed" in bad_status.output


def test_catalog_with_bad_rows_is_refused_and_nothing_is_written(app, runner, workspace, db_url) -> None:  # noqa: ANN001
    assert do_scan(runner, app, workspace, db_url).exit_code == 0
    before = invoke(runner, app, "register", "export", "--format", "json", "--db", db_url).output
    bad = workspace["catalog"].with_name("bad.yaml")
    bad.write_text(yaml.safe_dump([
        {"sku": "SPK-1", "title": "Bluetooth speaker", "listings": [{"marketplace": "amazon", "market": "DE"}]},
        {"sku": "BAD-1", "title": "x", "voltage_type": "sideways", "listings": []},
    ]))  # fmt: skip
    result = invoke(
        runner, app, "scan", "--catalog", str(bad), "--rules", str(workspace["rules"]), "--db", db_url, "-q"
    )
    assert result.exit_code == 2  # an input problem, as for check
    assert "bad row" in result.output and "nothing was written" in result.output and "voltage_type" in result.output
    assert invoke(runner, app, "register", "export", "--format", "json", "--db", db_url).output == before
    missing = invoke(runner, app, "scan", "--catalog", str(bad.with_name("nope.yaml")), "--db", db_url, "-q")
    assert missing.exit_code == 2 and "no such file" in missing.output


def test_each_bad_row_is_one_line_on_an_80_column_terminal(app, runner, workspace, tmp_path) -> None:  # noqa: ANN001
    """`file: row N: field: reason` is what people and scripts grep: never broken where the console wraps."""
    bad = tmp_path / "a-catalog-file-with-a-rather-long-name.csv"
    bad.write_text("sku,title,battery.capacity_wh,listing.marketplace,listing.market\n"
                   "1,Bluetooth speaker,abc,amazon,DE\n")
    result = runner.invoke(app, ["scan", "--catalog", str(bad), "--db", f"sqlite:///{tmp_path / 'r.db'}", "-q"],
                           env={"COLUMNS": "80"})
    assert result.exit_code == 2
    assert (f"{bad}: row 2: battery.capacity_wh: Input should be a valid number, unable to parse string as a number"
            in result.output.splitlines())


def test_export_csv_and_json(app, runner, workspace, db_url, tmp_path) -> None:  # noqa: ANN001
    assert do_scan(runner, app, workspace, db_url).exit_code == 0
    as_json = json.loads(invoke(runner, app, "register", "export", "--format", "json", "--db", db_url).output)
    assert len(as_json) == 3
    red = next(item for item in as_json if item["rule_id"] == "CLI-RED-001")
    assert red["status"] == "open" and red["severity"] == "critical" and red["blocks_listing"] is True
    assert {e["field"] for e in red["evidence"]} >= {"cls.radio", "certs"}
    assert red["references"] == ["test ref"] and red["first_seen_at"].startswith(str(today_utc().year))

    out = tmp_path / "register.csv"
    result = invoke(
        runner,
        app,
        "register",
        "export",
        "--format",
        "csv",
        "--output",
        str(out),
        "--severity",
        "critical",
        "--db",
        db_url,
    )
    assert result.exit_code == 0 and "wrote 2 finding(s)" in result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert [r["rule_id"] for r in rows] == ["CLI-RED-001", "CLI-RED-001"]
    assert json.loads(rows[0]["evidence"])[0]["field"] in ("cls.radio", "certs")
    assert not out.with_name("register.csv.part").exists()


def test_csv_export_defuses_spreadsheet_formulas() -> None:
    from crossguard.register.export import csv_cell as _cell

    assert _cell('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    assert _cell("+1") == "'+1" and _cell("@SUM(A1)") == "'@SUM(A1)" and _cell("plain") == "plain"
    assert _cell(3) == 3


def test_busy_register_exits_3(app, runner, workspace, db_url) -> None:  # noqa: ANN001
    assert do_scan(runner, app, workspace, db_url).exit_code == 0
    holder = make_engine(db_url)
    entered, leave = threading.Event(), threading.Event()

    def hold() -> None:
        with scan_transaction(holder):
            entered.set()
            leave.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert entered.wait(30)
        result = do_scan(runner, app, workspace, db_url)
        assert result.exit_code == 3, result.output
        assert "another scan is running (started at" in result.output
    finally:
        leave.set()
        thread.join(30)
        holder.dispose()
    assert do_scan(runner, app, workspace, db_url).exit_code == 0


def test_db_upgrade_and_current(app, runner, db_url) -> None:  # noqa: ANN001
    first = invoke(runner, app, "db", "upgrade", "--db", db_url)
    assert first.exit_code == 0 and "empty ->" in first.output and "0001_register" not in first.output.split("->")[0]
    again = invoke(runner, app, "db", "upgrade", "--db", db_url)
    assert again.exit_code == 0 and "already at" in again.output
    current = invoke(runner, app, "db", "current", "--db", db_url)
    assert current.exit_code == 0 and "up to date" in current.output


def test_default_database_is_a_sqlite_file_under_var(app, runner, workspace, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CROSSGUARD_DB", raising=False)
    monkeypatch.delenv("CROSSGUARD_CONFIG", raising=False)
    result = runner.invoke(app, ["scan", "--catalog", str(workspace["catalog"]), "--rules", str(workspace["rules"]),
                                 "--at", AT, "-q"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (tmp_path / "var" / "crossguard.db").exists()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_json_lines_sku_with_spaces_around_it_scans_as_its_stripped_text(app, runner, workspace, db_url,  # noqa: ANN001
                                                                           workers, tmp_path) -> None:
    """Validation strips a SKU's surrounding spaces; the scan's own reading of a line (pass 2, the workers' check,
    the override's key) must read it the same way, or the line looks changed and the whole scan is refused."""
    catalog = tmp_path / "padded.jsonl"
    catalog.write_text(json.dumps({"sku": "  SPK-1 ", "title": "Bluetooth speaker", "radio": ["bluetooth"],
                                   "listings": [{"marketplace": "amazon", "market": "DE", "has_image": True}]}) + "\n")
    result = do_scan(runner, app, {**workspace, "catalog": catalog}, db_url, "--workers", workers)
    assert result.exit_code == 0, result.output
    listed = invoke(runner, app, "register", "list", "--db", db_url, "--sku", "SPK-1")
    assert listed.exit_code == 0, listed.output
    assert "CLI-RED-001" in listed.output
