"""What ``scan --format junit|jsonl|sarif|github`` reports: every listing of the scanned catalog, in
catalog order, with the findings the register now holds for it, then (with ``--data``) the
seller-level subjects that have findings.

A listing without an active finding is a passing subject, as in ``check``: JUnit gets one test case
per listing and JSON Lines one decision per listing, whether the scan evaluated the entry or reused
its earlier outcome. The catalog is read again one product at a time and the register is asked for
the findings of :data:`CHUNK` products at a time, so memory does not grow with the catalog.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from sqlalchemy.engine import Connection

from crossguard.engine.catalog import CatalogWarning, RowError
from crossguard.engine.findings import Finding, decide
from crossguard.engine.listing_facts import listing_subject
from crossguard.engine.models import CatalogEntry
from crossguard.engine.reports.model import ReportItem, RuleInfo, SubjectResult, catalog_items, group_findings
from crossguard.register.models import ACTIVE_STATUSES, Status
from crossguard.register.queries import Filters, RegisterFinding, iter_findings

#: Products whose findings are read in one query (well under SQLite's limit of bound parameters).
CHUNK = 500


def _waiver(row: RegisterFinding) -> str:
    return f"waived by {row.waived_by} until {row.waived_until}: {row.waiver_reason}"


def _held(rows: Iterator[RegisterFinding], listings: bool) -> tuple[list[Finding], dict[str, str]]:
    """The findings this scan's inputs still produce (``present``), of listings or of seller data, and
    the waivers among them."""
    findings: list[Finding] = []
    waived: dict[str, str] = {}
    for row in rows:
        if row.status not in ACTIVE_STATUSES or not row.present or (row.subject_kind == "listing") != listings:
            continue  # resolved, or not the kind asked for
        findings.append(row.to_finding())
        if row.status == Status.waived:
            waived[row.fingerprint] = _waiver(row)
    return findings, waived


def _chunk_results(conn: Connection, chunk: Sequence[CatalogEntry | RowError],
                   rules: Sequence[RuleInfo]) -> Iterator[ReportItem]:
    """One chunk of the catalog in its order: each row error, and each listing with its findings."""
    skus = sorted({item.product.sku for item in chunk if not isinstance(item, RowError)})
    # By SKU alone: with a status too, SQLite (no statistics) walks the status index, every open finding.
    findings, waived = _held(iter_findings(conn, Filters(statuses=(), skus=skus)), listings=True)
    found = {result.subject: result for result in group_findings(findings, rules, waived)}
    for item in chunk:
        if isinstance(item, RowError):
            yield item
            continue
        for listing in item.listings:
            subject = listing_subject(listing)
            yield found.get(subject) or SubjectResult("listing", subject, [], decide([]), listing.sku,
                                                      listing.marketplace, listing.market)


def scan_report_items(conn: Connection, catalog: Sequence[Path], rules: Sequence[RuleInfo], *, seller_data: bool,
                      warnings: list[CatalogWarning]) -> Iterator[ReportItem]:
    """Every listing of ``catalog`` with its findings in the register, then seller-level subjects.

    The scan refused a catalog with bad rows, so a row error here means the file changed since: it
    is reported as an input error, as ``check`` would.
    """
    items = catalog_items(catalog, warnings)
    while chunk := list(islice(items, CHUNK)):
        yield from _chunk_results(conn, chunk, rules)
    if seller_data:
        findings, waived = _held(iter_findings(conn, Filters(statuses=list(ACTIVE_STATUSES))), listings=False)
        yield from group_findings(findings, rules, waived)
