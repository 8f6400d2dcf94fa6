"""Toys and children's products on unseen catalogs (toy44, stop 44, issue 9).

Maisto, Welly, New Ray, Jada and Tobar (the UK distributor of Maisto and Bburago) sell die-cast vehicles both as toys
for children and as 1:18 display models. The brand alone no longer decides: the title's own marks do. 1:18
(`display_scale`), a collector word ("Collector's Model", `adults_only`), a modelling scale (1:72) or a collector
shop's "ready-made" / "Fertigmodell" / "Sammlermodell" (`collector_finish`) keep the display reading; anything else
is the maker's toy range (`mixed_diecast_maker`). Maisto, Welly, New Ray and Jada also name `scale_model` when
nothing else names a kind. Collector-model makers (Oxford Diecast, Corgi, Universal Hobbies) now also decide a
vehicle the title names on its own (`vehicle_miniature`), whose toy default came after the modifiers.
"""

from __future__ import annotations

import pytest

SCALED = "Toys & Games > Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models > Vehicles"


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


@pytest.mark.parametrize(("title", "brand", "toy"), [
    # without a display mark: the maker's toy range
    ("2006 Suzuki GSX-R 750 [Maisto 31153], Blau / Weiß, 1:12 Die Cast", "Maisto", True),
    ("Maisto 31275 Chevrolet Corvette 57 1:24 Assorted Colours", "Maisto", True),
    ("Harley Davidson 2005 FLSTCI Softail Springer Classic from Maisto", "Maisto", True),
    ("Welly Range Rover Silver", "Welly", True),
    ("welly red open top porsche boxster S car with pull back and go action model", "Welly", True),
    ("Chevrolet Silverado 2500HD 2011 Modellauto 1:32 NewRay", "New Ray", True),
    ("1:24 SCALE PORSCHE CARRERA GT MODEL", "Jada", True),
    ("Tobar 1:24 Scale Jaguar XKR-S Model Car", "Tobar", True),
    ("保时捷911 合金车模 1:24", "美驰图", True),
    # 1:18, a collector word or a collector shop's wording: the display range
    ("Maisto 531128 - 1:18 Dodge Viper '13", "Maisto", False),
    ("Welly 18031 white - Sammlermodell BMW X6, 1/18 aus Metall, weiß", "Welly", False),
    ("Peugeot 207, orange, Modellauto, Fertigmodell, Welly 1:24", "Welly", False),
    ("VW Beetle, red, 2012, Model Car, Ready-made, Welly 1:24", "Welly", False),
    ("Welly 22490 Model Car Alfa Romeo 8C Competizone 1:24 Scale Collector's Model Metallic Red", "Welly", False),
    ("Tobar 1:18 Scale Special Edition Assorted Motorcycles", "Tobar", False),
    ("保时捷911 合金车模 1:18", "美驰图", False),
    ("保时捷911 合金车模 1:24 收藏", "美驰图", False),
])
def test_a_mixed_makers_die_cast_is_a_toy_unless_the_title_marks_a_display_model(classify, title, brand, toy):
    result = classify(title, brand=brand, category=SCALED)
    assert result.product_type == "scale_model", result.basis["product_type"]
    assert _audience(result) == (toy, toy), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Corgi 1:64 Scale Eddie Stobart Box Lorry", "Corgi"),          # Corgi stays a collector maker
    ("Cararama 1:43 Scale Volvo C30 (Metallic Blue)", "cararama"),   # so does Cararama
    ("Oxford Diecast Nightfire TX4 Taxi (Red)", "Oxford Diecast"),
    ("Ford Mustang 1:24 Diecast Model", None),                       # no maker: the kind's collector default
])
def test_collector_makers_and_unbranded_models_are_unchanged(classify, title, brand):
    result = classify(title, brand=brand, category=SCALED)
    assert _audience(result) == (False, False), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Bburago 1:18 Gold Mini Cooper (1969)", "Bburago"),   # a toy maker, whatever the scale
    ("Maisto 531197 - 1:18 Ford Mustang '15 Spielzeug (color may vary)", "Maisto"),  # the title says toy
])
def test_toy_maker_and_a_title_saying_toy_stay_toys(classify, title, brand):
    result = classify(title, brand=brand, category=SCALED)
    assert result.classes["toy"] is True, result.basis["toy"]


@pytest.mark.parametrize(("title", "brand", "kind", "toy"), [
    # by title and brand alone a mixed maker names the die-cast; its display marks still decide the audience
    ("Welly Range Rover Silver", "Welly", "scale_model", True),
    ("Harley Davidson 2005 FLSTCI Softail Springer Classic from Maisto", "Maisto", "scale_model", True),
    ("Fiat 500 Klassik weiß 1:24", "Welly", "scale_model", True),
    ("Maisto 531128 - 1:18 Dodge Viper '13", "Maisto", "scale_model", False),
    ("Welly 18031 white - Sammlermodell BMW X6, 1/18 aus Metall, weiß", "Welly", "scale_model", False),
    # a collector maker's vehicle the title names on its own is no toy
    ("Oxford Diecast Bronze Green Land Rover Series II Station Wagon 76LAN2002", "Oxford Diecast",
     "vehicle_miniature", False),
    ("Corgi 1:64 Scale Hovis Box Truck", "Corgi", "vehicle_miniature", False),
    ("Hurlimann XM 100 Tractor", "Universal Hobbies", "vehicle_miniature", False),
])
def test_die_cast_by_title_and_brand_alone(classify, title, brand, kind, toy):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (toy, toy), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Tobar Flashing Rotoflyer", "Tobar"),        # the distributor's own toys name no die-cast
    ("Street Troopers Rock Crawler", "Maisto Tech"),  # Maisto's RC range
])
def test_the_distributor_and_the_rc_range_name_no_die_cast(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type != "scale_model", result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Siku 1:50 Tractor", "Siku"),                       # a toy maker's vehicle
    ("Fire Engine Truck Toy for Boys", None),            # an unbranded vehicle keeps its toy default
])
def test_a_toy_makers_or_unbranded_vehicle_stays_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.classes["toy"] is True, result.basis["toy"]
