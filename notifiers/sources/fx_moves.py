"""Exchange-rate moves in a currency the catalog sells in become alerts.

The ECB watcher only stores rates; this source compares, per currency sold (from the catalog's
listing markets), the newest stored ECB rate with the one of the date before it and alerts when the
move is at least ``options.move_pct`` percent (default 2). The key is (currency, rate date), so a
move alerts once however often the source runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from crossguard.engine.findings import Evidence, Severity
from crossguard.engine.markets import currency_of
from crossguard.notifiers.alert import Alert, AlertKind, alert_key
from crossguard.watchers.models import ExchangeRate
from crossguard.watchers.rates import ECB_SOURCE

if TYPE_CHECKING:
    from crossguard.notifiers.sources import SourceContext

DEFAULT_MOVE_PCT = Decimal(2)
FX_PACK = "seller-fx"


def collect_fx_moves(session: Session, ctx: SourceContext) -> Iterator[Alert]:
    move_pct = Decimal(str(ctx.settings.options.get("move_pct", DEFAULT_MOVE_PCT)))
    sold: dict[str, set[str]] = {}
    for entry in ctx.catalog:
        for listing in entry.listings:
            currency = currency_of(listing.market)
            if currency and currency != "EUR":
                sold.setdefault(currency, set()).add(entry.product.sku)
    for currency, skus in sorted(sold.items()):
        newest = session.execute(
            select(ExchangeRate.rate, ExchangeRate.rate_date)
            .where(ExchangeRate.currency == currency, ExchangeRate.source == ECB_SOURCE)
            .order_by(ExchangeRate.rate_date.desc()).limit(2)
        ).all()
        if len(newest) < 2:
            continue
        (rate, day), (old_rate, old_day) = newest
        latest, previous = Decimal(rate), Decimal(old_rate)
        pct = (latest - previous) / previous * 100
        if abs(pct) < move_pct:
            continue
        yield Alert(
            key=alert_key("fx_move", currency, day.isoformat()),
            kind=AlertKind.fx_move, source="fx_moves", severity=Severity.medium,
            title=f"EUR/{currency} moved {pct:+.2f}% to {latest} on {day.isoformat()}",
            subject=f"EUR/{currency}", rule=f"fx move >= {move_pct}%", pack=FX_PACK,
            skus=sorted(skus)[:200],
            evidence=[Evidence(field="previous", value=f"{previous} on {old_day.isoformat()}"),
                      Evidence(field="latest", value=f"{latest} on {day.isoformat()}",
                               basis="ECB euro reference rate")],
            remediation="Review prices and open exposure in this currency (hedges, payouts, repricing).",
        )
