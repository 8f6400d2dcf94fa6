"""Electric and electronic toys by title and brand alone (toyelec45, stop 45, issue 9).

Read with no category, a few toy kinds and lines that are electric by nature kept no circuit, and a model name read
as radio control: a slot-car line written in the brand field ("Carrera 'Go'"), Carrera's digital systems, Honda's
RC-series motorbikes on die-cast miniatures, an electronic pup (a robotic pet), a toy train set with lights and
sounds, an electric (track-powered) train set read as a battery toy, children's sound books, electronic lightsabers
and sing-along microphones.
"""

from __future__ import annotations

import pytest


def _supply(result) -> tuple[bool, bool, bool]:
    return result.classes["eee"], result.classes["battery"], result.classes["mains_lv"]


# --- slot cars: the line in the brand field, Carrera's digital systems ------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Carrera GO!!! 6.3 m Lap Record! Red Bull and Ferrari F1", "Carrera 'Go'"),
    ("Mario Kart Mach 8 Slot Car Set 4.9m", "Carrera Go"),
    ("Carrera Digital 132 Porsche 911 GT3 RSR No.911", None),
    ("Carrera Digital 124 Ferrari 250 GTO", None),
])
def test_a_slot_car_line_in_the_brand_field_or_a_digital_system_has_a_track_fed_motor(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "slot_car", result.basis["product_type"]
    assert result.classes["eee"] and not result.classes["battery"], result.basis["eee"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Porsche 911 Carrera 4S in red 2008 1:64 scale model", "Minichamps"),
    ("Carrera Champion Sunglasses Matte Black", "Carrera"),
    ("Carrera GO!!! Track Extension Straights x4", "Carrera 'Go'"),
])
def test_a_porsche_carrera_sunglasses_and_slot_track_pieces_stay_passive(classify, title, brand):
    assert not classify(title, brand=brand).classes["eee"]


# --- Honda's RC-series motorbikes are model names, not radio control --------------------------------------------------

@pytest.mark.parametrize("title", [
    "Honda RC212V (Dani Pedrosa MotoGP 2008) in Repsol Livery (1:12 scale) Diecast Model Motorbike",
    "Honda RC213V Marc Marquez 2014 1:12 Diecast Motorbike",
])
def test_a_honda_rc_series_die_cast_motorbike_is_not_radio_controlled(classify, title):
    result = classify(title)
    assert not result.classes["radio"] and not result.classes["eee"] and not result.classes["battery"], \
        result.basis["radio"]


def test_a_radio_controlled_motorbike_keeps_its_radio(classify):
    result = classify("RC Motorbike 1:12 Scale 2.4GHz Stunt Motorcycle for Kids")
    assert result.classes["radio"] and result.classes["battery"]


# --- robotic pets -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Uggly's Pug Electronic Pup Pet",
    "Interactive Puppy Toy Walks Barks and Wags Its Tail",
])
def test_an_electronic_or_interactive_pup_is_a_battery_robot_pet(classify, title):
    result = classify(title)
    assert result.product_type == "robot_toy", result.basis["product_type"]
    assert _supply(result) == (True, True, False)


@pytest.mark.parametrize("title", [
    "Pug Puppy Soft Plush Toy 25cm",
    "Puppy Dog Hand Puppet",
])
def test_a_plush_or_puppet_pup_has_no_circuit(classify, title):
    assert not classify(title).classes["battery"]


# --- toy and model train sets -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Rail King Intelligent Classical Train Track Set With Light ,Smoke & Train Sound Huge Size XMAS",
    "Christmas Train Set with Lights and Sounds and 12 Track Pieces",
])
def test_a_toy_train_set_with_lights_or_sounds_is_a_battery_toy(classify, title):
    result = classify(title)
    assert result.product_type == "train_set", result.basis["product_type"]
    assert _supply(result) == (True, True, False), result.basis["battery"]


@pytest.mark.parametrize("title", [
    "Hornby R1138 GWR Passenger Freight 00 Gauge Electric Train Set",
    "Hornby Gauge Western Express Digital Train Set with eLink and TTS Loco Train Set",
])
def test_an_electric_or_digital_train_set_runs_from_the_mains_not_batteries(classify, title):
    result = classify(title)
    assert result.product_type == "train_set", result.basis["product_type"]
    assert _supply(result) == (True, False, True), result.basis["battery"]


@pytest.mark.parametrize(("title", "battery"), [
    ("Carousel Wooden Train Set (100 Piece)", False),
    ("Battery Operated Electric Train Set", True),
])
def test_a_wooden_set_stays_passive_and_a_battery_set_keeps_its_battery(classify, title, battery):
    result = classify(title)
    assert result.classes["battery"] is battery and not result.classes["mains_lv"]


# --- sound books ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Peppa Pig Sound Book",
    "Usborne Noisy Books: Farm",
    "小猪佩奇发声书",
])
def test_a_childrens_sound_book_has_a_battery_sound_panel(classify, title):
    result = classify(title)
    assert result.product_type == "sound_book", result.basis["product_type"]
    assert result.classes["eee"] and result.classes["battery"] and result.classes["children_12_under"]
    assert not result.classes["toy"]


@pytest.mark.parametrize("title", [
    "Sounds of the Farm Board Book",
    "Peppa Pig Story Book",
    "小猪佩奇绘本",
])
def test_a_plain_childrens_book_has_no_circuit(classify, title):
    assert not classify(title).classes["eee"]


# --- electronic lightsabers and sing-along microphones ----------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Star Wars Kanan Jarrus Electronic Lightsaber",
    "Kids Sing Along Microphone with Echo",
])
def test_an_electronic_lightsaber_or_a_sing_along_mic_is_a_battery_toy(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert _supply(result) == (True, True, False)


@pytest.mark.parametrize("title", [
    "Lego Star Wars 20 Light sabers 5 colours with FLAT Silver hilt",
    "Star Wars Lightsaber Red Chopsticks Darth Maul Ver",
])
def test_lego_lightsabers_and_lightsaber_chopsticks_stay_passive(classify, title):
    assert not classify(title).classes["eee"]


# --- a talking, roaring or singing-and-dancing product with no kind read has a battery --------------------------------

@pytest.mark.parametrize("title", [
    "Toy Story Talking Jessie",
    "Toy Story 30cm Roaring Rex",
    "Aquapets Sing & Dance Fretta",
    'Neca Jeff Dunham "Walter" Talking Head Knocker 1',
    "会说话的巴斯光年",
])
def test_a_talking_roaring_or_singing_product_runs_on_batteries(classify, title):
    result = classify(title)
    assert result.classes["eee"] and result.classes["battery"], result.basis["battery"]
    assert not result.classes["mains_lv"]


@pytest.mark.parametrize(("title", "eee"), [
    ("Talking Heads - Remain in Light CD", False),
    ("Yoruba Talking Drum with Stick", False),
    ("Light Up Gaming Keyboard USB Wired", True),
    ("Interactive Smart Board 65 inch", True),
])
def test_a_record_a_drum_and_light_up_or_interactive_devices_take_no_battery_from_these_words(classify, title, eee):
    result = classify(title)
    assert result.classes["eee"] is eee and not result.classes["battery"]


# --- family games built around a battery buzzer or timer; children's cameras written the long way --------------------

@pytest.mark.parametrize("title", [
    "Hasbro Gaming Operation Game",
    "Simon Game",
    "Pass the Bomb, Party Edition",
    "Don't Wake Dad Game",
])
def test_a_buzzer_or_timer_game_named_by_its_name_runs_on_batteries(classify, title):
    result = classify(title)
    assert result.product_type == "electronic_toy", result.basis["product_type"]
    assert _supply(result) == (True, True, False)


@pytest.mark.parametrize("title", [
    "Toy Story Operation Escape Figure Bullseye",
    "Simon Says Card Game",
    "Latitude Enfant 320622 Simon The Lion",
])
def test_an_operation_figure_a_simon_says_card_game_and_a_plush_simon_stay_passive(classify, title):
    assert not classify(title).classes["eee"]


@pytest.mark.parametrize("title", ["Children's Digital Camera 1080P", "Kids Selfie Camera with 32GB Card"])
def test_a_childrens_camera_is_a_battery_toy_camera(classify, title):
    result = classify(title)
    assert result.product_type == "kids_camera", result.basis["product_type"]
    assert _supply(result) == (True, True, False)


def test_a_grown_up_digital_camera_is_no_toy(classify):
    result = classify("Canon PowerShot SX740 HS Digital Camera")
    assert result.product_type != "kids_camera" and not result.classes["toy"]
