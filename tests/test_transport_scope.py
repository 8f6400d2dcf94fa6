"""Complete vehicles, aircraft and combines against the rules whose law excludes them (scope37, issue 9).

Group `transport` (rules/product_groups.yaml) gives `cls.transport` from the product type alone. RoHS and WEEE
(EU and GB) exclude means of transport and professional non-road mobile machinery, RED airborne products under
Regulation (EU) 2018/1139, the CRA vehicles under (EU) 2019/2144 and certified aircraft. Each guarded rule is
shown both ways through the real Evaluator: the vehicle does not fire, an ordinary product of the same class
(a phone, a kettle, an electric kick scooter) still does, with `cls.transport` absent.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crossguard.engine.classify import Classifier
from crossguard.engine.evaluator import Evaluator
from crossguard.engine.models import Product
from tests.factories import AT, cert, evaluator_for, make_entry, make_listing, rule_ids

CARS = "Vehicles & Parts > Vehicles > Motor Vehicles > Cars, Trucks & Vans"
JETS = "Vehicles & Parts > Vehicles > Aircraft > Heavier-Than-Air Aircraft > Super Mid-Size Jets"
COMBINES = "gid://shopify/TaxonomyCategory/bi-11-7-1"
SCOOTERS = "Vehicles & Parts > Vehicles > Motor Vehicles > Motorcycles & Scooters"
PHONES = "Electronics > Communications > Telephony > Mobile Phones"

CAR = {"title": "Volkswagen Golf 1.5 eTSI Life", "brand": "Volkswagen", "category": CARS}
JET = {"title": "Cessna Citation CJ4 Gen2", "brand": "Cessna", "category": JETS}
COMBINE = {"title": "Claas Lexion 8900 TT", "brand": "Claas", "category": COMBINES}
PHONE = {"title": "Samsung Galaxy A55 5G 128GB", "brand": "Samsung", "category": PHONES}
KETTLE = {"title": "1.7 L electric kettle", "mains_voltage_v": 230, "voltage_type": "AC"}
SCOOTER = {"title": "Xiaomi Electric Scooter 4 Pro", "brand": "Xiaomi", "category": SCOOTERS}


@pytest.fixture(scope="module")
def eu() -> Evaluator:
    return evaluator_for("eu-ce.yaml", "eu-epr.yaml", "eu-cra.yaml")


@pytest.fixture(scope="module")
def gb() -> Evaluator:
    return evaluator_for("gb-product-safety.yaml")


def ids(ev: Evaluator, product: dict[str, Any], listing: dict[str, Any], at: date = AT, **extra: Any) -> set[str]:
    return rule_ids(ev, make_entry(listings=[listing], **{**product, **extra}), at)


# --- the group ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "category", "value"),
    [(CAR["title"], CARS, "road_vehicle"), (JET["title"], JETS, "aircraft"), (COMBINE["title"], COMBINES, "machinery"),
     ("Sea Ray SPX 190 bowrider", "Vehicles & Parts > Vehicles > Watercraft > Motor Boats", "vehicle"),
     ("Schempp-Hirth Discus-2b", "Vehicles & Parts > Vehicles > Aircraft > Heavier-Than-Air Aircraft > Gliders",
      "light_aircraft")],
)
def test_the_type_decides_the_transport_value(title: str, category: str, value: str) -> None:
    result = Classifier.default().classify(Product(sku="T", title=title, category=category))
    assert result.values.get("transport") == value, result.basis
    assert "group transport" in result.basis["transport"]


@pytest.mark.parametrize("product", [PHONE, SCOOTER, {"title": "Siku 1:32 die-cast model car"},
                                     {"title": "Bosch 18V cordless drill"}])
def test_transport_is_absent_for_every_other_product(product: dict[str, Any]) -> None:
    result = Classifier.default().classify(Product(sku="T", **product))
    assert "transport" not in result.values


TOY_CAR = {"title": "Toy Police Car with Lights and Sounds", "category": CARS}


def test_a_toy_on_a_vehicle_shelf_is_no_means_of_transport(eu: Evaluator) -> None:
    """review37 makes a toy filed on a real-vehicle shelf a toy version of the vehicle's type; it must not take the
    vehicle's exclusions with it: an electronic toy car still needs RoHS and WEEE."""
    result = Classifier.default().classify(Product(sku="T", **TOY_CAR))
    assert result.values.get("toy") and result.values.get("eee") and "transport" not in result.values, result.basis
    assert {"EU-ROHS-001", "EU-EPR-DE-002"} <= ids(eu, TOY_CAR, make_listing("DE", epr={}))


# --- RoHS and WEEE: means of transport and professional non-road machinery -------------------------------------


@pytest.mark.parametrize("vehicle", [CAR, JET, COMBINE])
def test_rohs_and_german_weee_do_not_reach_a_vehicle(eu: Evaluator, vehicle: dict[str, Any]) -> None:
    found = ids(eu, vehicle, make_listing("DE", epr={}))
    assert not found & {"EU-ROHS-001", "EU-EPR-DE-002"}, found


@pytest.mark.parametrize("product", [PHONE, KETTLE, SCOOTER])
def test_rohs_and_german_weee_still_reach_ordinary_eee(eu: Evaluator, product: dict[str, Any]) -> None:
    found = ids(eu, product, make_listing("DE", epr={}))
    assert {"EU-ROHS-001", "EU-EPR-DE-002"} <= found, found


def test_weee_registration_in_other_member_states(eu: Evaluator) -> None:
    assert "EU-WEEE-001" not in ids(eu, CAR, make_listing("IT", epr={}))
    assert "EU-WEEE-001" not in ids(eu, COMBINE, make_listing("IT", epr={}))
    assert "EU-WEEE-001" in ids(eu, KETTLE, make_listing("IT", epr={}))


@pytest.mark.parametrize("vehicle", [CAR, JET, COMBINE])
def test_gb_rohs_and_weee_do_not_reach_a_vehicle(gb: Evaluator, vehicle: dict[str, Any]) -> None:
    found = ids(gb, vehicle, make_listing("GB", epr={}))
    assert not found & {"GB-ROHS-001", "GB-WEEE-001"}, found
    before_omp = ids(gb, vehicle, make_listing("GB", epr={}, seller_country="CN"), at=date(2025, 6, 1))
    assert "GB-WEEE-002" not in before_omp, before_omp


@pytest.mark.parametrize("product", [PHONE, KETTLE])
def test_gb_rohs_and_weee_still_reach_ordinary_eee(gb: Evaluator, product: dict[str, Any]) -> None:
    found = ids(gb, product, make_listing("GB", epr={}))
    assert {"GB-ROHS-001", "GB-WEEE-001"} <= found, found
    before_omp = ids(gb, product, make_listing("GB", epr={}, seller_country="CN"), at=date(2025, 6, 1))
    assert "GB-WEEE-002" in before_omp, before_omp


# --- RED: airborne products only ------------------------------------------------------------------------------


def test_red_does_not_reach_an_aircraft(eu: Evaluator, gb: Evaluator) -> None:
    assert not ids(eu, JET, make_listing("DE")) & {"EU-RED-001", "EU-RED-002"}
    assert "EU-RED-002" not in ids(eu, JET, make_listing("DE"), certificates=[cert("CE", "LVD", "EMC")])
    assert "EU-RED-003" not in ids(eu, JET, make_listing("DE"), connected=True, certificates=[cert("CE", "RED")])
    assert "GB-RED-001" not in ids(gb, JET, make_listing("GB"))


def test_red_still_reaches_a_phone_and_a_car(eu: Evaluator, gb: Evaluator) -> None:
    """A car is not excluded from RED (no Annex I point names it): its radio stays the seller's question."""
    for product in (PHONE, CAR):
        assert "EU-RED-001" in ids(eu, product, make_listing("DE"))
        assert "GB-RED-001" in ids(gb, product, make_listing("GB"))
    assert "EU-RED-002" in ids(eu, PHONE, make_listing("DE"), certificates=[cert("CE", "LVD", "EMC")])
    assert "EU-RED-003" in ids(eu, PHONE, make_listing("DE"), connected=True, certificates=[cert("CE", "RED")])


# --- CRA: vehicles under (EU) 2019/2144 and certified aircraft ------------------------------------------------


def test_cra_does_not_reach_a_car_or_an_aircraft(eu: Evaluator) -> None:
    assert "EU-CRA-001" not in ids(eu, CAR, make_listing("DE"))
    assert "EU-CRA-001" not in ids(eu, JET, make_listing("DE"))


def test_cra_still_reaches_a_phone_and_a_combine(eu: Evaluator) -> None:
    """A combine harvester is agricultural machinery, not a vehicle under (EU) 2019/2144: the CRA still applies."""
    assert "EU-CRA-001" in ids(eu, PHONE, make_listing("DE"))
    assert "EU-CRA-001" in ids(eu, COMBINE, make_listing("DE"))
