"""What is called radio and is not, second round (radio50, issue 9): model codes that spell a radio word ("BT-21",
"RF-510", "RC44002", "TV270"), Funko's "Pop! TV" line, cellular words that name the phone an accessory fits ("Micromax
Canvas Play 4G ... Battery Charger"), wired CCTV (AHD, DVR, PoE) and Syma's infrared Cobra helicopters. Each rule
with cases that change and look-alikes that must not."""

import pytest

from crossguard.engine.classification.normalise import normalise

RC_COPTERS = "Hobbies > Remote Controlled Devices > Helicopters & Quadcopters"
FIGURES = "Figures & Playsets > Science Fiction & Fantasy"
DISNEY_TOYS = "Characters & Brands > Disney > Toys"
CAR_CHARGERS = "Mobiles & Accessories >> Mobile Accessories >> Chargers >> Car Chargers >> D'clair Car Chargers"
ROUTERS = "Computers >> Network Components >> Routers >> Tenda Routers"
SECURITY = "Home Security Cameras >> MICROi Home Security Cameras"


# --- 1. a radio word's letters in a model code are the code --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Binaltech Bt-21 Hardtop", "binaltech 21 hardtop"),
    ("Toy Farm BT2030 Silage", "toy farm 2030 silage"),
    ("Roco RC44002 Wagon", "roco 44002 wagon"),
    ("REDMOMD RF-510 Hair Dryer", "redmomd 510 hair dryer"),
    ("Van 76TV001", "van 76 001"),
    ("蓝牙 BT2030 玩具", "蓝牙 2030 玩具"),
])
def test_a_model_code_loses_the_radio_words_letters(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("TWS BT5.0 Earbuds", "tws bt 5.0 earbuds"),  # a Bluetooth version: one digit
    ("BT 4.2 Headset", "bt 4.2 headset"),
    ("RF433 Receiver Module", "rf 433 receiver module"),  # an RF band
    ("RC 1:10 Buggy", "rc 1∶10 buggy"),
    ("JJRC H12C Quadcopter", "jjrc h 12 c quadcopter"),  # letters before the code's: a maker's name
    ("32 inch TV", "32 inch tv"),
])
def test_a_version_a_band_or_a_spaced_word_keeps_the_word(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(("title", "category"), [
    ("Transformers Binaltech Bt-21 Hardtop Featuring Arcee", FIGURES),
    ("Transformers Binaltech Bt-21 Hardtop Featuring Arcee", None),
    ("BRUSHWOOD TOY FARM BT2030 SCALEXTRIC BULK SILAGE",
     "Hobbies > Slot Cars, Race Tracks & Accessories > Race Tracks"),
    ("Roco 44002 RC44002 HO DB 8 WAGON SET III", None),
    ("Le Toy Van TV270 Shanghai Warrior", None),
    ("Oxford Diecast Bertram Mills Tricycle Van 76TV001", None),
    ("REDMOMD RF-510 1600W, compact, with cool air shot Hair Dryer", None),
    ("BT21 Cooky Plush Toy 30cm", None),  # Line Friends' BT21 characters
])
def test_a_model_code_names_no_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("QCY T1 TWS Earphones BT5.0", None),
    ("Earbuds BT5.0 with Charging Case", None),
    ("RF433 Wireless Receiver Module", None),
    ("Syma X5C 2.4G RC Quadcopter", RC_COPTERS),
    ("Sony Bravia 32 inch LED TV", None),
])
def test_the_radio_words_themselves_still_say_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 2. Funko's "Pop!" is a name: "Pop! TV" is no television -------------------------------------------------------

def test_pop_runs_on_into_the_line_name():
    assert normalise("Pop! TV: Sherlock Holmes - Violin") == "pop tv | sherlock holmes | violin"
    assert normalise("Funko POP!Movies") == "funko pop movies"
    assert normalise("It goes pop!") == "it goes pop"


@pytest.mark.parametrize(("title", "category"), [
    ("Pop! TV: Once Upon A Time - Rumplestiltskin", DISNEY_TOYS),
    ("Pop! TV: Once Upon A Time - Rumplestiltskin", None),
    ("POP! TV: Once Upon A Time - Prince Charming", DISNEY_TOYS),
    ("Pop! TV: Sherlock Holmes - Violin", "Figures & Playsets > Accessories"),
])
def test_funkos_pop_tv_line_is_no_television(classify, title, category):
    result = classify(title, category=category)
    assert result.product_type != "television", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["mains_lv"] is False, result.basis["mains_lv"]


def test_a_pop_vinyl_is_funkos_collector_line(classify):
    result = classify("Guardians of Galaxy Dancing Groot Pop! Vinyl Bobble Figure (46)", category=FIGURES)
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_television_is_still_a_television(classify):
    result = classify("Samsung 40 inch Smart TV with Pop Up Camera")
    assert result.product_type == "television", result.basis["product_type"]


# --- 3. a cellular word on a charger, power bank, cable or earphone names the phone it fits -----------------------

@pytest.mark.parametrize(("title", "category"), [
    ("D'clair Micromax Canvas Play 4G Q469 Battery Charger", CAR_CHARGERS),
    ("D'clair Micromax Canvas Play 4G Q469 Battery Charger", None),
    ("Micromax Canvas 4G Mobile Charger", None),
    ("Lenovo A6000 4G Power Bank 10000mAh", None),
    ("Redmi Note 4G Earphones with Mic", None),
    ("小米 4G 充电宝", None),
])
def test_a_cellular_word_on_an_accessory_names_its_phone(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize(("title", "category"), [
    ("Tenda 3G611R+", ROUTERS),
    ("Huawei E3372 4G LTE USB Dongle", None),
    ("Samsung Galaxy J7 4G Smartphone", None),
    ("4G LTE GPS Tracker for Car", None),
    ("Bluetooth Car Charger with FM Transmitter", None),  # the Bluetooth word is radio_link's, on any kind
    ("Sony 4G LTE Bluetooth Headset", None),
    ("华为 5G 手机", None),
])
def test_a_cellular_device_keeps_its_radio(classify, title, category):
    result = classify(title, category=category)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 4. wired CCTV: AHD, TVI, CVI, DVR kits and PoE cameras --------------------------------------------------------

@pytest.mark.parametrize(("title", "category"), [
    ("MICROi HD AHD DVR 4 Channel Home Security Camera", SECURITY),
    ("Hikvision 2MP HD-TVI Bullet CCTV Camera", None),
    ("CCTV Camera 4 Channel DVR Kit", None),
    ("PoE IP Camera 1080p Outdoor", None),
    ("同轴 监控摄像头", None),
])
def test_wired_cctv_has_no_radio(classify, title, category):
    result = classify(title, category=category)
    # a DVR kit reads the recorder, a kind of security camera (cctv_recorder, wm61), which plugs into the mains
    assert result.product_type in ("security_camera", "cctv_recorder"), result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


@pytest.mark.parametrize("title", [
    "WiFi IP Camera 1080p",
    "PoE WiFi IP Camera 1080p",  # names its radio
    "Wireless AHD Security Camera",
    "Home Security Camera 1080p",  # the kind's default: Wi-Fi
])
def test_a_security_camera_that_names_no_wire_keeps_its_radio(classify, title):
    result = classify(title)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 5. Syma's Cobra helicopters are its infrared S-series ---------------------------------------------------------

def test_symas_cobra_is_infrared(classify):
    result = classify("Syma Marines Cobra Attack 3 Channel Remote Control Helicopter", category=RC_COPTERS)
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["eee"] is True


@pytest.mark.parametrize("title", ["Syma X5C Explorers 2.4G Quadcopter", "Cobra RC Helicopter 2.4GHz 4 Channel"])
def test_other_helicopters_keep_their_radio(classify, title):
    result = classify(title, category=RC_COPTERS)
    assert result.classes["radio"] is True, result.basis["radio"]


# --- 6. a screen guard named "Guard Glass", and the camera "RC Part" of a quadcopter ------------------------------

@pytest.mark.parametrize("category", [None, "Corcepts Universal Tablet HD Ultra Clear Transpa..."])
def test_a_guard_glass_is_a_screen_protector(classify, category):
    title = ('Corcepts Universal Tablet HD Ultra Clear Transparency Guard Glass for 8" Tablet spg8105 Tempered Glass '
             "for Dell Venue 8 Tablet (WiFi+3G+32GB)")
    result = classify(title, category=category)
    assert result.product_type == "screen_protector", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]


def test_a_tablet_is_still_a_tablet(classify):
    result = classify("Samsung Galaxy Tab 4 Tablet WiFi 3G")
    assert result.product_type == "tablet", result.basis["product_type"]
    assert result.classes["radio"] is True


@pytest.mark.parametrize("title", [
    "GoolRC JJRC H12C RC Part H12C-26 5.0MP HD Camera for JJRC H12C RC Quadcopter",
    "Fayee RC Part 2.0MP HD Camera Compatible for Fayee FY550-1 RC Quadcopter",
])
def test_an_rc_part_names_no_radio_of_its_own(classify, title):
    result = classify(title)
    assert result.classes["radio"] is False, result.basis["radio"]


def test_an_rc_car_keeps_its_radio(classify):
    assert classify("RC Car 1:16 Off Road Truck").classes["radio"] is True


# --- 7. a bare "Science" shelf is a subject, and a "smart" cable reaches no app -----------------------------------

@pytest.mark.parametrize("title", ["RF Linear Accelerators", "Einführung in die Kernphysik"])
def test_an_ebook_on_a_science_shelf_is_a_book(classify, title):
    result = classify(title, category="eBooks >> Science >> Physics >> Nuclear")
    assert result.product_type == "book", result.basis["product_type"]
    assert result.classes["radio"] is False, result.basis["radio"]
    assert result.classes["toy"] is False, result.basis["toy"]


def test_a_science_kit_under_educational_toys_is_still_a_toy(classify):
    result = classify("Crystal Growing Kit", category="Toys > Educational Toys > Science")
    assert result.product_type == "educational_toy", result.basis["product_type"]
    assert result.classes["toy"] is True


@pytest.mark.parametrize("title", ["Gold Dust QUA101 Card Reader Connection Kit Smart OTG Cable",
                                   "Smart USB Charging Cable"])
def test_a_smart_cable_is_not_connected(classify, title):
    result = classify(title)
    assert result.classes["connected"] is False, result.basis["connected"]


@pytest.mark.parametrize("title", ["Smart Plug WiFi", "Smart Speaker with Alexa"])
def test_a_smart_device_is_still_connected(classify, title):
    assert classify(title).classes["connected"] is True
