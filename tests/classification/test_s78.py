"""Stop 78 (issue 9): the vocabulary rounds of stop 78, each tested both ways."""

from __future__ import annotations

import pytest

from crossguard.engine.classification.vocabulary import french_plurals

SHUTTER_LEAF = "BRICOLAGE - OUTILLAGE - QUINCAILLERIE > MENUISERIE - HUISSERIE - CLOTURE > MOTORISATION POUR VOLET"
CAR_MATS_LEAF = "AUTO - MOTO (NEW) > CONFORT CONDUCTEUR ET PASSAGER > TAPIS DE SOL"
EROTIC_COSTUMES = "ADULTE - EROTIQUE > LINGERIE SEXY > DEGUISEMENT SEXY"
DIPLOMA_BOOKS = "LIBRAIRIE > ENSEIGNEMENT > ENSEIGNEMENT BAC PRO - CAP - BEP"


# --- an advert's "seen on TV", a pump's or a fountain's jet ----------------------------------------------------------


@pytest.mark.parametrize("title", ["TV unser Original Swingmaxx Appareil abdominal", "Appareil abdominal vu à la TV",
                                   "Ab Roller As Seen On TV"])
def test_seen_on_tv_is_an_advert_not_a_television(classify, title):
    result = classify(title)
    assert result.product_type != "television" and result.classes["mains_lv"] is not True


def test_a_television_is_still_one(classify):
    assert classify("Samsung 55 inch Smart TV").product_type == "television"


def test_a_jet_pump_is_no_toy_jet(classify):
    pump = classify("Pompe Jet 102M pré-équipée pour ballon - JETLY")
    assert pump.product_type == "garden_pump" and pump.classes["toy"] is not True
    assert classify("Fighter Jet toy plane with lights").classes["toy"] is True
    # review78a: a water pistol's pump and a jet ski's bilge pump are no mains pump
    assert classify("Pistolet à eau à pompe jet d'eau 10m").classes["mains_lv"] is not True
    assert classify("Pompe jet ski de cale 12V").classes["mains_lv"] is not True


def test_french_fountains_and_compressors_plug_in(classify):
    assert classify("fontaine pour bassin nain + pompe").classes["mains_lv"] is True
    assert classify("Compresseur sans huile 50 L 2 CV").product_type == "air_compressor"
    # review78a: a 12 V car-socket compressor says "portable" or "électrique" too
    assert classify("Compresseur portable 12V allume-cigare gonfleur").classes["mains_lv"] is not True
    # a fridge's compressor and a valve-spring compressor are parts and hand tools
    assert classify("Compresseur gl60an pour réfrigérateur FAGOR").classes["mains_lv"] is not True
    assert classify("Kit Compresseur de ressort de soupape 10 pièces").classes["mains_lv"] is not True


def test_whirlpool_baths_and_inflatable_spas_plug_in_but_their_covers_do_not(classify):
    assert classify("Baignoire balnéo d'angle design NOIR").classes["mains_lv"] is True
    assert classify("Spa gonflable 4 places").classes["mains_lv"] is True
    assert classify("Couvercle Gonflable pour Spa Gonflable Super Camaro").classes["mains_lv"] is not True
    assert classify("Cartouche filtrante spa gonflable Intex").classes["mains_lv"] is not True


def test_a_shutter_motor_runs_on_the_mains_and_its_radio_is_open(classify):
    result = classify("Moteur Somfy LT60 CSI 70/17", category=SHUTTER_LEAF)
    assert result.product_type == "shutter_motor" and result.classes["mains_lv"] is True
    assert "radio" in result.open
    assert classify("Moteur tubulaire Somfy LT50").product_type == "shutter_motor"
    assert classify("Manivelle articulée de volet roulant").product_type != "shutter_motor"
    assert classify("Support moteur tubulaire universel").product_type != "shutter_motor"


def test_a_shutter_motors_radio_line(classify):
    assert classify("Moteur Somfy LT50 CSI RTS 50/12", category=SHUTTER_LEAF).classes["radio"] is True
    assert classify("Rohrmotor mit Funk und Handsender").classes["radio"] is True
    # review78b: the shutter's radio words take no other German title's "Funk"
    assert classify("Rauchmelder mit Funk").classes["radio"] is True
    # the radio line's words are not "radio", a radio's own word, which a modifier's word would hide
    assert classify("GRUNDIG GDP6370 RADIO PORTABLE NOIR").classes["radio"] is True


# --- FM on audio kinds ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Philips CD Player with FM", "Tecnia TA 422FM 4.1 Home Theatre System FM USB"])
def test_fm_beside_an_audio_devices_sources_is_its_tuner(classify, title):
    assert classify(title).classes["radio"] is True


@pytest.mark.parametrize("title", ["Thermo-Kissen Grupo FM 9100041523 Blau", "Philips CD Player with USB",
                                   "Fender Frontman FM 25 DSP Guitar Amplifier"])
def test_fm_elsewhere_or_no_fm_is_no_tuner(classify, title):
    assert classify(title).classes["radio"] is not True


def test_fm_takes_no_word_a_title_needs(classify):
    # review78a: "with fm" took the "with" ("Car Stereo with FM and Backup Camera" read the camera)
    assert classify("Car Stereo with FM and Backup Camera").product_type == "car_stereo"
    assert classify("Soundbar with FM").classes["radio"] is True


def test_fm_in_a_category_names_the_shelf_not_the_product(classify):
    # a soundbar on a shelf that lists FM radios beside it: only the title's "FM" is the product's tuner
    shelf = "TV - VIDEO - SON > HOME CINEMA > BARRE DE SON - FM"
    assert classify("Soundbar 2.1 optique", category=shelf).classes["radio"] is not True
    assert classify("Soundbar 2.1 optique FM", category=shelf).classes["radio"] is True


# --- children's and adults' -------------------------------------------------------------------------------------------


def test_an_erotic_departments_child_word_is_a_costumes_name(classify):
    assert classify("Costume groovy baby - taille s", category=EROTIC_COSTUMES).classes["children_12_under"] is not True
    assert classify("Costume groovy baby - taille s").classes["children_12_under"] is True
    # review78a: nor does the title's "toy" make a sex toy a child's
    vibrator = classify("Jouet sexuel pour couple vibrant", category="ADULTE - EROTIQUE > SEXTOYS > VIBROMASSEUR")
    assert vibrator.classes["toy"] is not True and vibrator.classes["children_12_under"] is not True


def test_a_colouring_books_plural_is_a_childrens_book(classify):
    assert classify("MON LIVRE DE COLORIAGES LE LIVRE DE LA JUNGLE").classes["children_12_under"] is True
    assert classify("Livre de cuisine facile").classes["children_12_under"] is not True
    # review78a: not a bare "coloriages" (adults' anti-stress colouring books)
    assert classify("Art-thérapie 100 coloriages anti-stress").classes["children_12_under"] is not True


def test_a_diploma_under_a_bookshop_is_no_cap(classify):
    result = classify("Prévention santé environnement 1e Bac pro 3 ans", category=DIPLOMA_BOOKS)
    assert result.classes["textile"] is not True and result.classes["children_12_under"] is not True
    assert classify("Casquette baseball", category="VETEMENTS > CHAPEAU - CASQUETTE").classes["textile"] is True
    # review78a: a hat under a books level stays a hat
    hat = classify("Striped Tall Hat Red White Kids", category="Costumes & Accessories > World Book Day > Hats & Caps")
    assert hat.product_type == "headwear"
    # review78b: nor a calculator on a shelf named after the same diploma
    school_leaf = "FOURNITURES SCOLAIRES > CALCULATRICE > LYCEE - BAC PRO"
    calculator = classify("Calculatrice graphique Casio", category=school_leaf)
    assert calculator.product_type == "calculator"


def test_a_make_up_bag_is_no_pencil_case(classify):
    assert classify('Trousse à maquillage Cuir "Frandi" noir').classes["children_12_under"] is not True
    assert classify("Trousse scolaire 2 compartiments").product_type == "pencil_box"


def test_anime_display_figures_are_for_collectors(classify):
    figure = classify("Sword Art Online SK series Asuna (non-scale PVC painted action figure) (japan import)")
    assert figure.classes["toy"] is not True and figure.classes["children_12_under"] is not True
    assert classify("Schleich PVC horse figure").classes["toy"] is True
    assert classify("Dinosaur Figures Set 12 pcs Painted PVC Toy").classes["toy"] is True


# --- vehicles' mats, aprons and quads ---------------------------------------------------------------------------------


def test_car_mats_are_no_household_rug(classify):
    mats = classify("Ford Focus 03/07- 4 Tapis en velours bleu+clip", category=CAR_MATS_LEAF)
    assert mats.classes["textile"] is not True
    assert classify("Tapis de sol pour voiture motif gecko").classes["textile"] is not True
    assert classify("Tapis de salon shaggy 160x230").classes["textile"] is True
    # review78a: a biker's jacket under the vehicle department is clothing
    jacket = classify("Blouson moto cuir homme", category="AUTO - MOTO (NEW) > EQUIPEMENT MOTARD > BLOUSON")
    assert jacket.classes["textile"] is True
    # s78b: a car cover is no blanket, and a blanket is still one
    cover_leaf = ("AUTO - MOTO (NEW) > CONFORT CONDUCTEUR ET PASSAGER > COUVERTURE DE PROTECTION VEHICULE - "
                  "BACHE VEHICULE")
    assert classify("Housse Carrosserie HQ pour Suzuki Wagon R+", category=cover_leaf).classes["textile"] is not True
    assert classify("Plaid polaire", category="MAISON > LINGE DE LIT > COUVERTURE").classes["textile"] is True


def test_a_scooters_leg_apron_is_no_skirt_nor_an_apron(classify):
    leaf = "AUTO - MOTO (NEW) > CONFORT CONDUCTEUR ET PASSAGER > MANCHON - TABLIER ET JUPE POUR 2 ROUES"
    assert classify("Manchons moto-scooter Tucano Urbano", category=leaf).classes["textile"] is not True
    assert classify("Jupe plissée femme").classes["textile"] is True
    assert classify("Tablier de cuisine homme").classes["textile"] is True


def test_a_swimsuit_bag_is_a_bag(classify):
    leaf = "BAGAGERIE > MAROQUINERIE > SAC A MAILLOT DE BAIN"
    assert classify("Sac À Dos Looney Tunes", category=leaf).classes["textile"] is not True
    assert classify("Maillot de bain fille 8 ans").classes["textile"] is True


def test_yamahas_blaster_quad_is_no_toy_gun(classify):
    assert classify("KIT CHAINE YFS200 BLASTER 88-98").classes["toy"] is not True
    assert classify("Nerf N-Strike Elite Blaster").classes["toy"] is True


# --- a French accessory named before its device -----------------------------------------------------------------------


def test_a_gamepad_and_an_hdmi_lead_named_before_a_device_are_themselves(classify):
    pad = classify("Manette De Jeu Bluetooth Samsung Galaxy S6 Blanc")
    assert pad.product_type == "game_controller" and pad.classes["mains_lv"] is not True
    assert classify("Samsung Galaxy S6 32 Go").product_type == "smartphone"
    # review78a: a bare "manette" is a tap's or a brake's lever; a wireless HDMI extender keeps its radio
    assert classify("Manette de robinet").product_type != "game_controller"
    assert classify("Câble HDMI Extender sans fil 4K").classes["radio"] is True


def test_a_french_projector_lamp_module_has_no_plug(classify):
    assert classify("Mitsubishi - Lampe pour projecteur LCD - pour LVP").classes["mains_lv"] is not True


# --- s78b: a second round of catalog reviews --------------------------------------------------------------------------


def test_a_french_petrol_mower_is_no_hair_clipper(classify):
    mower = classify("Tondeuse thermique autotractée 4 CV")
    assert mower.product_type == "garden_power_tool" and mower.classes["mains_lv"] is not True
    assert classify("Tondeuse cheveux Philips").product_type == "shaver"


@pytest.mark.parametrize("title", ["Iron Bucket", "Iron Wall Hook", "Steel Trunk 30 inch", "Iron Almirah 4 door"])
def test_iron_and_steel_goods_are_no_clothes_iron_nor_trunks(classify, title):
    result = classify(title)
    assert result.classes["mains_lv"] is not True and result.classes["textile"] is not True


@pytest.mark.parametrize("title", ["Philips Dry Iron 1000W", "Bajaj Iron Box"])
def test_a_clothes_iron_is_still_one(classify, title):
    assert classify(title).classes["mains_lv"] is True


def test_men_s_trunks_are_still_underwear(classify):
    assert classify("Jockey Men's Trunk").classes["textile"] is True
    assert classify("Jockey Men's Cotton Trunk Box Pack of 3").classes["textile"] is True


def test_french_led_candles_run_on_cells_and_wax_ones_do_not(classify):
    assert classify("3 Bougies électroniques avec télécommande").classes["battery"] is True
    assert classify("Bougie parfumée vanille").classes["eee"] is not True
    # review78c: a candle-shaped mains bulb is no battery candle
    bulb = classify("Ampoule bougie LED E14 4W")
    assert bulb.classes["mains_lv"] is True and bulb.classes["battery"] is not True


def test_a_watch_box_holds_no_cell_and_a_pendant_watch_does(classify):
    assert classify("Boîte à montres 10 compartiments").classes["battery"] is not True
    # review78c: a "coffret montres" is as often a gift set with the watch in it
    assert classify("Coffret montres homme Festina chronographe").classes["battery"] is True
    assert classify("Montre Pendentif Laval 755007").classes["battery"] is True


def test_a_pipe_fitting_adapter_is_no_current_adapter(classify):
    assert classify("Adaptateur PVC 100mm").classes["eee"] is not True
    assert classify("Adaptateur USB C vers HDMI").classes["eee"] is True


def test_toy_army_men_and_an_executive_toy(classify):
    assert classify("Lego 7595 Toy Story Army Men on Patrol").classes["children_12_under"] is True
    assert classify("Men's Army Jacket").classes["children_12_under"] is not True
    executive = classify("Executive Office Gadget Toy Novelty Golfing Gift Dice Game")
    assert executive.classes["children_12_under"] is not True
    # review78c: a child's play office stays a toy
    assert classify("Barbie Executive Office Playset").classes["toy"] is True


def test_a_power_distribution_strip_and_a_pc_unit_by_its_rating_plug_in(classify):
    assert classify("BRENNENSTUHL DISTRIBUTION DE L'ALIMENTATION BKV").classes["mains_lv"] is True
    assert classify("Corsair CV550 550W 80PLUS Bronze - Alimentation").product_type == "pc_power_supply"
    # review78c: not a water manifold
    assert classify("Bloc de distribution eau 4 voies").classes["mains_lv"] is not True


def test_a_french_childs_electric_car_is_an_electric_ride_on(classify):
    car = classify("Voiture électrique enfant 12V")
    assert car.product_type == "ride_on" and car.classes["battery"] is True
    assert classify("Draisienne en bois").classes["battery"] is not True
    # review78c: a child's motorbike gloves are gloves
    assert classify("Gants moto enfant").classes["textile"] is True


def test_a_bingo_dabber_is_a_marker_not_a_game(classify):
    assert classify("Bingo Dabber 6 pack").classes["toy"] is not True
    assert classify("Bingo game family 90 balls").classes["toy"] is True


# --- s78c: French compounds' plurals (the loader: `vocabulary.french_plurals`) ----------------------------------------


@pytest.mark.parametrize(("phrase", "plural"), [
    ("haut parleur", "haut parleurs"), ("pese personne", "pese personnes"), ("sous vetement", "sous vetements"),
    ("porte cle", "porte cles"),
])
def test_a_compound_led_by_a_verb_or_an_adverb_takes_the_plural_on_its_noun(phrase, plural):
    assert plural in french_plurals(phrase)


def test_a_noun_head_keeps_its_own_plural():
    assert french_plurals("porte d entree") == ["portes d entree"]
    assert french_plurals("lampe de chevet") == ["lampes de chevet"]


@pytest.mark.parametrize(("title", "kind"), [("Haut-parleurs voiture 2 voies 120W", "speaker"),
                                             ("Pèse-personnes électronique", "bathroom_scale")])
def test_french_compound_plurals_name_their_kind(classify, title, kind):
    result = classify(title)
    assert result.product_type == kind and result.classes["textile"] is not True


# --- s78c: a third round of catalog reviews --------------------------------------------------------------------------


def test_a_sim_adapter_is_a_plastic_frame(classify):
    assert classify("Newgen Tech NGT-38 Sim Adapter").classes["eee"] is not True
    assert classify("Sim card adapter USB reader").classes["eee"] is True
    assert classify("USB Type C OTG Adapter").classes["eee"] is True


def test_a_childs_safety_or_benefit_phrase_is_no_childrens_product(classify):
    assert classify("Philips Air Purifier ideal for homes with kids").classes["children_12_under"] is not True
    # review78d: a child's helmet or scissors that say what they protect stay children's
    assert classify("Kids bicycle helmet protect children head").classes["children_12_under"] is True
    assert classify("Kids Jacket Mohair").classes["children_12_under"] is True
    assert classify("Laine Kid Mohair Glitz 2.5 mm").classes["children_12_under"] is not True


def test_an_aerial_or_data_wall_socket_is_no_television_nor_mains(classify):
    assert classify("Prise TV coaxiale").classes["mains_lv"] is not True
    assert classify("Prise murale HDMI").classes["mains_lv"] is not True
    assert classify("Samsung TV 40 pouces").product_type == "television"


@pytest.mark.parametrize("phrase", ["lave vaisselle", "seche linge", "chauffe eau", "taille haie"])
def test_a_compound_french_leaves_as_it_is_gets_no_plural_on_its_noun(phrase):
    # review78d: their new plural beat the singular negatives of their tablets, hoses, safety groups and blades; only
    # the head's own forms are made, each with the head in the plural
    first = phrase.partition(" ")[0]
    assert all(not form.startswith(first + " ") for form in french_plurals(phrase))


# --- s78d: a fourth round of catalog reviews -------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Valise avion 4 roulettes Samsonite", "Cartable à roulettes enfant",
                                   "Sac de voyage à roulettes Delsey"])
def test_french_wheels_are_no_casino_roulette(classify, title):
    assert classify(title).product_type != "playing_cards"


def test_a_casino_roulette_is_still_one(classify):
    assert classify("Roulette casino set").product_type == "playing_cards"
    # review78e: in the plural too
    assert classify("Set roulettes de casino").product_type == "playing_cards"


def test_a_french_cd_radio_receives_radio(classify):
    result = classify("Radio CD portable")
    assert result.product_type == "boombox" and result.classes["radio"] is True
    # review78e: a car's runs on the car; a CD player or headphones filed on the radios' shelf are themselves
    car = classify("Radio CD voiture 1 DIN")
    assert car.product_type == "car_stereo" and car.classes["mains_lv"] is not True
    radios_leaf = "TV - VIDEO - SON > LECTEUR MUSIQUE > RADIO CD - RADIO CASSETTE"
    assert classify("Lecteur CD portable", category=radios_leaf).product_type == "disc_player"
    assert classify("Casque audio Sony", category=radios_leaf).classes["radio"] is not True


def test_a_french_digital_scale_has_a_circuit(classify):
    assert classify("Balance numérique cuisine 5kg").classes["eee"] is True


def test_a_car_bulb_by_its_base_runs_on_the_vehicle(classify):
    bulb = classify("Ampoule H7 55W voiture")
    assert bulb.product_type == "vehicle_lighting" and bulb.classes["mains_lv"] is not True
    assert classify("Ampoule LED E27 10W").classes["mains_lv"] is True


def test_a_boats_compass_and_a_spout_are_no_school_compass_nor_circuit(classify):
    assert classify("Compas de navigation marine").classes["children_12_under"] is not True
    assert classify("Compas scolaire Maped").classes["children_12_under"] is True
    juicer_parts = "ELECTROMENAGER > PETIT DEJEUNER - CAFE > ACCESSOIRES ET PIECES - PETIT DEJEUNER"
    assert classify("420303582370. BEC VERSEUR DE JUS", category=juicer_parts).classes["eee"] is not True


def test_a_bands_or_a_shows_boys_are_no_child_audience(classify):
    assert classify("Backstreet Boys Hoodie").classes["children_12_under"] is not True
    assert classify("Boys Hoodie age 8").classes["children_12_under"] is True
