"""Hobby makers name their kind (hobby43, stop 43, issue 9).

Read by title and brand alone, a die-cast collector model, a plastic kit or a model-railway item is titled by what it
depicts ("Oxford Diecast Signal Red Jaguar XJS 76XJS001", "Italeri 1/72 M48A2C # 7068", "Preiser 10552 Hunters"):
no word names the kind. A maker whose whole range is one kind names it when nothing else does (`names_type` on a
brand modifier); makers with toy ranges beside their models name none. Model-railway makers' wagons and coaches are
rolling stock, not toy vehicles, and a steam wheel arrangement ("0-6-2") names a locomotive.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Signal Red Jaguar XJS 76XJS001", "Oxford Diecast", "scale_model"),
    ("Porsche 928 GTS 400068100, black", "Minichamps", "scale_model"),
    ("Lamborghini Diablo Coupe VT (Red)", "AUTOart", "scale_model"),
    ("Land Rover Defender 90 TDI County Cayman Blue", "Universal Hobbies", "scale_model"),
    ("1/35 2S19 152mm Self-Propelled Howitzer # 05574", "Trumpeter", "model_kit"),
    ("1/72 Medieval Arab Warriors # 6126", "Italeri", "model_kit"),
    ("1:350 Scale Battleship Bismarck", "Revell", "model_kit"),
    ("10552 Hunters", "Preiser", "model_railway"),
    ("Large Town Centre Backscene", "Peco", "model_railway"),
    ("Stall With Potatoes", "Busch", "model_railway"),
])
def test_a_hobby_makers_unnamed_product_is_of_its_kind(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert "nothing else names" in result.basis["product_type"]
    assert not result.classes["toy"] and not result.classes["children_12_under"], result.basis["toy"]
    assert not result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "brand"), [
    # (Maisto and Welly name scale_model since toy44: their range is die-cast, toys and display models both)
    ("Team GB 5 Car Pack", "Corgi"),                  # souvenir and junior ranges beside the collector models
    ("Volvo C30 (Metallic Blue)", "Cararama"),
    ("Motor Sport RS-540", "Tamiya"),                 # motors and RC cars beside the kits
    ("Jaguar XKRGT3 Apex Racing Large Starter Set", "Airfix"),  # starter kits sold as toys
    ("Class 47 47365 'Diamond Jubilee' BR Railfreight Distribution", "Bachmann"),  # a motorised locomotive
    ("LED Dynamo Front Light IQ-X", "Busch & Müller"),  # another maker: bicycle lights
    ("Rocker Switch Flush Mounted", "Busch-Jaeger"),     # another maker: switches and sockets
])
def test_a_mixed_or_look_alike_maker_names_nothing(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type not in ("scale_model", "model_kit", "model_railway"), result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Revell Control Quadcopter X-Spy", "Revell"),         # its RC range names its kind
    ("Tamiya Masking Tape 40mm x 18m", "Oxford Diecast"),  # a title's own kind wins over the maker
])
def test_a_title_naming_its_kind_keeps_it(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type not in ("scale_model", "model_kit"), result.basis["product_type"]
    assert "nothing else names" not in result.basis["product_type"]


@pytest.mark.parametrize(("title", "brand"), [
    ("37-662 14 Ton Tank Wagon Pease & Partners Red", "Bachmann"),
    ("R4643 BR Mk1 Second Open Coach", "Hornby"),
    ("30411 Horse Drawn Box Wagon", "Preiser"),
    ("64722 OBB Railjet Economy Coach V", "Roco"),
])
def test_a_model_railway_makers_rolling_stock_is_no_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert not result.classes["toy"] and not result.classes["children_12_under"], result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Bucket Tipper Truck Toy", "Hornby"),          # a title that calls it a toy
    ("Gordon HO Electric Train Thomas & Friends", "Bachmann"),  # Thomas is a children's franchise
    ("14 Ton Tank Wagon Red", "Bruder"),            # a toy maker's wagon
])
def test_a_toy_vehicle_stays_a_toy(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.classes["toy"], result.basis["toy"]


@pytest.mark.parametrize("title", [
    "Bachmann 35-077 Class E4 0-6-2 32556 BR Black Early Emblem",
    "Bachmann 32-882 Fairburn 2-6-4 Tank 42062 BR Lined Black Late Crest",
    "WD Austerity 2-8-0 90448 BR Black Late Crest",
    "Bachmann 31-635 Class 64xx 0-6-0 Pannier Tank 6407 GWR Green",
])
def test_a_wheel_arrangement_names_a_locomotive(classify, title):
    result = classify(title)
    assert result.product_type == "model_locomotive", result.basis["product_type"]
    assert result.classes["eee"], result.basis["eee"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Subbuteo 4-4-2 Formation Tactics Board", None),  # a football formation
    ("Rear Pannier Bag for Bicycle Rack", "bike_accessory"),
])
def test_a_look_alike_names_no_locomotive(classify, title, kind):
    result = classify(title)
    assert result.product_type != "model_locomotive", result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]
