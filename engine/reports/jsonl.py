"""JSON Lines: one line per checked subject, written as each is decided, then one summary line.

Every line is an object with ``type``: ``decision`` (a listing: the same keys as a decision of
``crossguard.check/2``), ``subject`` (a seller-level subject with findings: ``subject_kind``,
``subject``, ``findings``), ``input_error`` (the keys of ``check/2``'s ``input_errors``), and last
``summary`` (``schema``, ``command``, ``at`` and the counts). A stream without its summary line was
cut short. Nothing is kept between lines, so memory does not grow with the catalog.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from crossguard.engine.catalog import RowError
from crossguard.engine.report import error_json, finding_json
from crossguard.engine.reports.model import ReportContext, ReportItem, SubjectResult

JSONL_SCHEMA = "crossguard.jsonl/1"


def line_json(result: SubjectResult) -> dict[str, Any]:
    findings = [finding_json(f) | ({"suppressed": result.suppressed[f.fingerprint]}
                                   if f.fingerprint in result.suppressed else {}) for f in result.findings]
    if result.subject_kind == "listing":
        return {"type": "decision", "subject": result.subject, "sku": result.sku,
                "marketplace": result.marketplace, "market": result.market, "decision": result.decision,
                "findings": findings}
    return {"type": "subject", "subject_kind": result.subject_kind, "subject": result.subject, "findings": findings}


def render_jsonl(context: ReportContext, items: Iterable[ReportItem]) -> Iterator[str]:
    counts: Counter[str] = Counter()
    for item in items:
        if isinstance(item, RowError):
            counts["input_errors"] += 1
            yield json.dumps({"type": "input_error", **error_json(item)}, ensure_ascii=False) + "\n"
            continue
        counts["subjects"] += 1
        counts["findings"] += len(item.findings)
        if item.decision:
            counts[item.decision] += 1
        yield json.dumps(line_json(item), ensure_ascii=False, default=str) + "\n"
    summary = {"type": "summary", "schema": JSONL_SCHEMA, "command": context.command, "at": context.at.isoformat(),
               "subjects": counts["subjects"], "allowed": counts["allow"], "review": counts["review"],
               "blocked": counts["block"], "findings": counts["findings"], "input_errors": counts["input_errors"],
               "warnings": [str(w) for w in context.warnings]}
    yield json.dumps(summary, ensure_ascii=False) + "\n"
