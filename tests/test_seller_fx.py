"""FX rules through the real engine: limits from config on both sides, share of monthly revenue and
its window, adverse moves, base-currency conversion; rate sources including the ECB watcher's store."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from crossguard.engine.seller.config import FxConfig, FxLimits
from crossguard.engine.seller.data import SellerData
from crossguard.engine.seller.models import FxPosition
from crossguard.engine.seller.rates import MissingRate, RateTable
from crossguard.settings import SettingsError, load_settings
from crossguard.usecases.rates import stored_rates
from tests.seller_support import entity, finding, rates, rule_ids, run, sale, seller_evaluator

AT = date(2026, 11, 25)
RATES = rates(("USD", "2026-11-25", "1.25"), ("GBP", "2026-11-25", "0.80"), ("GBP", "2026-10-01", "0.85"))
SUBJECT = "fx:Acme GmbH/USD"


@pytest.fixture(scope="module")
def evaluator():
    return seller_evaluator("fx")


def config(**limits) -> FxConfig:
    base = {"max_unhedged": None, "max_share_of_monthly_revenue_pct": None, "max_adverse_move_pct": None}
    return FxConfig(default=FxLimits(**{**base, **limits}))


def position(**fields) -> FxPosition:
    return FxPosition.model_validate({"entity": "Acme GmbH", "currency": "USD", **fields})


def check(evaluator, positions, cfg, sales=(), table=RATES, at=AT):
    data = SellerData(entities=[entity()], fx_positions=list(positions), sales=list(sales))
    return run(evaluator, data, at, cfg, rates=table)


# --- absolute limit ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"receivables": "1250"}, set()),                          # EUR 1,000.00 = the limit: not above
        ({"receivables": "1250.0125"}, {"FX-EXPO-001"}),           # EUR 1,000.01
        ({"receivables": "1000", "pending_payouts": "200", "stock_at_selling_price": "50.0125"}, {"FX-EXPO-001"}),
        ({"receivables": "5000", "hedged": "3750"}, set()),        # unhedged USD 1,250 = EUR 1,000
        ({"receivables": "5000", "hedged": "3749.9875"}, {"FX-EXPO-001"}),
        ({"receivables": "5000", "hedged": "9000"}, set()),        # over-hedged: unhedged is zero
    ],
)
def test_unhedged_limit(evaluator, fields, expected):
    assert rule_ids(check(evaluator, [position(**fields)], config(max_unhedged=Decimal(1000)))) == expected


def test_limit_finding_explains_itself(evaluator):
    result = check(evaluator, [position(receivables="2500")], config(max_unhedged=Decimal(1000)))
    found = finding(result, "FX-EXPO-001")
    assert "EUR 2000" in found.message and "EUR 1000" in found.message
    basis = found.evidence[0].basis
    assert "USD 1.25 per EUR on 2026-11-25" in basis and "config.yaml" in basis


def test_per_currency_override_and_null_disables(evaluator, tmp_path: Path):
    file = tmp_path / "config.yaml"
    file.write_text("database: {url: 'sqlite://'}\nfx:\n  default: {max_unhedged: 1000}\n"
                    "  currencies:\n    usd: {max_unhedged: 5000}\n    GBP: {max_unhedged: null}\n")
    cfg = load_settings(file).fx
    assert cfg.limits_for("USD").max_unhedged == 5000 and cfg.limits_for("GBP").max_unhedged is None
    assert cfg.limits_for("JPY").max_unhedged == 1000
    positions = [position(receivables="6000"), position(currency="GBP", receivables="100000"),
                 position(currency="EUR", receivables="1000000")]  # the base currency carries no FX risk
    result = check(evaluator, positions, cfg)
    assert rule_ids(result, SUBJECT) == set() and rule_ids(result) == set()  # EUR 4,800 < 5,000
    assert result.checked["fx_position"] == 2
    assert rule_ids(check(evaluator, [position(receivables="6250.0125")], cfg)) == {"FX-EXPO-001"}


def test_bad_fx_config_is_reported(tmp_path: Path):
    file = tmp_path / "config.yaml"
    file.write_text("fx:\n  default: {max_unhedged: -5}\n")
    with pytest.raises(SettingsError, match="fx.default.max_unhedged"):
        load_settings(file)


def test_packaged_defaults_have_fx_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)  # no ./config.yaml: the packaged defaults alone
    loaded = load_settings(env={})
    assert loaded.file is None
    assert loaded.fx.base_currency == "EUR" and loaded.fx.default.max_unhedged is not None


# --- share of monthly revenue --------------------------------------------------------------------

def revenue_sales(*extra):
    return [sale("2000", AT - timedelta(days=29), "DE"), *extra]  # domestic sales count as revenue too


@pytest.mark.parametrize(
    ("hedged", "extra_sales", "expected"),
    [
        ("250", [], set()),                                                          # 800 / 2000 = 40%
        ("249.9875", [], {"FX-EXPO-002"}),                                           # 800.01 / 2000
        ("249.9875", [sale("1000", AT - timedelta(days=30), "DE")], {"FX-EXPO-002"}),  # 30 days ago: outside
        ("249.9875", [sale("1000", AT + timedelta(days=1), "DE")], {"FX-EXPO-002"}),   # after the scan date
        ("249.9875", [sale("1000", AT, "DE")], set()),                               # the scan day counts
        ("249.9875", [sale("0.01", AT, "DE", who="Other GmbH")], {"FX-EXPO-002"}),  # other entity's sales
    ],
)
def test_share_of_monthly_revenue(evaluator, hedged, extra_sales, expected):
    cfg = config(max_share_of_monthly_revenue_pct=Decimal(40))
    result = check(evaluator, [position(receivables="1250", hedged=hedged)], cfg, revenue_sales(*extra_sales))
    assert rule_ids(result) == expected


def test_revenue_in_other_currencies_is_converted_at_each_sale_date(evaluator):
    cfg = config(max_share_of_monthly_revenue_pct=Decimal(40))
    gbp_sale = sale("1700", date(2026, 11, 1), "GB", ship_from="GB", currency="GBP")  # 0.85 then: EUR 2,000
    result = check(evaluator, [position(receivables="1250")], cfg, [gbp_sale])  # EUR 1,000 / 2,000 = 50%
    found = finding(result, "FX-EXPO-002")
    evidence = {e.field: e.value for e in found.evidence}
    assert evidence["revenue_share_limit_ratio"] == 1.25
    assert "is 50% of" in found.message and "EUR 2000" in found.message


def test_no_revenue_no_share_finding(evaluator):
    cfg = config(max_share_of_monthly_revenue_pct=Decimal(1))
    assert rule_ids(check(evaluator, [position(receivables="1250")], cfg)) == set()


# --- adverse move since the price list's reference rate ------------------------------------------

@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        ("1.1875", set()),              # 1.1875 / 1.25 = 0.95: exactly 5% weaker, not beyond
        ("1.1874", {"FX-RATE-001"}),    # 5.008% weaker
        ("1.30", set()),                # USD got stronger: favourable
        ("1.25", set()),
    ],
)
def test_adverse_move(evaluator, reference, expected):
    cfg = config(max_adverse_move_pct=Decimal(5))
    result = check(evaluator, [position(receivables="100", reference_rate=reference)], cfg)
    assert rule_ids(result) == expected


def test_adverse_move_with_a_non_euro_base_currency(evaluator):
    """A GBP-based seller with USD prices: cross rate through the euro (1.25 / 0.80 = 1.5625 USD per GBP)."""
    cfg = FxConfig(base_currency="GBP", default=FxLimits(max_adverse_move_pct=Decimal(2)))
    result = check(evaluator, [position(receivables="100", reference_rate="1.50", price_list_date=date(2026, 1, 5))],
                   cfg)
    found = finding(result, "FX-RATE-001")  # 1.50 / 1.5625 = 0.96: USD 4% weaker against GBP
    evidence = {e.field: e for e in found.evidence}
    assert evidence["adverse_move_limit_ratio"].value == 2.0
    assert "set 2026-01-05" in evidence["adverse_move_limit_ratio"].basis
    assert "1.5625" in found.message


def test_position_without_rate_is_an_input_error(evaluator):
    result = check(evaluator, [position(currency="CHF", receivables="100"), position(receivables="99999")],
                   config(max_unhedged=Decimal(10)))
    assert [(e.field, "CHF" in e.reason) for e in result.errors] == [("currency", True)]
    assert rule_ids(result) == {"FX-EXPO-001"}


# --- rate sources -----------------------------------------------------------------------------------

def test_quote_is_the_latest_on_or_before():
    table = rates(("USD", "2026-11-02", "1.10"), ("USD", "2026-11-20", "1.20"))
    assert table.quote("USD", date(2026, 11, 19)).rate == Decimal("1.10")
    assert table.quote("USD", date(2026, 11, 20)).rate == Decimal("1.20")
    assert table.quote("usd", date(2027, 1, 1)).rate == Decimal("1.20")
    with pytest.raises(MissingRate):
        table.quote("USD", date(2026, 11, 1))
    assert table.quote("EUR", date(1999, 1, 1)).rate == 1


def test_live_source_beats_older_file_rows_but_not_an_exact_day():
    asked: list[date] = []

    def live(day: date) -> dict[str, Decimal]:
        asked.append(day)
        return {"USD": Decimal("1.30")}

    table = rates(("USD", "2026-11-02", "1.10"), ("USD", "2026-11-20", "1.20")).merged(RateTable(live=live))
    assert table.quote("USD", date(2026, 11, 25)).rate == Decimal("1.30")
    assert table.quote("USD", date(2026, 11, 20)).rate == Decimal("1.20")  # the file has that day
    assert "watcher" in table.quote("USD", date(2026, 11, 25)).source


def test_rates_from_the_ecb_watcher_store(evaluator, tmp_path: Path):
    from crossguard.engine.seller.models import RateRow
    from crossguard.store.db import make_engine, session_scope
    from crossguard.store.migrate import upgrade_to_head
    from crossguard.watchers.rates import store_rates

    url = f"sqlite:///{tmp_path / 'cg.db'}"
    engine = make_engine(url)
    upgrade_to_head(engine)
    with session_scope(engine) as session:
        store_rates(session, [RateRow(currency="USD", date=date(2026, 11, 24), rate=Decimal("1.3125"))])
    engine.dispose()
    file_rates = rates(("USD", "2026-11-02", "1.05"))
    data = SellerData(entities=[entity()], fx_positions=[position(receivables="1312.5", reference_rate="1.05")],
                      rates=file_rates)
    cfg = config(max_unhedged=Decimal(999.99), max_adverse_move_pct=Decimal(5))
    result = run(evaluator, data, AT, cfg, rates=stored_rates(url))
    assert rule_ids(result) == {"FX-EXPO-001", "FX-RATE-001"}  # EUR 1,000 at 1.3125; USD 20% weaker
    assert "ECB watcher" in finding(result, "FX-EXPO-001").evidence[0].basis
    # a database without the watcher's tables: the rates file alone
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    live = stored_rates(empty).live
    assert live is not None and live(AT) == {}
    result = run(evaluator, data, AT, cfg, rates=stored_rates(empty))
    assert rule_ids(result) == {"FX-EXPO-001"}  # EUR 1,250 at the file's 1.05; no move
