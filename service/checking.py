"""The one check path of the HTTP API: ``POST /v1/check`` (one product) and ``/v1/check:batch`` (many).

For a group of catalog entries: the register's classification override for each SKU (as ``check
--db`` applies it; the request's SKUs only, in one query), the engine's ``check_entry`` in fair
slices (``service.gate``), then one query for the waivers of every finding of the group (either
query skipped when the register holds no override, or no waiver in force, at all), and each
listing decided again over the findings the register has not waived (a waiver in force on the day
asked about and today). Each entry comes back as a ``crossguard.check/2`` document whose waived
findings say ``"waived": true`` with ``waived_until``, ``waived_by`` and ``waiver_reason``, and
whose decisions changed by waivers say what they would have been (``decision_without_waivers``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from fastapi import HTTPException

from crossguard.engine.evaluator import EvaluationError
from crossguard.engine.findings import Decision, decide
from crossguard.engine.models import CatalogEntry
from crossguard.engine.overrides import ClassificationOverride
from crossguard.engine.report import check_json
from crossguard.register.classification import overrides_for
from crossguard.register.lifecycle import today_utc
from crossguard.register.queries import WaiverInForce, waivers_in_force
from crossguard.service.gate import slices
from crossguard.service.metrics import CHECKS
from crossguard.service.state import ServiceState
from crossguard.store.db import read_connection


def listing_count(listings: Iterable[Any]) -> int:
    """Listings as the check will see them (``markets: [DE, FR]`` is two), counted before validation."""
    total = 0
    for listing in listings:
        markets = listing.get("markets") if isinstance(listing, dict) and "market" not in listing else None
        total += len(markets) if isinstance(markets, list) else 1
    return total


def within_limit(count: int, st: ServiceState) -> None:
    """413 when one request asks for more listings than ``api.max_listings``."""
    limit = st.settings.api.max_listings
    if count > limit:
        raise HTTPException(413, f"{count:,} listings in one request; at most {limit:,} (api.max_listings): "
                                 "split the request")


def without_waived(decisions: list[Decision], waivers: dict[str, WaiverInForce]) -> list[Decision]:
    """Each listing decided again over the findings the register has not waived (a decision that stays
    the same is not copied)."""
    if not waivers:
        return decisions
    redecided = []
    for d in decisions:
        if not any(f.fingerprint in waivers for f in d.findings):
            redecided.append(d)
            continue
        decision = decide([f for f in d.findings if f.fingerprint not in waivers])
        redecided.append(d if decision == d.decision else d.model_copy(update={"decision": decision}))
    return redecided


def mark_waived(document: dict[str, Any], waivers: dict[str, WaiverInForce], before: list[str]) -> dict[str, Any]:
    """Say on each finding whether it is waived (and until when), and which decisions waivers changed."""
    for decision, engine_decision in zip(document["decisions"], before, strict=True):
        for finding in decision["findings"]:
            waiver = waivers.get(finding["fingerprint"])
            finding["waived"] = waiver is not None
            if waiver is not None:
                finding.update(waived_until=waiver.until.isoformat(), waived_by=waiver.by,
                               waiver_reason=waiver.reason)
        if decision["decision"] != engine_decision:
            decision["decision_without_waivers"] = engine_decision
    return document


class Checker:
    """One request's checks: first, whether the register holds any override and any waiver in force
    (``register_holds``, kept in memory until the next commit to the register: ``register.holds_cache``);
    the request's overrides are read only if it holds some, the entries evaluated in slices, and the
    waivers of the whole group read only if some waiver is in force. A waiver or override committed
    before the request starts is honoured, whichever process made it. No connection is held across the
    wait for the engine (32 queued requests would hold 32 connections, and SQLite's WAL from
    checkpointing)."""

    def __init__(self, st: ServiceState, on: date) -> None:
        self.st, self.on = st, on

    def _evaluate(self, entry: CatalogEntry) -> list[Decision]:
        decisions: list[Decision] = []
        for part in slices(entry, self.st.settings.api.slice_listings):
            with self.st.gate.turn():
                decisions.extend(self.st.evaluator.check_entry(part, self.on))
        return decisions

    def _waivers(self, evaluated: list[list[Decision] | EvaluationError], day: date) -> dict[str, WaiverInForce]:
        """The waivers in force of the group's findings (fingerprints are computed, so only when some is)."""
        fingerprints = [f.fingerprint for ds in evaluated if isinstance(ds, list) for d in ds for f in d.findings]
        if not fingerprints:
            return {}
        with read_connection(self.st.engine) as conn:
            return waivers_in_force(conn, fingerprints, day)

    def documents(self, entries: list[CatalogEntry]) -> list[dict[str, Any] | EvaluationError]:
        """A ``check/2`` document per entry, or the error that kept the engine from evaluating it."""
        waiver_day = max(self.on, today_utc())  # a waiver must still hold on the day asked about, and today
        holds = self.st.holds.holds(waiver_day)
        overrides: dict[str, ClassificationOverride] = {}
        if holds.overrides:  # the officers' classifications, as `check --db`
            with read_connection(self.st.engine) as conn:
                overrides = overrides_for(conn, (entry.product.sku for entry in entries))
        evaluated: list[list[Decision] | EvaluationError] = []
        for entry in entries:
            entry.override = overrides.get(entry.product.sku)
            try:
                evaluated.append(self._evaluate(entry))
            except EvaluationError as error:
                evaluated.append(error)
        waivers: dict[str, WaiverInForce] = {}
        if holds.waivers:  # with no waiver in force anywhere, a second connection finds none
            waivers = self._waivers(evaluated, waiver_day)
        documents: list[dict[str, Any] | EvaluationError] = []
        for decisions in evaluated:
            if isinstance(decisions, EvaluationError):
                documents.append(decisions)
                continue
            document = check_json(without_waived(decisions, waivers), [], self.on)
            document = mark_waived(document, waivers, [d.decision for d in decisions])
            for decision in document["decisions"]:
                CHECKS.labels(decision["decision"]).inc()
            documents.append(document)
        return documents
