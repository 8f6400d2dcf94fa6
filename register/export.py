"""Export findings as CSV (for spreadsheets) or JSON (for programs), streamed so size does not matter.

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or
carriage return) get a leading apostrophe: catalog text comes from sellers and suppliers, and a
compliance officer opens the file in Excel (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, TextIO

from crossguard.engine.report import finding_json
from crossguard.register.queries import RegisterFinding

CSV_COLUMNS = [
    "id", "fingerprint", "status", "severity", "rule_id", "rule_title", "pack_id", "pack_version",
    "subject_kind", "subject", "sku", "market", "marketplace", "message", "remediation", "references",
    "evidence", "blocks_listing", "present", "first_seen_at", "updated_at", "status_changed_at", "status_by",
    "status_note", "waived_by", "waiver_reason", "waived_until", "owner", "due_date", "overdue",
]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a spreadsheet cell: dates as ISO text, lists as JSON, formulas defused."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_row(finding: RegisterFinding, today: date) -> list[Any]:
    """One finding as the cells of ``CSV_COLUMNS`` (CSV and XLSX exports share it)."""
    return [csv_cell(finding.overdue(today) if name == "overdue" else getattr(finding, name)) for name in CSV_COLUMNS]


def write_csv(findings: Iterable[RegisterFinding], out: TextIO, *, today: date | None = None) -> int:
    """CSV with a header row; ``overdue`` is judged on ``today`` (default: today's UTC date)."""
    today = today or datetime.now(UTC).date()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for finding in findings:
        writer.writerow(export_row(finding, today))
        count += 1
    return count


#: What the register knows of a finding beyond what the engine said about it.
REGISTER_FIELDS = (
    "status", "present", "first_seen_at", "updated_at", "status_changed_at", "status_by", "status_note",
    "waived_by", "waiver_reason", "waived_until", "owner", "due_date",
)  # fmt: skip


def register_finding_json(finding: RegisterFinding) -> dict[str, Any]:
    """The engine's finding JSON (same keys as ``check --format json``), with the register's id and lifecycle."""
    lifecycle = {name: getattr(finding, name) for name in REGISTER_FIELDS}
    lifecycle = {k: (v.isoformat() if isinstance(v, datetime | date) else v) for k, v in lifecycle.items()}
    return {"id": finding.id, **finding_json(finding.to_finding()), **lifecycle}


def write_json(findings: Iterable[RegisterFinding], out: TextIO) -> int:
    """A JSON array, one finding object per line, written as it is read."""
    count = 0
    out.write("[")
    for finding in findings:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(register_finding_json(finding), ensure_ascii=False, default=str))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
