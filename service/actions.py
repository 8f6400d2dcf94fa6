"""Changes to findings, shared by the web pages and the API: one registry, one error mapping.

Each action takes the engine, the finding id, who acts (the audit trail's actor) and its fields;
the register checks the move and writes the audit row. Register errors become HTTP errors:
unknown finding 404, a move the status does not allow 409, bad input 422, a scan running 503.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from fastapi import HTTPException
from sqlalchemy import Engine

from crossguard.engine.classify import PUBLIC_CLASSES, Classifier
from crossguard.engine.overrides import ClassificationOverride
from crossguard.register import lifecycle, queries, work
from crossguard.register.classification import (
    OverrideEvent,
    current_overrides,
    override_history,
    remove_override,
    set_override,
)
from crossguard.register.config import RegisterConfig
from crossguard.register.errors import (
    AmbiguousFindingError,
    InvalidInputError,
    InvalidTransitionError,
    RegisterBusyError,
    RegisterError,
    UnknownFindingError,
)

_STATUS_FOR: list[tuple[type[RegisterError], int]] = [
    (UnknownFindingError, 404), (AmbiguousFindingError, 404), (InvalidTransitionError, 409),
    (InvalidInputError, 422), (RegisterBusyError, 503),
]  # fmt: skip


@contextmanager
def register_errors() -> Iterator[None]:
    try:
        yield
    except RegisterError as exc:
        code = next((status for kind, status in _STATUS_FOR if isinstance(exc, kind)), 400)
        raise HTTPException(code, str(exc)) from None


def _ack(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    lifecycle.acknowledge(engine, ref, by=by, note=fields.get("note"))


def _waive(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    until = fields.get("until")
    if not isinstance(until, date):
        raise InvalidInputError("a waiver needs an end date (until)")
    lifecycle.waive(engine, ref, by=by, reason=fields.get("reason") or "", until=until,
                    max_days=config.max_waiver_days)


def _resolve(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    lifecycle.resolve(engine, ref, by=by, note=fields.get("note") or "")


def _assign(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    work.assign(engine, ref, by=by, owner=fields.get("owner"), due=fields.get("due"))


def _comment(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    work.comment(engine, ref, by=by, text=fields.get("text") or "")


def _finding_sku(engine: Engine, ref: int) -> str:
    with engine.connect() as conn:
        sku = queries.get_finding(conn, ref).sku
    if not sku:
        raise InvalidInputError("this finding is not about a product (no SKU): nothing to classify")
    return sku


def parse_classes(text: str | None) -> dict[str, bool]:
    """``radio=yes, toy=no`` as class values; names and answers are checked against the classifier's."""
    classes: dict[str, bool] = {}
    for item in filter(None, (part.strip() for part in (text or "").replace(";", ",").split(","))):
        name, _, answer = item.partition("=")
        name, answer = name.strip(), answer.strip().lower()
        if name not in PUBLIC_CLASSES or answer not in ("yes", "no"):
            raise InvalidInputError(f"{item!r}: write NAME=yes or NAME=no with NAME one of {', '.join(PUBLIC_CLASSES)}")
        classes[name] = answer == "yes"
    return classes


def _classify(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    """The officer's decision of what the finding's product is (register.classification): every later
    scan, `check --db` and the HTTP check apply it; the catalog's own attributes still win."""
    product_type = (fields.get("product_type") or "").strip() or None
    if product_type is not None and not Classifier.default().knows_type(product_type):
        raise InvalidInputError(f"{product_type!r} is not a product type (crossguard classify types lists them)")
    set_override(engine, _finding_sku(engine, ref), product_type=product_type,
                 classes=parse_classes(fields.get("classes")), reason=fields.get("reason") or "", by=by)


def _unclassify(engine: Engine, ref: int, by: str, fields: dict[str, Any], config: RegisterConfig) -> None:
    remove_override(engine, _finding_sku(engine, ref), reason=fields.get("reason") or "", by=by)


#: Action name (as in the URL) -> what it does.
ACTIONS: dict[str, Callable[[Engine, int, str, dict[str, Any], RegisterConfig], None]] = {
    "ack": _ack, "waive": _waive, "resolve": _resolve, "assign": _assign, "comment": _comment,
    "classify": _classify, "unclassify": _unclassify,
}  # fmt: skip


def act(engine: Engine, finding_id: int, action: str, by: str, fields: dict[str, Any],
        config: RegisterConfig) -> None:
    """One action on one finding; ``config`` holds the register's limits (the longest waiver)."""
    if action not in ACTIONS:
        raise HTTPException(404, f"no action {action!r} (use {', '.join(ACTIONS)})")
    with register_errors():
        ACTIONS[action](engine, finding_id, by, fields, config)


@dataclass(frozen=True)
class Detail:
    finding: queries.RegisterFinding
    history: list[queries.AuditEvent]
    comments: list[work.Comment]
    override: ClassificationOverride | None = None
    override_history: list[OverrideEvent] = field(default_factory=list)


def detail(engine: Engine, ref: int | str) -> Detail:
    with register_errors(), engine.connect() as conn:
        finding = queries.get_finding(conn, ref)
        override = current_overrides(conn).get(finding.sku) if finding.sku else None
        past = override_history(conn, finding.sku) if finding.sku else []
        return Detail(finding, queries.history(conn, finding.id), work.comments(conn, finding.id), override, past)


def refresh_expiries(engine: Engine) -> None:
    """Reopen waivers that have ended before showing statuses (a running scan does it itself)."""
    lifecycle.apply_expiries_now(engine, wait_s=0.5)
