"""ECB euro reference rates: stored by the watcher, read by the FX rule pack.

Public API (the FX pack depends on these names):

- ``latest_rates(session_or_url, *, on=None, source=None) -> dict[str, Decimal]``: units of each
  currency per 1 EUR, the newest date per currency (on or before ``on`` if given), plus
  ``"EUR": Decimal(1)`` so conversions need no special case.
- ``rates_from_file(path) -> dict[str, Decimal]``: the same mapping read straight from a saved
  ``eurofxref-daily.xml`` (or an ECB per-currency RSS file), for offline use and tests.

Values are exact ``Decimal`` as the ECB published them (stored as text, never via float).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from crossguard.engine.seller.ecb import parse_ecb
from crossguard.engine.seller.models import RateRow
from crossguard.store.db import make_engine, session_scope, utcnow
from crossguard.watchers.models import ExchangeRate

ECB_SOURCE = "ecb"


def store_rates(session: Session, rows: Iterable[RateRow], source: str = ECB_SOURCE) -> int:
    """Insert rates not stored yet (same currency, date and source); return how many were new.

    A republished value for a stored date replaces the old one: the ECB occasionally corrects.
    """
    new = 0
    now = utcnow()
    for row in rows:
        existing = session.scalars(
            select(ExchangeRate).where(
                ExchangeRate.currency == row.currency,
                ExchangeRate.rate_date == row.date,
                ExchangeRate.source == source,
            )
        ).first()
        if existing is None:
            session.add(ExchangeRate(currency=row.currency, rate_date=row.date, rate=str(row.rate),
                                     source=source, fetched_at=now))
            new += 1
        elif Decimal(existing.rate) != row.rate:
            existing.rate = str(row.rate)
            existing.fetched_at = now
    session.flush()
    return new


def _latest_from_session(session: Session, on: date | None, source: str | None) -> dict[str, Decimal]:
    cond = []
    if on is not None:
        cond.append(ExchangeRate.rate_date <= on)
    if source is not None:
        cond.append(ExchangeRate.source == source)
    newest = (
        select(ExchangeRate.currency, func.max(ExchangeRate.rate_date).label("d"))
        .where(*cond)
        .group_by(ExchangeRate.currency)
        .subquery()
    )
    rows = session.execute(
        select(ExchangeRate.currency, ExchangeRate.rate, ExchangeRate.fetched_at)
        .join(newest, (ExchangeRate.currency == newest.c.currency) & (ExchangeRate.rate_date == newest.c.d))
        .where(*cond)
        .order_by(ExchangeRate.fetched_at)
    ).all()
    out: dict[str, Decimal] = {cur: Decimal(rate) for cur, rate, _ in rows}  # newest fetch wins per currency
    if out:
        out["EUR"] = Decimal(1)
    return out


def latest_rates(
    session_or_url: Session | Engine | str, *, on: date | None = None, source: str | None = None
) -> dict[str, Decimal]:
    """Newest stored rate per currency (units per 1 EUR), ``{}`` when nothing is stored yet."""
    if isinstance(session_or_url, Session):
        return _latest_from_session(session_or_url, on, source)
    engine = make_engine(session_or_url) if isinstance(session_or_url, str) else session_or_url
    try:
        with session_scope(engine) as session:
            return _latest_from_session(session, on, source)
    finally:
        if isinstance(session_or_url, str):
            engine.dispose()


def rates_from_file(path: str | Path) -> dict[str, Decimal]:
    """Rates from a saved ECB file: eurofxref-daily.xml, or a per-currency RSS 1.0 feed.

    Raises ValueError when the file holds no rates (a caller asking for a file wants to know).
    """
    result = parse_ecb(Path(path).read_bytes())
    if not result.rates:
        raise ValueError(f"{path}: no ECB rates found ({result.problem or 'unrecognised format'})")
    newest: dict[str, RateRow] = {}
    for row in result.rates:
        if row.currency not in newest or row.date > newest[row.currency].date:
            newest[row.currency] = row
    out = {cur: row.rate for cur, row in newest.items()}
    out["EUR"] = Decimal(1)
    return out
