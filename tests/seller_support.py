"""Helpers for the seller-check tests: build inputs in memory and evaluate them with the real engine."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from crossguard.engine.evaluator import Evaluator
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.evaluate import SellerDataResult, evaluate_loaded
from crossguard.engine.seller.models import Sale, SellerAccount, SellerEntity, StockLocation
from crossguard.engine.seller.rates import RateTable

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
EXAMPLES = ROOT / "examples" / "data"


def seller_evaluator(*packs: str) -> Evaluator:
    return Evaluator.from_paths([RULES / f"{name}.yaml" for name in packs])


def entity(name: str = "Acme GmbH", country: str = "DE", registrations: dict[str, Any] | None = None,
           **fields: Any) -> SellerEntity:
    regs = [
        {"country": c, "number": n} if isinstance(n, str) else {"country": c, "number": n[0], "since": n[1]}
        for c, n in (registrations or {}).items()
    ]
    return SellerEntity.model_validate({"name": name, "country": country, "vat_registrations": regs, **fields})


def sale(amount: str | float, day: date, destination: str = "FR", ship_from: str = "DE", currency: str = "EUR",
         customer: str = "B2C", who: str = "Acme GmbH", marketplace: str | None = None) -> Sale:
    return Sale.model_validate({
        "entity": who, "destination": destination, "customer": customer, "amount": str(amount),
        "currency": currency, "date": day, "ship_from": ship_from, "marketplace": marketplace,
    })


def stock(country: str, quantity: int = 100, who: str = "Acme GmbH", warehouse: str = "fulfilment") -> StockLocation:
    return StockLocation.model_validate({"entity": who, "country": country, "warehouse": warehouse,
                                         "quantity": quantity})


def account(account_id: str, platform: str = "amazon", region: str = "EU", **fields: Any) -> SellerAccount:
    return SellerAccount.model_validate({"account_id": account_id, "platform": platform, "region": region, **fields})


def rates(*rows: tuple[str, str, str]) -> RateTable:
    """rows of (currency, 'YYYY-MM-DD', rate per EUR)."""
    return RateTable.from_rows((cur, date.fromisoformat(day), Decimal(rate), "test") for cur, day, rate in rows)


def run(evaluator: Evaluator, data: SellerData, at: date, config: FxConfig | None = None, **kwargs: Any
        ) -> SellerDataResult:
    return evaluate_loaded(evaluator, data, at, config, **kwargs)


def rule_ids(result: SellerDataResult, subject: str | None = None) -> set[str]:
    return {f.rule_id for f in result.findings if subject is None or f.subject == subject}


def finding(result: SellerDataResult, rule_id: str) -> Any:
    matches = [f for f in result.findings if f.rule_id == rule_id]
    assert len(matches) == 1, f"expected one {rule_id}, got {[(f.rule_id, f.subject) for f in result.findings]}"
    return matches[0]
