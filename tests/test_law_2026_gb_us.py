"""The law as of 2026 in the GB and US packs (issue 11): UK WEEE for overseas sellers on marketplaces
(W7), UK PSTI (M6), FCC Certification only for intentional radiators (W12), test labs tied to
prohibited entities (M12), standalone button/coin cells (W20/M7) and ASTM F963-23 (M8), on both
sides of every changed date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crossguard.engine.evaluator import Evaluator
from tests.factories import AT, cert, decision, evaluator_for, make_entry, make_listing, rule_ids


@pytest.fixture(scope="module")
def gb() -> Evaluator:
    return evaluator_for("gb-product-safety.yaml")


@pytest.fixture(scope="module")
def us() -> Evaluator:
    return evaluator_for("us-product-safety.yaml")


def ids(ev: Evaluator, market: str, at: date = AT, listing: dict[str, Any] | None = None, **product: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[listing or make_listing(market)], **product), at)


KETTLE = {"title": "Electric kettle", "mains_voltage_v": 230, "certificates": [cert("CE", "LVD", "EMC", "ROHS")]}


# --- W7: UK WEEE and online marketplaces ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("marketplace", "seller_country", "expected"),
    [("amazon", "CN", False),   # the marketplace is the producer
     ("ebay", "DE", False),
     ("shopify", "CN", True),   # own web shop: the seller's duty
     ("amazon", "GB", True),    # UK-established producer
     ("amazon", "XI", True),
     ("amazon", None, True)],   # unknown: assume the duty
)
def test_w7_uk_weee_for_overseas_sellers_on_marketplaces(gb: Evaluator, marketplace: str,
                                                         seller_country: str | None, expected: bool) -> None:
    listing = make_listing("GB", marketplace=marketplace, seller_country=seller_country, epr={"gb_batteries": "B"})
    assert ("GB-WEEE-001" in ids(gb, "GB", listing=listing, **KETTLE)) is expected


@pytest.mark.parametrize(("at", "old", "new"), [(date(2025, 8, 11), True, False), (date(2025, 8, 12), False, False)])
def test_w7_overseas_marketplace_seller_before_and_after_12_august_2025(gb: Evaluator, at: date, old: bool,
                                                                       new: bool) -> None:
    listing = make_listing("GB", seller_country="CN", epr={})
    fired = ids(gb, "GB", at=at, listing=listing, **KETTLE)
    assert ("GB-WEEE-002" in fired, "GB-WEEE-001" in fired) == (old, new)


def test_w7_uk_seller_is_told_by_the_current_rule_on_both_dates(gb: Evaluator) -> None:
    listing = make_listing("GB", seller_country="GB", epr={})
    for at in (date(2025, 8, 11), date(2025, 8, 12)):
        fired = ids(gb, "GB", at=at, listing=listing, **KETTLE)
        assert "GB-WEEE-001" in fired and "GB-WEEE-002" not in fired


# --- M6: UK PSTI --------------------------------------------------------------------------------------

PLUG = {"title": "Smart plug mini", "radio": ["wifi"], "mains_voltage_v": 230,
        "certificates": [cert("UKCA", "RED", "ROHS")]}


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 4, 28), False), (date(2024, 4, 29), True)])
def test_m6_psti_statement_from_29_april_2024(gb: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("GB")], **PLUG)
    assert rule_ids(gb, entry, at) == ({"GB-PSTI-001"} if expected else set())
    assert decision(gb, entry, at) == "allow"


def test_m6_psti_statement_clears_it_and_unconnected_products_need_none(gb: Evaluator) -> None:
    assert ids(gb, "GB", **dict(PLUG, certificates=[*PLUG["certificates"], cert("PSTI")])) == set()
    assert "GB-PSTI-001" in ids(gb, "GB", title="Wi-Fi video doorbell", certificates=[cert("CE", "RED", "ROHS")])
    assert "GB-PSTI-001" not in ids(gb, "GB", title="Bluetooth speaker", certificates=[cert("CE", "RED", "ROHS")])
    assert "GB-PSTI-001" not in ids(gb, "GB", **dict(PLUG, connected=False))  # e.g. a laptop without cellular


# --- W12: FCC Certification only for intentional radiators -------------------------------------------


def test_w12_receive_only_radio_goes_to_sdoc(us: Evaluator) -> None:
    receiver = {"title": "Handheld GPS receiver for hiking", "radio": ["gps"]}
    assert ids(us, "US", **receiver) == {"US-FCC-002"}
    assert ids(us, "US", **dict(receiver, certificates=[cert("FCC_SDOC")])) == set()
    # keyword only: "gps" is radio but not a transmitter keyword
    assert ids(us, "US", title="GPS navigation receiver", certificates=[cert("FCC_SDOC")]) == set()


def test_w12_transmitters_need_an_fcc_id(us: Evaluator) -> None:
    entry = make_entry(listings=[make_listing("US")], title="Bluetooth speaker", certificates=[cert("FCC_SDOC")])
    assert rule_ids(us, entry) == {"US-FCC-001"} and decision(us, entry) == "block"
    tracker = {"title": "Kids smartwatch with GPS tracker", "radio": ["gps", "lte"], "toy": False,
               "for_children": False, "certificates": [cert("FCC_SDOC")]}
    assert "US-FCC-001" in ids(us, "US", **tracker)  # transmits over LTE


def test_w12_a_plain_remote_control_is_not_radio(us: Evaluator) -> None:
    tv_remote = {"title": "Universal TV remote control", "electronic": True, "certificates": [cert("FCC_SDOC")]}
    assert ids(us, "US", **tv_remote) == set()
    assert "US-FCC-001" in ids(us, "US", title="RF remote for ceiling fan")


# --- M12: labs tied to prohibited entities ------------------------------------------------------------


@pytest.mark.parametrize(("at", "expected"), [(date(2025, 9, 7), False), (date(2025, 9, 8), True)])
def test_m12_prohibited_lab_from_8_september_2025(us: Evaluator, at: date, expected: bool) -> None:
    grant = cert("FCC_ID", lab_prohibited=True)
    entry = make_entry(listings=[make_listing("US")], title="Bluetooth speaker", certificates=[grant])
    assert rule_ids(us, entry, at) == ({"US-FCC-003"} if expected else set())
    assert decision(us, entry, at) == "allow"


def test_m12_sdoc_too_and_only_flagged_valid_documents(us: Evaluator) -> None:
    sdoc = {"title": "USB hub", "certificates": [cert("FCC_SDOC", lab_prohibited=True)]}
    assert ids(us, "US", **sdoc) == {"US-FCC-003"}
    clean = {"title": "USB hub", "certificates": [cert("FCC_SDOC", lab_prohibited=False)]}
    assert ids(us, "US", **clean) == set()


# --- W20 / M7: button and coin cells sold on their own -------------------------------------------------

CELLS = {"title": "CR2032 3V lithium coin cells, 10-pack", "battery": {"chemistry": "lithium", "form": "coin",
                                                                      "standalone": True},
         "certificates": [cert("GCC", efiled=True)]}


def cells(**battery: Any) -> dict[str, Any]:
    return dict(CELLS, battery={**CELLS["battery"], **battery})


@pytest.mark.parametrize(("at", "expected"), [(date(2023, 2, 11), False), (date(2023, 2, 12), True)])
def test_m7_child_resistant_packaging_from_12_february_2023(us: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **cells(package_warning=True))
    assert ("US-CPSC-007" in rule_ids(us, entry, at)) is expected
    assert decision(us, entry, at) == ("block" if expected else "allow")


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 9, 20), False), (date(2024, 9, 21), True)])
def test_m7_package_warning_from_21_september_2024(us: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **cells(child_resistant_packaging=True))
    assert rule_ids(us, entry, at) == ({"US-CPSC-008"} if expected else set())


def test_m7_complete_cells_and_cells_inside_a_product(us: Evaluator) -> None:
    assert ids(us, "US", **cells(child_resistant_packaging=True, package_warning=True)) == set()
    scale = {"title": "Digital kitchen scale", "electronic": True, "battery": {"form": "coin"},
             "certificates": [cert("FCC_SDOC"), cert("GCC", efiled=True)]}
    assert ids(us, "US", **scale) == set()  # not sold on their own: 16 CFR 1263 via US-CPSC-003


# --- M8: ASTM F963-23 -------------------------------------------------------------------------------------

PUZZLE = {"title": "Wooden jigsaw puzzle 100 pieces", "age_min_years": 4, "tracking_label": True}


@pytest.mark.parametrize(("at", "expected"), [(date(2024, 4, 19), False), (date(2024, 4, 20), True)])
def test_m8_toy_cpc_cites_f963_23_from_20_april_2024(us: Evaluator, at: date, expected: bool) -> None:
    entry = make_entry(listings=[make_listing("US")], **PUZZLE, certificates=[cert("CPC", efiled=True)])
    assert rule_ids(us, entry, at) == ({"US-CPSC-009"} if expected else set())
    assert decision(us, entry, at) == "allow"


def test_m8_only_toys_with_a_cpc(us: Evaluator) -> None:
    assert ids(us, "US", **PUZZLE, certificates=[cert("CPC", "F963-23", efiled=True)]) == set()
    pyjamas = {"title": "Kids pyjamas set", "toy": False, "for_children": True, "age_max_years": 6,
               "tracking_label": True, "flammability_exempt": True, "certificates": [cert("CPC", efiled=True)]}
    assert ids(us, "US", **pyjamas) == set()  # a children's product, not a toy
    assert ids(us, "US", **PUZZLE) == {"US-CPSC-001"}  # no CPC at all: the CPC rule, not this one
