"""The ECB watcher's stored rates as a live source for the FX rules' rate table.

The engine's `RateTable` knows nothing of databases; this adapter is the one place that joins the
two: it asks the watcher's store for the rates applicable on each date the rules need (cached per
date). A database without the watcher's tables, or one that is down, counts as having no rates, so
the rules fall back to the data folder's rates file.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from crossguard.engine.seller.rates import RateTable
from crossguard.watchers.rates import latest_rates


def stored_rates(db_url: str | Engine) -> RateTable:
    cache: dict[date, dict[str, Decimal]] = {}

    def on(day: date) -> dict[str, Decimal]:
        if day not in cache:
            try:
                cache[day] = {cur.upper(): Decimal(rate) for cur, rate in latest_rates(db_url, on=day).items()}
            except SQLAlchemyError:  # no table yet, database down: fall back to the rates file
                cache[day] = {}
        return cache[day]

    return RateTable(live=on, live_source="ECB watcher")
