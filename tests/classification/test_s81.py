"""Stop 81 (issue 9): the vocabulary rounds of stop 81, each tested both ways."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.normalise import normalise

MODEL_CARS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > VEHICULE - ENGIN TERRESTRE"
MODEL_AIRCRAFT = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > AVIATION"
MODEL_PARTS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > ACCESSOIRE - PIECE DETACHEE - OUTIL MODELISME"
MODEL_BOATS = "JOUET (NEW) > MODELISME - MAQUETTE - MODELE REDUIT > BATEAU - SOUS-MARIN"
TRACK_VEHICLES = "JOUET (NEW) > MONDE MINIATURE > VEHICULE POUR CIRCUIT"
TOY_TRAINS = "JOUET (NEW) > VEHICULE - CIRCUIT - MINI-VEHICULE > TRAIN - CIRCUIT DE TRAIN"
MOWER_LEAF = "JARDIN - PISCINE > OUTILS D'EXTERIEUR - DE JARDIN > TONDEUSE"
CLIPPER_LEAF = "ELECTROMENAGER > COIFFURE > TONDEUSE ELECTRIQUE - BARBE-NEZ-OREILLE - CHEVEUX"
COT_LEAF = "PUERICULTURE > LIT BEBE"
FITTED_SHEETS = "PUERICULTURE > SOMMEIL BEBE > DRAP HOUSSE MATELAS"
PUSHCHAIRS = "PUERICULTURE > PROMENADE-VOYAGE > POUSSETTE-CHASSIS POUSSETTE"
BROW_PENCILS = "HYGIENE - BEAUTE - PARFUM > MAQUILLAGE VISAGE - CORPS > EYE-LINER - CRAYON - KHOL"
SCREEN_PANELS = "INFORMATIQUE > COMPOSANT - PIECE DETACHEE > DALLE D'ECRAN"
OTHER_BOOKS = "LIBRAIRIE > AUTRES LIVRES > AUTRES LIVRES"
NOVELS = "LIBRAIRIE > LITTERATURE > LITTERATURE FRANCAISE"
CHILDRENS_BOOKS = "LIBRAIRIE > LIVRE ENFANT - JEUNESSE > 9-12 ANS"
PARENTING_BOOKS = "LIBRAIRIE > VIE PRATIQUE > ENFANT - FAMILLE"


def _on(result, *classes: str) -> bool:
    return all(result.classes[name] is True for name in classes)


# --- radio-controlled models on a scale-model shelf ------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Strada TC Evo 2.4Ghz RTR", "TEAM ASSOCIATED RC10 T4.1  RTR",
                                   "Buggy radiocommandé 1/10 électrique"])
def test_a_ready_to_run_model_on_the_scale_model_shelf_has_its_radio_and_battery(classify, title):
    result = classify(title, category=MODEL_CARS)
    assert result.product_type == "scale_model" and _on(result, "radio", "transmitter", "eee", "battery")


def test_a_2_4_ghz_model_on_the_aircraft_shelf_has_its_radio(classify):
    result = classify("Honeybee King IV Rouge 2.4ghz Malle Alu", category=MODEL_AIRCRAFT)
    assert _on(result, "radio", "eee")


def test_a_receiver_module_with_a_decimal_comma_has_its_radio_and_no_battery(classify):
    result = classify("Module 2,4ghz Emission-Reception Diy", category=MODEL_PARTS)
    assert _on(result, "radio", "eee") and result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["REVELL - Kit avion - F-15E Eagle", "MAQUETTE F 104 S/G STARF.INT HASEGA/32"])
def test_a_plastic_kit_on_the_same_shelf_stays_unpowered(classify, title):
    result = classify(title, category=MODEL_AIRCRAFT)
    assert not any(result.classes[name] is True for name in ("radio", "eee", "battery", "toy"))


def test_a_french_brushless_conversion_kit_is_an_rc_part_with_current(classify):
    result = classify("Kit de conversion Brushless Inferno", category=MODEL_PARTS)
    assert result.product_type == "rc_servo" and result.classes["eee"] is True


@pytest.mark.parametrize("title", ["Perceuse visseuse sans fil moteur sans brosse 18V",
                                   "Vélo électrique moteur sans balais"])
def test_a_tool_or_bike_with_a_brushless_motor_is_no_rc_part(classify, title):
    assert classify(title).product_type != "rc_servo"


@pytest.mark.parametrize("title", ["Ford Mustang RTR 1:18 Greenlight",
                                   "Maquette char Leopard 2 1/35 (version non télécommandée)"])
def test_a_static_model_that_says_rtr_or_not_remote_controlled_has_no_radio(classify, title):
    result = classify(title, category=MODEL_CARS)
    assert result.classes["radio"] is not True and result.classes["battery"] is not True


def test_a_powered_railcar_is_a_locomotive(classify):
    result = classify("Automotrice diesel VT 11.5 de la DB, Epoque 3", category=TRACK_VEHICLES)
    assert result.product_type == "model_locomotive" and result.classes["eee"] is True
    assert result.classes["toy"] is not True and result.classes["children_12_under"] is not True


def test_a_childs_wooden_railcar_stays_a_toy_train(classify):
    result = classify("Train en bois automotrice magnétique", category=TOY_TRAINS)
    assert result.product_type == "train_set" and result.classes["toy"] is True


def test_a_goods_wagon_stays_passive(classify):
    result = classify("Wagon couvert de la DB, Epoque 3", category=TRACK_VEHICLES)
    assert result.classes["eee"] is not True


def test_a_u_boot_kit_is_no_boots(classify):
    result = classify("MAQUETTE U BOOT VIIC REVELL 1/72", category=MODEL_BOATS)
    assert result.product_type != "boots" and result.classes["textile"] is not True


def test_boots_are_still_boots(classify):
    assert classify("Boots cuir femme").product_type == "boots"


def test_a_model_cars_hard_top_is_no_top(classify):
    result = classify("Maisto - 31687 - Mercedes Slk Hard Top - 1:18", category=MODEL_CARS)
    assert result.product_type != "shirt" and result.classes["textile"] is not True


def test_a_top_is_still_a_top(classify):
    assert classify("Womens Lace Top").product_type == "shirt"


# --- French ages from 13 on ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["BRONZINI T-Shirt Fille 16 ans", "Jeans Kaporal Enfant  16 ans",
                                   "Ensemble fille Freegun Dog  14 -16  ans", "T-Shirt enfant 14-15 ans",
                                   "FREEGUN  Boxer garçon  14 ans"])
def test_a_french_teen_size_is_no_childs(classify, title):
    assert classify(title).classes["children_12_under"] is not True


@pytest.mark.parametrize("title", ["T-Shirt Fille 10 ans", "Pyjama fille 12-14 ans", "Jeu éducatif de 8 à 14 ans",
                                   "Boxer garçon 10-13 ans", "Robe fille du 6 au 14 ans",
                                   "Jogging garçon 6 ans - 14 ans",
                                   "Trampoline pour enfants jusqu'à 14 ans", "Lit superposé enfant garantie 15 ans",
                                   "Trottinette enfant 6 ans jusqu'à 14 ans"])
def test_a_french_childs_size_or_a_range_from_12_or_under_is_still_a_childs(classify, title):
    assert classify(title).classes["children_12_under"] is True


# --- a mower on a clipper leaf ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [("TONDEUSE A GAZON 5.5 CV BRIGGS & STRATTON", "garden_power_tool"),
                                             ("Tondeuse thermique 140 cm3 Briggs et Stratton", "garden_power_tool"),
                                             ("Tondeuse autoportée thermique Cub Cadet", "riding_mower")])
def test_a_mower_on_the_garden_mower_leaf_is_no_hair_clipper(classify, title, kind):
    result = classify(title, category=MOWER_LEAF)
    assert result.product_type == kind and result.classes["mains_lv"] is not True


def test_a_hair_clipper_on_its_own_leaf_is_still_a_clipper(classify):
    result = classify("Tondeuse Polyvalente Rechargeable Wahl", category=CLIPPER_LEAF)
    assert result.product_type == "shaver" and result.classes["mains_lv"] is True


# --- bed linen on a cot or mattress leaf -----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Lit bébé à barreaux 60x120 hêtre", "Lit bébé + matelas + parure"])
def test_a_cot_or_a_cot_bundle_on_the_cot_leaf_is_still_the_cot(classify, title):
    assert classify(title, category=COT_LEAF).product_type == "baby_gear"


def test_a_free_standing_pool_is_no_ride_on_mower(classify):
    assert classify("Piscine hors sol autoportée Intex").product_type != "riding_mower"


@pytest.mark.parametrize("title", ["BABYSUN - Drap housse bambou 70 x 140 cm framboise",
                                   "Lot de 4 draps housse pour lit bébé"])
def test_a_fitted_sheet_on_the_mattress_sheet_leaf_is_textile(classify, title):
    result = classify(title, category=FITTED_SHEETS)
    assert result.product_type == "bedding" and result.classes["textile"] is True


def test_a_pushchair_sold_with_its_footmuff_stays_the_pushchair(classify):
    result = classify("Poussette YOYO châssis blanc + chancelière noir", category=PUSHCHAIRS)
    assert result.product_type == "baby_gear" and result.classes["textile"] is not True


# --- eye and brow pencils --------------------------------------------------------------------------------------------


def test_a_brow_pencil_is_no_colouring_pencil(classify):
    result = classify("CRAYON CORRECTEUR SOURCIL 02 TAUPE", category=BROW_PENCILS)
    assert result.product_type == "cosmetics" and result.classes["toy"] is not True
    assert result.classes["children_12_under"] is not True


def test_a_colouring_pencil_set_is_still_one(classify):
    assert classify("Crayons de couleur enfant x12").classes["children_12_under"] is True


# --- the decimal comma -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), [("Scie sauteuse 14,4V-LI", "scie sauteuse 14.4 v li"),
                                               ("Pointure 38,5", "pointure 38.5"),
                                               ("1,200 Piece Puzzle", "1 , 200 piece puzzle"),
                                               ("Lot de 2, 4 ou 6", "lot de 2 , 4 ou 6")])
def test_a_decimal_comma_is_the_numbers_point_and_a_thousands_comma_is_not(raw, expected):
    assert normalise(raw) == expected


@pytest.mark.parametrize("title", ["Scie sauteuse GST 14,4V-LI BOSCH", "Perceuse visseuse à percussion 13 mm 14,4 V"])
def test_a_cordless_tools_voltage_with_a_decimal_comma_is_read(classify, title):
    result = classify(title, category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MACHINE OUTIL > SCIE ELECTRIQUE")
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", ["Dalle Ecran 15,6 Lenovo / IBM IDEAPAD G560",
                                   "Dalle d'écran Acer Aspire 5720 Series"])
def test_a_screen_panel_named_before_its_laptop_is_the_panel(classify, title):
    result = classify(title)
    assert result.product_type == "computer_component" and result.classes["radio"] is not True


def test_a_laptop_is_still_a_laptop(classify):
    assert classify("Lenovo IdeaPad G560 15,6 pouces").product_type == "laptop"


# --- children as a book's subject ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "shelf"), [("L'enfant du faubourg", NOVELS), ("L'enfant du miracle", NOVELS),
                                              ("Les enfants du massacre", OTHER_BOOKS),
                                              ("Tous les enfants sauf un", NOVELS),
                                              ("Enfant de la prophétie t.2", "LIBRAIRIE > SCIENCE-FICTION > FANTASY"),
                                              ("Les unites mere-enfant en psychiatrie perinatale", OTHER_BOOKS),
                                              ("La santé de mon enfant", PARENTING_BOOKS),
                                              ("Pour une parentalité sans violence", PARENTING_BOOKS)])
def test_children_as_a_books_subject_or_a_parenting_shelf_make_no_childrens_book(classify, title, shelf):
    assert classify(title, category=shelf).classes["children_12_under"] is not True


@pytest.mark.parametrize(("title", "shelf"), [("Les enfants de la forêt", CHILDRENS_BOOKS),
                                              ("Comptines pour les enfants", OTHER_BOOKS),
                                              ("Mon premier imagier enfant", OTHER_BOOKS)])
def test_a_childrens_book_is_still_one(classify, title, shelf):
    assert classify(title, category=shelf).classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Pyjama pour les enfants", "Lit pour les enfants de 3 ans", "Pyjama enfant 8 ans",
                                   "Sac à dos enfant de la crèche", "Matelas enfant de la naissance à 3 ans",
                                   "Cahier d'activités pour les enfants du CP"])
def test_a_childs_product_that_says_les_enfants_is_still_a_childs(classify, title):
    assert classify(title).classes["children_12_under"] is True


# --- round 2: a sail is no curtain -----------------------------------------------------------------------------------

BOARDS_LEAF = "SPORT (NEW) > GLISSE D'EAU > PLANCHE DE GLISSE AVEC OU SANS VOILE"
RIGS_LEAF = "SPORT (NEW) > GLISSE D'EAU > MATERIEL DE VOILE - WISHBONE - MAT - AILE"
PET_COATS = "ANIMALERIE - NEW > VETEMENT - ACCESSOIRE > MANTEAU"
GROOMING_LEAF = "ANIMALERIE - NEW > MATERIEL DE TOILETTAGE > BROSSE - GANT DE BROSSAGE - CARDE"
PEN_CASES = "BAGAGERIE > PETITE MAROQUINERIE > TROUSSE A STYLO"
HELMET_LEAF = "AUTO - MOTO (NEW) > EQUIPEMENT PILOTE > CASQUE MOTO SCOOTER"
PDA_PARTS = "TELEPHONIE - GPS > SMARTPHONE - MOBILE > ACCESSOIRE - PIECE DETACHEE PDA"
GLUE_LEAF = "LOISIRS CREATIFS - BEAUX ARTS - PAPETERIE > MARQUAGE - DECOUPAGE - COLLAGE > COLLE - PATE ADHESIVE"
SHOE_CARE = "CHAUSSURES - ACCESSOIRES > ACCESSOIRES CHAUSSURES > CIRAGE ET AUTRES PRODUIT D ENTRETIEN"


@pytest.mark.parametrize(("title", "shelf"), [("Wakeboard Decx Series 141 M6", BOARDS_LEAF),
                                              ("Flotteur Windsurf - Tabou 200l Cool Rider", BOARDS_LEAF),
                                              ("Mat Windsurf - Mat 370-17 C100 North", RIGS_LEAF),
                                              ("Voile Severne Freek 3.6 CC2 2014", RIGS_LEAF)])
def test_a_windsurf_shelfs_boards_and_sails_are_sports_equipment_not_curtains(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "sports_equipment" and result.classes["textile"] is not True


def test_a_toy_sailing_boat_is_no_curtain(classify):
    assert classify("Bateau à voile en bois").product_type != "curtain"


@pytest.mark.parametrize("title", ["Rideau voile blanc 140x240", "Voilage blanc uni à oeillets"])
def test_a_sheer_curtain_is_still_a_curtain(classify, title):
    result = classify(title)
    assert result.product_type == "curtain" and result.classes["textile"] is True


# --- a pet shop's coats and grooming gloves --------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "shelf"), [("manteau pour chien, bleu clair, imperméable", PET_COATS),
                                              ("Trixie Manteau Jesolo (Taille: XS", PET_COATS),
                                              ("GANT LAVANT CHIEN", GROOMING_LEAF)])
def test_a_pet_shops_coat_or_glove_is_no_textile(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "pet_supplies" and result.classes["textile"] is not True


def test_a_coat_is_still_a_coat_on_a_clothes_shelf(classify):
    result = classify("Manteau femme laine", category="VETEMENTS - LINGERIE > MANTEAU - VESTE > MANTEAU")
    assert result.product_type == "jacket" and result.classes["textile"] is True


# --- pencil cases, helmets, phone parts, glue, shoe care -------------------------------------------------------------


@pytest.mark.parametrize("title", ["Trousse à crayons Monster Alex", "Trousse pour les petits Samsonite"])
def test_a_pencil_case_on_the_pen_case_leaf_is_a_pencil_case(classify, title):
    result = classify(title, category=PEN_CASES)
    assert result.product_type == "pencil_box" and result.classes["children_12_under"] is True


def test_a_pen_is_still_a_pen(classify):
    assert classify("Stylo plume Parker Sonnet").product_type == "pen"


@pytest.mark.parametrize("title", ["Casque moto Shoei GT-AIR WANDERER", "Casque LS2 OF577.1 TWIN Noi. M"])
def test_a_helmet_on_the_scooter_helmet_leaf_is_a_helmet(classify, title):
    assert classify(title, category=HELMET_LEAF).product_type == "helmet"


def test_a_kick_scooter_is_still_one(classify):
    assert classify("Trottinette Oxelo scooter pliable").product_type == "kick_scooter"


@pytest.mark.parametrize("title", ["Vitre arrière iPhone 4 Violet", "ECRAN IPHONE 5 BLANC"])
def test_a_phone_part_on_the_pda_parts_leaf_is_no_phone(classify, title):
    result = classify(title, category=PDA_PARTS)
    assert result.product_type == "electrical_part"
    assert not any(result.classes[name] is True for name in ("radio", "mains_lv", "battery"))


def test_a_phone_battery_on_the_pda_parts_leaf_is_a_battery(classify):
    result = classify("Batterie Pda / Pocket Pc NOKIA C7 - 1200mAh", category=PDA_PARTS)
    assert result.classes["battery"] is True and result.classes["eee"] is not True


@pytest.mark.parametrize("title", ["Colle Polystyrène Collall 100 ml", "Ponal Colle turbo, 10 g tube"])
def test_glue_on_the_adhesive_paste_leaf_is_no_food(classify, title):
    assert classify(title, category=GLUE_LEAF).product_type != "food"


def test_pasta_is_still_food(classify):
    assert classify("Pâte à tartiner chocolat 750 g").product_type == "food"


@pytest.mark.parametrize(("title", "shelf"), [("CIRAGE DE LUXE FAMACO COULEUR : MARRON CLAIR", SHOE_CARE),
                                              ("Imperméabilisant 2 en 1", SHOE_CARE), ("Cirage chaussures noir", None)])
def test_shoe_care_is_no_shoe(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "footwear_accessory" and result.classes["textile"] is not True


def test_shoes_are_still_shoes(classify):
    assert classify("Chaussures cuir homme à lacets").product_type == "shoes"


# --- round 3: services, strings, unlit garlands, appliance parts -----------------------------------------------------

APPLIANCE_PARTS = "ELECTROMENAGER > FOUR - CUISSON > ACCESSOIRES ET PIECES - GROS APPAREILS DE CUISSON"
UNLIT_GARLANDS = "DECO - LINGE - LUMINAIRE > FETES - ANNIVERSAIRE > GUIRLANDE NON LUMINEUSE"


@pytest.mark.parametrize(("title", "shelf"), [("Extension de garantie 3 ans ordinateur portable", None),
                                              ("Lexmark OnSite Service - Contrat de maintenance pour imprimante",
                                               "INFORMATIQUE > CONNECTIQUE - ALIMENTATION > CABLE E-SATA"),
                                              ("HP Care Pack 3 ans", None)])
def test_a_warranty_extension_or_a_maintenance_contract_is_a_service(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "service_plan" and result.classes["eee"] is not True


def test_a_laptop_with_its_guarantee_is_still_a_laptop(classify):
    assert classify("Ordinateur portable HP 15 pouces garantie 2 ans").product_type == "laptop"


@pytest.mark.parametrize("title", ["Jeu de cordes pour guitare électrique", "DR Cordes électrique Néon Medium 10"])
def test_electric_guitar_strings_need_no_current_and_are_no_game(classify, title):
    result = classify(title)
    assert result.classes["eee"] is not True and result.classes["toy"] is not True


def test_an_electric_guitar_still_needs_current(classify):
    assert classify("Guitare électrique Stratocaster").classes["eee"] is True


def test_an_unlit_garland_has_no_battery(classify):
    result = classify("Fanion Ecosse 15x10cm", category=UNLIT_GARLANDS)
    assert result.classes["eee"] is not True and result.classes["battery"] is not True


def test_a_lit_garland_still_has_current(classify):
    assert classify("Guirlande lumineuse 10 m LED").classes["eee"] is True


@pytest.mark.parametrize(("title", "shelf"), [("Fabrique glace refrigerateur Samsung", None),
                                              ("Electrodoseur lave vaisselle", None),
                                              ("Commutateur four Whirlpool", APPLIANCE_PARTS)])
def test_an_appliances_electrical_part_is_the_part_with_current(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "electrical_part" and result.classes["eee"] is True
    assert result.classes["mains_lv"] is not True


def test_a_fridge_with_an_ice_maker_is_still_the_fridge(classify):
    assert classify("Réfrigérateur américain avec fabrique de glace").product_type == "refrigerator"


# --- round 3: children's clothiers, Oris, beads, C cells, protective glass, windlasses, mats, terry, trainers --------

DRESS_LEAF = "VETEMENTS - LINGERIE > ROBE - JUPE > ROBE"
PHONE_SCREENS = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > ECRAN DE TELEPHONE"
GYM_MATS = "SPORT (NEW) > FITNESS - MUSCULATION > TAPIS DE SOL - TAPIS DE GYM - TAPIS DE YOGA"
CURTAIN_RINGS = "DECO - LINGE - LUMINAIRE > RIDEAU - STORE > ANNEAU - EMBOUT A RIDEAUX"


@pytest.mark.parametrize("brand", ["3 POMMES", "SUCRE D'ORGE", "CATIMINI"])
def test_a_french_childrens_clothiers_dress_is_a_childs(classify, brand):
    assert classify("Robe imprimée - 6…", category=DRESS_LEAF, brand=brand).classes["children_12_under"] is True


def test_a_dress_by_another_brand_is_no_childs_by_its_brand(classify):
    result = classify("Robe imprimée - 6…", category=DRESS_LEAF, brand="DESIGUAL")
    assert result.classes["children_12_under"] is not True


def test_an_oris_watch_is_mechanical(classify):
    result = classify("Montre Oris Artix Date AUT")
    assert result.classes["battery"] is not True and result.classes["eee"] is not True


def test_a_quartz_watch_still_has_its_cell(classify):
    assert classify("Montre homme quartz acier").classes["battery"] is True


def test_a_jumper_with_beads_is_a_garment(classify):
    result = classify("Pull avec perles dorés aux épaules", category="VETEMENTS - LINGERIE > PULL - GILET > PULL")
    assert result.product_type != "jewellery_supply" and result.classes["textile"] is True


def test_loose_beads_are_still_a_bead_supply(classify):
    assert classify("Perles de verre 8mm lot de 100").product_type == "jewellery_supply"


@pytest.mark.parametrize("title", ["Pile alcaline baby C LR14 x2", "Alpexe batterie alcaline baby C blister"])
def test_a_c_cell_called_baby_is_no_childs(classify, title):
    assert classify(title).classes["children_12_under"] is not True


def test_a_baby_bodysuit_is_still_a_childs(classify):
    assert classify("Body baby coton 6 mois").classes["children_12_under"] is True


@pytest.mark.parametrize(("title", "shelf"), [("Vitre protection DISPLEX Easy-On Galaxy S5", PHONE_SCREENS),
                                              ("Vitre de protection Galaxy S5", None)])
def test_a_protective_glass_is_a_screen_protector(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "screen_protector" and result.classes["eee"] is not True


def test_a_phone_screen_on_its_leaf_is_still_a_part(classify):
    assert classify("Ecran LCD Samsung Galaxy S5 complet", category=PHONE_SCREENS).classes["eee"] is True


@pytest.mark.parametrize("title", ["Guindeau X2 700W 12V avec poupée aluminium", "Poupée fixe pour tour à bois"])
def test_a_windlass_or_a_lathes_poupee_is_no_doll(classify, title):
    result = classify(title)
    assert result.product_type != "doll" and result.classes["toy"] is not True


def test_a_doll_is_still_a_doll(classify):
    assert classify("Poupée Barbie Dreamtopia").product_type == "doll"


@pytest.mark.parametrize(("title", "shelf"), [("Tapis en mousse pour le sport à domicile", GYM_MATS),
                                              ("Tapis de gym pliable", None)])
def test_a_gym_mat_is_no_rug(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "fitness_equipment" and result.classes["textile"] is not True


def test_a_rug_is_still_a_rug(classify):
    assert classify("Tapis salon berbère 160x230").classes["textile"] is True


@pytest.mark.parametrize("title", ["Peignoir en éponge coton", "Gant de toilette éponge",
                                   "Essuie main rond en éponge"])
def test_terry_cloth_is_textile_not_a_cleaning_sponge(classify, title):
    result = classify(title)
    assert result.product_type != "cleaning_supplies" and result.classes["textile"] is True


def test_a_cleaning_sponge_is_still_no_textile(classify):
    assert classify("Éponge à récurer lot de 3").classes["textile"] is not True


@pytest.mark.parametrize("title", ["Baskets basses Nike Court", "Basket montante converse on 46"])
def test_french_trainers_are_shoes(classify, title):
    result = classify(title)
    assert result.product_type == "shoes" and result.classes["textile"] is True


def test_storage_baskets_are_still_storage(classify):
    assert classify("Set of 3 woven storage baskets").product_type == "storage_organisation"


def test_a_curtain_rods_end_cap_is_hardware(classify):
    result = classify("Embout Jaen pour tringle en acier D20 (la paire)", category=CURTAIN_RINGS)
    assert result.product_type == "hardware" and result.classes["textile"] is not True


# --- review81b: the real rows of round 1 and 2, and their namesakes -------------------------------------------------

BED_LINEN_LEAF = "PUERICULTURE > SOMMEIL BEBE > PARURE DE LIT BEBE"
PET_BEDS = "ANIMALERIE - NEW > COUCHAGE > CORBEILLE - PANIER - COUSSIN - HAMAC"
PET_SHIRTS = "ANIMALERIE - NEW > VETEMENT - ACCESSOIRE > T-SHIRT - BODY - TOP"
PHONE_PARTS = "TELEPHONIE - GPS > ACCESSOIRE TELEPHONE > PIECE DETACHEE TELEPHONE"
PAPER_TOWELS = "HYGIENE - BEAUTE - PARFUM > USAGE UNIQUE > ESSUIE-TOUT - ESSUIE MAINS JETABLE"


def test_baby_bed_linen_on_its_leaf_is_textile(classify):
    result = classify("CANDIDE Parure de Lit Taie + Housse de Couette", category=BED_LINEN_LEAF)
    assert result.product_type == "bedding" and result.classes["textile"] is True


def test_a_ride_on_mower_named_by_its_adjective_and_model_is_no_clipper(classify):
    result = classify("AUTOPORTÉE CC 714 TF Cub Cadet", category=MOWER_LEAF)
    assert result.product_type == "riding_mower" and result.classes["mains_lv"] is not True


@pytest.mark.parametrize("title", ["Piscine hors sol autoportée Intex", "Tente autoportée 2 places"])
def test_a_free_standing_pool_or_tent_is_no_mower(classify, title):
    assert classify(title).product_type != "riding_mower"


def test_an_rc_motor_by_its_kv_rating_is_an_rc_part(classify):
    result = classify("H2218 3680KV Moteur Sans Brosse Pièce Détachée", category=MODEL_PARTS)
    assert result.product_type == "rc_servo" and result.classes["eee"] is True


def test_a_model_railcar_called_autorail_is_a_locomotive(classify):
    result = classify("Autorail Picasso X 3800 HO Jouef", category=TRACK_VEHICLES)
    assert result.product_type == "model_locomotive" and result.classes["toy"] is not True


@pytest.mark.parametrize("title", ["Veste homme softshell traitement imperméabilisant",
                                   "Mocassins homme cuir cirage patiné",
                                   "Chaussures de randonnée homme imperméabilisant"])
def test_a_garment_or_shoe_that_names_its_treatment_is_still_textile(classify, title):
    assert classify(title).classes["textile"] is True


def test_electric_shoe_care_keeps_its_current(classify):
    result = classify("Brosse à chaussures électrique rotative rechargeable")
    assert result.product_type == "footwear_accessory" and result.classes["eee"] is True


@pytest.mark.parametrize(("title", "shelf"), [("Coussin Drago Turquoise / Vert", PET_BEDS),
                                              ("Tee Shirt pour chien PRINCESSE rose", PET_SHIRTS)])
def test_a_pet_shops_cushion_or_t_shirt_is_no_textile(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "pet_supplies" and result.classes["textile"] is not True


@pytest.mark.parametrize(("title", "kind"), [("Chargeur batterie PDA HP iPaq secteur", "mains_charger"),
                                             ("Etui cuir Flip horizontal iPhone", "device_case")])
def test_a_charger_or_a_case_on_a_parts_leaf_keeps_its_kind(classify, title, kind):
    assert classify(title, category=PDA_PARTS).product_type == kind


def test_a_battery_cover_is_no_battery(classify):
    result = classify("Cache batterie HTC Desire", category=PHONE_PARTS)
    assert result.classes["battery"] is not True


@pytest.mark.parametrize("title", ["Veste wakeboard néoprène", "Short de bain wakeboard homme"])
def test_a_garment_named_for_its_water_sport_is_textile(classify, title):
    assert classify(title).classes["textile"] is True


@pytest.mark.parametrize("title", ["Maillot de foot PSG enfant 14 ans", "Pull fille 13 ans"])
def test_a_teen_size_on_a_kit_or_a_jumper_is_no_childs(classify, title):
    assert classify(title).classes["children_12_under"] is not True


def test_a_slash_range_from_a_childs_age_is_a_childs(classify):
    assert classify("Doudoune enfant 4 ans/14 ans").classes["children_12_under"] is True


def test_a_make_up_pencil_case_is_no_school_pencil_case(classify):
    assert classify("Trousse à crayons de maquillage vide").product_type != "pencil_box"


@pytest.mark.parametrize("title", ["TORK Chiffons de nettoyage bleu 194450", "Lot de 10 rouleaux de papier toilette"])
def test_paper_towels_and_wipes_are_no_towel(classify, title):
    assert classify(title, category=PAPER_TOWELS).classes["textile"] is not True


# --- round 4: appliance parts by function, French characters and first-word books, "top", tablet covers, microphones,
# flat batteries, steel ropes, Wi-Fi and 4G keys -----------------------------------------------------------------------

OVEN_PARTS = "ELECTROMENAGER > FOUR - CUISSON > ACCESSOIRES ET PIECES - GROS APPAREILS DE CUISSON"


@pytest.mark.parametrize(("title", "shelf"), [("LIMITEUR DE TEMPERATURE HBA63A150S01", OVEN_PARTS),
                                              ("Pressostat lave linge", None)])
def test_an_appliances_cut_out_or_pressure_switch_is_a_part_with_current(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type == "electrical_part" and result.classes["eee"] is True


def test_a_washing_machine_with_a_pressure_switch_is_still_the_machine(classify):
    assert classify("Lave linge 8 kg avec pressostat électronique").product_type == "washing_machine"


@pytest.mark.parametrize("title", ["T'choupi se deguise", "Monsieur Madame - Monsieur Chatouille", "Mes premiers mots"])
def test_french_childrens_characters_and_first_word_books_are_a_childs(classify, title):
    assert classify(title, category=OTHER_BOOKS).classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Café moulu Top Qualité 250g", "30 x Capsule café Top Classic pour Espresso"])
def test_top_as_praise_or_a_line_name_is_no_top(classify, title):
    assert classify(title).classes["textile"] is not True


def test_a_womans_top_is_still_a_top(classify):
    assert classify("Top femme dentelle noir").classes["textile"] is True


@pytest.mark.parametrize("title", ["Couverture de protection magnétique rose pour iPad",
                                   "Couverture magnétique iPad Air"])
def test_a_tablet_cover_is_no_blanket(classify, title):
    result = classify(title, category="INFORMATIQUE > PROTECTION - PERSONNALISATION - SUPPORT > COQUE - HOUSSE")
    assert result.classes["textile"] is not True


def test_a_fleece_blanket_is_still_a_blanket(classify):
    assert classify("Couverture polaire 150x200").classes["textile"] is True


@pytest.mark.parametrize("title", ["Micro chant filaire XLR", "Capsule micro électret sub-miniature"])
def test_a_french_microphone_needs_current(classify, title):
    result = classify(title)
    assert result.product_type == "microphone" and result.classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [("Pile plate 4,5V", "battery_cell"), ("Mèche plate à bois 20 mm", None),
                                             ("Assiette plate porcelaine", "tableware")])
def test_french_plate_is_flat_except_on_a_plate(classify, title, kind):
    result = classify(title)
    assert (result.product_type == "tableware") == (kind == "tableware")
    if kind == "battery_cell":
        assert result.product_type == kind and result.classes["battery"] is True


def test_a_steel_rope_is_no_electrical_lead(classify):
    assert classify("Câble acier gainé 4 mm 10 m").classes["eee"] is not True


def test_an_hdmi_cable_is_still_a_lead(classify):
    assert classify("Câble HDMI 2 m").classes["eee"] is True


@pytest.mark.parametrize(("title", "kind"), [("Clé WiFi USB 300 Mbps", "wifi_adapter"),
                                             ("Clé 4G Huawei E3372", "usb_modem"),
                                             ("WIFI Adaptateur USB clé TP-Link 150Mbps", "wifi_adapter")])
def test_a_french_wifi_or_4g_key_is_a_radio(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.classes["radio"] is True


@pytest.mark.parametrize(("title", "kind"), [("Clé plate 17 mm", "hand_tool"), ("Clé USB 32 Go", "usb_flash_drive")])
def test_a_spanner_and_a_usb_stick_keep_their_kinds(classify, title, kind):
    assert classify(title).product_type == kind


# --- review81c: the round-3 words' namesakes ------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Essuie-mains papier pliés x 200", "Distributeur essuie mains automatique à piles"])
def test_paper_hand_towels_and_their_dispensers_are_no_towel(classify, title):
    assert classify(title).classes["textile"] is not True


def test_a_fridge_that_names_its_ice_maker_is_the_fridge(classify):
    result = classify("Réfrigérateur américain fabrique à glace Samsung")
    assert result.product_type == "refrigerator" and result.classes["mains_lv"] is True


def test_a_laptop_sold_with_its_warranty_extension_is_the_laptop(classify):
    assert classify("Ordinateur portable HP 15 extension de garantie 3 ans incluse").product_type == "laptop"


def test_an_ovens_protective_glass_is_no_screen_protector(classify):
    assert classify("Vitre de protection four Whirlpool").product_type != "screen_protector"


@pytest.mark.parametrize("title", ["Perles dorées 6 mm lot de 200", "Fil à perles nylon"])
def test_loose_beads_and_bead_thread_are_bead_supplies(classify, title):
    assert classify(title).product_type == "jewellery_supply"


def test_batteries_for_a_babys_toy_are_no_childs_product(classify):
    assert classify("Piles baby LR14 pour jouet bébé").classes["children_12_under"] is not True


def test_a_cotton_cleaning_sponge_is_a_cleaning_sponge(classify):
    assert classify("Eponge coton lavable cuisine x3").product_type == "cleaning_supplies"


def test_a_sheer_sold_with_its_rings_is_the_sheer(classify):
    result = classify("Voilage blanc 140x240 anneaux de rideaux inclus")
    assert result.product_type == "curtain" and result.classes["textile"] is True


def test_a_babys_play_gym_is_no_fitness_mat(classify):
    assert classify("Tapis de gym bébé").product_type != "fitness_equipment"


# --- round 5: roofing, bike computers and sensors, hair ties, stoves ------------------------------------------------

ROOFING_LEAF = ("BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MATERIAU GROS OEUVRE > COUVERTURE (ACCESSOIRES COUVERTURE - "
                "TOITURE)")
GUTTERS_LEAF = "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MATERIAU GROS OEUVRE > COUVERTURE (GOUTTIERE - ACCESSOIRES)"
BIKE_ACCESSORIES = "SPORT (NEW) > CYCLES > ACCESSOIRES - DECORATION VELO"


@pytest.mark.parametrize(("title", "shelf"), [("Chapeau inox chinois de", ROOFING_LEAF),
                                              ("Coude tulipé Grand Rayon Zinc naturel 72°", GUTTERS_LEAF)])
def test_roofing_is_no_blanket(classify, title, shelf):
    result = classify(title, category=shelf)
    assert result.product_type != "bedding" and result.classes["textile"] is not True


def test_a_blanket_on_a_bed_linen_shelf_is_still_a_blanket(classify):
    result = classify("Couverture polaire", category="DECO - LINGE - LUMINAIRE > LINGE DE LIT > COUVERTURE - PLAID")
    assert result.classes["textile"] is True


def test_a_french_wireless_bike_computer_has_its_radio_and_battery(classify):
    result = classify("Compteur vélo sans fil")
    assert result.product_type == "bike_light" and result.classes["radio"] is True and result.classes["battery"] is True


def test_a_cadence_sensor_on_the_bike_accessory_leaf_is_no_bicycle(classify):
    result = classify("Capteur de cadence Bluetooth", category=BIKE_ACCESSORIES)
    assert result.product_type == "smart_sensor" and result.classes["radio"] is True


def test_a_bike_bell_on_that_leaf_stays_unpowered(classify):
    assert classify("Sonnette vélo chromée", category=BIKE_ACCESSORIES).classes["eee"] is not True


def test_a_hair_tie_is_no_necktie(classify):
    assert classify("Élégant Cristal Feuille De Cravate De Cheveux").classes["textile"] is not True


def test_a_necktie_is_still_a_necktie(classify):
    assert classify("Cravate soie homme").product_type == "necktie"


@pytest.mark.parametrize("title", ["Poêle à bois Sedan 10 INVICTA", "Poêle à fioul CO944408DD Deville"])
def test_a_wood_or_oil_stove_is_no_frying_pan(classify, title):
    assert classify(title).product_type == "fuel_heater_stove"


def test_a_frying_pan_is_still_cookware(classify):
    assert classify("Poêle à frire 28 cm").product_type == "cookware"


# --- round 5 (cd77): cordless nailers, a car's Polo, refrigerated display cases, a truck's marker lights -------------


def test_a_cordless_nailer_is_a_battery_tool_not_a_radio(classify):
    result = classify("Cloueur sans fil 18V Makita")
    assert result.product_type == "power_tool" and result.classes["radio"] is not True
    assert result.classes["battery"] is True


def test_an_air_nailer_needs_no_current(classify):
    result = classify("Cloueur pneumatique de finition 50 mm",
                      category="BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MACHINE OUTIL > CLOUEUSE")
    assert result.classes["eee"] is not True


def test_a_volkswagen_polos_tow_bar_is_no_polo_shirt(classify):
    result = classify("Attelage Volkswagen Polo (06/09-) Col de cygne",
                      category="AUTO - MOTO (NEW) > PORTAGE - REMORQUAGE > ATTELAGE")
    assert result.classes["textile"] is not True


def test_a_polo_shirt_is_still_one(classify):
    assert classify("Polo homme manches courtes").classes["textile"] is True


def test_a_refrigerated_display_case_plugs_in(classify):
    result = classify("Vitrine réfrigérée 98 L")
    assert result.product_type == "refrigerator" and result.classes["mains_lv"] is True


def test_a_trucks_marker_lights_are_no_toy_truck(classify):
    result = classify("Feux de gabarit LED camion")
    assert result.product_type == "vehicle_lighting" and result.classes["toy"] is not True


# --- review81d: the round-4 words' namesakes ------------------------------------------------------------------------


@pytest.mark.parametrize(("title", "kind"), [("CABLE MICRO XLR 9M", "cable"),
                                             ("Casque micro filaire USB", "headphones")])
def test_a_microphones_cable_or_a_headset_is_no_microphone(classify, title, kind):
    assert classify(title).product_type == kind


def test_shoes_with_beads_are_shoes(classify):
    assert classify("Ballerines à perles").classes["textile"] is True


def test_a_night_light_for_a_nurserys_children_is_a_childs(classify):
    assert classify("Veilleuse pour enfants de la crèche").classes["children_12_under"] is True


@pytest.mark.parametrize("title", ["Connecteur chargeur iPhone 5", "Ecran LCD + coque offerte iPhone 4"])
def test_a_phone_part_named_with_a_charger_or_a_free_case_stays_a_part(classify, title):
    result = classify(title, category=PHONE_PARTS)
    assert result.product_type == "electrical_part" and result.classes["mains_lv"] is not True
