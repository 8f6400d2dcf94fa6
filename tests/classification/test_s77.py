"""Stop 77 (issue 9): the vocabulary rounds of stop 77, each tested both ways."""

from __future__ import annotations

import pytest

# --- radio words that name something else -----------------------------------------------------------------------------


@pytest.mark.parametrize("title", [
    "Uniross HYB 210 9V BT Ready to Use Camera Battery Charger",
    "Philips BT 1210 Trimmer For Men",
])
def test_bt_on_a_charger_or_a_trimmer_is_a_line_name_not_bluetooth(classify, title):
    assert classify(title).classes["radio"] is not True


@pytest.mark.parametrize("title", ["BT Speaker 5.0 portable", "JBL BT headphones", "Philips Bluetooth trimmer"])
def test_bt_on_audio_and_a_spelt_out_bluetooth_stay_radio(classify, title):
    assert classify(title).classes["radio"] is True


def test_a_bt_home_phone_is_still_british_telecoms(classify):
    assert "'bt'" not in classify("BT Home Phone").basis["radio"]


@pytest.mark.parametrize("title", ["Rallonge 10m 3G1.5", "Rallonge électrique 3G2.5 25m",
                                   "Hub USB Startech 5G2A2CPDB-USB-C-HUB"])
def test_a_cables_conductors_and_a_hubs_gigabits_are_no_cellular_link(classify, title):
    assert classify(title).classes["radio"] is not True


@pytest.mark.parametrize("title", ["Samsung Galaxy A14 5G smartphone", "Huawei 4G LTE router", "TP-Link 3G USB modem"])
def test_a_phones_or_routers_generation_stays_cellular(classify, title):
    assert classify(title).classes["radio"] is True


def test_smart_in_a_brand_name_is_no_smart_device(classify):
    assert classify("Solar-Gartenpfahl Smart Garden").classes["radio"] is not True
    assert classify("Smart LED bulb E27 app control").classes["radio"] is True


@pytest.mark.parametrize("title", ["LED-Leisten Wiz Weiß", "LED-Lampe LIFX A60", "Govee LED Strip Lights 5m"])
def test_the_wifi_lighting_makers_lights_are_connected(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True and result.classes["connected"] is True


def test_a_lighting_makers_name_on_another_kind_sets_nothing(classify):
    assert classify("The Wiz musical poster").classes["radio"] is not True
    assert "govee" not in classify("Govee hygrometer thermometer indoor").basis["radio"]


def test_eprint_and_airprint_name_a_wifi_printer(classify):
    hp_officejet = "hp officejet 7500a e all in one printer w eprint mobile printing airprint"
    assert classify(hp_officejet).classes["radio"] is True
    assert classify("hp laserjet pro printer usb").classes["radio"] is not True


# --- family play ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("Hazelnut Chipmunk Family", "Toys & Games | Dolls & Accessories | Playsets"),
    ("Peppa Pig Set of Four Cute Plush Family Members", "Dolls & Accessories > Soft Dolls"),
])
def test_a_toy_family_of_figures_is_a_childrens_product(classify, title, category):
    assert classify(title, category=category).classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Monopoly Family Edition board game", "Uno card game for the whole family",
                                   "Inflatable Large Rectangular Family Outdoor Paddling Pool"])
def test_family_play_and_a_family_sized_pool_are_not_childrens_products(classify, title):
    assert classify(title).classes["children_12_under"] is not True


def test_a_family_board_game_keeps_its_kind(classify):
    assert classify("Smugglers Family Board Game").product_type == "board_game"


def test_a_collector_makers_name_is_no_toy_word(classify):
    assert classify("McFarlane Toys Walking Dead Charred Zombie Action Figure").classes["toy"] is not True
    assert classify("Toy Story Woody action figure toys for kids").classes["toy"] is True


def test_bump_n_go_is_bump_and_go(classify):
    assert classify("The Wiggles Bump N Go Big Red Car").classes["battery"] is True
    assert classify("The Wiggles Big Red Car").classes["battery"] is not True


# --- words ------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Fahrradcomputer Sigma BC 8.0", "bike_light"),
    ("Hundehalsband GPS Tractive", "pet_tracker"),
    ("Fernbedienung für Garagentor 433 MHz", "radio_remote"),
    ("THERMALTAKE Alim PC Smart 550W Bronze", "pc_power_supply"),
    ("red eye def budz", "earbuds"),
    ("Tablet Tasche mit Tastatur Qwerty", "tablet_keyboard"),
])
def test_new_words_name_their_kind(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_garage_remote_is_radio_a_tv_remote_is_not(classify):
    assert classify("Fernbedienung für Garagentor").classes["radio"] is True
    assert classify("Fernbedienung für TV Samsung").classes["radio"] is not True


@pytest.mark.parametrize("title", ["ALIMENT RAT/SOURIS NUTRIMEAL STANDARD 800G", "Croquettes souris 1kg"])
def test_the_animal_fed_is_no_computer_mouse(classify, title):
    assert classify(title).product_type != "computer_mouse"


def test_a_french_mouse_with_a_pc_is_still_one(classify):
    assert classify("Souris sans fil Logitech M185").product_type == "computer_mouse"


def test_a_soldering_lamp_is_a_blowtorch_not_a_lamp(classify):
    assert classify("Lampe à souder Campingaz").product_type != "lamp"
    assert classify("Lampe de chevet LED").product_type == "lamp"


def test_a_hat_cleaner_is_no_hat(classify):
    assert classify("Hat Cleaner").classes["textile"] is not True
    assert classify("Wool Fedora Hat").classes["textile"] is True


def test_a_drill_with_no_supply_word_is_left_as_before(classify):
    assert classify("Bosch drill").classes["mains_lv"] is not True


@pytest.mark.parametrize("title", [
    "Nirdambhay Mini Bag Sealer, 2 in 1 Heat Sealer and Cutter Handheld Sealing Machine (Including 2 AA Battery)",
    "White Feather Portable Heat Sealer Mini Sealing Machine for Food Storage",
])
def test_a_handheld_bag_sealer_runs_on_cells(classify, title):
    result = classify(title)
    assert result.classes["battery"] is True and result.classes["mains_lv"] is not True


def test_a_vacuum_sealer_stays_on_the_mains(classify):
    assert classify("FoodSaver Vacuum Sealer Machine").classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Cello Non-Stick Aluminium Sandwich Gas Toaster(Black)",
                                   "Stovetop Sandwich Toaster"])
def test_a_toaster_for_the_gas_flame_has_no_current(classify, title):
    result = classify(title, category="Home&Kitchen|Kitchen&HomeAppliances|SmallKitchenAppliances|SandwichMakers")
    assert result.classes["eee"] is not True and result.classes["mains_lv"] is not True


def test_an_electric_sandwich_toaster_plugs_in(classify):
    assert classify("Bosch Sandwich Toaster 700W").classes["mains_lv"] is True


# --- second round: shelves, plates, straps, sizes ---------------------------------------------------------------------

PRINTER_PARTS = "INFORMATIQUE > IMPRESSION - SCANNER > PIECE DETACHEE POUR IMPRIMANTE"
SWITCHES = ("BRICOLAGE - OUTILLAGE - QUINCAILLERIE > ELECTRICITE  DOMOTIQUE > "
            "INTERRUPTEUR - VARIATEUR - BOITIER D'ENCASTREMENT")


def test_a_printer_parts_shelf_holds_parts_not_printers(classify):
    drum = classify("Panasonic KX-FA78X Cartouche de tambour", category=PRINTER_PARTS)
    assert drum.product_type == "spare_part" and drum.classes["mains_lv"] is not True
    assert classify("HP LaserJet Pro M404dn imprimante laser").product_type == "printer"


def test_a_network_server_shelf_names_the_server(classify):
    result = classify("IBM System x3500 M4 7383 - Serveur - tour - 5U",
                      category="INFORMATIQUE > CONSTRUCTION RESEAU > SERVEUR RESEAU")
    assert result.product_type == "server" and result.classes["mains_lv"] is True


def test_a_finishing_plate_on_the_switches_shelf_has_no_current(classify):
    plate = classify("Plaque Céliane 3 postes Taupe", category=SWITCHES)
    assert plate.product_type == "wall_plate" and plate.classes["eee"] is not True
    switch = classify("Interrupteur va-et-vient Céliane", category=SWITCHES)
    assert switch.product_type == "electrical_fitting" and switch.classes["mains_lv"] is True


def test_a_smart_shelf_gives_no_radio_to_a_charging_cable(classify):
    shelf = "Electronics|WearableTechnology|SmartWatches"
    cable = classify("Noise_Colorfit Smart Watch Charger 2 Pin USB Fast Charger Magnetic Charging Cable Adapter",
                     category=shelf)
    assert cable.classes["radio"] is not True
    assert classify("Noise ColorFit Pro 4 Smart Watch", category=shelf).classes["radio"] is True


def test_a_strap_for_a_smart_watch_is_a_strap(classify):
    assert classify("Silicone Strap for Noise ColorFit Smart Watch").product_type == "watch_accessory"
    assert classify("Noise ColorFit Pro 4 Smart Watch").product_type == "smartwatch"


def test_a_dock_cable_is_a_cable_with_no_mains(classify):
    result = classify("dice 5v dock cable optional 5v charging dock cable for ipod")
    assert result.product_type == "charging_cable" and result.classes["mains_lv"] is not True


def test_fully_buffered_memory_is_a_computer_component(classify):
    assert classify("edge 2gb 2x1gb pc25300 ecc 240 pin fully buffered kit apple").classes["eee"] is True


def test_a_kids_size_run_up_to_16_is_still_childrens(classify):
    """review77b: the 14-16 ranges were withdrawn; a kids' run that ends at 16 is a children's garment."""
    assert classify("Kids Hoodie Girls Boys Age 7-8 9-10 11-12 13-14 15-16 Years").classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["tablemate table set heavyweight plastic rectangular table cover 6pk",
                                   "Nappe rectangle en toile cirée grise"])
def test_a_plastic_or_oilcloth_table_cover_is_no_textile(classify, title):
    assert classify(title).classes["textile"] is not True


def test_a_cotton_tablecloth_is_a_textile(classify):
    assert classify("Cotton tablecloth 150x250").classes["textile"] is True


@pytest.mark.parametrize(("title", "not_kind"), [
    ("Bra wash bag", "underwear"), ("Dress form mannequin", "dress"), ("Boot shapers 2 pairs", "boots"),
    ("Zebra ZD420 label printer", "toy_animal"),
])
def test_a_tool_or_a_makers_name_is_not_the_thing_it_names(classify, title, not_kind):
    assert classify(title).product_type != not_kind


def test_a_zebra_plush_is_still_a_toy(classify):
    assert classify("Zebra plush toy").classes["toy"] is True


@pytest.mark.parametrize(("title", "kind"), [
    ("Elite Handicrafts Bar Glasses Set", "glassware"),
    ("Wild Ferns Lanolin Eye Creme with Collagen, Vitamins A & E", "skincare"),
    ("Crystal Paper Weights", "office_supplies"),
    ("disney fairies notebook", "notebook"),
])
def test_flipkart_and_walmart_words(classify, title, kind):
    assert classify(title).product_type == kind


def test_disney_fairies_is_a_childrens_line(classify):
    assert classify("disney fairies notebook").classes["children_12_under"] is True
    assert classify("spiral notebook a5").classes["children_12_under"] is not True


# --- review77a's fixes ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Welder Lincoln 140A", "MIG Welder Gasless 130A Flux Core",
                                   "Pack Soudeur travaux courants 80 Ampères", "Poste à souder MIG 130A sans gaz"])
def test_a_welder_named_first_is_still_a_welder_on_the_mains(classify, title):
    result = classify(title)
    assert result.product_type == "welding_machine" and result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_spot_welder_on_its_own_battery_has_no_mains(classify):
    result = classify("Mini Handheld Spot Welder 18650 Battery Powered")
    assert result.classes["battery"] is True and result.classes["mains_lv"] is not True


def test_wifi_printing_stays_radio_links_and_connected(classify):
    assert classify("Epson EcoTank ET-2850 Printer, Wi-Fi printing, Epson Connect").classes["connected"] is True
    assert classify("Wireless Printing Adapter for USB Printer").classes["radio"] is True


def test_a_stovetop_cooktop_keeps_its_current(classify):
    result = classify("Induction Cooktop Stovetop Burner 2000W")
    assert result.classes["eee"] is True and result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["BT Car Speaker", "2.1 BT Speaker Rechargeable"])
def test_a_bt_speaker_keeps_its_battery(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True and result.classes["battery"] is True
    assert result.classes["mains_lv"] is not True


def test_a_bt_model_code_on_a_charger_is_no_bluetooth(classify):
    assert classify("Panasonic BT-1 Charger").classes["radio"] is not True


def test_a_3g_phone_with_a_comma_screen_size_keeps_its_radio(classify):
    assert classify("Doro 6520 3G 2,8''").classes["radio"] is True


@pytest.mark.parametrize("title", ["Govee LED Strip Connectors 10mm 4 Pin", "Mini Sealer Clips for Chip Bags 10 pcs",
                                   "Câble alim PC 8 pin rallonge", "Tastaturhülle für MacBook Air Silikon",
                                   "Fahrradcomputer Halter Out-Front"])
def test_the_parts_and_lookalikes_of_the_new_kinds_read_no_circuit(classify, title):
    result = classify(title)
    assert result.classes["radio"] is not True and result.classes["mains_lv"] is not True
    assert result.classes["battery"] is not True


def test_a_family_size_trampoline_is_no_childrens_product(classify):
    assert classify("Family Size Trampoline 14ft").classes["children_12_under"] is not True


def test_a_smart_trike_has_no_radio(classify):
    assert classify("Smart Trike 4 in 1 Tricycle").classes["radio"] is not True


# --- third round: French kinds, German cordless vacuums ---------------------------------------------------------------

@pytest.mark.parametrize(("title", "kind"), [
    ("Machine à Sandwich Tristar SA3056", "toaster"),
    ("Gaufrier électrique Bruxellois 700W", "toaster"),
    ("Circulateur domestique Alpha 2 L multivitesses", "garden_pump"),
    ("Visiophone couleur 7 pouces", "intercom"),
    ("Tube fluorescent 13W", "light_bulb"),
    ("Switch réseau 24 ports", "network_switch"),
    ("Machine à fumée 400W", "home_appliance_misc"),
    ("Flash Canon 430EX II", "camera_flash"),
    ("Eclairage solaire Pierre lot de 2", "solar_light"),
])
def test_french_device_words_name_a_powered_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.classes["eee"] is True


def test_a_fog_machine_leaf_names_the_machine(classify):
    result = classify("Antari HZ100", category="EVENEMENTIEL > EFFETS DE SCENE - MATERIEL DE SCENE > MACHINE A FUMEE")
    assert result.classes["mains_lv"] is True


def test_a_patch_panel_on_the_switches_leaf_is_no_switch(classify):
    leaf = "INFORMATIQUE > CONSTRUCTION RESEAU > SWITCH - HUB ETHERNET - INJECTEUR"
    assert classify("Panneau de brassage 24 ports Cat.6A STP", category=leaf).classes["mains_lv"] is not True


def test_a_pistols_model_name_is_no_baby(classify):
    assert classify("Pistolet 4.5mm MAGNUM RESEARCH BABY DESERT EAGLE C").classes["children_12_under"] is not True
    assert classify("Baby romper 6 months").classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Akku-Handstaubsauger Black & Decker Dustbuster", "Akkusauger Bosch",
                                   "Akku Staubsauger kabellos 2 in 1"])
def test_a_german_cordless_vacuum_has_its_battery_and_its_charger(classify, title):
    result = classify(title)
    assert result.product_type == "cordless_vacuum" and result.classes["battery"] is True
    assert result.classes["radio"] is not True


@pytest.mark.parametrize("title", ["Staubsauger Bosch 700W", "Handstaubsauger Zyklon 600 W"])
def test_a_corded_german_vacuum_has_no_battery(classify, title):
    assert classify(title).classes["battery"] is not True


@pytest.mark.parametrize(("title", "kind"), [("Tire-bouchon sommelier", "kitchen_tool"),
                                             ("Collier pour chien cuir", "pet_supplies")])
def test_a_corkscrew_and_a_dogs_collar_in_french(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_necklace_is_still_jewellery(classify):
    assert classify("Collier perles femme argent").product_type in ("jewellery", "jewellery_supply")


# --- fourth round: tap timers, juicers, battery-free scales ----------------------------------------------------------

@pytest.mark.parametrize("title", ["Hozelock Bewässerungscomputer", "Melnor hose timer bluetooth",
                                   "Programmateur autonome a pile WP2 Rain Bird"])
def test_a_tap_timer_runs_on_its_cell(classify, title):
    result = classify(title)
    assert result.product_type == "tap_timer" and result.classes["battery"] is True
    assert result.classes["mains_lv"] is not True


def test_a_sprinkler_controller_is_no_tap_timer(classify):
    result = classify("Orbit 4-zone sprinkler controller")
    assert result.product_type == "irrigation_controller" and result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["Breville Juice Fountain", "Cold press juice machine", "Juice machine 800W"])
def test_a_juice_machine_is_a_juicer(classify, title):
    result = classify(title)
    assert result.product_type == "juicer" and result.classes["mains_lv"] is True


def test_juice_is_still_food(classify):
    assert classify("Orange juice 1L").product_type == "food"


@pytest.mark.parametrize("title", ["Batterielose Personenwaage batteriefrei", "Kinetic Personenwaage Little Balance"])
def test_a_battery_free_scale_has_a_circuit_and_no_cell(classify, title):
    result = classify(title)
    assert result.classes["eee"] is True and result.classes["battery"] is not True


def test_a_digital_scale_keeps_its_cell(classify):
    assert classify("Digitale Personenwaage").classes["battery"] is True


# --- review77b's fixes ------------------------------------------------------------------------------------------------

def test_a_toy_cordless_vacuum_has_no_mains(classify):
    result = classify("Theo Klein Vorwerk Kobold Akku-Sauger Spielzeug-Staubsauger")
    assert result.classes["toy"] is True and result.classes["mains_lv"] is not True


@pytest.mark.parametrize("title", ["Funny Welder T-Shirt Proud Welder Gift",
                                   "Cotton Tablecloth 60x120 with Plastic Clips"])
def test_a_welders_gift_and_a_cotton_cloths_clips(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True and result.classes["textile"] is True


@pytest.mark.parametrize(("title", "category", "kind"), [
    ("Réchaud électrique plaque double 2500W", None, "oven"),
    ("Tastaturhülle iPad 10. Generation mit abnehmbarer Bluetooth Tastatur", None, "tablet_keyboard"),
    ("Adaptateur Switch Ethernet USB 3.0 Gigabit pour Nintendo Switch", None, "adapter"),
    ("Mini Bag Sealer USB Rechargeable", None, "handheld_sealer"),
])
def test_the_lookalikes_review77b_found_read_their_own_kind(classify, title, category, kind):
    assert classify(title, category=category).product_type == kind


@pytest.mark.parametrize("title", ["Strap Compatible with Apple Watch 44mm", "Gaufrier en fonte pour gaz",
                                   "Pistolet à eau à pompe jet d'eau 10m",
                                   "Piles rechargeables AA 600mAh spots solaires lot de 8",
                                   "Câble TTL flash Nikon SC-28"])
def test_a_part_or_lookalike_of_the_new_french_kinds_has_no_mains(classify, title):
    assert classify(title).classes["mains_lv"] is not True


def test_a_bluetooth_car_charger_keeps_its_radio(classify):
    assert classify("Car Charger BT 5.0 Hands Free Dual USB").classes["radio"] is True


def test_a_french_extension_leads_conductors_are_no_3g(classify):
    assert classify("Rallonge électrique 10m 3G1,5 H05VV-F").classes["radio"] is not True


def test_a_battery_neon_lamp_keeps_its_battery(classify):
    assert classify("Lampe tube néon rose à piles").classes["battery"] is True


# --- fifth round: farm models, bean-bag plush, grown-ups' occasions ---------------------------------------------------

@pytest.mark.parametrize("title", ["Siku 1:32 Krone Comprima V150Xc Round Baler",
                                   "Bruder 02015 Big Balepress Krone Big Pack"])
def test_a_krone_farm_model_is_no_costume_crown(classify, title):
    assert classify(title).product_type != "costume_accessory"


def test_a_carnival_crown_is_still_one(classify):
    assert classify("Krone Karneval Gold").product_type == "costume_accessory"


def test_a_ty_beanie_is_plush_a_knitted_beanie_a_hat(classify):
    assert classify("Madagascar Melman the giraffe TY Beanie").product_type == "plush"
    assert classify("Knitted beanie hat").product_type == "headwear"


@pytest.mark.parametrize("title", ["Me to You 6-inch Tatty Teddy 30th Birthday Bear",
                                   "Plush owl with I Love my man T-shirt"])
def test_a_plush_for_a_grown_ups_occasion_is_no_childrens_product(classify, title):
    assert classify(title).classes["children_12_under"] is not True


def test_a_kids_teddy_is_a_childrens_product(classify):
    assert classify("Kids teddy bear 30cm").classes["children_12_under"] is True
    assert classify("Valentines bear for kids").classes["children_12_under"] is True


# --- sixth round: French straps and microphones, lorries, vaporisers, a study light -----------------------------------

def test_a_french_watch_strap_is_a_strap(classify):
    result = classify("Bracelet de montre cuir 20mm")
    assert result.product_type == "watch_accessory" and result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["Micro cravate sans fil", "Microphone UHF double", "Micro HF main"])
def test_a_french_wireless_microphone_is_a_radio_microphone(classify, title):
    result = classify(title)
    assert result.product_type == "microphone" and result.classes["radio"] is True


def test_a_tv_aerials_uhf_is_no_microphone_radio(classify):
    assert classify("Antenne TV UHF").classes["transmitter"] is not True


@pytest.mark.parametrize("title", ["Convertisseur 24V 12V camion 30A", "Autoradio camion 24V bluetooth"])
def test_a_lorrys_equipment_is_no_toy_truck(classify, title):
    assert classify(title).classes["toy"] is not True


def test_a_toy_fire_truck_is_still_a_toy(classify):
    assert classify("Camion pompier jouet").classes["toy"] is True


def test_a_mosquito_liquid_vaporizer_is_pest_control_not_an_e_cigarette(classify):
    assert classify("Good Knight Mosquito Liquid Vaporizer refill").product_type == "pest_control"
    assert classify("Dry herb vaporizer portable").product_type == "e_cigarette"


def test_a_pencil_box_with_a_study_light_has_a_cell(classify):
    assert classify("Pencil Box With Study Light").classes["battery"] is True
    assert classify("Plastic Pencil Box").classes["battery"] is not True


@pytest.mark.parametrize("title", ["VTech Kidizoom Smartwatch DX2", "VTech Storio V.Reader Interactive E-Book Reader",
                                   "LeapFrog LeapPad Academy tablet", "Smartwatch Lexibook"])
def test_a_childrens_learning_electronics_line_is_a_childrens_product(classify, title):
    assert classify(title).classes["children_12_under"] is True


def test_a_grown_ups_tablet_is_not(classify):
    assert classify("Samsung Galaxy Tab A tablet").classes["children_12_under"] is not True


# --- review77c's fixes ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Mechanische Bewässerungsuhr Gardena", "Mechanical hose timer 120 min"])
def test_a_wind_up_tap_timer_has_no_cell(classify, title):
    assert classify(title).classes["battery"] is not True


def test_a_bewaesserungsprogrammierer_stays_a_controller(classify):
    """review77d: the word also names multi-zone mains controllers ("Hunter X-Core 230V Bewässerungsprogrammierer")."""
    result = classify("Hunter X-Core 230V Bewässerungsprogrammierer")
    assert result.product_type == "irrigation_controller" and result.classes["mains_lv"] is True


def test_a_scale_sold_without_its_cells_keeps_them(classify):
    assert classify("Personenwaage Lieferung ohne Batterien").classes["battery"] is True


@pytest.mark.parametrize("title", ["Paddington 60th anniversary plush", "Tatty with Rose Valentines Me to You Bear"])
def test_a_franchise_anniversary_or_valentines_plush_stays_a_childrens_product(classify, title):
    assert classify(title).classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "not_kind"), [
    ("Juice fountain dispenser with tap 5L", "juicer"),
    ("Bruder 02208 Krone Forage Trailer", "costume_accessory"),
    ("Variateur Malossi Multivar scooter", "electrical_fitting"),
])
def test_the_lookalikes_review77c_found(classify, title, not_kind):
    assert classify(title).product_type != not_kind


@pytest.mark.parametrize(("title", "kind"), [("Switch Ethernet 8 ports Gigabit TP-Link", "network_switch"),
                                             ("Flash Godox TT600", "camera_flash")])
def test_the_words_review77c_asked_back(classify, title, kind):
    assert classify(title).product_type == kind


def test_a_german_oilcloth_is_no_textile_a_linen_cloths_plastic_clips_are(classify):
    assert classify("Tischdecke Wachstuch rund").classes["textile"] is not True
    assert classify("Tischdecke Leinen, Tischdeckenklammern aus Kunststoff inklusive").classes["textile"] is True


# --- review77d's fixes ------------------------------------------------------------------------------------------------

def test_a_childs_electric_ride_on_truck_is_still_a_toy(classify):
    result = classify("Camion 12V électrique enfant avec remorque")
    assert result.classes["toy"] is True and result.classes["battery"] is True


def test_a_kenwood_juice_fountain_is_a_juicer(classify):
    assert classify("Kenwood Juice Fountain JE680").product_type == "juicer"


def test_a_plastic_german_tablecloth_is_no_textile(classify):
    assert classify("Tischdecke aus Kunststoff rund").classes["textile"] is not True


def test_a_microphone_stand_is_no_microphone(classify):
    assert classify("Support micro main").classes["eee"] is not True


def test_vtechs_office_headset_is_no_childrens_product(classify):
    assert classify("VTech DECT headset office").classes["children_12_under"] is not True


def test_an_hp_tablet_keyboard_case_is_one(classify):
    assert classify("Tastaturhülle für HP Tablet Bluetooth").product_type == "tablet_keyboard"


@pytest.mark.parametrize("title", ["Electronic Snap Circuits Mini Kits Classpack, FM Radio, Motion Detector, Music Box",
                                   "Snap Circuits Jr. SC-100 Electronics Exploration Kit"])
def test_snap_circuits_is_a_childrens_electronics_toy_on_cells(classify, title):
    result = classify(title)
    assert result.classes["toy"] is True and result.classes["children_12_under"] is True
    assert result.classes["battery"] is True


def test_an_arduino_kit_is_no_toy(classify):
    assert classify("Arduino Uno starter kit").classes["toy"] is not True
