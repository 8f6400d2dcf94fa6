"""One subject explained, as `crossguard explain` prints it and `GET /v1/explain` answers it.

Both call :func:`explain_subject`, so the HTTP answer is the CLI's ``--format json`` by
construction: find the subject's facts in the catalog and seller data (``engine.subject_facts``),
choose the rules (by id, a pack, or every rule about the subject's kinds), explain each
(``engine.explain``) and render ``crossguard.explain/1``. Errors are typed so that each caller
says them its way (exit 2 on the command line; 404 or 409 over HTTP).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from crossguard.engine.catalog import CatalogFileError, RowError
from crossguard.engine.durable_host import EngineError
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.explain import Explanation
from crossguard.engine.explain import explain as explain_rules
from crossguard.engine.explain_report import explanation_json
from crossguard.engine.packs import Pack, Rule
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import SellerDataError
from crossguard.engine.seller.rates import RateTable
from crossguard.engine.subject_facts import find_subject


class ExplainError(ValueError):
    """The question cannot be answered; ``kind`` says whether something asked for is unknown."""

    kind = "input"


class UnknownSubject(ExplainError):
    kind = "unknown"

    def __init__(self, subject: str, nearby: Sequence[str]) -> None:
        hint = f"; did you mean {', '.join(nearby)}?" if nearby else ""
        super().__init__(f"no subject {subject!r} in the given catalog or data "
                         f"(listings are SKU@marketplace:MARKET){hint}")
        self.nearby = list(nearby)


class UnknownRule(ExplainError):
    kind = "unknown"


@dataclass
class Explained:
    explanations: list[Explanation]
    warnings: list[RowError] = field(default_factory=list)

    def json(self, subject: str, at: date) -> dict[str, Any]:
        return explanation_json(subject, at, self.explanations)


def select_rules(packs: list[Pack], rule_ids: Sequence[str], pack_id: str | None, kinds: set[str]) -> list[Rule]:
    """The rules asked for: by id, all of a pack, or (neither) every rule about the subject's kinds."""
    rules = [rule for pack in packs for rule in pack.rules]
    if pack_id is not None:
        if pack_id not in {pack.spec.id for pack in packs}:
            raise UnknownRule(f"no pack {pack_id!r}; loaded: {', '.join(sorted(p.spec.id for p in packs))}")
        rules = [rule for rule in rules if rule.pack_id == pack_id]
    if rule_ids:
        by_id = {rule.id: rule for rule in rules}
        unknown = [rule_id for rule_id in rule_ids if rule_id not in by_id]
        if unknown:
            where = f" in pack {pack_id}" if pack_id else ""
            raise UnknownRule(f"no rule {', '.join(unknown)}{where}")
        return [by_id[rule_id] for rule_id in rule_ids]
    return rules if pack_id is not None else [rule for rule in rules if rule.kind.name in kinds]


def explain_subject(evaluator: Evaluator, subject: str, at: date, *, catalog: Sequence[Path] = (),
                    data: Path | None = None, fx: FxConfig | None = None, rates: RateTable | None = None,
                    rule_ids: Sequence[str] = (), pack_id: str | None = None) -> Explained:
    """Explain the chosen rules on ``subject``; rows that could not be read come back as warnings."""
    try:
        search = find_subject(subject, at, evaluator.classifier, catalog, data, fx, rates)
    except (CatalogFileError, SellerDataError) as error:
        raise ExplainError(str(error)) from None
    if not search.facts:
        raise UnknownSubject(subject, search.nearby)
    chosen = select_rules(evaluator.packs, rule_ids, pack_id, {fact.kind for fact in search.facts})
    try:
        return Explained(explain_rules(evaluator, search.facts, chosen, at), search.errors)
    except EngineError as error:
        raise ExplainError(str(error)) from None
