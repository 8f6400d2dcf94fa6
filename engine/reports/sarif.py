"""SARIF 2.1.0 (OASIS), the format code scanning reads (GitHub's upload-sarif, GitLab, Azure DevOps).

One run (one per :data:`MAX_RESULTS_PER_RUN` results, see below); ``tool.driver.rules`` lists every
rule the command ran, with its title, remediation as help text, the first reference that is (or
holds) a URL as ``helpUri`` and its pack, version, severity, blocking and references as properties.
One result per finding: ``level`` from severity (critical and high ``error``, medium ``warning``,
low and info ``note``), the catalog file and line as location, the finding's fingerprint (rule +
subject, stable across runs) as ``partialFingerprints`` so a platform tracks the same finding
between runs, and the subject, listing and decision as properties. A finding waived in the register
carries a ``suppressions`` entry. Input errors are tool execution notifications, and
``executionSuccessful`` says whether there were any. The document is written as the results come:
only the notifications are kept.

Past :data:`MAX_RESULTS_PER_RUN` results the file holds several runs, each with the same driver,
its own results and the input errors met while it was written; every run then has its own
``automationDetails.id`` (``crossguard/<command>/part-<n>/``), because code scanning rejects a
file with two runs of the same tool and category. A report narrowed to some markets (``check
--market DE``) says so in the id (``crossguard/check/DE/``, ``crossguard/check/DE/part-2/``): code
scanning replaces an earlier upload of the same category, so per-market uploads must differ.
A file of more than :data:`MAX_RUNS` runs is still written whole, with a warning in its last run and
through ``context.notify`` (the command prints it on stderr): the findings are all there for other
readers, and GitHub will refuse it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from crossguard.engine.catalog import RowError
from crossguard.engine.findings import Finding
from crossguard.engine.reports.model import (
    Location,
    ReportContext,
    ReportItem,
    RuleInfo,
    SubjectResult,
    error_location,
)

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
FINGERPRINT_KEY = "crossguard/finding/v1"
#: GitHub code scanning's hard limits ("SARIF results exceed hard limit" in its docs): a run of more
#: results, or a file of more runs, is rejected whole.
MAX_RESULTS_PER_RUN = 25_000
MAX_RUNS = 20
URL = re.compile(r"https?://[^\s<>\"')\]]+")


def level(severity: str) -> str:
    return LEVELS.get(severity, "warning")


def uri(path: Path) -> str:
    """A relative path stays relative (code scanning resolves it against the checkout), posix and escaped."""
    return path.resolve().as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def help_uri(references: Iterable[str]) -> str | None:
    for reference in references:
        found = URL.search(reference)
        if found:
            return found.group(0).rstrip(".,;")
    return None


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    see = "\n".join(f"- {reference}" for reference in info.references)
    descriptor: dict[str, Any] = {
        "id": info.id,
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": f"{info.title} ({info.pack_id} {info.pack_version})"},
        "help": {"text": f"{info.remediation}\n\nReferences:\n{see}",
                 "markdown": f"{info.remediation}\n\n**References**\n\n{see}"},
        "defaultConfiguration": {"level": level(info.severity)},
        "properties": {
            "pack": info.pack_id, "pack_version": info.pack_version, "severity": info.severity,
            "subject_kind": info.subject_kind, "blocks_listing": info.blocks_listing,
            "reviews_listing": info.reviews_listing, "references": list(info.references),
            "tags": ["compliance", info.pack_id],
        },
    }
    found = help_uri(info.references)
    if found:
        descriptor["helpUri"] = found
    return descriptor


def physical(place: Location) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": uri(place.file)}}
    if place.line:
        location["region"] = {"startLine": place.line}
    return location


def sarif_result(finding: Finding, result: SubjectResult, context: ReportContext,
                 index: dict[str, int], place: Location | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "level": level(finding.severity.value),
        "message": {"text": finding.message},
        "locations": [{
            **({"physicalLocation": physical(place)} if place else {}),
            "logicalLocations": [{"name": result.subject, "kind": result.subject_kind}],
        }],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "subject_kind": result.subject_kind, "subject": result.subject, "sku": result.sku,
            "market": result.market, "marketplace": result.marketplace, "decision": result.decision,
            "severity": finding.severity.value, "pack": finding.pack_id, "pack_version": finding.pack_version,
            "blocks_listing": finding.blocks_listing, "reviews_listing": finding.reviews_listing,
            "remediation": finding.remediation,
            "evidence": [item.model_dump(mode="json") for item in finding.evidence],
        },
    }
    if finding.rule_id in index:
        out["ruleIndex"] = index[finding.rule_id]
    if finding.fingerprint in result.suppressed:
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": result.suppressed[finding.fingerprint]}]
    return out


def notification(error: RowError) -> dict[str, Any]:
    return {"level": "error", "message": {"text": str(error)},
            "locations": [{"physicalLocation": physical(error_location(error))}],
            "properties": {"row": error.row, "field": error.field}}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _run_head(driver: dict[str, Any]) -> str:
    return _dump({"tool": {"driver": driver}})[:-1] + ', "results": [\n'


def _run_tail(context: ReportContext, notifications: list[dict[str, Any]], part: int | None) -> str:
    """Closes a run: its category when the file has several runs or covers some markets, and its invocation."""
    invocation = {"executionSuccessful": not any(n["level"] == "error" for n in notifications),
                  "toolExecutionNotifications": notifications,
                  "properties": {"command": context.command, "at": context.at.isoformat()}}
    return "\n], " + _dump({**_automation(context, part), "invocations": [invocation]})[1:]


def _automation(context: ReportContext, part: int | None) -> dict[str, Any]:
    """The run's category: command, the markets it was narrowed to, and its part when split (none when whole)."""
    path = "/".join(p for p in (context.command, context.scope, f"part-{part}" if part else "") if p)
    return {"automationDetails": {"id": f"crossguard/{path}/"}} if part or context.scope else {}


def _too_many_runs(runs: int, results: int, max_runs: int, per_run: int) -> str:
    return (f"the SARIF report has {results} results in {runs} runs of at most {per_run}; GitHub code scanning "
            f"rejects a file of more than {max_runs} runs: upload fewer listings at a time (one --market each)")


def render_sarif(context: ReportContext, items: Iterable[ReportItem], *, per_run: int = MAX_RESULTS_PER_RUN,
                 max_runs: int = MAX_RUNS) -> Iterator[str]:
    """The document, written as the results come; a new run every ``per_run`` results."""
    driver = {"name": "crossguard", "version": context.tool_version, "semanticVersion": context.tool_version,
              "rules": [rule_descriptor(info) for info in context.rules]}
    index = {info.id: number for number, info in enumerate(context.rules)}
    head = _run_head(driver)
    yield _dump({"$schema": SARIF_SCHEMA, "version": "2.1.0"})[:-1] + ', "runs": [' + head
    notifications: list[dict[str, Any]] = []  # the open run's: input errors met while it was open
    runs, in_run, total = 1, 0, 0
    for item in items:
        if isinstance(item, RowError):
            notifications.append(notification(item))
            continue
        place = context.locate(item) if item.findings else None
        for finding in item.findings:
            if in_run == per_run:
                yield _run_tail(context, notifications, runs) + ",\n" + head
                runs, in_run, notifications = runs + 1, 0, []
            yield (",\n" if in_run else "") + _dump(sarif_result(finding, item, context, index, place))
            in_run, total = in_run + 1, total + 1
    notifications.extend({"level": "warning", "message": {"text": str(warning)},
                          "locations": [{"physicalLocation": physical(Location(warning.file))}]}
                         for warning in context.warnings)
    if runs > max_runs:
        message = _too_many_runs(runs, total, max_runs, per_run)
        notifications.append({"level": "warning", "message": {"text": message}})
        context.notify(message)
    yield _run_tail(context, notifications, runs if runs > 1 else None) + "]}\n"
