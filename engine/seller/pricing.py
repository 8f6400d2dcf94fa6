"""Sales in euro: every sale converted once, at the reference rate of its own date.

A sale whose currency has no rate on or before its date cannot be counted towards a threshold; it
becomes a row error (file, row, `currency`) instead of being dropped silently or converted at
some other day's rate. Future-dated sales (after the evaluation date) are kept here and filtered by
each check's own window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from crossguard.engine.catalog import RowError
from crossguard.engine.seller.models import Sale
from crossguard.engine.seller.rates import MissingRate, Quote, RateTable, rate_error


@dataclass(frozen=True)
class PricedSale:
    sale: Sale
    eur: Decimal
    quote: Quote

    @property
    def date(self) -> date:
        return self.sale.date


def price_sales(sales: list[Sale], rates: RateTable) -> tuple[list[PricedSale], list[RowError]]:
    priced: list[PricedSale] = []
    errors: list[RowError] = []
    for sale in sales:
        try:
            quote = rates.quote(sale.currency, sale.date)
        except MissingRate as error:
            errors.append(rate_error(sale.origin, "currency", error))
            continue
        priced.append(PricedSale(sale, sale.amount / quote.rate, quote))
    return priced, errors


def rates_used(priced: list[PricedSale]) -> str:
    """A short account of the conversions behind a sum, for evidence."""
    used = sorted({(p.quote.currency, p.quote.on, p.quote.rate, p.quote.source) for p in priced
                   if p.quote.currency != "EUR"})
    if not used:
        return "all in EUR"
    shown = "; ".join(f"{cur} {rate} on {on.isoformat()}" for cur, on, rate, _ in used[:4])
    more = f" and {len(used) - 4} more" if len(used) > 4 else ""
    sources = ", ".join(sorted({source for *_, source in used}))
    return f"converted at euro reference rates ({shown}{more}; {sources})"
