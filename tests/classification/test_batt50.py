"""Battery products a title does not name as battery-powered (batt50, stop 50, issue 9).

A home games console is sold with a wireless controller on cells (the console's radio came from that controller
already); a coin-op arcade cabinet, pinball table or claw machine (the Chinese names game_console held) has none. A
light screwed on a tyre valve flashes on its own button cells. McLaren's MP4 Formula One cars and Mercedes' Actros MP4
trucks are no media players. A fridge magnet is a kind of its own, so Flipkart's "Wall Decor & Clocks >> Fridge
Magnets" shelf no longer reads a clock.
"""

from __future__ import annotations

import pytest

CONSOLES = "Video Games >> Xbox One >> Xbox One Consoles"
CAR_BULBS = ("Automotive >> Accessories & Spare parts >> Car & Bike Lighting >> Car Lighting >> Car Light Bulbs? >> "
             "AutoKraftZ Premium Flash Magic Tire Light Set Of...")
SCALE_MODELS = "Die-Cast & Toy Vehicles > Toy Vehicles & Accessories > Scaled Models > Vehicles"
FRIDGE_MAGNETS = ("Home Decor & Festive Needs >> Wall Decor & Clocks >> Fridge Magnets >> "
                  "LittleThings Fridge Magnets >> "
                  "LittleThings Coconut Fridge Magnet")
WALL_CLOCKS = "Home Decor & Festive Needs >> Wall Decor & Clocks >> Clocks >> Wall Clocks >> Blacksmith Wall Clocks"


# --- a games console comes with a wireless controller on cells ----------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Microsoft - Xbox One Console", CONSOLES),
    ("Microsoft - Xbox One Console", None),
    ("Nintendo - Wii U Deluxe Set with New Super Mario Bros. U and New Super Luigi U", None),
    ("Sony PlayStation 4 500GB Console", None),
    ("任天堂 游戏机 国行", None),
])
def test_a_games_console_has_its_controllers_cells(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "game_console", result.basis["product_type"]
    assert result.classes["battery"], result.basis["battery"]
    assert result.classes["radio"] and result.classes["mains_lv"]


@pytest.mark.parametrize("title", ["街机 投币游戏机", "家用弹珠台", "商用娃娃机 夹娃娃机"])
def test_an_arcade_cabinet_plugs_in_and_has_no_cell_or_radio(classify, title):
    result = classify(title)
    assert result.product_type == "arcade_machine", result.basis["product_type"]
    assert result.classes["mains_lv"] and result.classes["eee"]
    assert not result.classes["battery"] and not result.classes["radio"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Wireless Controller - PlayStation 4", "game_controller"),
    ("Industrial Oak Console Table with Shelf", None),
])
def test_console_lookalikes_keep_their_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type != "game_console", result.basis["product_type"]
    if kind is not None:
        assert result.product_type == kind, result.basis["product_type"]


# --- a light on a tyre valve runs on button cells -----------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("AutoKraftZ Premium Flash Magic Tire Light Set Of 4 for Maruti Wagon-R type 2 Car, Truck, Van LED Bulb",
     CAR_BULBS),
    ("AutoKraftZ Premium Flash Magic Tire Light Set Of 4 for Tata Indica", None),
    ("LED Valve Cap Lights for Bike and Car, Motion Sensor, Pack of 2", None),
    ("Bicycle Spoke Lights Colourful LED Wheel Decoration", None),
])
def test_a_tyre_valve_light_runs_on_cells(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "bike_light", result.basis["product_type"]
    assert result.classes["battery"] and result.classes["eee"], result.basis["battery"]


@pytest.mark.parametrize("title", ["Car Tyre Valve Caps Chrome Set of 4", "Philips H4 Headlight Bulb 12V 60/55W"])
def test_valve_caps_and_headlight_bulbs_have_no_cell(classify, title):
    result = classify(title)
    assert not result.classes["battery"], result.basis["battery"]


# --- MP4 is a McLaren and an Actros, not only a player ------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("1/43 LEWIS HAMILTON #2 McLAREN MERCEDES MP4-25 2010 F1 RACE CAR", None),
    ("Oxford Diecast Mercedes Actros MP4 GSC Curtainside Eddie Stobart 76MB001", None),
    ("Oxford Diecast Mercedes Actros MP4 GSC Curtainside Eddie Stobart 76MB001", SCALE_MODELS),
    ("Tamiya Model Kit - Mclaren Honda MP4/4 F1 Car - 1:20 Scale", None),
])
def test_a_mclaren_or_actros_mp4_is_no_media_player(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "media_player", result.basis["product_type"]
    assert not result.classes["battery"], result.basis["battery"]


@pytest.mark.parametrize(
    "title", ["Transcend MP 870 8 GB MP4 Player", "MP4 Player 8GB with FM Radio", "mp4 随身听 学生"]
)
def test_an_mp4_player_stays_a_battery_player(classify, title):
    result = classify(title)
    assert result.product_type == "media_player", result.basis["product_type"]
    assert result.classes["battery"], result.basis["battery"]


# --- a fridge magnet is no clock ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("LittleThings Coconut Fridge Magnet", FRIDGE_MAGNETS),
    ("Shadowfax STRAWBERRY_MAGNET Fridge Magnet", FRIDGE_MAGNETS),
    ("Refrigerator Magnets Set of 6 Cartoon Animals", None),
    ("可爱卡通冰箱贴 磁贴", None),
])
def test_a_fridge_magnet_is_a_magnet_without_a_cell(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "fridge_magnet", result.basis["product_type"]
    assert not result.classes["battery"] and not result.classes["eee"], result.basis["battery"]


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Blacksmith Analog Wall Clock", WALL_CLOCKS, "clock"),
    ("Samsung 253 L Frost Free Double Door Refrigerator", None, "refrigerator"),
])
def test_clocks_and_fridges_keep_their_kind(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["battery"] == (kind == "clock"), result.basis["battery"]
