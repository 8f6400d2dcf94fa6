"""What each area module hands to the evaluator: a fact plus how to present its findings.

`basis` explains derived fields (shown beside their values as evidence); `context` fills the
finding's sku/market/marketplace; `related` is evidence a finding carries besides the fields its
rule read, keyed by one of those fields (a metric's trend by period, shown with any finding that
read the metric). Facts carry no None and no empty lists: durable-rules compares None loosely and
cannot tell an empty list from a missing one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from crossguard.engine.findings import Evidence, Finding
from crossguard.engine.seller.rates import cents


@dataclass
class SellerFact:
    kind: str
    fact: dict[str, Any]
    subject: str
    basis: dict[str, str] = field(default_factory=dict)
    context: dict[str, str] = field(default_factory=dict)
    related: dict[str, Evidence] = field(default_factory=dict)

    def with_related(self, findings: list[Finding]) -> list[Finding]:
        """Each finding with the related evidence of the fields it read appended (once each)."""
        for finding in findings:
            shown = {item.field for item in finding.evidence}
            for item in list(finding.evidence):
                extra = self.related.get(item.field)
                if extra is not None and extra.field not in shown:
                    finding.evidence.append(extra)
                    shown.add(extra.field)
        return findings


def money(amount: Decimal) -> float:
    """A money amount as a fact value: rounded to cents, then float (durable-rules compares numbers)."""
    return float(cents(amount))


def clean(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value != [] and value != {}}


def amount_text(amount: Decimal, currency: str) -> str:
    return f"{currency} {cents(amount):,.2f}"
