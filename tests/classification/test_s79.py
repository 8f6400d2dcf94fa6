"""Stop 79 (issue 9): the vocabulary rounds of stop 79, each tested both ways."""

from __future__ import annotations

import pytest

TABLE_SERVICE = "MAISON > ART DE LA TABLE - ARTICLES CULINAIRES > SERVICE DE TABLE"
GLASSES_LEAF = f"{TABLE_SERVICE} > VERRE A COCKTAIL - VERRE A APERITIF"
BLINDS_LEAF = "MAISON > RIDEAU - STORE - ACCESSOIRE > STORE DE FENETRE"
ATOMISER_LEAF = "CIGARETTE ELECTRONIQUE > PULVERISATEUR - ATOMISEUR CIGARETTE ELECTRONIQUE"
EROTIC_STIMULANTS = "ADULTE - EROTIQUE > SEXTOYS > STIMULANT (HORS GELULES ET COMPLEMENTS ALIMENTAIRES)"


# --- a double bed's size names adults only on bedding -----------------------------------------------------------------


@pytest.mark.parametrize("title,category", [("Converse American Flag double tongue 2.5", "Kids/Girls (4+)/Shoes"),
                                            ("Toddler double buckle shoes", None),
                                            ("Kids double zipper jacket", None)])
def test_double_on_a_childs_garment_keeps_the_child(classify, title, category):
    assert classify(title, category=category).classes["children_12_under"] is True


@pytest.mark.parametrize("title,category", [("SYON Cotton Floral Double Bedsheet", "Baby Care > Baby Bedding"),
                                            ("Kids Double Bed Mosquito Net", "Baby Care > Baby Bedding"),
                                            ("Kids Cotton Double Bedsheet with 2 pillow covers", None)])
def test_a_double_beds_sheet_or_net_is_still_for_adults(classify, title, category):
    assert classify(title, category=category).classes["children_12_under"] is False


# --- French words in another sense ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title,category", [("Mitigeur lavabo haut chromé", None),
                                            ("Peluche 20 cm de haut Ane de Shrek", None),
                                            ("Le Tabouret Haut About - 65 cm", None),
                                            ("Haut Médoc De Branaire Ducru 2009", None),
                                            ("Verre Whisky haut vierge", GLASSES_LEAF)])
def test_haut_the_height_or_the_adjective_is_no_top(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "shirt" and result.classes["textile"] is not True


def test_a_top_is_still_a_top(classify):
    result = classify("Haut Blomma SS Black S")
    assert result.product_type == "shirt" and result.classes["textile"] is True


def test_a_mixer_tap_is_plumbing(classify):
    assert classify("Mitigeur de douche chromé").product_type == "plumbing_fixture"


@pytest.mark.parametrize("title", ["Douille 6 pans 1-4\" CHROMEplus", "Vis titane tête fraisée 6 pans creux"])
def test_six_pans_is_a_hexagon_not_cookware(classify, title):
    assert classify(title).product_type != "cookware"


def test_pans_are_still_cookware(classify):
    assert classify("Non-stick frying pans set of 3").product_type == "cookware"


@pytest.mark.parametrize("title,leaf,kind", [
    ("Plateau Antidérapant 55x41 Cm", "PLATEAU - PLAT DE SERVICE", "tableware"),
    ("2 Verres à Cognac étain", "VERRE A COCKTAIL - VERRE A APERITIF", "glassware"),
    ("Marque place Porte Nom Mariage Chaussure de Cendrillon", "MARQUE-PLACE - PORTE-NOM", "tableware")])
def test_the_table_service_department_holds_no_furniture(classify, title, leaf, kind):
    result = classify(title, category=f"{TABLE_SERVICE} > {leaf}")
    assert result.product_type == kind and result.classes["textile"] is not True


def test_a_dining_table_is_still_furniture(classify):
    assert classify("Table à manger extensible en chêne 6 personnes").product_type == "furniture"


def test_a_french_tv_cable_is_a_cable(classify):
    result = classify("Cable TV HDMI d'origine Samsung EIA2UHU")
    assert result.product_type == "cable" and result.classes["mains_lv"] is not True
    assert result.classes["radio"] is not True


def test_a_television_is_still_read(classify):
    assert classify("Téléviseur LED 40 pouces Full HD TV").product_type == "television"


def test_a_shelf_that_excludes_food_names_none(classify):
    assert classify("Guarana 6 x 30 ml", category=EROTIC_STIMULANTS).product_type != "food"
    supplement = classify("Complément alimentaire vitamine C", category="SANTE > COMPLEMENTS ALIMENTAIRES")
    assert supplement.product_type == "food"


# --- iron the metal ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Wood, Iron Wall Hanging", "Lal Haveli Iron Musician Set Of 5 Pcs Showpiece",
                                   "31 cm Iron Garden Stake"])
def test_iron_the_metal_of_an_ornament_is_no_clothes_iron(classify, title):
    result = classify(title)
    assert result.product_type != "iron" and result.classes["mains_lv"] is not True


def test_a_steam_iron_still_plugs_in(classify):
    result = classify("Philips Steam Iron 2400W")
    assert result.product_type == "iron" and result.classes["mains_lv"] is True


# --- kinds: venetian blinds, atomisers, motorbike alarms, digital calipers --------------------------------------------


@pytest.mark.parametrize("category", [None, BLINDS_LEAF])
def test_a_venetian_blind_has_no_fabric(classify, category):
    result = classify("Store vénitien en aluminium blanc 60 x 175 cm", category=category)
    assert result.product_type == "slatted_blind" and result.classes["textile"] is False


def test_a_fabric_blind_on_that_shelf_is_still_textile(classify):
    assert classify("Rideau occultant 140 x 260 cm", category=BLINDS_LEAF).classes["textile"] is True


def test_the_atomiser_shelf_holds_tanks_without_a_battery(classify):
    result = classify("Clearomiseur Kanger Evod Couleur : Bleu", category=ATOMISER_LEAF)
    assert result.product_type == "vape_atomizer" and result.classes["battery"] is False


def test_a_vape_kit_keeps_its_battery(classify):
    result = classify("Kit cigarette électronique 2200 mAh clearomiseur 3 ml")
    assert result.product_type == "e_cigarette" and result.classes["battery"] is True


@pytest.mark.parametrize("title", ["One-way Bike Alarm Kit", "Anti-theft Motorcycle Alarm with Remote",
                                   "Alarme moto avec télécommande 12V"])
def test_a_motorbike_alarm_has_a_radio_remote(classify, title):
    result = classify(title)
    assert result.product_type == "car_alarm" and result.classes["radio"] is True


@pytest.mark.parametrize("title", ["Bike alarm lock with 110 dB siren", "Disc brake lock motorcycle alarm",
                                   "Bloque disque alarme moto 110 dB"])
def test_a_disc_lock_siren_is_no_vehicle_alarm(classify, title):
    result = classify(title)
    assert result.product_type != "car_alarm" and result.classes["radio"] is not True


def test_a_french_digital_caliper_has_a_cell(classify):
    assert classify("Pied à coulisse digital IP 67 300 mm Horex").classes["battery"] is True
    assert classify("Pied à coulisse 150 mm acier").classes["battery"] is not True


def test_a_blind_motor_keeps_its_supply(classify):
    assert classify("Jalousie Motor 230V Rohrmotor").classes["mains_lv"] is True
    assert classify("Store vénitien motorisé avec télécommande").classes["eee"] is True


def test_a_whole_vape_on_the_atomiser_shelf_keeps_its_battery(classify):
    result = classify("Cigarette électronique Eleaf iJust 3 kit complet 3000 mAh", category=ATOMISER_LEAF)
    assert result.product_type == "e_cigarette" and result.classes["battery"] is True


@pytest.mark.parametrize("title", ["Télécommande câble TV", "Smart TV 43 pouces Câble TV inclus"])
def test_only_the_tv_lead_is_a_cable(classify, title):
    assert classify(title).product_type != "cable"


def test_an_english_set_of_pans_is_cookware(classify):
    assert classify("Set of 6 pans non-stick").product_type == "cookware"
    assert classify("Tefal Ingenio 12 pans set").product_type == "cookware"


def test_double_muslin_and_adult_mattresses_on_baby_shelves(classify):
    assert classify("Double Muslin Baby Blanket 100x100", category="Baby Care > Baby Bedding").classes[
        "children_12_under"] is True
    assert classify("Queen Size Mattress Protector", category="Baby Care > Baby Bedding").classes[
        "children_12_under"] is False


def test_an_electronic_mixer_tap_keeps_its_circuit(classify):
    assert classify("Mitigeur électronique infrarouge lavabo").classes["eee"] is True


# --- round 2: French appliances, office folders, teachers' guides, Gunpla, inflatable costumes ---------------------

COOKER_LEAF = "ELECTROMENAGER > GROS APPAREILS DE CUISSON > CUISINIERE - PIANO DE CUISINE"
FILING_LEAF = "LOISIRS CREATIFS - BEAUX ARTS - PAPETERIE > CLASSEMENT - ARCHIVAGE > CHEMISE - SOUS-CHEMISE"


@pytest.mark.parametrize("title,category,kind", [
    ("Chauffage rayonnant infrarouge", None, "heater"),
    ("Electrolyseur Clearwater 24 S", None, "home_appliance_misc"),
    ("Douche hammam hydromassante Noir", None, "home_appliance_misc"),
    ("ELECTROLUX EKM60300OW Cuisinière 60X60", COOKER_LEAF, "oven")])
def test_french_mains_appliances(classify, title, category, kind):
    result = classify(title, category=category)
    assert result.product_type == kind and result.classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Cuisinière à bois MC 20 morvan", "Cuisinière à buches BOSKY classic"])
def test_a_wood_range_burns_wood(classify, title):
    result = classify(title, category=COOKER_LEAF)
    assert result.product_type == "fuel_heater_stove" and result.classes["mains_lv"] is not True


def test_a_part_for_a_cooker_is_a_part(classify):
    assert classify("Manette bruleur pour cuisinière BRANDT").classes["mains_lv"] is not True


def test_french_flashes_and_pedometers_have_cells(classify):
    assert classify("Flash Voeloon V760 pour Canon").classes["battery"] is True
    assert classify("Podomètre de poche").classes["battery"] is True
    assert classify("Clé USB flash 32 Go").product_type != "camera_flash"


@pytest.mark.parametrize("title,category", [("100 x chemise à lamelle, format A4, en carton", None),
                                            ("Chemise cartonne I miss you", FILING_LEAF),
                                            ("Chemise Exacompta", FILING_LEAF)])
def test_an_office_folder_is_no_shirt(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "shirt" and result.classes["textile"] is not True


def test_a_shirt_is_still_a_shirt(classify):
    assert classify("Chemise homme manches longues coton").classes["textile"] is True


def test_a_throttle_cable_is_mechanical(classify):
    result = classify("CABLE DE GAZ POUR KX60 1983-87",
                      category="AUTO - MOTO (NEW) > PIECES > CABLE D'ACCELERATEUR - CABLE DE GAZ")
    assert result.product_type == "vehicle_part" and result.classes["eee"] is not True


def test_a_teachers_guide_is_no_childrens_book(classify):
    books = "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES"
    assert classify("CP guide pédagogique", category=books).classes["children_12_under"] is not True
    assert classify("Méthode de lecture CP", category=books).classes["children_12_under"] is True


def test_french_curtain_clips_are_no_curtain(classify):
    assert classify("2 Pinces à rideau en métal").classes["textile"] is not True
    assert classify("Rideau occultant 140 x 260 cm").classes["textile"] is True


@pytest.mark.parametrize("title", ["Bandai Hobby MG 1/100 Gunner Zaku Warrior",
                                   "Bandai #05 Freedom Gundam 1/144 Real Grade"])
def test_a_gundam_kit_is_a_hobby_kit(classify, title):
    result = classify(title)
    assert result.product_type == "model_kit" and result.classes["toy"] is not True


def test_an_inflatable_costume_has_a_battery_fan(classify):
    result = classify("Adult Inflatable Unicorn Costume")
    assert result.classes["eee"] is True and result.classes["battery"] is True
    assert classify("Adult Unicorn Onesie Costume").classes["battery"] is not True


@pytest.mark.parametrize("title", ["Montre tactile sport podomètre calibrage automatique",
                                   "Montre Femme GUESS U0057L6 bracelet cuir"])
def test_a_french_watch_named_first_is_the_watch(classify, title):
    result = classify(title)
    assert result.product_type == "watch" and result.classes["battery"] is True


def test_a_french_pedometer_alone_is_one(classify):
    assert classify("Podomètre 3D avec clip ceinture").product_type == "pedometer"


# --- review79b ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Montre Casio radio pilotée", "Montre talkie walkie enfant"])
def test_a_french_watch_keeps_its_radio(classify, title):
    result = classify(title)
    assert result.product_type == "watch" and result.classes["radio"] is True


def test_a_connected_band_named_before_its_pedometer_keeps_its_radio(classify):
    assert classify("Bracelet Connecté Femme Homme Podomètre Moniteur de Sommeil").classes["radio"] is True
    assert classify("Podomètre Bluetooth connecté").classes["radio"] is True
    assert classify("Podomètre 3D avec clip ceinture").classes["radio"] is not True


def test_a_remote_motorcycle_alarm_is_a_vehicle_alarm(classify):
    result = classify("Motorcycle Alarm Remote Control Anti-Theft")
    assert result.product_type == "car_alarm" and result.classes["toy"] is not True


def test_a_teachers_book_keeps_its_book_type(classify):
    assert classify("Livre du maître CE1 Pilotis").product_type == "book"


def test_gundam_kits_by_bandai_s_grade_phrases(classify):
    assert classify("Bandai Hobby Master Grade Gundam Deathscythe EW 1/100").product_type == "model_kit"
    led_unit = classify("Bandai Hobby Master Grade 1/100 LED Unit RX-0 Unicorn")
    assert led_unit.classes["toy"] is not True and led_unit.classes["eee"] is True
    assert classify("Gundam Marker Gm300 Eraser Pen Gunpla").product_type != "model_kit"
    assert classify("Wahl Master Grade hair clipper").product_type != "model_kit"


def test_a_motorised_venetian_blind_needs_current(classify):
    assert classify("Motorised venetian blind 120cm").classes["eee"] is True


def test_a_blow_up_doll_costume_is_a_printed_dress(classify):
    assert classify("Ladies Blow Up Doll Fancy Dress Costume").classes["battery"] is not True


@pytest.mark.parametrize("title", ["Livre de cuisine La cuisinière provençale", "Tablier de cuisinière",
                                   "Cuisinière jouet enfant Smoby", "Cuisinière de camping 2 feux gaz"])
def test_cuisiniere_the_cook_a_toy_or_a_camping_stove_is_no_mains_oven(classify, title):
    assert classify(title).classes["mains_lv"] is not True


def test_more_folder_forms(classify):
    assert classify("Chemise à rabat Exacompta").classes["textile"] is not True
    assert classify("Chemise en carton lot de 50").classes["textile"] is not True


# --- round 3: Cdiscount's untyped rows --------------------------------------------------------------------------------


@pytest.mark.parametrize("title,kind,cls", [
    ("Climadiff CVL503 Cave de Service", "refrigerator", "mains_lv"),
    ("Lits Boxspring Sommier électrique 2 x 80 x 200", "powered_furniture", "mains_lv"),
    ("Transformateur halogène 12V 60VA", "voltage_converter", "mains_lv"),
    ("Transformateur pour circuits imprimés 2.3 VA", "voltage_converter", "mains_lv"),
    ("Ligne 100v Ampli-Préampli AM60 A", "amplifier", "mains_lv"),
    ("Pack triphonique 18 pouces actif", "pa_speaker", "mains_lv"),
    ("Circulateur NZL 33-40P", "garden_pump", "mains_lv"),
    ("Appareil de pressothérapie i-Press Optimum", "massager", "eee"),
    ("Brocade - Module transmetteur XFP - 10GBase-SR", "network_module", "eee"),
    ("ADVANCE - Boitier externe 2.5 BX-2511ST", "drive_enclosure", "eee"),
    ("Contrôleur de charge hybride 5000W", "charge_controller", "eee"),
    ("Boule solaire arc-en-ciel", "solar_light", "battery"),
    ("Thermo Hygromètre digital", "thermometer", "battery"),
    ("Cartes Son, Interfaces HD 192 Ext", "computer_component", "eee")])
def test_french_kinds_that_read_nothing(classify, title, kind, cls):
    result = classify(title)
    assert result.product_type == kind and result.classes[cls] is True


def test_a_lampshade_is_no_appliance_but_a_floor_lamp_with_one_is(classify):
    assert classify("Abat-jour Lounge 100W max.").classes["eee"] is not True
    assert classify("lampadaire arc abat jour noir").classes["mains_lv"] is True


def test_a_kitchen_scale_has_a_cell_unless_mechanical(classify):
    leaf = "ELECTROMENAGER > PREPARATION CULINAIRE > BALANCE CULINAIRE ELECTRONIQUE"
    assert classify("UNOLD - 78905", category=leaf).classes["battery"] is True
    assert classify("Balance culinaire mécanique").classes["battery"] is not True


def test_a_mankini_is_swimwear_and_a_wine_rack_no_fridge(classify):
    assert classify("Borat mankini vert").classes["textile"] is True
    assert classify("Meuble cave à vin en bois 12 bouteilles").classes["mains_lv"] is not True


def test_a_car_amplifier_runs_on_12_volts(classify):
    assert classify("Ampli voiture 4 canaux 1000W").classes["mains_lv"] is not True


# --- review79c and round 4 --------------------------------------------------------------------------------------------

TRANSFORMER_SHELF = "BRICOLAGE > ELECTRICITE DOMOTIQUE > ALIMENTATION ELECTRIQUE - TRANSFORMATEUR"


def test_a_transformer_shelf_holds_batteries_and_regulators_too(classify):
    assert classify("Batterie 12V 7Ah plomb", category=TRANSFORMER_SHELF).product_type == "battery_cell"
    assert classify("REGULATEUR DE TENSION 7A-12V CC PANNEAU SOLAIRE",
                    category=TRANSFORMER_SHELF).classes["mains_lv"] is not True


def test_a_waffle_maker_by_its_shelf_not_a_hob_waffle_iron(classify):
    leaf = "ELECTROMENAGER > PETIT APPAREIL DE CUISSON > GAUFRIER"
    assert classify("Gaufrier Bruxellois - Inox/Noir - 700W", category=leaf).classes["mains_lv"] is True
    assert classify("Gaufrier traditionnel pour cuisinière à gaz").classes["mains_lv"] is not True


@pytest.mark.parametrize("title,kind", [("Caméra embarquée sport 4K étanche WiFi", "camera"),
                                        ("Lampe de table abat jour blanc", "lamp"),
                                        ("Flash Neewer NW-561 pour Canon", "camera_flash")])
def test_review79c_kinds_kept(classify, title, kind):
    assert classify(title).product_type == kind


def test_said_of_what_a_watch_lacks(classify):
    assert classify("Montre hybride non connectée analogique").classes["radio"] is not True


@pytest.mark.parametrize("title", ["Alarme moto bloque disque 110 dB", "Pack sono passif 2 enceintes 15 pouces",
                                   "Tube de préampli 12AX7", "Balance culinaire à ressort 3kg"])
def test_review79c_no_mains_or_radio(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True and result.classes["radio"] is not True


def test_a_mini_electric_cooker_plugs_in(classify):
    assert classify("Mini cuisinière électrique 2 plaques avec four 30L").classes["mains_lv"] is True


def test_a_childrens_novel_about_a_professor_stays_a_childrens_book(classify):
    result = classify("Le secret du professeur Kukuruz", category="LIBRAIRIE > LIVRE ENFANT > ROMAN JEUNESSE")
    assert result.classes["children_12_under"] is True


def test_a_fan_blown_kangaroo_costume_keeps_its_fan(classify):
    assert classify("Adult Inflatable Kangaroo Costume").classes["battery"] is True


def test_a_laptop_panel_on_a_monitor_shelf_is_no_mains_monitor(classify):
    leaf = "INFORMATIQUE > ECRAN - ENCEINTE > ECRAN ORDINATEUR"
    panel = classify("MICROSCREEN 15,6 LED WXGA HD MATTE MSC35257", category=leaf)
    assert panel.product_type == "computer_component" and panel.classes["mains_lv"] is not True
    assert classify("Samsung 24 pouces LED Full HD", category=leaf).classes["mains_lv"] is True


def test_a_tail_light_without_its_electrical_part(classify):
    assert classify("Feu arrière droit sans partie électrique pour Opel Tigra").classes["eee"] is not True
    assert classify("Feu arrière droit LED pour Opel Tigra").classes["eee"] is True


def test_french_low_voltage_halogen_and_power_adapter(classify):
    assert classify("AMPOULE HALOGÈNE CAPSULE BASSE TENSION").classes["mains_lv"] is not True
    assert classify("12V 5A 60W AC Adaptateur Alimentation").classes["mains_lv"] is True


def test_a_pool_cover_and_a_manicure_kit(classify):
    assert classify("Couverture protection INTEX piscine ronde").classes["textile"] is not True
    assert classify("Couverture polaire 130 x 160 cm").classes["textile"] is True
    assert classify("Trousse manucure - couture - chaussures Davidt").classes["children_12_under"] is not True


# --- round 5 ----------------------------------------------------------------------------------------------------------

ENCLOSURES = "ELECTRONIQUE > BOITIERS ET COFFRETS"
LAPTOP_STANDS = "INFORMATIQUE > ACCESSOIRE - ORGANISATION - SUPPORT > SUPPORT PC ET TABLETTE"


@pytest.mark.parametrize("title,leaf", [("Boîtier IP54 universel Euro plastique ABS", "BOITIER UNIVERSEL"),
                                        ("Poignée arrondie", "ACCESSOIRES BOITIERS"),
                                        ("Spelsberg TG ABS 1212-6-to", "BOITIER D'INSTALLATION MURAL")])
def test_an_empty_enclosure_needs_no_current(classify, title, leaf):
    result = classify(title, category=f"{ENCLOSURES} > {leaf}")
    assert result.product_type == "electrical_enclosure" and result.classes["eee"] is False


def test_a_pc_case_and_a_drive_enclosure_still_do(classify):
    assert classify("Boîtier PC gamer moyen tour").classes["eee"] is True
    assert classify("Boitier externe 2.5 USB 3.0 SATA").classes["eee"] is True


@pytest.mark.parametrize("title,kind", [("Tablette pour PC portable", "stand"),
                                        ("Tablette Ventilateur PC Portable Ventilation 14", "portable_fan")])
def test_a_laptop_tray_or_cooling_pad_is_no_tablet(classify, title, kind):
    result = classify(title, category=LAPTOP_STANDS)
    assert result.product_type == kind and result.classes["radio"] is not True


def test_a_tablet_is_still_a_tablet(classify):
    assert classify("Samsung Galaxy Tab 3 tablette 10 pouces").classes["radio"] is True


def test_a_shoe_cabinet_is_no_shoe(classify):
    assert classify("Meuble à chaussures Design 18 paires MARILYN").classes["textile"] is not True
    assert classify("Chaussures de ville homme cuir").classes["textile"] is True


def test_a_dummy_camera_runs_on_cells(classify):
    result = classify("lorex simulated bullet style surveillance camera")
    assert result.classes["battery"] is True and result.classes["radio"] is not True


# --- round 6 ---------------------------------------------------------------------------------------------------------

AQUARIUM_DECOR = "ANIMALERIE - NEW > DECORATION DE L'HABITAT > DECORATION ARTIFICIELLE - RESINE - LED - FOND DE DECOR"
PANEL_LEAF = "BRICOLAGE > ELECTRICITE DOMOTIQUE > TABLEAU ELECTRIQUE - ACCESSOIRE TABLEAU"


@pytest.mark.parametrize("title", ["Racines de mangrove", "Tetra Marine Sel de mer 8 Kg"])
def test_the_aquarium_decor_leafs_led_alternative_lights_nothing(classify, title):
    result = classify(title, category=AQUARIUM_DECOR)
    assert result.classes["eee"] is not True and result.classes["battery"] is not True


def test_an_led_pet_lamp_elsewhere_still_lights(classify):
    assert classify("Lampe LED pour aquarium 30 cm", category="ANIMALERIE - NEW > AQUARIUM > ECLAIRAGE").classes[
        "eee"] is True


@pytest.mark.parametrize("title", ["Gestionnaire Energie 2 Zones Schneider FIP CLIC 3V",
                                   "DELESTEUR PAR COURANT PORTEUR POUR COMPTEUR ELECTRIQUE"])
def test_an_electrical_panel_is_no_picture_nor_a_ride_on(classify, title):
    result = classify(title, category=PANEL_LEAF)
    assert result.product_type not in ("wall_art", "ride_on") and result.classes["toy"] is not True
    assert result.classes["eee"] is True


def test_a_picture_and_a_ride_on_are_still_read(classify):
    assert classify("Tableau photo encadré 40 x 60").product_type == "wall_art"
    assert classify("Porteur bébé 3 en 1").product_type == "ride_on"


def test_a_burner_cap_a_dog_collar_and_sky_tv(classify):
    assert classify("Chapeau de bruleur semi rapide pour cuisinière").classes["textile"] is not True
    assert classify("Chapeau de paille femme").classes["textile"] is True
    assert classify("Collier pour chien cuir rouge").product_type != "jewellery"
    assert classify("Buffy Sky TV 7 Card Promo Set").product_type != "television"



# --- review79d --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title,cls,value", [
    ("Boîtier IP65 avec prise 230V et interrupteur", "mains_lv", True),
    ("Acer V196HQL 18.5 inch LED HD Matte monitor", "mains_lv", True),
    ("Balance culinaire Terraillon Macaron", "battery", True),
    ("Balance culinaire à ressort 3kg", "battery", False),
    ("Gaufrier Tefal 1000W plaques amovibles", "mains_lv", True),
    ("Gaufrier traditionnel pour cuisinière à gaz", "mains_lv", False),
    ("Moule gaufrier silicone 4 gaufres", "mains_lv", False),
    ("Boîtier externe pour disque dur 2,5 pouces USB 3.0", "eee", True),
    ("Diffuseur pour Flash Neewer", "battery", False),
    ("Alarme moto bloque disque 110 dB", "radio", False),
    ("Alarme moto bloque disque 110 dB", "battery", True),
    ("Couverture hivernage cheval 300g", "textile", True),
    ("Trousse de rangement scolaire licorne", "children_12_under", True),
    ("Adaptateur alimentation Molex vers SATA", "mains_lv", False),
    ("Support PC portable avec ventilateur", "eee", True),
    ("Montre hybride non connectée analogique", "connected", False),
    ("La cuisinière de mon enfance, recettes", "mains_lv", False),
    ("Caméra embarquée sport 4K étanche WiFi", "battery", True)])
def test_review79d_readings(classify, title, cls, value):
    assert bool(classify(title).classes[cls]) is value


def test_a_transformer_shelf_yields_to_a_battery_and_reads_an_inverter(classify):
    assert classify("Batterie 12V 7Ah plomb", category=TRANSFORMER_SHELF).product_type == "battery_cell"
    assert classify("Transformateur ST60-2 Gardena").classes["mains_lv"] is True
    assert classify("Transformateur de rouille 500 ml").classes["mains_lv"] is not True


def test_a_dummy_phone_has_no_circuit(classify):
    result = classify("TÉLÉPHONE FACTICE iPhone 6 Gris",
                      category="JEUX - JOUETS > JOUET D'IMITATION - REALISTE - LUDO-EDUCATIF > TELEPHONE JOUET")
    assert result.classes["eee"] is not True and result.classes["battery"] is not True
    assert classify("Caméra embarquée 70mai A500S").product_type == "dash_cam"


# --- review79e --------------------------------------------------------------------------------------------------------


def test_review79e_readings(classify):
    assert classify("GO FOR ENGLISH 1RE / LIVRE DU PROFESSEUR (AFRIQUE").product_type == "book"
    assert classify("Briksmax LED lighting kit for Lego Millennium Falcon").classes["eee"] is True
    assert classify("Disc lock motorbike Oxford").classes["toy"] is not True
    assert classify("Trousse de rangement maquillage").classes["children_12_under"] is not True
    assert classify("Transformateur rouille 1L").classes["mains_lv"] is not True
    assert classify("Balance culinaire à cadran 5 kg").classes["battery"] is not True


# --- round 7 ----------------------------------------------------------------------------------------------------------


def test_a_laptop_charger_named_chargeur_adaptateur_plugs_in(classify):
    assert classify("60W Chargeur Adaptateur pour Toshiba Satellite").classes["mains_lv"] is True
    assert classify("Mini Chargeur Adaptateur Allume Cigare 12V/24V").classes["mains_lv"] is not True


def test_a_lab_instruments_shelf_holds_no_musical_instrument(classify):
    result = classify("Microscope for kids 100x", category="Toys & Games > Science > Lab Instruments")
    assert result.product_type != "musical_instrument"
    assert classify("Acoustic guitar 3/4 size").product_type == "musical_instrument"


def test_review79f_readings(classify):
    assert classify("Chargeur Adaptateur 12V 2A pour ruban LED").classes["mains_lv"] is True
    assert classify("Chargeur adaptateur voiture télécommandée 7.2V").classes["toy"] is not True
    assert classify("Sky TV exclusive promo card set").classes["radio"] is not True
    assert classify("Trousse de rangement école licorne").classes["children_12_under"] is True
    assert classify("Display case for Lego Falcon (LED light kit not included)").classes["eee"] is not True
    assert classify("Gaufrier camping 700W électrique double").classes["mains_lv"] is True
