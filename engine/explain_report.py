"""Explanations as text for people and as JSON (schema `crossguard.explain/1`) for programs.

The JSON shape is stable within its schema version (fields are added, never renamed or removed):

    {"schema": "crossguard.explain/1", "at": "2026-11-25", "subject": "SPK-100@amazon:DE",
     "explanations": [{"rule_id", "title", "pack", "pack_version", "severity", "blocks_listing",
                       "subject_kind", "fired", "reason",
                       "guards": [{"guard", "expected", "value", "passed"}],
                       "condition": NODE or null}]}
    NODE: {"type": "all"|"any", "path", "outcome", "items": [NODE]}
        | {"type": "not", "path", "outcome", "item": NODE}
        | {"type": "leaf", "path", "field", "operator", "operand", "present", "value", "basis", "outcome"}
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crossguard.engine.conditions import All, Leaf, Not
from crossguard.engine.explain import Explanation, Guard, NodeResult, leaf_text, path_text, value_text
from crossguard.engine.operators import MISSING

SCHEMA = "crossguard.explain/1"
MARK = {True: "✓", False: "✗"}


def _plain(value: Any) -> Any:
    if value is MISSING:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return value


def _node_json(result: NodeResult, basis: dict[str, str]) -> dict[str, Any]:
    node = result.node
    common = {"path": path_text(result.path), "outcome": result.outcome}
    if isinstance(node, Leaf):
        return {"type": "leaf", **common, "field": node.field, "operator": node.op, "operand": node.value,
                "present": result.value is not MISSING, "value": _plain(result.value),
                "basis": basis.get(node.field)}
    if isinstance(node, Not):
        return {"type": "not", **common, "item": _node_json(result.items[0], basis)}
    kind = "all" if isinstance(node, All) else "any"
    return {"type": kind, **common, "items": [_node_json(item, basis) for item in result.items]}


def _guard_json(guard: Guard) -> dict[str, Any]:
    return {"guard": guard.name, "expected": _plain(guard.expected), "value": _plain(guard.value),
            "passed": guard.passed}


def explanation_json(subject: str, at: date, explanations: list[Explanation]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "at": at.isoformat(),
        "subject": subject,
        "explanations": [
            {"rule_id": e.rule.id, "title": e.rule.spec.title, "pack": e.rule.pack_id,
             "pack_version": e.rule.pack_version, "severity": e.rule.spec.severity.value,
             "blocks_listing": e.rule.spec.blocks_listing, "subject_kind": e.subject.kind,
             "fired": e.fired, "reason": e.reason,
             "guards": [_guard_json(g) for g in e.guards],
             "condition": _node_json(e.condition, e.subject.basis) if e.condition else None}
            for e in explanations
        ],
    }


def _guard_line(guard: Guard) -> str:
    expected = "[" + ", ".join(guard.expected) + "]" if isinstance(guard.expected, list) else _plain(guard.expected)
    value = "(none)" if guard.value is None else _plain(guard.value)
    return f"{MARK[guard.passed]} {guard.name} {expected}   = {value}"


def _node_lines(result: NodeResult, basis: dict[str, str], depth: int) -> list[str]:
    pad = "  " * depth
    node = result.node
    if isinstance(node, Leaf):
        why = basis.get(node.field)
        tail = f"   [{why}]" if why else ""
        return [f"{pad}{MARK[result.outcome]} {leaf_text(node)}   = {value_text(result.value)}{tail}"]
    label = "not" if isinstance(node, Not) else ("all" if isinstance(node, All) else "any")
    lines = [f"{pad}{MARK[result.outcome]} {label}:"]
    for item in result.items:
        lines.extend(_node_lines(item, basis, depth + 1))
    return lines


def explanation_text(subject: str, at: date, explanations: list[Explanation]) -> str:
    lines = [f"{subject} as of {at.isoformat()}"]
    for e in explanations:
        rule = e.rule
        lines += ["", f"{rule.id} [{rule.pack_id} {rule.pack_version}] {rule.spec.title}",
                  f"  {e.subject.kind} {e.subject.subject}"]
        lines += [f"  {_guard_line(guard)}" for guard in e.guards]
        if e.condition is not None:
            lines += _node_lines(e.condition, e.subject.basis, 1)
        lines.append(f"  → {e.reason}")
    return "\n".join(lines)
