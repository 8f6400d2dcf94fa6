"""Euro reference rates by date, and conversion between currencies through the euro.

Rates follow the ECB convention: units of a currency per 1 EUR. A conversion on a date uses the
latest rate published on or before that date, as the EU VAT Directive (Art. 91(2)) does for
amounts in other currencies, and fails (MissingRate) when there is none: a silent fallback to some
other day's rate would put a wrong number into a threshold check.

Sources, in order of preference for a date D:
1. a rates-file row dated exactly D (CSV/YAML/JSON rows `currency, rate, date`, or an ECB
   eurofxref XML file in the data folder);
2. `RateTable.live`: rates applicable on D from another source, such as the ECB watcher's stored
   rates (the application wires them in, `crossguard.usecases.rates`), preferred to an older file row;
3. the newest rates-file row before D.
Money stays Decimal until it becomes a fact, rounded to cents.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal
from pathlib import Path

from crossguard.engine.catalog import RowError
from crossguard.engine.seller.ecb import parse_ecb_daily
from crossguard.engine.seller.loaders import RecordsLoad, load_records
from crossguard.engine.seller.models import Origin, RateRow

EUR = "EUR"
CENT = Decimal("0.01")
#: Room for the sum of many large converted amounts rounded to cents (the default 28 digits is not).
_WIDE = Context(prec=60)


class MissingRate(LookupError):
    pass


@dataclass(frozen=True)
class Quote:
    currency: str
    rate: Decimal  # units per EUR
    on: date
    source: str


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=_WIDE)


@dataclass
class RateTable:
    """Rates per currency, sorted by date. EUR is always 1."""

    series: dict[str, list[tuple[date, Decimal, str]]] = field(default_factory=dict)
    #: rates per currency applicable on a date (newest on or before it), e.g. the ECB watcher's
    live: Callable[[date], dict[str, Decimal]] | None = None
    live_source: str = "ECB watcher"

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, date, Decimal, str]]) -> RateTable:
        table = cls()
        for currency, on, rate, source in rows:
            table.add(currency, on, rate, source)
        return table

    def add(self, currency: str, on: date, rate: Decimal, source: str) -> None:
        series = self.series.setdefault(currency.upper(), [])
        index = bisect.bisect_left(series, on, key=lambda item: item[0])
        if index < len(series) and series[index][0] == on:
            series[index] = (on, rate, source)  # a later source for the same day wins
        else:
            series.insert(index, (on, rate, source))

    def merged(self, other: RateTable) -> RateTable:
        table = RateTable({currency: list(rows) for currency, rows in self.series.items()},
                          other.live or self.live, other.live_source if other.live else self.live_source)
        for currency, rows in other.series.items():
            for on, rate, source in rows:
                table.add(currency, on, rate, source)
        return table

    def __bool__(self) -> bool:
        return bool(self.series) or self.live is not None

    def quote(self, currency: str, on: date) -> Quote:
        """The rate applicable on `on`: see the module docstring for the order of sources."""
        currency = currency.upper()
        if currency == EUR:
            return Quote(EUR, Decimal(1), on, "by definition")
        series = self.series.get(currency, [])
        index = bisect.bisect_right(series, on, key=lambda item: item[0])
        if index and series[index - 1][0] == on:
            day, rate, source = series[index - 1]
            return Quote(currency, rate, day, source)
        if self.live is not None:
            rate = self.live(on).get(currency)
            if rate is not None:
                return Quote(currency, rate, on, f"{self.live_source}, newest stored on or before {on.isoformat()}")
        if index == 0:
            raise MissingRate(f"no EUR reference rate for {currency} on or before {on.isoformat()}")
        day, rate, source = series[index - 1]
        return Quote(currency, rate, day, source)

    def to_eur(self, amount: Decimal, currency: str, on: date) -> Decimal:
        return amount / self.quote(currency, on).rate

    def convert(self, amount: Decimal, currency: str, target: str, on: date) -> Decimal:
        """Through the euro: amount / rate(currency) * rate(target)."""
        if currency.upper() == target.upper():
            return amount
        return self.to_eur(amount, currency, on) * self.quote(target, on).rate


def _ecb_xml(file: Path) -> tuple[list[tuple[str, date, Decimal, str]], list[RowError]]:
    """An ECB eurofxref XML file, read as the ECB watcher reads the live feed."""
    result = parse_ecb_daily(file.read_bytes())
    errors = [RowError(file, 0, "", result.problem)] if result.problem else []
    return [(r.currency, r.date, r.rate, f"ECB file {file.name}") for r in result.rates], errors


def load_rate_files(files: Iterable[Path]) -> tuple[RateTable, list[RowError]]:
    table = RateTable()
    errors: list[RowError] = []
    for file in files:
        if file.suffix.lower() == ".xml":
            rows, problems = _ecb_xml(file)
            errors.extend(problems)
            for row in rows:
                table.add(*row)
            continue
        loaded: RecordsLoad[RateRow] = load_records(file, RateRow, "rates")
        errors.extend(loaded.errors)
        for rate in loaded.items:
            table.add(rate.currency, rate.date, rate.rate, f"rates file {file.name}")
    return table, errors


def rate_error(origin: Origin | None, field_name: str, error: MissingRate) -> RowError:
    if origin is None:
        return RowError(Path("(input)"), 0, field_name, str(error))
    return RowError(origin.file, origin.row, field_name, str(error), origin.line)
