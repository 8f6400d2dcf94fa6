"""FX facts: exposure per currency against the configured limits, and the move of the rate since
the price list's reference rate.

Exposure in a currency = receivables + pending payouts + stock at selling price (domain.md, FX);
unhedged = exposure - hedged, never below zero. Amounts are valued in the configured base currency
at the latest euro reference rate on or before the evaluation date (cross rates through the euro).

Limits come from config.yaml (`config.FxConfig`), not from the pack: they are the seller's risk
appetite and differ per seller and currency. Python divides by them (`*_limit_ratio`); the pack
says which ratio is a finding (`gt: 1` = above the limit), so the policy stays readable there and
a pack could warn at 0.8 without a config change. Ratios are exact Decimal quotients turned into
floats unrounded, so an amount one cent above its limit is above 1.

- Share of monthly revenue: unhedged exposure / revenue of the last `revenue_window_days` days up
  to the evaluation date, all currencies, in the base currency (for the position's entity, or
  for all entities when the position names none). No sales in the window: no share, no finding.
- Adverse move: the price list was set when one base unit bought `reference_rate` units of the
  currency. value_now / value_ref - 1 = reference_rate / rate_now - 1; a fall in the currency's
  value (the seller receives less base currency for the same price) is the adverse direction.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from crossguard.engine.catalog import RowError
from crossguard.engine.listing_facts import day_number
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.facts import SellerFact, amount_text, clean, money
from crossguard.engine.seller.models import FxPosition
from crossguard.engine.seller.pricing import PricedSale
from crossguard.engine.seller.rates import MissingRate, RateTable, rate_error

HUNDRED = Decimal(100)


def _ratio(value: Decimal, limit: Decimal | None) -> float | None:
    return float(value / limit) if limit else None


def monthly_revenue(sales: list[PricedSale], entity: str | None, base: str, rates: RateTable, at: date,
                    days: int) -> Decimal:
    start = at - timedelta(days=days - 1)
    total = Decimal(0)
    for p in sales:
        if start <= p.date <= at and (entity is None or p.sale.entity == entity):
            total += p.sale.amount * rates.quote(base, p.date).rate / p.quote.rate
    return total


def position_fact(position: FxPosition, sales: list[PricedSale], rates: RateTable, config: FxConfig,
                  at: date) -> SellerFact | None:
    base = config.base_currency
    if position.currency == base:
        return None  # no FX risk in the base currency itself
    limits = config.limits_for(position.currency)
    quote, base_quote = rates.quote(position.currency, at), rates.quote(base, at)

    def in_base(amount: Decimal) -> Decimal:  # multiply before dividing: exact where the inputs allow
        return amount * base_quote.rate / quote.rate

    exposure = position.exposure
    unhedged = max(exposure - position.hedged, Decimal(0))
    exposure_base, hedged_base, unhedged_base = in_base(exposure), in_base(position.hedged), in_base(unhedged)
    revenue = monthly_revenue(sales, position.entity, base, rates, at, config.revenue_window_days)
    share = unhedged_base * HUNDRED / revenue if revenue > 0 else None
    rate_now = quote.rate / base_quote.rate  # units of the currency per base unit
    move = None
    if position.reference_rate is not None:
        change = position.reference_rate * base_quote.rate / quote.rate - 1  # value now / value then - 1
        move = max(-change * HUNDRED, Decimal(0))
    fact = clean({
        "day": day_number(at), "region": "GLOBAL", "entity": position.entity, "currency": position.currency,
        "base_currency": base, "exposure": money(exposure), "exposure_base": money(exposure_base),
        "hedged_base": money(hedged_base), "unhedged_base": money(unhedged_base),
        "unhedged_limit_base": money(limits.max_unhedged) if limits.max_unhedged else None,
        "unhedged_limit_ratio": _ratio(unhedged_base, limits.max_unhedged),
        "monthly_revenue_base": money(revenue),
        "revenue_share_pct": round(float(share), 2) if share is not None else None,
        "revenue_share_limit_pct": float(limits.max_share_of_monthly_revenue_pct)
        if limits.max_share_of_monthly_revenue_pct else None,
        "revenue_share_limit_ratio": _ratio(share, limits.max_share_of_monthly_revenue_pct) if share is not None
        else None,
        "rate_now": round(float(rate_now), 6), "reference_rate": float(position.reference_rate)
        if position.reference_rate else None,
        "adverse_move_pct": round(float(move), 2) if move is not None else None,
        "adverse_move_limit_pct": float(limits.max_adverse_move_pct) if limits.max_adverse_move_pct else None,
        "adverse_move_limit_ratio": _ratio(move, limits.max_adverse_move_pct) if move is not None else None,
    })
    cur = position.currency
    valued = f"valued at {cur} {quote.rate} per EUR on {quote.on.isoformat()} ({quote.source})"
    window = f"{(at - timedelta(days=config.revenue_window_days - 1)).isoformat()} to {at.isoformat()}"
    basis = {
        "unhedged_limit_ratio": f"unhedged {amount_text(unhedged, cur)} = receivables {position.receivables} + "
                                f"pending payouts {position.pending_payouts} + stock {position.stock_at_selling_price}"
                                f" - hedged {position.hedged}; {amount_text(unhedged_base, base)} {valued}; limit "
                                f"{amount_text(limits.max_unhedged, base) if limits.max_unhedged else 'none'} "
                                "(config.yaml fx)",
        "revenue_share_limit_ratio": f"unhedged {amount_text(unhedged_base, base)} / revenue "
                                     f"{amount_text(revenue, base)} ({window}) = {share:.2f}%; limit "
                                     f"{limits.max_share_of_monthly_revenue_pct}% (config.yaml fx)"
        if share is not None else f"no sales {window}",
        "adverse_move_limit_ratio": f"price list at {position.reference_rate} {cur} per {base}"
                                    + (f" (set {position.price_list_date.isoformat()})" if position.price_list_date
                                       else "")
                                    + f", now {rate_now:.6f} ({valued}): {cur} worth {move:.2f}% less; limit "
                                    f"{limits.max_adverse_move_pct}% (config.yaml fx)" if move is not None
        else "no reference rate for the price list",
    }
    subject = f"fx:{position.entity or 'all'}/{cur}"
    return SellerFact("fx_position", fact, subject, basis)


def fx_facts(positions: list[FxPosition], sales: list[PricedSale], rates: RateTable, config: FxConfig,
             at: date) -> tuple[list[SellerFact], list[RowError]]:
    facts: list[SellerFact] = []
    errors: list[RowError] = []
    for position in positions:
        try:
            fact = position_fact(position, sales, rates, config, at)
        except MissingRate as error:
            errors.append(rate_error(position.origin, "currency", error))
            continue
        if fact is not None:
            facts.append(fact)
    return facts, errors
