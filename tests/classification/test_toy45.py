"""Toys and children's products by title and brand alone (toy45, stop 45, issue 9).

Read with no category (a catalog whose tree the vocabulary does not know), toy lines, toy makers and toy kinds that no
word named were untyped or read as a grown-up product. Lines that name their kind when nothing else does (Disney/Pixar
Cars die-cast, Bandai's Ultra Monster figures, Monster Jam trucks, Metal Earth kits, the LEGO films), makers that name
it (figure, water-play, wooden and educational toy makers, kite makers), collector makers (Weise-Toys, Norscot), kinds
with their own noun (pencil toppers, notelets, MTG fat packs, a car-wash cloth), a toy maker's product read as a
grown-up kind (a Playmobil carry case, a toy shopping trolley or wheelbarrow), and dotted scales ("1.43 scale").
"""

from __future__ import annotations

import pytest


def _audience(result) -> tuple[bool, bool]:
    return result.classes["toy"], result.classes["children_12_under"]


# --- Disney/Pixar Cars: the film line names its die-cast vehicles when nothing else names a kind ----------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Disney Pixar Cars 2 - Race Team Sarge", "Disney"),
    ("Disney Pixar Cars Rudy Easy Oaks and Idle Pitty", "Disney"),
    ("DISNEY WORLD OF CARS 'LIZZIE' FROM THE RADIATOR SPRINGS SET SET #13 OF 15. BRAND NEW", "Disney"),
    ("Disney Planes Ned", "Mattel"),
    ("赛车总动员 闪电麦昆 板牙", None),
])
def test_a_cars_film_title_naming_no_kind_is_a_die_cast_toy_vehicle(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy_vehicle", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Disney Pixar Cars 2 DVD", "movie_media"),
    ("Cars 2 - PlayStation 3", "video_game"),
    ("Disney Cars Lightning McQueen Balloon", "balloon"),
    ("Ravensburger Disney Cars 2 XXL Jigsaw Puzzle (100 Pieces)", "puzzle"),
    ("赛车总动员 DVD", "movie_media"),
])
def test_the_films_other_products_keep_their_own_kind(classify, title, kind):
    assert classify(title).product_type == kind


# --- toy lines named in the title -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("500 05 Eleking Ultra Monster (japan import)", "Bandai", "action_figure"),
    ("Ultra Monster 500 25 Golza (Ultraman Tiga)", "Bandai", "action_figure"),
    ("奥特怪兽 哥莫拉 软胶", None, "action_figure"),
])
def test_ultra_monster_figures_are_toy_figures(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "brand", "kind", "toy"), [
    ("Hot Wheels Monster Jam HW OFF Road Series Brutus Truck", "Mattel", "vehicle_miniature", True),
    ("Monster Jam Grave Digger Truck", "Spin Master", "vehicle_miniature", True),
    ("Monster Jam T-Shirt", None, "t_shirt", False),
])
def test_monster_jam_is_a_toy_truck_line_not_jam(classify, title, brand, kind, toy):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Metal Earth: T-34 Tank", "Fascinations", "vehicle_miniature"),
    ("Professor Puzzle Praying Mantis Metal Earth 3D Kit", "Professor Puzzle", "model_kit"),
])
def test_metal_earth_kits_are_model_kits_not_toys(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (False, False), result.basis["toy"]


@pytest.mark.parametrize(("title", "kind"), [
    ("Lego Movie (2 Disc) (Special Edition) (Ultraviolet Digital Copy) (DVD)", "movie_media"),
    ("Lego Movie (2 Disc) (Ultraviolet Digital Copy) (Blu-ray Disc)", "movie_media"),
    ("The Lego Movie Videogame - PlayStation 4", "video_game"),
])
def test_the_lego_films_media_are_no_building_sets(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False


@pytest.mark.parametrize(("title", "brand"), [
    ("LEGO Movie Emmet Construction Set 70807", "LEGO"),
    ("LEGO City Police Station 60047", "LEGO"),
    ("Lego Star Wars 75192 Millennium Falcon", None),
])
def test_lego_sets_stay_building_sets(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "building_set", result.basis["product_type"]
    assert result.classes["toy"] is True


# --- makers in the brand field ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Pirate Captain with Wooden Leg", "Papo"),
    ("Papo Knights - Weapon Master Pegasus 39948", "Papo Knights"),
    ("Plastoy Green Knight", "Plastoy"),
    ("Toob Powhatan Indians Miniatures", "Toob"),
    ("AquaPlay 620, SuperSet", "Aquaplay"),
    ("Santoys ST139 Table Top Market Stall and Two Crates", "Santoys"),
    ("Lisciani 44054", "LISCIANI"),
    ("Counting Keys by Lakeshore", "Lakeshore"),
    ("Super Zelf Series 3 - Marsha", "Moose Enterprise"),
    ("Disney 8 inch Muppets (Fozzy)", "Posh Paws International"),
    ("YoYoFactory DV888 (Black)", "Yo Yo Factory"),
])
def test_a_toy_makers_untyped_product_is_one_of_its_toys(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "toy", result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ('Papo 39225 "Farm Girl" Figurine', "Papo"),
    ("Bullyland Rafiki with Simba Figurine", "Bullyland"),
    ("Plastoy - Ice Dragon Figurine - French version", "Plastoy"),
])
def test_a_toy_figure_makers_figurine_is_a_toy(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (True, True)


@pytest.mark.parametrize(("title", "brand"), [
    ("Royal Doulton Lady Figurine", "Royal Doulton"),   # giftware figurines stay ornaments
    ("Angel Figurine Ornament", None),
    ("Safari Polyester 55 cms Red Travel Duffel", "Safari"),  # Safari alone is a luggage brand, not Safari Ltd
])
def test_ornaments_and_other_makers_are_no_toys(classify, title, brand):
    assert _audience(classify(title, brand=brand)) == (False, False)


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Viper Flame", "Spirit of Air", "kite"),
    ("Cool Diamond", "Spirit of Air", "kite"),
    ("Rainbow Fish Windsock", "Spirit of Air", "windsock"),    # its own kind
    ("Sky Fly Power Kite", "Brookite", "sports_kite"),
])
def test_kite_makers_name_a_kite_only_when_nothing_else_does(classify, title, brand, kind):
    assert classify(title, brand=brand).product_type == kind


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("Weise Toys Fendt Vario 930 TMS (2002 - 2007) Tractor", "Weise-Toys", False),
    ("Caterpillar D11R Track-Type Tractor (1:50 Scale)", "Norscot", False),
    ("Siku 3863 Fendt 939 Vario Tractor", "Siku", True),          # a toy maker's tractor stays a toy
    ("Wooden Toy Farm Tractor with Trailer", None, True),
])
def test_collector_makers_of_tractor_models(classify, title, brand, toy):
    assert classify(title, brand=brand).classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Bigjigs Toys Snazzy Harmonica (Green)", "Bigjigs Toys", "musical_instrument"),
    ("Playmobil 5609 Dragon Knights Carry Case", "Playmobil", "case_generic"),
    ("Toyrific Shopping Trolley Set", "Toyrific", "luggage"),
    ("Dantoy - Wheelbarrow (72CM Length)", "Dantoy", "garden_supplies"),
    ("Siku 2938 Model Vehicle Bin Lorry Assorted Colours", "Siku", "storage_organisation"),
    ("Gonge Mirror Game", "Gonge", "mirror"),
])
def test_a_toy_makers_grown_up_noun_is_the_toy_version(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == (True, True), result.basis["toy"]


@pytest.mark.parametrize(("title", "brand"), [
    ("Samsonite Hard Shell Carry Case", "Samsonite"),
    ("Folding Shopping Trolley on Wheels", None),
    ("Galvanised Garden Wheelbarrow 85L", None),
    ("Melissa & Doug Happy Giddy Chair", "Melissa & Doug"),   # children's furniture, not a toy
])
def test_the_same_kinds_from_others_are_no_toys(classify, title, brand):
    assert classify(title, brand=brand).classes["toy"] is False


# --- kinds with their own noun --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "brand"), [
    ("Mister Maker Pencil Toppers", "Mister Maker"),
    ("Angry Birds Tiny Toppers 3 Pack Pencil Topper Pig Series (2 Pigs + 1 Mystery)", "Toy Zany"),
    ("NPW Moustache Pencil Topper (Ginger)", "NPW"),
])
def test_pencil_toppers_are_toys(classify, title, brand):
    result = classify(title, brand=brand)
    assert result.product_type == "pencil_topper", result.basis["product_type"]
    assert _audience(result) == (True, True)


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("green sea turtle eraser by Iwako", "Iwako", True),
    ("blue parfait ice cream cup eraser Japan Iwako", "Iwako", True),
    ("Staedtler Mars Plastic Eraser", "Staedtler", False),
    ("HB Pencils with Eraser Top, Pack of 12", None, False),
])
def test_iwako_erasers_are_toys_plain_erasers_are_not(classify, title, brand, toy):
    assert classify(title, brand=brand).classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Knights & Dragons Thank you notelets - pack of 10", "Alphabet Art", "invitation"),
    ("Magic The Gathering Dragon's Maze Fat Pack", "Magic The Gathering", "trading_cards"),
    ("MTG M14 CORE SET *FAT PACK* BRAND NEW AND SEALED", "Wizards", "trading_cards"),
    ("ManeKo Blue Microfibre Drying & Cleaning Vehicle Washing Cloth", "ManeKo", "car_interior"),
])
def test_kinds_named_by_their_own_noun(classify, title, brand, kind):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is False


def test_a_baby_washing_cloth_is_no_car_accessory(classify):
    assert classify("Baby Washing Cloth Set").product_type != "car_interior"


# --- scales ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", [
    "Ford Mustang Car 1.24 Scale",
    "chrome plated maserati merak SS car 1.43 scale",
    "Tiger I Tank 1.35 scale",
    "Knight Rider 1:15 Scale Karr Vehicle",
    "Munsters 1/15 Scale Koach Vehicle",
])
def test_dotted_and_display_scales_are_collector_marks(classify, title):
    assert _audience(classify(title)) == (False, False)


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("Red Toy Car 1.5 kg Gift Box", None, True),            # a decimal is no scale without "scale" after it
    # a dotted 1.18 stays unread: a 1:18 motorcycle from a mixed maker stays its toy range (see the docs)
    ("maisto red and black ducati streetfighter bike 1.18 scale diecast model", "Maisto", True),
])
def test_decimals_that_are_no_scale(classify, title, brand, toy):
    assert classify(title, brand=brand).classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "kind", "toy"), [
    ("myStyle BFF Tag Jewellery Kit", "myStyle", "craft_kit", True),
    ("myStyle Jewellery Design Studio", "myStyle", "craft_kit", True),
    ("Jewellery Making Set", "Galt Toys", "craft_kit", True),
    ("Sterling Silver Jewellery Set Necklace and Earrings", None, "jewellery", False),
])
def test_childrens_jewellery_kits_are_craft_kits_a_jewellery_set_is_jewellery(classify, title, brand, kind, toy):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("Scalextric C8205 Standard Straight 350 millimetre x2 (C160) 1:32 Scale Accessory", "Scalextric", True),
    ("Scalextric C8420 Round Guide Pack + Spring 1:32 Scale Accessory", "Scalextric", True),
    ("Slot.it Guide Flag Accessory Pack", "Slot.it", False),        # a hobby racing maker's part
    ("Replacement Spare Part Accessory for Food Mixer", None, False),
])
def test_scalextric_track_pieces_are_toys(classify, title, brand, toy):
    assert classify(title, brand=brand).classes["toy"] is toy


# --- second pass: games makers, play-material lines, Chuggington, trading-card kinds --------------------------------

@pytest.mark.parametrize(("title", "brand", "kind", "audience"), [
    ("BrainBox - Inventions", "The Green Board Game Co.", "toy", (True, True)),
    ("Mindware - Perplexors Level A", "Green Board Games", "toy", (True, True)),
    ("Beados Themed Refill Packs", "Beado's", "toy", (True, True)),
    ("Cra-Z-Sand Tub", "Cra-Z-Sand", "toy", (True, True)),
    ("Budkins BK907 Crusader Set", "Budkins", "toy", (True, True)),
    ("Smart Games - IQ Twist", "Smart Games", "game", (True, False)),
    ("MASTERQUIZ", "Waddingtons", "game", (True, False)),
])
def test_game_and_play_material_makers_name_their_kind(classify, title, brand, kind, audience):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert _audience(result) == audience, result.basis["toy"]


@pytest.mark.parametrize(("title", "brand", "kind", "toy"), [
    ("Chuggington Wilson's Departure Station", "Chuggington", "train_set", True),
    ("Chuggington Calley Wood", "Learning Curve", "train_set", True),
    ("Chuggington DVD Season 1", None, "movie_media", False),
    ("Chuggington Pyjamas Age 3-4", None, "sleepwear", False),
])
def test_chuggington_names_its_toy_trains_only_when_nothing_else_names_a_kind(classify, title, brand, kind, toy):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "kind"), [
    ("Pokemon Gallade EX Box", "Pokémon", "trading_cards"),
    ("Pokemon XY 2014 Kalos Power Tin Delphox-EX", "Pokémon", "trading_cards"),
    ("LOT OF OVER 100 POKEMON CARDS GREAT CONDITION LIKE NEW", "Pokémon", "trading_cards"),
    ("Marvel Avengers Hero Attax - Single Packet", "Topps", "trading_cards"),
    ("Star Wars - Clone Wars Series 4 Force Attax Starter Pack", "Topps", "trading_cards"),
    ("Pokemon Pikachu T-Shirt", None, "t_shirt"),
    ("Pack Of 36 Mixed Girls Glitter Tattoo Stencils - 36 Unique Designs In Each Pack", "Glitter Tattoo Stencils",
     "temporary_tattoo"),
])
def test_trading_card_and_tattoo_kinds(classify, title, brand, kind):
    assert classify(title, brand=brand).product_type == kind


@pytest.mark.parametrize(("title", "brand", "kind", "toy"), [
    ("Welly Ouchie Ointment", "Welly", "health_care", False),         # the brand no longer names a scale model here
    ("Welly Triple Antibiotic Ointment", "Welly", "health_care", False),
    ("Playmobil 4290 First Aid Station", "Playmobil", "playset", True),
])
def test_an_ointment_is_health_care(classify, title, brand, kind, toy):
    result = classify(title, brand=brand)
    assert result.product_type == kind, result.basis["product_type"]
    assert result.classes["toy"] is toy


@pytest.mark.parametrize(("title", "brand", "toy"), [
    ("Hot Wheels Batman Diecast set of 3 - Superfriends 1966 Batmobile with Trailer Hitch", "Batman", True),
    ("Hot Wheels 1:64 Die-cast Power Rangers Megaforce Vehicle (Black Ranger Snake Zord)", "Power Rangers", True),
    ("Mattel Hot Wheels Collector Elite Ghostbusters Ecto-1 1:43 Scale Die Cast", "Mattel", False),
    ("Chrome Plated Aston Martin Diecast Model 1:43", None, False),
])
def test_a_die_cast_toy_lines_vehicle_is_a_toy_unless_a_collector_scale_says_otherwise(classify, title, brand, toy):
    assert _audience(classify(title, brand=brand)) == (toy, toy)
