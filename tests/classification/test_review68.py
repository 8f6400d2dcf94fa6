"""Stop 67's new words read in their other senses (review68; issue 9): each fix beside the first sense it keeps."""

from __future__ import annotations

import pytest

WASHER_PARTS = "ELECTROMENAGER > APPAREILS LAVAGE-SECHAGE > ACCESSOIRES ET PIECES - LAVAGE-SECHAGE"
PROJECTOR_LAMPS = "TV - VIDEO - SON > VIDEOPROJECTION > LAMPE - OPTIQUE VIDEOPROJECTEUR"
SQUEEGEES = "DROGUERIE (NEW) > MATERIEL D'ENTRETIEN > RACLETTE - USTENSILE ENTRETIEN DES VITRES"


@pytest.mark.parametrize("title", ["Montre femme quartz mouvement japonais fermoir automatique",
                                   "Montre homme quartz mécanique Seiko VK63 méca-quartz",
                                   "Montre digitale LED rétroéclairage automatique",
                                   "Montre tactile sport podomètre calibrage automatique"])
def test_a_quartz_or_digital_watch_keeps_its_cell_beside_a_mechanical_word(classify, title):
    result = classify(title)
    assert result.product_type == "watch", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


@pytest.mark.parametrize("title", ["Montre Homme mecanique automatique squelette",
                                   "Seiko 5 SNKL11K1 Montre Hommes Automatique",
                                   "Montre RS8544 mouvement mécanique à remontage automatique"])
def test_a_mechanical_watch_stays_without_a_cell(classify, title):
    result = classify(title)
    assert result.classes["battery"] is False, result.basis["battery"]
    assert result.classes["eee"] is False, result.basis["eee"]


@pytest.mark.parametrize("title", ["Sécurité de porte enfant placard lot de 6", "Verrou de sécurité de porte d'entrée",
                                   "Alarme sécurité de porte sans fil 110 dB"])
def test_a_childs_lock_or_a_door_alarm_is_no_washers_interlock(classify, title):
    assert classify(title).product_type != "electrical_part"


def test_a_washers_door_interlock_stays_an_electrical_part(classify):
    result = classify("Securite de porte (verrou)", category=WASHER_PARTS)
    assert result.product_type == "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize(("title", "part"), [("Gants barbecue haute résistance grill 500°C", False),
                                             ("Tapis de cuisson résistance grill", False),
                                             ("Gants de cuisine résistance grill 800°C", False),
                                             ("Resistance grill superieure DOP330", True),
                                             ("Résistance grill four Bosch 2800W", True)])
def test_a_grills_element_and_a_barbecue_glove(classify, title, part):
    assert (classify(title).product_type == "electrical_part") is part


def test_a_thermometers_probes_are_no_wired_part(classify):
    result = classify("Grillthermometer mit 2 Temperaturfühler Bluetooth")
    assert result.product_type != "electrical_part", result.basis["product_type"]
    assert result.classes["radio"] is True, result.basis["radio"]


def test_a_weather_stations_radio_sensor_is_radio_equipment(classify):
    result = classify("Funk Temperatursensor für Wetterstation")
    assert result.product_type == "weather_station", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_a_wired_temperature_sensor_stays_a_part(classify):
    assert classify("Temperatursensor BOSCH").product_type == "electrical_part"


def test_an_e_scooters_throttle_is_an_electrical_part(classify):
    result = classify("Manette de gaz pour trottinette électrique Xiaomi")
    assert result.product_type == "electrical_part", result.basis["product_type"]
    assert result.classes["eee"] is True
    assert result.classes["battery"] is False


@pytest.mark.parametrize(("title", "category"), [
    ("PACK DE BATTERIES REACHARGEABLE POUR WII BALANCE BOARD",
     "CULTURE / JEUX > CONSOLES / JEUX VIDEO > ACCESSOIRES CONSOLE - JEUX"),
    ("Batterie rechargeable pour caméscope Sony CCD-TR", None),
])
def test_a_devices_battery_pack_is_a_battery(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type == "battery_pack", result.basis["product_type"]
    assert result.classes["battery"] is True


def test_a_flashs_diffuser_is_no_flash(classify):
    assert classify("Diffuseur pour flash pour appareil photo").product_type != "camera_flash"


def test_a_dummy_surveillance_kit_records_nothing(classify):
    result = classify("Kit vidéosurveillance factice caméra LED clignotante")
    assert result.product_type != "cctv_recorder", result.basis["product_type"]
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]


@pytest.mark.parametrize("title", ["户外拉杆车 折叠手推车 露营车", "视频音响线 AV线"])
def test_a_camping_wagon_or_an_av_cable_is_no_battery_speaker(classify, title):
    assert classify(title).classes["battery"] is not True


def test_a_trolley_speaker_keeps_its_battery(classify):
    result = classify("广场舞视频音响户外拉杆显示屏幕")
    assert result.product_type == "portable_speaker", result.basis["product_type"]
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", ["Pompe fontaine solaire 3W pour bassin",
                                   "Pompe de surface thermique essence 4 temps"])
def test_a_solar_or_petrol_pump_has_no_mains(classify, title):
    result = classify(title)
    assert result.product_type == "garden_pump", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_fuel_transfer_pump_is_no_garden_pump(classify):
    assert classify("Pompe immergée à carburant 12V").product_type != "garden_pump"


def test_a_garden_pump_stays_on_the_mains(classify):
    assert classify("Pompe de surface 1000W").classes["mains_lv"] is True


@pytest.mark.parametrize("title", ["Autoradio 2 DIN GPS lecteur DVD voiture Bluetooth"])
def test_a_car_stereo_is_no_battery_dvd_player(classify, title):
    assert classify(title).classes["battery"] is not True


@pytest.mark.parametrize("title", ["TAKARA VR149P Combiné Lecteur DVD auto 9\" Rose",
                                   "Lecteur DVD voiture portable 10 pouces appuie-tête"])
def test_a_portable_car_dvd_player_keeps_its_battery(classify, title):
    result = classify(title)
    assert result.product_type == "portable_dvd_player", result.basis["product_type"]
    assert result.classes["battery"] is True


@pytest.mark.parametrize("title", ["Cintres pour manteaux lot de 20", "Vestes de sauvetage adulte"])
def test_coat_hangers_and_life_jackets_are_no_coats(classify, title):
    assert classify(title).product_type != "jacket"


@pytest.mark.parametrize("title", ["Borsalino (DVD) Alain Delon Jean-Paul Belmondo", "Trilby George du Maurier roman"])
def test_a_film_or_a_novel_is_no_hat(classify, title):
    assert classify(title).product_type != "headwear"


@pytest.mark.parametrize("title", ["Chapeau trilby Fulvio L", "Chapeau borsalino feutre noir"])
def test_a_trilby_or_borsalino_hat_stays_a_hat(classify, title):
    result = classify(title)
    assert result.product_type == "headwear", result.basis["product_type"]
    assert result.classes["textile"] is True


def test_a_cots_bumper_is_bedding(classify):
    result = classify("Tour de lit à barreaux 4 côtés")
    assert result.product_type != "baby_gear", result.basis["product_type"]
    assert result.classes["textile"] is True, result.basis["textile"]


@pytest.mark.parametrize("title", ["Kit créatif figurines à peindre en plâtre pour enfants",
                                   "Kit figurines gâteau anniversaire Pat Patrouille"])
def test_a_childrens_craft_kit_or_cake_topper_is_no_hobby_kit(classify, title):
    assert classify(title).product_type != "model_kit"


def test_a_figure_kit_stays_a_hobby_kit(classify):
    assert classify("Figurines maquettes Infanterie byzantine").product_type == "model_kit"


def test_childrens_walkie_talkies_are_no_door_intercom(classify):
    result = classify("Walkie Talkie Kinder Gegensprechanlage 3 km")
    assert result.product_type == "walkie_talkie", result.basis["product_type"]
    assert result.classes["radio"] is True


def test_a_door_intercom_stays_an_intercom(classify):
    assert classify("Gegensprechanlage Golmar T510R 4+N Weiß PVC").product_type == "intercom"


def test_a_condenser_dryer_is_no_capacitor(classify):
    result = classify("Kondensator Trockner Bosch 7 kg")
    assert result.product_type != "electronics_kit", result.basis["product_type"]
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]


def test_a_bottles_pump_on_the_filters_shelf_keeps_its_battery(classify):
    result = classify("Electric water bottle pump USB rechargeable",
                      category="Home & Kitchen > Water Coolers & Filters")
    assert result.product_type != "water_filter_jug", result.basis["product_type"]
    assert result.classes["battery"] is True, result.basis["battery"]


def test_heated_grips_are_no_passive_bicycle_grips(classify):
    result = classify("Poignée guidon moto chauffante USB")
    assert result.product_type != "bike_accessory", result.basis["product_type"]
    assert result.classes["eee"] is True, result.basis["eee"]


@pytest.mark.parametrize("title", ["Lampe compatible pour HITACHI CP-X505 - DT00771",
                                   "Lampe originale SHARP AN-K9LP pour vidéoprojecteur"])
def test_on_the_projector_lamp_leaf_a_lamp_is_the_module(classify, title):
    result = classify(title, category=PROJECTOR_LAMPS)
    assert result.product_type == "projector_lamp", result.basis["product_type"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_projector_module_by_its_title_alone(classify):
    result = classify("Lampe compatible pour HITACHI CP-X505 - DT00771")
    assert result.product_type == "projector_lamp", result.basis["product_type"]
    assert result.classes["mains_lv"] is False


@pytest.mark.parametrize("title", ["Lampe compatible pour four 300°C G9", "Lampe compatible pour hotte aspirante"])
def test_an_ovens_or_a_hoods_bulb_is_a_bulb(classify, title):
    result = classify(title)
    assert result.product_type == "light_bulb", result.basis["product_type"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", ["SOFOP RACLETTE METAL DBLE MOUSSE 60CM", "Raclette monobloc longueur 400"])
def test_a_window_squeegee_is_no_raclette_grill(classify, title):
    result = classify(title, category=SQUEEGEES)
    assert result.classes["mains_lv"] is not True, result.basis["mains_lv"]
    assert result.classes["eee"] is not True, result.basis["eee"]


def test_a_raclette_grill_stays_on_the_mains(classify):
    result = classify("Kitchen Chef GR107 Raclette 4 Poêlons 650 W",
                      category="ELECTROMENAGER > PETIT APPAREIL DE CUISSON > APPAREIL A RACLETTE")
    assert result.classes["mains_lv"] is True, result.basis["mains_lv"]
