"""A simulation as text for people and as JSON (schema `crossguard.simulate/1`) for programs.

    {"schema": "crossguard.simulate/1", "at": "...", "rules": [...], "baseline": {"kind": "rules"|"register",
     "source": "..."}, "summary": {"entries", "listings", "seller_subjects", "added", "removed",
     "removed_unseen", "changed", "newly_blocked", "unblocked", "input_errors"},
     "by_rule": [{"rule_id", "pack", "added", "removed", "changed"}],
     "by_market": [{"market", "added", "removed", "changed"}],
     "added": [FINDING], "removed": [FINDING], "changed": [{"from": FINDING, "to": FINDING}],
     "newly_blocked": [{"subject", "rules"}], "unblocked": [{"subject", "rules"}],
     "input_errors": [{"file", "row", "line", "field", "reason"}]}
    FINDING: {"fingerprint", "rule_id", "pack", "subject_kind", "subject", "market", "severity", "blocks_listing"}
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from crossguard.engine.catalog import RowError
from crossguard.engine.simulate import Simulation

SCHEMA = "crossguard.simulate/1"
#: listings shown per list in text; JSON has them all
SHOWN = 20


@dataclass(frozen=True)
class SimulationHeader:
    at: date
    rules: list[str]
    baseline_kind: str  # rules or register
    baseline: str  # described for people: "the packaged packs", "the register at sqlite:///..."
    entries: int
    seller_subjects: int
    errors: list[RowError]


def _summary(header: SimulationHeader, result: Simulation) -> dict[str, int]:
    return {"entries": header.entries, "listings": result.listings, "seller_subjects": header.seller_subjects,
            "added": len(result.added), "removed": len(result.removed), "removed_unseen": result.removed_unseen,
            "changed": len(result.changed), "newly_blocked": len(result.newly_blocked),
            "unblocked": len(result.unblocked), "input_errors": len(header.errors)}


def simulation_json(header: SimulationHeader, result: Simulation) -> dict[str, Any]:
    return {
        "schema": SCHEMA, "at": header.at.isoformat(), "rules": header.rules,
        "baseline": {"kind": header.baseline_kind, "source": header.baseline},
        "summary": _summary(header, result),
        "by_rule": [{"rule_id": r, "pack": p, "added": a, "removed": d, "changed": c}
                    for r, p, a, d, c in result.by_rule()],
        "by_market": [{"market": m, "added": a, "removed": d, "changed": c} for m, a, d, c in result.by_market()],
        "added": [ref.to_json() for ref in result.added],
        "removed": [ref.to_json() for ref in result.removed],
        "changed": [{"from": old.to_json(), "to": new.to_json()} for old, new in result.changed],
        "newly_blocked": [{"subject": s, "rules": r} for s, r in sorted(result.newly_blocked.items())],
        "unblocked": [{"subject": s, "rules": r} for s, r in sorted(result.unblocked.items())],
        "input_errors": [{"file": str(e.file), "row": e.row, "line": e.line, "field": e.field, "reason": e.reason}
                         for e in header.errors],
    }


def _listing_lines(title: str, listings: dict[str, list[str]]) -> list[str]:
    lines = [f"{title}: {len(listings)}"]
    for subject, rules in sorted(listings.items())[:SHOWN]:
        lines.append(f"  {subject}  ({', '.join(rules)})")
    if len(listings) > SHOWN:
        lines.append(f"  ... and {len(listings) - SHOWN} more (--format json lists all)")
    return lines


def simulation_text(header: SimulationHeader, result: Simulation) -> str:
    lines = [f"simulate {', '.join(header.rules)} against {header.baseline}, "
             f"as of {header.at.isoformat()}",
             f"evaluated: {header.entries} product(s), {result.listings} listing(s), "
             f"{header.seller_subjects} seller-data subject(s)"]
    lines += [f"input error: {error}" for error in header.errors]
    unseen = f" ({result.removed_unseen} on subjects not in this input)" if result.removed_unseen else ""
    lines.append(f"findings: +{len(result.added)} added, -{len(result.removed)} removed{unseen}, "
                 f"{len(result.changed)} changed (severity or blocking)")
    if result.by_rule():
        lines.append("by rule:")
        lines += [f"  {rule:<16} {pack:<20} +{added:<6} -{removed:<6} ~{changed}"
                  for rule, pack, added, removed, changed in result.by_rule()]
        lines.append("by market:")
        lines += [f"  {market:<4} +{added:<6} -{removed:<6} ~{changed}"
                  for market, added, removed, changed in result.by_market()]
    for old, new in result.changed[:SHOWN]:
        lines.append(f"changed: {new.rule_id} on {new.subject}: {old.severity}"
                     f"{' blocking' if old.blocks_listing else ''} -> {new.severity}"
                     f"{' blocking' if new.blocks_listing else ''}")
    if len(result.changed) > SHOWN:
        lines.append(f"changed: ... and {len(result.changed) - SHOWN} more (--format json lists all)")
    lines += _listing_lines("listings newly blocked", result.newly_blocked)
    lines += _listing_lines("listings no longer blocked", result.unblocked)
    return "\n".join(lines)
