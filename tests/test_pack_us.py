"""US pack (us-product-safety) through the real Evaluator: FCC ID / SDoC, CPC for children 12 and
under, GCC where a CPSC rule applies (button cells, adult apparel), tracking labels, CBP eFiling."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crossguard.engine.evaluator import Evaluator
from tests.factories import AT, cert, decision, evaluator_for, make_entry, make_listing, rule_ids


@pytest.fixture(scope="module")
def ev() -> Evaluator:
    return evaluator_for("us-product-safety.yaml")


def ids(ev: Evaluator, at: date = AT, **product: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[make_listing("US")], **product), at)


def toy(**overrides: Any) -> dict[str, Any]:
    product: dict[str, Any] = {"title": "Wooden jigsaw puzzle 100 pieces", "age_min_years": 4, "tracking_label": True,
                               "certificates": [cert("CPC", "F963-23", efiled=True)]}
    product.update(overrides)
    return product


# --- US-FCC-001 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("certs", "expected"),
    [([], True), ([cert("FCC_SDOC")], True), ([cert("FCC_ID")], False),
     ([cert("FCC_ID", issued="2020-01-01", expires="2026-11-25")], True),
     ([cert("FCC_ID", issued="2026-11-26")], True)],
)
def test_fcc_id_for_intentional_radiators(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], title="Bluetooth speaker", certificates=certs)
    assert ("US-FCC-001" in rule_ids(ev, entry)) is expected
    assert decision(ev, entry) == ("block" if expected else "allow")


def test_fcc_id_keyword_versus_attribute(ev: Evaluator) -> None:
    assert "US-FCC-001" in ids(ev, title="Thermometer", radio=["zigbee"])
    fired = ids(ev, title="Bluetooth-look retro speaker", radio=[], certificates=[cert("FCC_SDOC")])
    assert "US-FCC-001" not in fired and "US-FCC-002" not in fired


# --- US-FCC-002 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("certs", "expected"),
    [([], True), ([cert("FCC_SDOC")], False), ([cert("FCC_ID")], False), ([cert("CE", "EMC")], True)],
)
def test_sdoc_for_digital_devices(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    assert ("US-FCC-002" in ids(ev, title="65W USB-C charger", mains_voltage_v=120, certificates=certs)) is expected


def test_appliance_without_digital_device_is_exempt(ev: Evaluator) -> None:
    # mains-powered alone does not make a digital device (47 CFR 15.103(d))
    assert ids(ev, title="Electric kettle", mains_voltage_v=120) == set()
    # the seller's attribute says it has digital electronics
    assert "US-FCC-002" in ids(ev, title="Electric kettle", mains_voltage_v=120, electronic=True)


def test_sdoc_not_asked_of_radio_products(ev: Evaluator) -> None:
    assert ids(ev, title="Wi-Fi camera", certificates=[cert("FCC_ID")]) == set()


# --- US-CPSC-001 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("age_min", "expected"), [(12, True), (13, False)])
def test_cpc_for_children_12_and_under(ev: Evaluator, age_min: int, expected: bool) -> None:
    product = {"title": "Science kit", "for_children": True, "age_min_years": age_min, "tracking_label": True}
    entry = make_entry(listings=[make_listing("US")], **product)
    assert ("US-CPSC-001" in rule_ids(ev, entry)) is expected
    assert decision(ev, entry) == ("block" if expected else "allow")


@pytest.mark.parametrize(
    ("certs", "expected"),
    [([cert("CPC", efiled=True)], False), ([cert("CPC", issued="2022-06-01", expires="2025-06-01")], True),
     ([cert("GCC", efiled=True)], True), ([cert("CE", "TOY")], True)],
)
def test_cpc_certificates(ev: Evaluator, certs: list[dict[str, Any]], expected: bool) -> None:
    assert ("US-CPSC-001" in ids(ev, **toy(certificates=certs))) is expected


def test_childrens_products_that_are_not_toys(ev: Evaluator) -> None:
    pyjamas = {"title": "Kids pyjamas set", "toy": False, "for_children": True, "age_min_years": 2,
               "age_max_years": 6, "tracking_label": True}
    assert "US-CPSC-001" in ids(ev, **pyjamas)
    # "baby" keyword, but a product used by parents
    assert ids(ev, title="Baby bottle warmer", for_children=False, mains_voltage_v=120) == set()
    # toy=False with a children's keyword and no other attribute
    assert "US-CPSC-001" in ids(ev, title="Kids rain jacket", toy=False, tracking_label=True)
    assert "US-CPSC-001" not in ids(ev, title="Rain jacket", toy=False, flammability_exempt=True)


# --- US-CPSC-002 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("tracking", "expected"), [(True, False), (False, True), (None, True)])
def test_tracking_labels(ev: Evaluator, tracking: bool | None, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **toy(tracking_label=tracking))
    assert ("US-CPSC-002" in rule_ids(ev, entry)) is expected
    assert decision(ev, entry) == "allow"


@pytest.mark.parametrize(("at", "expected"), [(date(2009, 8, 13), False), (date(2009, 8, 14), True)])
def test_tracking_labels_from_14_august_2009(ev: Evaluator, at: date, expected: bool) -> None:
    assert ("US-CPSC-002" in ids(ev, at=at, **toy(tracking_label=None))) is expected


# --- US-CPSC-003 -------------------------------------------------------------------------------

SCALE = {"title": "Digital kitchen scale", "electronic": True, "certificates": [cert("FCC_SDOC")],
         "battery": {"chemistry": "lithium", "form": "coin"}}


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 3, 18), False), (date(2024, 3, 19), True)])
def test_button_cell_gcc_from_19_march_2024(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **SCALE)
    assert ("US-CPSC-003" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == ("block" if expected else "allow")


def test_button_cell_gcc_present_or_not_applicable(ev: Evaluator) -> None:
    with_gcc = dict(SCALE, certificates=[cert("FCC_SDOC"), cert("GCC", efiled=True)])
    assert ids(ev, **with_gcc) == set()
    zinc_air = dict(SCALE, battery={"chemistry": "zinc-air", "form": "button"})
    assert "US-CPSC-003" not in ids(ev, **zinc_air)
    cylindrical = dict(SCALE, battery={"chemistry": "alkaline", "form": "cylindrical"})
    assert "US-CPSC-003" not in ids(ev, **cylindrical)


def test_button_cell_by_keyword(ev: Evaluator) -> None:
    assert "US-CPSC-003" in ids(ev, title="Key finder tag with CR2032", certificates=[cert("FCC_SDOC")])


def test_button_cell_in_childrens_product_is_covered_by_the_cpc(ev: Evaluator) -> None:
    light_up_toy = toy(title="Light-up toy wand, CR2032 coin cell", electronic=False)
    assert ids(ev, **light_up_toy) == set()


# --- US-CPSC-004 -------------------------------------------------------------------------------


def test_adult_apparel_gcc(ev: Evaluator) -> None:
    entry = make_entry(listings=[make_listing("US")], title="Brushed cotton fleece hoodie")
    assert rule_ids(ev, entry) == {"US-CPSC-004"}
    assert decision(ev, entry) == "allow"
    assert ids(ev, title="Brushed cotton fleece hoodie", certificates=[cert("GCC", efiled=True)]) == set()
    assert ids(ev, title="Organic cotton T-shirt", flammability_exempt=True) == set()
    assert ids(ev, title="Organic cotton T-shirt", flammability_exempt=False) == {"US-CPSC-004"}


def test_apparel_gcc_not_for_towels_or_non_textiles(ev: Evaluator) -> None:
    assert ids(ev, title="Bath towel 70x140") == set()  # textile, not apparel
    assert ids(ev, title="T-shirt printed mug", textile=False) == set()  # attribute overrides keyword


# --- US-CPSC-005 / 006 (eFiling) ---------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 7, 7), False), (date(2026, 7, 8), True)])
def test_cpc_efiling_from_8_july_2026(ev: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **toy(certificates=[cert("CPC")]))
    assert ("US-CPSC-005" in rule_ids(ev, entry, at)) is expected
    assert decision(ev, entry, at) == "allow"


@pytest.mark.parametrize(("efiled", "expected"), [(True, False), (False, True), (None, True)])
def test_cpc_efiling_flag(ev: Evaluator, efiled: bool | None, expected: bool) -> None:
    assert ("US-CPSC-005" in ids(ev, **toy(certificates=[cert("CPC", efiled=efiled)]))) is expected


def test_efiling_counts_only_valid_certificates(ev: Evaluator) -> None:
    # an eFiled but expired CPC is missing (CPSC-001), and a new unfiled one is not eFiled (CPSC-005)
    certs = [cert("CPC", "F963-23", issued="2021-01-01", expires="2025-01-01", efiled=True),
             cert("CPC", "F963-23", issued="2025-01-01")]
    assert ids(ev, **toy(certificates=certs)) == {"US-CPSC-005"}


@pytest.mark.parametrize(("at", "expected"), [(date(2026, 7, 7), False), (date(2026, 7, 8), True)])
def test_gcc_efiling_from_8_july_2026(ev: Evaluator, at: date, expected: bool) -> None:
    with_gcc = dict(SCALE, certificates=[cert("FCC_SDOC"), cert("GCC")])
    assert ("US-CPSC-006" in ids(ev, at=at, **with_gcc)) is expected
    filed = dict(SCALE, certificates=[cert("FCC_SDOC"), cert("GCC", efiled=True)])
    assert "US-CPSC-006" not in ids(ev, at=at, **filed)


# --- routing -----------------------------------------------------------------------------------


def test_only_us_listings_are_evaluated(ev: Evaluator) -> None:
    entry = make_entry(markets=["DE", "GB", "XI"], title="Bluetooth speaker")
    assert all(not d.findings for d in ev.check_entry(entry, AT))
